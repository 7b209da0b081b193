//! A remote site over TLS (issue 18): duban connects with rustls, checks the
//! server's certificate against `sslrootcert`, and logs in with the client
//! certificate `sslcert` / `sslkey` names (its CN is the role), on a throwaway
//! cluster with a CA made for the test.

use crate::common::cli::Env;
use crate::pg::{Cluster, require_pg};
use duban::store::server;
use std::path::Path;

/// `duban server check` on `url`; (success, stdout and stderr).
fn check(env: &Env, url: &str) -> (bool, String) {
    let out = env
        .cmd_db(None, &["--lang", "en", "server", "check", url])
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn a_site_logs_in_with_its_certificate_over_tls_and_only_so() {
    require_pg!();
    let cluster = Cluster::start_tls();
    cluster.create_db("duban");
    server::init(&mut cluster.connect("duban"), "site", "办公室").unwrap();
    let env = Env::new();
    let file = |name: &str| cluster.tls_file(name).display().to_string();
    let base = format!("postgresql://site@localhost:{}/duban", cluster.port);
    let url = |mode: &str, root: &str, cert: bool| {
        let mut u = format!("{base}?sslmode={mode}&sslrootcert={}", file(root));
        if cert {
            u.push_str(&format!(
                "&sslcert={}&sslkey={}",
                file("site.crt"),
                file("site.key")
            ));
        }
        u
    };
    // The certificate's CN is the login role; the server is who the CA says.
    let (ok, out) = check(&env, &url("verify-full", "ca.crt", true));
    assert!(ok, "{out}");
    assert!(out.contains("connected as site"), "{out}");
    // Certificates named without a mode: TLS all the same.
    let bare = format!(
        "{base}?sslrootcert={}&sslcert={}&sslkey={}",
        file("ca.crt"),
        file("site.crt"),
        file("site.key")
    );
    let (ok, out) = check(&env, &bare);
    assert!(ok, "{out}");
    // No client certificate: the server's pg_hba.conf refuses.
    let (ok, out) = check(&env, &url("require", "ca.crt", false));
    assert!(!ok && out.contains("cannot connect"), "{out}");
    // A CA that did not sign the server's certificate: duban refuses the server.
    let (ok, out) = check(&env, &url("verify-full", "other-ca.crt", true));
    assert!(!ok && out.contains("cannot connect"), "{out}");
    // In the clear: no line of pg_hba.conf lets it in.
    let (ok, out) = check(&env, &format!("{base}?sslmode=disable"));
    assert!(!ok && out.contains("cannot connect"), "{out}");
    // A CA file that is not there is named.
    let (ok, out) = check(
        &env,
        &format!("{base}?sslmode=require&sslrootcert=/nonexistent/ca.crt"),
    );
    assert!(!ok && out.contains("/nonexistent/ca.crt"), "{out}");
    assert!(Path::new(&file("site.key")).is_file());
}
