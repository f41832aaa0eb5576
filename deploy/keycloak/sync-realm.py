#!/usr/bin/env python3
"""Brings the realm of a running Keycloak in line with deploy/keycloak/gongkai-realm.json, in place.

Keycloak's --import-realm skips a realm that exists, so a changed realm file would otherwise need an empty
database. deploy/gongkai runs this instead when the file changed since the last import, through the admin
REST API with the master realm's administrator (KC_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD):

- the realm's own settings (display name, login theme, locales, registration, password policy...),
  its localization texts, user profile, required actions, realm roles and clients (with their protocol
  mappers) are set as the file says; roles and clients the file does not name are left alone;
- users are only added (the demo users of gongkai-users-0.json and the service account): accounts that
  exist, registered ones included, are kept as they are.

${VAR:default} placeholders are resolved from the environment as Keycloak's import does.
A realm that does not exist yet is created from the files.

Usage: sync-realm.py KEYCLOAK_URL REALM_FILE [USERS_FILE]
"""
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

PLACEHOLDER = re.compile(r"\$\{([A-Za-z0-9_.]+)(?::([^}]*))?\}")


def resolve(text):
    def value(match):
        name, default = match.group(1), match.group(2)
        found = os.environ.get(name[4:] if name.startswith("env.") else name)
        if found is not None:
            return json.dumps(found, ensure_ascii=False)[1:-1]
        return match.group(0) if default is None else default
    return PLACEHOLDER.sub(value, text)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.loads(resolve(f.read()))


class Admin:
    def __init__(self, url):
        self.url = url.rstrip("/")
        form = urllib.parse.urlencode({
            "grant_type": "password", "client_id": "admin-cli",
            "username": os.environ.get("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
            "password": os.environ.get("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")}).encode()
        answer = self.call("POST", "/realms/master/protocol/openid-connect/token", form,
                           "application/x-www-form-urlencoded", token=False)
        self.token = answer["access_token"]

    def call(self, method, path, body=None, content_type="application/json", token=True, missing_ok=False):
        if body is not None and not isinstance(body, bytes):
            body = json.dumps(body, ensure_ascii=False).encode()
        request = urllib.request.Request(self.url + path, data=body, method=method)
        if body is not None:
            request.add_header("Content-Type", content_type)
        if token:
            request.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read().decode()
                return json.loads(text) if text.strip() else None
        except urllib.error.HTTPError as e:
            if missing_ok and e.code == 404:
                return None
            raise SystemExit(f"Keycloak answered {e.code} to {method} {path}: {e.read().decode()[:500]}")


def sync(admin, realm, users):
    name = realm["realm"]
    base = "/admin/realms/" + urllib.parse.quote(name)
    if admin.call("GET", base, missing_ok=True) is None:
        created = dict(realm, users=realm.get("users", []) + users)
        admin.call("POST", "/admin/realms", created)
        print(f"realm {name} created")
        return
    nested = {"users", "clients", "roles", "components", "requiredActions", "localizationTexts"}
    admin.call("PUT", base, {k: v for k, v in realm.items() if k not in nested})
    for locale, texts in realm.get("localizationTexts", {}).items():
        admin.call("POST", f"{base}/localization/{locale}", texts)
    for component in realm.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", []):
        for config in component.get("config", {}).get("kc.user.profile.config", []):
            admin.call("PUT", f"{base}/users/profile", json.loads(config))
    known = {a["alias"] for a in admin.call("GET", f"{base}/authentication/required-actions")}
    for action in realm.get("requiredActions", []):
        if action["alias"] in known:
            admin.call("PUT", f"{base}/authentication/required-actions/{action['alias']}", action)
    for role in realm.get("roles", {}).get("realm", []):
        if admin.call("GET", f"{base}/roles/{urllib.parse.quote(role['name'])}", missing_ok=True) is None:
            admin.call("POST", f"{base}/roles", role)
    for client in realm.get("clients", []):
        found = admin.call("GET", f"{base}/clients?clientId={urllib.parse.quote(client['clientId'])}")
        if found:
            admin.call("PUT", f"{base}/clients/{found[0]['id']}", dict(client, id=found[0]["id"]))
        else:
            admin.call("POST", f"{base}/clients", client)
    people = [u for u in realm.get("users", []) + users if "serviceAccountClientId" not in u
              and not admin.call("GET", f"{base}/users?exact=true&username={urllib.parse.quote(u['username'])}")]
    if people:
        admin.call("POST", f"{base}/partialImport", {"ifResource": "SKIP", "users": people})
    for account in realm.get("users", []):
        if "serviceAccountClientId" in account:
            service_account_roles(admin, base, account)
    print(f"realm {name} updated in place ({len(people)} users added, existing accounts kept)")


def service_account_roles(admin, base, account):
    """A client's service account exists with its client: only its client roles are added."""
    client = admin.call("GET", f"{base}/clients?clientId={urllib.parse.quote(account['serviceAccountClientId'])}")
    user = admin.call("GET", f"{base}/clients/{client[0]['id']}/service-account-user")
    for owner, names in account.get("clientRoles", {}).items():
        owner_id = admin.call("GET", f"{base}/clients?clientId={urllib.parse.quote(owner)}")[0]["id"]
        held = {r["name"] for r in admin.call("GET", f"{base}/users/{user['id']}/role-mappings/clients/{owner_id}")}
        missing = [admin.call("GET", f"{base}/clients/{owner_id}/roles/{urllib.parse.quote(n)}")
                   for n in names if n not in held]
        if missing:
            admin.call("POST", f"{base}/users/{user['id']}/role-mappings/clients/{owner_id}", missing)


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    realm = load(sys.argv[2])
    users = load(sys.argv[3]).get("users", []) if len(sys.argv) == 4 else []
    sync(Admin(sys.argv[1]), realm, users)


if __name__ == "__main__":
    main()
