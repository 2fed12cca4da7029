#!/usr/bin/env bash
# Two portal instances on one PostgreSQL database behind nginx, all on localhost, then a smoke flow through nginx:
# sign in, create a request through the API on instance A, open the UI and read the request on instance B with the
# same cookie, and check that each scheduled job ran on one instance only (and moves to B when A stops).
# Debian, as root (installs postgresql and nginx when missing). Usage: bash deploy/run-two-instances.sh [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${LIQUN_DEPLOY_DIR:-/tmp/liqun-deploy}
A=5101 B=5102 PORT=5100 DB=liqun_deploy
PG_SERVER=${LIQUN_DEPLOY_POSTGRES:-"Host=localhost;Username=postgres;Password=postgres"}
KEY=lqk_DeploySmokeTestKey0000000000000000000
PASSWORD='Liqun#Demo2026'
keep=${1:-}

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*"; exit 1; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! command -v nginx >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
  say "installing postgresql, nginx and curl"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql nginx curl >/dev/null
fi

say "PostgreSQL"
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
# shellcheck disable=SC2086
pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -h localhost -q && break; sleep 1; done
su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\""
su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $DB WITH (FORCE)'"

say "publishing the portal to $work/app"
rm -rf "$work" && mkdir -p "$work"
dotnet publish "$root/LiqunCompliance.Web" -c Release -o "$work/app" -nologo -v quiet >/dev/null

