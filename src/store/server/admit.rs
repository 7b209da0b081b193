//! Letting a member log in: `duban member add USER OFFICE` on a server makes
//! USER a login role in duban's member role. A supervisor does it through
//! `duban.admit(text)`, a SECURITY DEFINER function owned by `duban_admit`, a
//! role that may create roles and hand out duban's member role and nothing else
//! (never a superuser's rights, whoever set the server up). `duban member
//! remove` takes a login role that belongs to no office any more out of the
//! member role through `duban.dismiss(text)`, owned by the same role.

use super::schema::{ADMIT_ROLE, MEMBER_ROLE, OWNER_ROLE, SCHEMA};
use super::{Result, ServerError};
use crate::store::StoreError;
use crate::store::rules::{Act, Refusal};
use postgres::GenericClient;

/// Why `name` cannot be a member's login role, if it cannot: PostgreSQL's limit
/// of 63 bytes, no control characters, not a reserved or duban's own role. The
/// function on the server checks the same.
pub fn role_name_problem(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    if name.is_empty() || name.len() > 63 {
        Some("length")
    } else if name.chars().any(char::is_control) {
        Some("control")
    } else if lower.starts_with("pg_")
        || [
            "public",
            "none",
            "current_user",
            "session_user",
            "current_role",
        ]
        .contains(&lower.as_str())
        || [OWNER_ROLE, MEMBER_ROLE, ADMIT_ROLE].contains(&name)
    {
        Some("reserved")
    } else {
        None
    }
}

