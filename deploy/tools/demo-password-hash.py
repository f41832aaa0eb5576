#!/usr/bin/env python3
"""Puts the demo users' passwords (password = user name) into deploy/keycloak/gongkai-users-0.json as
Keycloak PBKDF2-SHA512 hashes instead of plain values.

Why: Keycloak checks a plain password in a realm import against the realm's password policy (and
refuses 'admin' under length(8) and notUsername), but imports a hashed credential as it is. So the
realm keeps its policy for every real account and the demo logins keep working.
Run it after adding a demo user with "credentials": [{"type": "password", "value": "<user name>"}].
The salt is derived from the user name, so the file does not change when nothing else does.
"""
import base64
import hashlib
import json
import pathlib

REALM = pathlib.Path(__file__).resolve().parent.parent / "keycloak" / "gongkai-users-0.json"
ITERATIONS = 210000  # Keycloak's pbkdf2-sha512 default


def credential(password: str, salt_seed: str) -> dict:
    salt = hashlib.sha256(("gongkai-demo:" + salt_seed).encode()).digest()[:16]
    value = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, ITERATIONS, 64)
    return {
        "type": "password",
        "userLabel": "demo: password = user name",
        "secretData": json.dumps({"value": base64.b64encode(value).decode(), "salt": base64.b64encode(salt).decode(),
                                  "additionalParameters": {}}, separators=(",", ":")),
        "credentialData": json.dumps({"hashIterations": ITERATIONS, "algorithm": "pbkdf2-sha512",
                                      "additionalParameters": {}}, separators=(",", ":")),
    }


def main() -> None:
    realm = json.loads(REALM.read_text(encoding="utf-8"))
    for user in realm.get("users", []):
        user["credentials"] = [credential(c["value"], user["username"]) if c.get("type") == "password" and "value" in c
                               else c for c in user.get("credentials", [])]
    REALM.write_text(json.dumps(realm, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
