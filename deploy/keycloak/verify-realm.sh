#!/usr/bin/env bash
# Verifies a running Keycloak that imported deploy/keycloak/mentoring-realm.json.
#
#   KC_URL=http://localhost:8180 deploy/keycloak/verify-realm.sh
#
# For every demo user: password grant via the demo-only client `nastavnik-e2e`,
# decode the access token and check iss, aud, realm_access.roles and the
# tenant claims (school_id, municipality_id, region_id: top-level strings,
# absent when the user has no such binding).
# Then checks that the authorization endpoint of `nastavnik-ui` with a PKCE
# (S256) challenge renders the login form.
#
# Needs: bash, curl, python3. Exit code 0 = all checks passed.
set -euo pipefail

KC_URL="${KC_URL:-http://localhost:8180}"
KC_URL="${KC_URL%/}"
REALM="${KC_REALM:-mentoring}"
EXPECTED_ISS="${EXPECTED_ISS:-$KC_URL/realms/$REALM}"
TOKEN_URL="$KC_URL/realms/$REALM/protocol/openid-connect/token"
AUTH_URL="$KC_URL/realms/$REALM/protocol/openid-connect/auth"
UI_REDIRECT="${UI_REDIRECT:-http://localhost:8080/login/oauth2/code/keycloak}"

command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 2; }

if ! curl -sSf -o /dev/null "$KC_URL/realms/$REALM/.well-known/openid-configuration"; then
  echo "verify-realm: realm '$REALM' not reachable at $KC_URL (is Keycloak up and the realm imported?)" >&2
  exit 2
fi

# username | expected realm role | school_id | municipality_id | region_id   ("-" = claim must be absent)
USERS=(
  "curator|school-curator|school-1|mun-1|reg-1"
  "head|school-head|school-1|mun-1|reg-1"
  "curator2|school-curator|school-2|mun-1|reg-1"
  "mentor|mentor|school-1|mun-1|reg-1"
  "officer|municipal-officer|-|mun-1|reg-1"
  "analyst|regional-analyst|-|-|reg-1"
  "admin|platform-admin|-|-|reg-1"
)

failures=0

for spec in "${USERS[@]}"; do
  IFS='|' read -r user role school mun reg <<<"$spec"
  resp="$(curl -sS -X POST "$TOKEN_URL" \
      -H 'Content-Type: application/x-www-form-urlencoded' \
      --data-urlencode grant_type=password \
      --data-urlencode client_id=nastavnik-e2e \
      --data-urlencode "username=$user" \
      --data-urlencode password=demo \
      --data-urlencode scope=openid)" || { echo "FAIL $user: token request failed" >&2; failures=$((failures+1)); continue; }

  if ! RESP="$resp" USER_NAME="$user" ROLE="$role" SCHOOL="$school" MUN="$mun" REG="$reg" \
       EXPECTED_ISS="$EXPECTED_ISS" python3 - <<'PY'
import base64, json, os, sys

user = os.environ["USER_NAME"]
try:
    resp = json.loads(os.environ["RESP"])
except ValueError:
    print(f"FAIL {user}: token endpoint returned non-JSON: {os.environ['RESP'][:300]}")
    sys.exit(1)
if "access_token" not in resp:
    print(f"FAIL {user}: no access_token: {resp}")
    sys.exit(1)

def decode(jwt):
    payload = jwt.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))

claims = decode(resp["access_token"])
errors = []

iss = claims.get("iss")
if iss != os.environ["EXPECTED_ISS"]:
    errors.append(f"iss={iss!r}, expected {os.environ['EXPECTED_ISS']!r}")

aud = claims.get("aud")
aud_list = aud if isinstance(aud, list) else ([aud] if aud else [])
if "nastavnik-api" not in aud_list:
    errors.append(f"aud={aud!r} does not contain 'nastavnik-api'")

roles = (claims.get("realm_access") or {}).get("roles") or []
if os.environ["ROLE"] not in roles:
    errors.append(f"realm_access.roles={roles!r} lacks {os.environ['ROLE']!r}")
app_roles = {"school-head", "school-curator", "mentor", "municipal-officer", "regional-analyst", "platform-admin"}
extra = sorted((set(roles) & app_roles) - {os.environ["ROLE"]})
if extra:
    errors.append(f"unexpected application roles {extra}")

for claim, env in (("school_id", "SCHOOL"), ("municipality_id", "MUN"), ("region_id", "REG")):
    expected = os.environ[env]
    actual = claims.get(claim)
    if expected == "-":
        if claim in claims:
            errors.append(f"{claim}={actual!r}, expected absent")
    elif not isinstance(actual, str) or actual != expected:
        errors.append(f"{claim}={actual!r}, expected string {expected!r}")

print(f"{'OK  ' if not errors else 'FAIL'} {user:9} iss={iss} aud={aud} roles={sorted(roles)} "
      f"school_id={claims.get('school_id')} municipality_id={claims.get('municipality_id')} "
      f"region_id={claims.get('region_id')}")
for e in errors:
    print(f"     - {e}")
sys.exit(1 if errors else 0)
PY
  then
    failures=$((failures+1))
  fi
done

# ---- login page for nastavnik-ui (authorization code + PKCE S256) ----
read -r verifier challenge < <(python3 - <<'PY'
import base64, hashlib, secrets
v = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()
c = base64.urlsafe_b64encode(hashlib.sha256(v.encode()).digest()).rstrip(b"=").decode()
print(v, c)
PY
)
: "$verifier"
page="$(mktemp)"
trap 'rm -f "$page"' EXIT
code="$(curl -sS -o "$page" -w '%{http_code}' -G "$AUTH_URL" \
    --data-urlencode client_id=nastavnik-ui \
    --data-urlencode response_type=code \
    --data-urlencode scope=openid \
    --data-urlencode "redirect_uri=$UI_REDIRECT" \
    --data-urlencode state=verify-state \
    --data-urlencode code_challenge_method=S256 \
    --data-urlencode "code_challenge=$challenge")"

if ! PAGE="$page" CODE="$code" python3 - <<'PY'
import os, re, sys
html = open(os.environ["PAGE"], encoding="utf-8", errors="replace").read()
errors = []
if os.environ["CODE"] != "200":
    errors.append(f"HTTP {os.environ['CODE']}")
if not re.search(r'<form[^>]*id="kc-form-login"', html):
    errors.append("no <form id=\"kc-form-login\">")
for field in ("username", "password"):
    if not re.search(r'<input[^>]*id="%s"' % field, html):
        errors.append(f"no <input id=\"{field}\">")
submit = re.search(r'<(?:input|button)[^>]*type="submit"[^>]*>', html)
sub_id = sub_name = None
if submit:
    tag = submit.group(0)
    m = re.search(r'\bid="([^"]*)"', tag); sub_id = m and m.group(1)
    m = re.search(r'\bname="([^"]*)"', tag); sub_name = m and m.group(1)
else:
    errors.append("no submit button")
lang = re.search(r'<html[^>]*lang="([^"]*)"', html)
print(f"{'OK  ' if not errors else 'FAIL'} login page nastavnik-ui+PKCE: HTTP {os.environ['CODE']}, "
      f"form=kc-form-login, inputs=username,password, submit id={sub_id} name={sub_name}, "
      f"html lang={lang and lang.group(1)}")
for e in errors:
    print(f"     - {e}")
sys.exit(1 if errors else 0)
PY
then
  failures=$((failures+1))
fi

if [ "$failures" -ne 0 ]; then
  echo "verify-realm: $failures check group(s) FAILED" >&2
  exit 1
fi
echo "verify-realm: all checks passed ($KC_URL, realm $REALM)"