/// The function (made or replaced by every `server init`): refuses who may not
/// change memberships (the same rule as the board's), checks the name, makes
/// the login role when missing and puts it in the member role. Existing roles
/// that cannot log in (groups, duban's own) are refused.
pub(super) const SQL: &str = r#"
CREATE OR REPLACE FUNCTION duban.admit(login text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = duban, pg_temp AS $$
DECLARE
    made boolean := false;
    r record;
BEGIN
    IF NOT may('members', NULL) THEN
        PERFORM refuse('members', NULL);
    END IF;
    IF login IS NULL OR login = '' OR octet_length(login) > 63 OR login ~ '[[:cntrl:]]'
       OR lower(login) LIKE 'pg\_%'
       OR lower(login) IN ('public', 'none', 'current_user', 'session_user', 'current_role')
       OR login IN ('duban_owner', 'duban_member', 'duban_admit') THEN
        RAISE EXCEPTION 'duban: % cannot be a login role', login USING ERRCODE = 'DB004';
    END IF;
    SELECT rolcanlogin INTO r FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        EXECUTE format('CREATE ROLE %I LOGIN', login);
        made := true;
    ELSIF NOT r.rolcanlogin THEN
        RAISE EXCEPTION 'duban: % cannot be a login role', login USING ERRCODE = 'DB004';
    END IF;
    EXECUTE format('GRANT duban_member TO %I', login);
    RETURN made;
END $$;
REVOKE ALL ON FUNCTION duban.admit(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.admit(text) TO duban_member;
-- `duban member remove`: once a login role belongs to no office, it leaves the
-- member role (the role itself stays: it may be used for other things). Returns
-- true when it left now.
CREATE OR REPLACE FUNCTION duban.dismiss(login text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = duban, pg_temp AS $$
BEGIN
    -- With the triggers off (a superuser's `session_replication_role`) the
    -- rules are off here too, as in `reorder`.
    IF current_setting('session_replication_role') <> 'replica'
       AND NOT may('members', NULL) THEN
        PERFORM refuse('members', NULL);
    END IF;
    IF login IS NULL OR login IN ('duban_owner', 'duban_member', 'duban_admit')
       OR EXISTS (SELECT 1 FROM members WHERE "user" = login)
       OR NOT in_member_role(login) THEN
        RETURN false;
    END IF;
    EXECUTE format('REVOKE duban_member FROM %I', login);
    RETURN NOT in_member_role(login);
END $$;
CREATE OR REPLACE FUNCTION duban.in_member_role(login text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members am
        JOIN pg_roles r ON r.oid = am.member JOIN pg_roles g ON g.oid = am.roleid
        WHERE r.rolname = login AND g.rolname = 'duban_member')
$$;
REVOKE ALL ON FUNCTION duban.in_member_role(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION duban.dismiss(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.dismiss(text) TO duban_member;
"#;

/// Puts `duban.admit` in place, in `init`'s transaction, as the administrator
/// (`superuser`: whether that role is one). Nothing here changes a table.
pub(super) fn install(tx: &mut postgres::Transaction, superuser: bool) -> Result<()> {
    let exists: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&ADMIT_ROLE],
        )?
        .get(0);
    if !exists {
        tx.batch_execute(&format!("CREATE ROLE {ADMIT_ROLE} NOLOGIN CREATEROLE"))?;
    }
    tx.batch_execute(&format!(
        "GRANT {MEMBER_ROLE} TO {ADMIT_ROLE} WITH ADMIN OPTION"
    ))?;
    if !superuser {
        tx.batch_execute(&format!("GRANT {ADMIT_ROLE} TO CURRENT_USER"))?;
    }
    // The function is the admit role's own: made as that role, which may create
    // in duban's schema only for this moment.
    tx.batch_execute(&format!(
        "SET LOCAL ROLE {OWNER_ROLE};
         GRANT USAGE, CREATE ON SCHEMA {SCHEMA} TO {ADMIT_ROLE};
         SET LOCAL ROLE {ADMIT_ROLE};
         {SQL}
         SET LOCAL ROLE {OWNER_ROLE};
         REVOKE CREATE ON SCHEMA {SCHEMA} FROM {ADMIT_ROLE};
         RESET ROLE;"
    ))?;
    Ok(())
}

/// A membership to add.
#[derive(Debug, Clone, Copy)]
pub struct Membership<'a> {
    pub user: &'a str,
    /// The office's name or one of its aliases.
    pub office: &'a str,
    pub supervisor: bool,
    /// The name shown for the user, when given.
    pub name: Option<&'a str>,
}

/// What `add_member` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admitted {
    /// The office's name.
    pub office: String,
    /// The membership was new or its supervisor flag changed.
    pub changed: bool,
    /// A login role was made for the user.
    pub login_made: bool,
}

/// `duban member add` on a server, as the connected role: the same checks as
/// the board's (`Act::Members`, no group, supervisors in the supervising
/// office), the login role through `duban.admit`, the membership and its event
/// (under `plan`, or the first plan; none when the server holds no plan yet),
/// in one transaction.
pub fn add_member(
    client: &mut postgres::Client,
    plan: Option<i64>,
    m: &Membership,
) -> Result<Admitted> {
    let (office, supervisor) = (m.office, m.supervisor);
    let user = &*crate::store::clean::name(m.user);
    if role_name_problem(user).is_some() {
        return Err(ServerError::BadRole(user.to_string()));
    }
    let mut tx = client.transaction()?;
    let me: String = tx.query_one("SELECT duban.actor()", &[])?.get(0);
    let may: bool = tx
        .query_one("SELECT duban.may('members', NULL)", &[])?
        .get(0);
    let supervising = supervising_office(&mut tx)?;
    if !may {
        return Err(StoreError::Refused(Box::new(Refusal {
            act: Act::Members,
            actor: me,
            number: None,
            lead: None,
            co: Vec::new(),
            supervising,
        }))
        .into());
    }
    let found = tx.query_opt(
        "SELECT id, name, is_group FROM duban.offices WHERE name = $1
         UNION ALL
         SELECT o.id, o.name, o.is_group FROM duban.office_aliases a
             JOIN duban.offices o ON o.id = a.office_id WHERE a.alias = $1
         LIMIT 1",
        &[&office],
    )?;
    let Some(found) = found else {
        return Err(StoreError::NoSuchOffice(office.to_string()).into());
    };
    let (office_id, name, group): (i64, String, bool) = (found.get(0), found.get(1), found.get(2));
    if group {
        return Err(StoreError::GroupNotOffice(name).into());
    }
    if supervisor
        && let Some(supervising) = supervising
        && supervising != name
    {
        return Err(StoreError::NotSupervisingOffice {
            office: name,
            supervising,
        }
        .into());
    }
    let login_made: bool = match tx.query_one("SELECT duban.admit($1)", &[&user]) {
        Ok(row) => row.get(0),
        Err(e) if e.code().map(|c| c.code()) == Some("DB004") => {
            return Err(ServerError::BadRole(user.to_string()));
        }
        Err(e) => return Err(e.into()),
    };
    let was: Option<bool> = tx
        .query_opt(
            "SELECT supervisor FROM duban.members WHERE \"user\" = $1 AND office_id = $2",
            &[&user, &office_id],
        )?
        .map(|r| r.get(0));
    let changed = was != Some(supervisor);
    if changed {
        let now = jiff::Timestamp::now().to_string();
        tx.execute(
            "INSERT INTO duban.members (\"user\", office_id, supervisor, added_by, added_at)
             VALUES ($1, $2, $3, duban.actor(), $4)
             ON CONFLICT (\"user\", office_id) DO UPDATE SET supervisor = excluded.supervisor",
            &[&user, &office_id, &supervisor, &now],
        )?;
        let role = if supervisor { "supervisor" } else { "member" };
        let after = format!("{user} {name} {role}");
        tx.execute(
            "INSERT INTO duban.events (plan_id, actor, at, kind, after)
             SELECT id, duban.actor(), $2, 'member_add', $3 FROM duban.plans
             WHERE id = coalesce($1, (SELECT min(id) FROM duban.plans))",
            &[&plan, &now, &after],
        )?;
    }
    if let Some(shown) = m.name {
        let now = jiff::Timestamp::now().to_string();
        tx.execute(
            "INSERT INTO duban.people (\"user\", name, set_by, set_at)
             VALUES ($1, $2, duban.actor(), $3)
             ON CONFLICT (\"user\") DO UPDATE
                 SET name = excluded.name, set_by = excluded.set_by, set_at = excluded.set_at",
            &[&user, &shown, &now],
        )?;
    }
    tx.commit()?;
    Ok(Admitted {
        office: name,
        changed,
        login_made,
    })
}

/// The office of the earliest supervisor, as `rules::supervising_office`.
fn supervising_office(client: &mut impl GenericClient) -> Result<Option<String>> {
    Ok(client
        .query_opt(
            "SELECT o.name FROM duban.members m JOIN duban.offices o ON o.id = m.office_id
             WHERE m.supervisor ORDER BY m.added_at, m.\"user\" LIMIT 1",
            &[],
        )?
        .map(|r| r.get(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_role_name_is_checked_before_the_server_is_asked() {
        assert_eq!(role_name_problem("zhangsan"), None);
        assert_eq!(role_name_problem("督查员"), None);
        assert_eq!(role_name_problem(""), Some("length"));
        assert_eq!(role_name_problem(&"a".repeat(64)), Some("length"));
        assert_eq!(role_name_problem("a\nb"), Some("control"));
        assert_eq!(role_name_problem("pg_monitor"), Some("reserved"));
        assert_eq!(role_name_problem("PUBLIC"), Some("reserved"));
        assert_eq!(role_name_problem("duban_owner"), Some("reserved"));
    }
}
