"""A throwaway PostgreSQL server for the hub's tests: its own folder, port, passwords and TLS."""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

#: initdb refuses to run as root; as root (CI, containers) the server runs as this user.
SERVER_USER = "postgres"


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else the newest /usr/lib/postgresql."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """One server in a temporary folder, listening on 127.0.0.1 with scram-sha-256 passwords."""

    def __init__(self, programs: Path) -> None:
        self.programs = programs
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="carebook-hub-"))
        self.data = self.folder / "data"
        self.superuser = SERVER_USER if self.as_root else "carebook_admin"
        self.superuser_password = secrets.token_hex(16)
        self.port = 0
        #: The throwaway certificate authority that signed the server's certificate (None
        #: when openssl is missing: no TLS then).
        self.ca: Path | None = None
        #: Another authority that signed nothing this server shows.
        self.other_ca: Path | None = None

    # -- running the server ------------------------------------------------------------------

    def _run(self, program: str, *arguments: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.programs / program), *arguments]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def create(self) -> None:
        """initdb, the TLS files and the settings; then start."""
        password_file = self.folder / "superuser-password"
        password_file.write_text(self.superuser_password, encoding="utf-8")
        if self.as_root:
            shutil.chown(self.folder, SERVER_USER)
            shutil.chown(password_file, SERVER_USER)
        done = self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.superuser,
            f"--pwfile={password_file}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
        )
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr}")
        password_file.unlink()
        settings = [
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.folder}'",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "max_connections = 60",
            "password_encryption = 'scram-sha-256'",
        ]
        if self._make_certificates():
            settings += ["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"]
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n".join(settings) + "\n")
        self.port = _free_port()
        self.start()

    def start(self) -> None:
        """Start (again) on the same port; a port taken meanwhile moves the server to another."""
        for _ in range(5):
            if not self.port:
                self.port = _free_port()
            done = self._run(
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.folder / "server.log"),
                "-o",
                f"-p {self.port}",
                "-w",
                "-t",
                "60",
                "start",
            )
            if done.returncode == 0:
                return
            log = (self.folder / "server.log").read_text(encoding="utf-8", errors="replace")
            if "could not bind" not in log and "already in use" not in log:
                raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n{log[-2000:]}")
            self.port = 0
            time.sleep(0.2)
        raise RuntimeError("no free port for the test PostgreSQL server")

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server (immediate: as a crash or a pulled cable would)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- TLS ---------------------------------------------------------------------------------

    def _make_certificates(self) -> bool:
        """A CA, a server certificate it signs for `localhost`, and an unrelated CA."""
        if shutil.which("openssl") is None:
            return False
        tls = self.folder / "tls"
        tls.mkdir()

        def openssl(*arguments: str) -> None:
            subprocess.run(["openssl", *arguments], cwd=tls, capture_output=True, check=True)

        for name in ("ca", "other-ca"):
            openssl(
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "2",
                "-subj", f"/CN=carebook test {name}",
                "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            )  # fmt: skip
        openssl(
            "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost",
        )  # fmt: skip
        (tls / "server.ext").write_text(
            "subjectAltName = DNS:localhost\nextendedKeyUsage = serverAuth\n", encoding="utf-8"
        )
        openssl(
            "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "server.ext",
        )  # fmt: skip
        for name in ("server.crt", "server.key"):
            target = self.data / name
            shutil.copyfile(tls / name, target)
            target.chmod(0o600)
            if self.as_root:
                shutil.chown(target, SERVER_USER)
        self.ca = tls / "ca.pem"
        self.other_ca = tls / "other-ca.pem"
        return True

    # -- databases and logins ----------------------------------------------------------------

    def superuser_url(self, database: str = "postgres") -> str:
        return (
            f"postgresql://{self.superuser}:{self.superuser_password}@127.0.0.1:{self.port}"
            f"/{database}?sslmode=disable"
        )

    def _as_superuser(self, *statements: sql.Composable) -> None:
        with psycopg.connect(self.superuser_url(), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def add_login(self, prefix: str, *, create_role: bool = False) -> tuple[str, str]:
        """A new LOGIN role named from `prefix` with a random password: (name, password)."""
        name = f"{prefix}_{secrets.token_hex(4)}"
        password = secrets.token_urlsafe(18)
        attributes = sql.SQL("LOGIN CREATEROLE" if create_role else "LOGIN")
        self._as_superuser(
            sql.SQL("CREATE ROLE {} {} PASSWORD {}").format(
                sql.Identifier(name), attributes, sql.Literal(password)
            )
        )
        return name, password

    def url(self, role: str, password: str, database: str) -> str:
        return f"postgresql://{role}:{password}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def make_database(self, owner: str, *, create_role: bool = False) -> str:
        """A fresh database owned by a new login named from `owner`; its URL (with password)."""
        role, password = self.add_login(owner, create_role=create_role)
        database = f"hub_{secrets.token_hex(6)}"
        self._as_superuser(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(database), sql.Identifier(role)
            ),
            sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)),
        )
        return self.url(role, password, database)

    def let_in(self, role: str, database: str) -> None:
        """Let `role` connect to `database`, with no rights inside it yet."""
        self._as_superuser(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(database), sql.Identifier(role)
            )
        )

    def grant(self, group: str, role: str, database: str) -> None:
        """Let `role` into `database` as a member of `group` (what the team's admin does)."""
        self.let_in(role, database)
        self._as_superuser(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role))
        )
