//! TLS for a remote site: rustls (no system OpenSSL), with the client
//! certificate and the CA named in the connection string as libpq names them
//! (`sslmode`, `sslrootcert`, `sslcert`, `sslkey`). The `postgres` client does
//! not read the last three, so they are taken out of the string here.
//!
//! rustls always checks the server's certificate against `sslrootcert` and its
//! name against the host (libpq's `verify-full`); `sslmode=require` and
//! `verify-ca` ask for the same here, which is stricter than libpq's `require`.

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::path::PathBuf;
use std::sync::Arc;

/// A connection string split into what the `postgres` client reads and what TLS
/// needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The string without `sslrootcert`, `sslcert` and `sslkey`, and with a
    /// `verify-*` mode said as `require` (what the client knows).
    pub url: String,
    /// TLS is asked for: `sslmode` require / verify-ca / verify-full, or a
    /// certificate named.
    pub tls: bool,
    pub root: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

/// Splits a URL (`postgresql://...?...`) or a `key=value` string.
pub fn split(url: &str) -> Split {
    let mut out = Split {
        url: String::new(),
        tls: false,
        root: None,
        cert: None,
        key: None,
    };
    let url_form = super::is_url(url);
    let (head, pairs, sep): (&str, Vec<&str>, &str) = if url_form {
        match url.split_once('?') {
            Some((head, query)) => (head, query.split('&').collect(), "&"),
            None => (url, Vec::new(), "&"),
        }
    } else {
        ("", url.split_whitespace().collect(), " ")
    };
    let mut kept = Vec::new();
    for pair in pairs {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let value = if url_form {
            percent_decode(v)
        } else {
            v.to_string()
        };
        match k {
            "sslrootcert" => out.root = Some(PathBuf::from(value)),
            "sslcert" => out.cert = Some(PathBuf::from(value)),
            "sslkey" => out.key = Some(PathBuf::from(value)),
            "sslmode" if matches!(value.as_str(), "verify-ca" | "verify-full" | "require") => {
                out.tls = true;
                kept.push(format!("{k}=require"));
            }
            _ => kept.push(pair.to_string()),
        }
    }
    out.tls |= out.root.is_some() || out.cert.is_some();
    // Certificates named: TLS or no connection, never a quiet fall-back to plain,
    // whatever weaker mode (disable, allow, prefer) the string also says.
    if out.tls {
        kept.retain(|p| !p.starts_with("sslmode="));
        kept.push("sslmode=require".to_string());
    }
    out.url = if url_form {
        if kept.is_empty() {
            head.to_string()
        } else {
            format!("{head}?{}", kept.join(sep))
        }
    } else {
        kept.join(sep)
    };
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut k = 0;
    while k < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[k] == b'%'
            && k + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[k + 1]), hex(bytes[k + 2]))
        {
            out.push((h * 16 + l) as u8);
            k += 3;
        } else {
            out.push(bytes[k]);
            k += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What is wrong with the TLS set-up: the file and why.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {reason}")]
pub struct TlsError {
    pub file: String,
    pub reason: String,
}

/// libpq's default place for a file under `~/.postgresql`.
fn default_file(name: &str) -> Option<PathBuf> {
    let home = directories::BaseDirs::new()?.home_dir().join(".postgresql");
    let path = home.join(name);
    path.is_file().then_some(path)
}

/// The connector for `split`: the CA's certificates, and the client's
/// certificate and key when given (as libpq: `~/.postgresql/root.crt`,
/// `postgresql.crt` and `postgresql.key` when not named).
pub fn connector(s: &Split) -> Result<tokio_postgres_rustls::MakeRustlsConnect, TlsError> {
    let root = s
        .root
        .clone()
        .or_else(|| default_file("root.crt"))
        .ok_or_else(|| TlsError {
            file: "sslrootcert".to_string(),
            reason: "TLS needs the certificate of the CA that signed the server's".to_string(),
        })?;
    let failed = |file: &PathBuf, e: &dyn std::fmt::Display| TlsError {
        file: file.display().to_string(),
        reason: e.to_string(),
    };
    let mut roots = rustls::RootCertStore::empty();
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&root)
        .map_err(|e| failed(&root, &e))?
        .collect::<Result<_, _>>()
        .map_err(|e| failed(&root, &e))?;
    if certs.is_empty() {
        return Err(failed(&root, &"no certificate in the file"));
    }
    for c in certs {
        roots.add(c).map_err(|e| failed(&root, &e))?;
    }
    // ring, not aws-lc-rs: it builds with a C compiler alone (no cmake, no
    // system OpenSSL). rustls 0.23.48 marks it deprecated for lacking
    // post-quantum key exchange, which PostgreSQL's OpenSSL does not offer yet.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| failed(&root, &e))?
        .with_root_certificates(roots);
    let cert = s.cert.clone().or_else(|| default_file("postgresql.crt"));
    let key = s.key.clone().or_else(|| default_file("postgresql.key"));
    let config = match (cert, key) {
        (Some(cert), Some(key)) => {
            let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&cert)
                .map_err(|e| failed(&cert, &e))?
                .collect::<Result<_, _>>()
                .map_err(|e| failed(&cert, &e))?;
            let private = PrivateKeyDer::from_pem_file(&key).map_err(|e| failed(&key, &e))?;
            builder
                .with_client_auth_cert(chain, private)
                .map_err(|e| failed(&cert, &e))?
        }
        (Some(cert), None) => {
            return Err(failed(&cert, &"sslcert needs its sslkey"));
        }
        _ => builder.with_no_client_auth(),
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_certificates_leave_the_string_and_verify_modes_become_require() {
        let s = split(
            "postgresql://site@db.example:5432/duban?sslmode=verify-full&sslrootcert=/etc/ca%20one.crt&sslcert=c.crt&sslkey=c.key&application_name=x",
        );
        assert_eq!(
            s.url,
            "postgresql://site@db.example:5432/duban?application_name=x&sslmode=require"
        );
        assert!(s.tls);
        assert_eq!(s.root, Some(PathBuf::from("/etc/ca one.crt")));
        assert_eq!(s.cert, Some(PathBuf::from("c.crt")));
        assert_eq!(s.key, Some(PathBuf::from("c.key")));
        let s = split("host=/run/postgresql dbname=duban sslrootcert=/ca.crt");
        assert_eq!(s.url, "host=/run/postgresql dbname=duban sslmode=require");
        assert!(s.tls);
        let s = split("postgresql:///duban?host=/var/run/postgresql");
        assert_eq!(s.url, "postgresql:///duban?host=/var/run/postgresql");
        assert!(!s.tls);
    }

    #[test]
    fn a_named_certificate_overrules_a_weaker_mode() {
        for mode in ["disable", "allow", "prefer"] {
            let s = split(&format!(
                "postgresql://site@db.example/duban?sslmode={mode}&sslrootcert=/ca.crt"
            ));
            assert!(s.tls, "{mode}");
            assert_eq!(s.url, "postgresql://site@db.example/duban?sslmode=require");
        }
        let s = split("host=db.example sslmode=prefer sslcert=/c.crt sslkey=/c.key");
        assert_eq!(s.url, "host=db.example sslmode=require");
    }
}