start() { # name port
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$2" \
    Database__Provider=PostgreSql ConnectionStrings__Compliance="$PG_SERVER;Database=$DB" \
    Demo__Enabled=true Demo__Password="$PASSWORD" Demo__ApiKey="$KEY" Instance__Name="$1" \
    Policies__IntervalSeconds=5 Notices__PickupFolder="$work/mail-$1" \
    "Logging__LogLevel__LiqunCompliance.Web.Features=Debug" \
    dotnet LiqunCompliance.Web.dll >"$work/$1.log" 2>&1) &
  echo $! >"$work/$1.pid"
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$2/health" >/dev/null 2>&1 && return 0; sleep 1; done
  cat "$work/$1.log"; fail "instance $1 did not answer /health"
}
stop_all() {
  for name in web-a web-b; do [ -f "$work/$name.pid" ] && kill "$(cat "$work/$name.pid")" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
[ "$keep" = "--keep" ] || trap stop_all EXIT

# A first: it migrates the empty database and seeds the demo data; B then finds both done.
say "instance web-a on :$A (migrates and seeds)"; start web-a $A
say "instance web-b on :$B"; start web-b $B

say "nginx on :$PORT (cookie affinity, WebSocket upgrade)"
sed -e "s|__PORT__|$PORT|; s|__A__|$A|; s|__B__|$B|; s|__PREFIX__|$work|g" deploy/nginx-liqun.conf >"$work/nginx.conf"
nginx -t -c "$work/nginx.conf" -q
nginx -c "$work/nginx.conf"
for _ in $(seq 1 20); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
[ "$(curl -fs "http://127.0.0.1:$PORT/health")" = "Healthy" ] || fail "/health through nginx"

say "sign in through nginx as officer@demo.liqun"
jar="$work/cookies.txt"
page=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/Account/Login")
token=$(printf '%s' "$page" | tr '>' '\n' | grep '__RequestVerificationToken' | sed -n 's/.*value="\([^"]*\)".*/\1/p' | head -n1 || true)
[ -n "$token" ] || fail "no antiforgery token on the sign-in page"
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/Account/Login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
  --data-urlencode "Input.Email=officer@demo.liqun" --data-urlencode "Input.Password=$PASSWORD")
grep -q "LiqunCompliance.Auth" "$jar" || fail "sign-in gave no auth cookie (HTTP $status)"

say "create a request through the API on web-a"
created=$(curl -fs -X POST "http://127.0.0.1:$A/api/v1/requests" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"type":"Deletion","channel":"App","requester":{"name":"部署测试","phone":"13812345678"},"details":"smoke"}')
reference=$(printf '%s' "$created" | grep -o '"reference":"[^"]*"' | sed 's/.*:"//; s/"$//' || true)
[ -n "$reference" ] || fail "API create: $created"
echo "   $reference"

say "read it on web-b (shared database) and open the UI on both instances with the same cookie (shared key ring)"
curl -fs "http://127.0.0.1:$B/api/v1/requests/$reference" -H "X-Api-Key: $KEY" | grep -q "$reference" || fail "web-b does not see $reference"
for port in $A $B; do
  code=$(curl -s -o "$work/queue-$port.html" -w '%{http_code}' -b "$jar" "http://127.0.0.1:$port/requests?view=all")
  [ "$code" = "200" ] || fail "the queue on :$port answered $code to the cookie issued through nginx (302 = back to sign-in)"
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/requests?view=all")
  [ "$code" = "302" ] || fail "the queue on :$port answered $code without a cookie (expected 302 to sign-in)"
done

say "affinity: 12 new browsers from one address spread over both instances, each staying on its own for 4 requests"
: >"$work/nginx-access.log"
for i in $(seq 1 12); do
  browser="$work/affinity-$i.txt"
  curl -fs -o /dev/null -c "$browser" "http://127.0.0.1:$PORT/Account/Login" || fail "sign-in page through nginx"
  grep -q liqun_affinity "$browser" || fail "nginx set no affinity cookie"
  for _ in 1 2 3; do curl -fs -o /dev/null -b "$browser" "http://127.0.0.1:$PORT/Account/Login" || fail "sign-in page through nginx"; done
done
moved=$(awk '{print $NF, $(NF-2)}' "$work/nginx-access.log" | sort -u | awk '{print $1}' | uniq -d | wc -l)
spread=$(awk '{print $(NF-2)}' "$work/nginx-access.log" | sort | uniq -c | tr '\n' ' ')
echo "   requests per instance: $spread; browsers that changed instance: $moved"
[ "$moved" -eq 0 ] || fail "$moved browser(s) changed instance"
[ "$(awk '{print $(NF-2)}' "$work/nginx-access.log" | sort -u | wc -l)" -eq 2 ] || fail "all browsers landed on one instance"

say "load through nginx: 20 connections for 15 s on a public policy page and on the queue (spread: wrk sends no affinity cookie)"
command -v wrk >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
: >"$work/nginx-access.log"
wrk -t2 -c20 -d15s --latency "http://127.0.0.1:$PORT/privacy-policy" | tee "$work/load-public.txt" | grep -E "Requests/sec|Latency|99%|Non-2xx" || true
to_a=$(grep -c "127.0.0.1:$A" "$work/nginx-access.log" || true); to_b=$(grep -c "127.0.0.1:$B" "$work/nginx-access.log" || true)
echo "   public page requests served: web-a $to_a, web-b $to_b"
{ [ "$to_a" -gt 0 ] && [ "$to_b" -gt 0 ]; } || fail "the public page was not spread over both instances"
auth=$(awk '$6 == "LiqunCompliance.Auth" {print $6 "=" $7}' "$jar")
wrk -t2 -c20 -d15s --latency -H "Cookie: $auth" "http://127.0.0.1:$PORT/requests?view=all" | tee "$work/load-queue.txt" | grep -E "Requests/sec|Latency|99%|Non-2xx" || true

say "scheduled jobs: each ran on one instance only"
sleep 16
a_runs=$(grep -c "Background job policy-publisher ran on web-a" "$work/web-a.log" || true)
b_runs=$(grep -c "Background job policy-publisher ran on web-b" "$work/web-b.log" || true)
echo "   policy-publisher passes: web-a $a_runs, web-b $b_runs"
{ [ "$a_runs" -gt 0 ] && [ "$b_runs" -eq 0 ]; } || { [ "$b_runs" -gt 0 ] && [ "$a_runs" -eq 0 ]; } || fail "the job ran on both instances or on none"
holders=$(PGPASSWORD=postgres psql -h localhost -U postgres -tA -d "$DB" -c 'SELECT "Name", "Holder" FROM "JobLeases"' | tr '\n' ' ')
echo "   leases: $holders"

say "stop the holder: the other instance takes the job over"
if [ "$a_runs" -gt 0 ]; then holder=web-a other=web-b; else holder=web-b other=web-a; fi
kill "$(cat "$work/$holder.pid")"; rm -f "$work/$holder.pid"
sleep 12
grep -q "Background job policy-publisher ran on $other" "$work/$other.log" || fail "$other did not take the job over"
[ "$(curl -fs "http://127.0.0.1:$PORT/health")" = "Healthy" ] || fail "nginx did not fail over to $other"

say "OK: two instances, one database, one nginx; smoke flow passed ($reference); logs in $work"
