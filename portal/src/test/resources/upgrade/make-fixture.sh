#!/usr/bin/env bash
# Makes the fixture of UpgradeIT: the database and the search index as a previous release leaves them.
#
#   portal/src/test/resources/upgrade/make-fixture.sh [<commit> [<built worktree>]]
#
# Builds <commit> (default 0c43499, release "stop 23") in a detached worktree (reactor package only,
# never install), or uses a worktree where it is built already; runs its jar on a fresh MariaDB database
# (mysql profile) with the demo data (hand-written catalogue only, requests at several steps with their
# timers, an information report for review) and its own alias on the Elasticsearch at GONGKAI_ES_URL; waits until the outbox is relayed
# and no job is due; stops it with SIGTERM; then writes <commit>/ next to this script:
#   database.sql.gz   mariadb-dump --single-transaction of the database (no CREATE DATABASE / USE)
#   index.json        settings (shards, replicas, analysis) and mappings of the physical index
#   documents.ndjson  its documents as _bulk actions, with their external versions
#   release.properties the commit, the physical index's suffix, the last Flyway version, when made
# The database and the index it made are dropped at the end.
set -euo pipefail

commit=${1:-0c43499}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
out=$here/$commit
worktree=${2:-}
es=${GONGKAI_ES_URL:-http://127.0.0.1:9200}
keycloak=${GONGKAI_KEYCLOAK_URL:-http://127.0.0.1:8180}
db_host=${GONGKAI_MYSQL_HOST:-127.0.0.1} db_port=${GONGKAI_MYSQL_PORT:-3306}
db_user=${GONGKAI_MYSQL_USER:-root}
export MYSQL_PWD=${GONGKAI_MYSQL_PASSWORD:-}
db=gongkai_upgrade_fixture_$$
alias=upgrade-fixture-$$
portal_log=$(mktemp)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

log() { echo "make-fixture: $*" >&2; }
sql() { mariadb --host="$db_host" --port="$db_port" --user="$db_user" -N -B "$@"; }

if [[ -z $worktree ]]; then
  worktree=$(mktemp -d)/release-$commit
  git -C "$repo" worktree add --detach "$worktree" "$commit"
  log "building $commit in $worktree (package only)"
  (cd "$worktree" && mvn -B -q package -DskipTests)
fi
jar=$worktree/portal/target/gongkai-portal.jar
[[ -f $jar ]] || { log "no $jar: build the release first"; exit 1; }

pid=
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null || true
  sql -e "drop database if exists $db" || true
  local index
  for index in $(curl -s "$es/_alias/$alias" | jq -r 'keys[]?' 2>/dev/null); do curl -s -X DELETE "$es/$index" >/dev/null; done
}
trap cleanup EXIT

sql -e "create database $db character set utf8mb4 collate utf8mb4_unicode_ci"
log "starting the $commit portal on database $db, alias $alias, port $port"
env -u SPRING_PROFILES_ACTIVE $(env | sed -n 's/^\(GONGKAI_[A-Z_]*\)=.*/-u \1/p') \
  SPRING_PROFILES_ACTIVE=mysql \
  GONGKAI_DB_URL="jdbc:mysql://$db_host:$db_port/$db?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true" \
  GONGKAI_DB_USER="$db_user" GONGKAI_DB_PASSWORD="$MYSQL_PWD" GONGKAI_DB_POOL=8 \
  GONGKAI_PORT="$port" GONGKAI_BIND=127.0.0.1 GONGKAI_ES_URL="$es" GONGKAI_KEYCLOAK_URL="$keycloak" \
  GONGKAI_SEARCH_ALIAS="$alias" GONGKAI_DEMO=true GONGKAI_DEMO_ITEMS=0 GONGKAI_RATE_LIMIT_TRUSTED=127.0.0.1 \
  java -Xmx640m -XX:+UseSerialGC -jar "$jar" >"$portal_log" 2>&1 &
pid=$!

await() { # SECONDS DESCRIPTION COMMAND...: until COMMAND succeeds
  local until=$((SECONDS + $1)) what=$2; shift 2
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$portal_log" >&2; log "the portal exited"; exit 1; }
    (( SECONDS < until )) || { tail -40 "$portal_log" >&2; log "timed out waiting: $what"; exit 1; }
    sleep 1
  done
}
ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness") == 200 ]]; }
settled() {
  [[ $(sql "$db" -e "select count(*) from search_outbox") == 0 ]] \
    && [[ $(sql "$db" -e "select count(*) from ACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= now())") == 0 ]] \
    && [[ $(curl -s "$es/$alias/_count" | jq .count) == $(sql "$db" -e "select count(*) from catalogue_item where status = 'PUBLISHED'") ]]
}
await 600 "the portal ready" ready

# an information report (信息报送) in flight too, which the demo of this release does not make: drafted and
# submitted by clerk1, waiting for head1's unit review
token() {
  curl -sf --data-urlencode grant_type=password --data-urlencode client_id=gongkai-cli --data-urlencode "username=$1" \
    --data-urlencode "password=$1" "$keycloak/realms/gongkai/protocol/openid-connect/token" | jq -r .access_token
}
portal=http://127.0.0.1:$port
clerk=$(token clerk1)
report=$(curl -sf -H "Authorization: Bearer $clerk" -H 'Content-Type: application/json' -X POST "$portal/api/reports" \
  -d '{"title":"我市智慧停车平台上线运行","body":"全市智慧停车平台本月上线，接入泊位三万余个。","category":"经济","author":"王芳","phone":"0571-87001234","urgency":"ROUTINE"}' \
  | jq -r .id)
draft=$(curl -sf -H "Authorization: Bearer $clerk" "$portal/api/tasks" | jq -r --arg id "$report" \
  '.[] | select((.caseId | tostring) == $id and .taskKey == "Task_DraftReport") | .id')
[[ -n $draft ]] || { log "no draft task for report $report"; exit 1; }
curl -sf -o /dev/null -H "Authorization: Bearer $clerk" -H 'Content-Type: application/json' -X POST \
  "$portal/api/reports/tasks/$draft/complete" -d '{}'
log "information report $report submitted for unit review"
await 300 "the outbox relayed, no job due, every published item indexed" settled
sleep 5
log "settled: stopping the portal (SIGTERM)"
kill -TERM "$pid"
wait "$pid" || true
pid=

mkdir -p "$out"
# --skip-dump-date: the same database dumps to the same file; no --databases, so it loads into any database
mariadb-dump --host="$db_host" --port="$db_port" --user="$db_user" --single-transaction --quick --hex-blob \
  --routines --triggers --no-tablespaces --skip-dump-date --default-character-set=utf8mb4 "$db" | gzip -n -9 >"$out/database.sql.gz"
index=$(curl -s "$es/_alias/$alias" | jq -r 'keys[0]')
curl -s "$es/$index" | jq --arg i "$index" '.[$i] | {settings: {index: (.settings.index
  | {number_of_shards, number_of_replicas, analysis} | with_entries(select(.value != null)))}, mappings}' >"$out/index.json"
curl -s "$es/$index/_search?size=10000&version=true&sort=_doc" | jq -c '.hits.hits | sort_by(._id)[]
  | ({index: {_id: ._id, version: ._version, version_type: "external_gte"}}, ._source)' >"$out/documents.ndjson"
{
  echo "# made by make-fixture.sh: the database and index of release $commit after its demo data settled"
  echo "commit=$(git -C "$worktree" rev-parse --short HEAD)"
  echo "made=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "index.suffix=${index#"$alias"}"
  echo "documents=$(curl -s "$es/$index/_count" | jq .count)"
  echo "flyway.version=$(sql "$db" -e "select version from flyway_schema_history where success = 1 and version is not null order by installed_rank desc limit 1")"
} >"$out/release.properties"
rm -f "$portal_log"
log "written: $(du -sh "$out" | cut -f1) in $out"
ls -l "$out" >&2
