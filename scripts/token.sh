#!/usr/bin/env bash
# Prints an HS256 bearer token for the running service.
#   scripts/token.sh <user-id> [authenticated|service_role] [lifetime-seconds]
# The secret is TAILOR_JWT_SECRET, or the one the embedded default generated in $TAILOR_DATA_DIR/jwt-secret;
# with TAILOR_JWT_ISSUER set, the token carries it as iss.
set -euo pipefail
user_id=${1:?usage: scripts/token.sh <user-id> [authenticated|service_role] [lifetime-seconds]}
role=${2:-authenticated}
lifetime=${3:-3600}
secret=${TAILOR_JWT_SECRET:-}
if [ -z "$secret" ]; then
  secret_file="${TAILOR_DATA_DIR:-./data}/jwt-secret"
  [ -f "$secret_file" ] || { echo "no TAILOR_JWT_SECRET and no $secret_file: start the service once first" >&2; exit 1; }
  secret=$(cat "$secret_file")
fi
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
issuer=${TAILOR_JWT_ISSUER:+,\"iss\":\"$TAILOR_JWT_ISSUER\"} # the service then requires it
payload=$(printf '{"sub":"%s","role":"%s","aud":"authenticated","exp":%d%s}' "$user_id" "$role" \
  $(( $(date +%s) + lifetime )) "$issuer" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
