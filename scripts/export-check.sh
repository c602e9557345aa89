#!/usr/bin/env bash
# Opens every .xlsx export the services offer in LibreOffice, as a bureau's clerk would: against the running local
# system (scripts/run-local.sh), it signs in as the demo accounts through the gateway, downloads each export,
# converts it to CSV with `soffice --headless --convert-to csv`, and checks the CSV's header row and that it has at
# least the rows it should (the demo seed's, or as many as the same list's JSON answer has). Prints a table of
# export -> rows; exits 1 naming each export that failed.
#
#   scripts/export-check.sh                 the system at http://localhost:8080
#   scripts/export-check.sh --keep DIR      keep the downloads and the CSV files in DIR
#
# SANGANG_GATEWAY changes the gateway's address, SANGANG_DEMO_PASSWORD the demo accounts' password.
# Every export is found in the services' API docs (each GET path ending in .xlsx): one that has no expectation
# below fails the check, so a new export cannot go unchecked. Reads only: nothing is written to the system.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${SANGANG_GATEWAY:-http://localhost:8080}"
PASSWORD="${SANGANG_DEMO_PASSWORD:-Sangang-2026}"

usage() {
  echo "usage: scripts/export-check.sh [--keep DIR]"
}

KEEP=""
while (($#)); do
  case "$1" in
    --keep) KEEP="${2:?--keep needs a directory}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice (LibreOffice) not found. Install its spreadsheet part without a desktop, as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
  echo "python3 and curl are needed (e.g. apt-get install -y python3 curl)." >&2
  exit 2
fi
if ! curl -fsS -o /dev/null "${GATEWAY}/actuator/health"; then
  echo "No gateway answers at ${GATEWAY}: start the local system first (scripts/run-local.sh) and wait for 'Running.'." >&2
  exit 2
fi

if [[ -n "$KEEP" ]]; then
  mkdir -p "$KEEP"
  WORK="$(cd "$KEEP" && pwd)"
else
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi

cd "$ROOT"
python3 - "$GATEWAY" "$PASSWORD" "$WORK" <<'PY'
import csv, datetime, json, os, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

gateway, password, work = sys.argv[1:4]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SERVICES = ["zone-service", "post-service", "pledge-service", "evaluation-service"]

# Demo accounts of taojiang-fp (README), one per role, and the county office.
ACCOUNTS = {"ADMIN": "tj0006", "LEADER": "tj0001", "OFFICE": "tj0005", "SECRETARY": "tj0008", "COUNTY": "county"}
tokens = {}


def call(path, role=None, raw=False):
    request = urllib.request.Request(gateway + path)
    if role:
        request.add_header("Authorization", "Bearer " + token(role))
    with urllib.request.urlopen(request, timeout=120) as response:
        body = response.read()
        return (response.headers.get("Content-Type", ""), body) if raw else json.loads(body)


def token(role):
    if role not in tokens:
        body = json.dumps({"username": ACCOUNTS[role], "password": password}).encode()
        request = urllib.request.Request(gateway + "/auth/login", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            tokens[role] = json.loads(response.read())["accessToken"]
    return tokens[role]


today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
year = today.year
quarter = f"{year}-Q{(today.month - 1) // 3 + 1}"


def first_survey():
    # The quarterly job opens the quarter's surveys about half a minute after evaluation-service starts.
    for _ in range(90):
        surveys = call("/api/evaluation/surveys", "OFFICE")
        if surveys:
            return surveys[0]["code"]
        time.sleep(2)
    raise SystemExit("taojiang-fp has no survey yet: the quarterly surveys open ~30 s after evaluation-service starts")


survey = first_survey()

# What each export must hold: who downloads it, its query, its header row, and the fewest data rows it may have —
# a number from the demo seed (README: 34 people, 7 zones, 4 people outside every zone, 11 elected posts), or the
# length of the same list's JSON answer. Header rows are the exports' own Column lists.
EXPORTS = {
    "GET /api/zone/people.xlsx": dict(
        label="人员名册", role="ADMIN", rows=34,
        header=["工号", "姓名", "所属单位", "党员", "职务", "联系电话", "状态", "积极分子联系人"]),
    "GET /api/zone/people/import-template.xlsx": dict(
        label="人员名册导入模板", role="ADMIN", rows=0,
        header=["工号", "姓名", "所属单位", "党员", "职务", "联系电话", "状态", "积极分子联系人"]),
    "GET /api/zone/zones.xlsx": dict(
        label="责任区登记表", role="LEADER", rows=7,
        header=["责任区", "公示牌编号", "所属单位", "负责人", "主要任务", "划定日期", "成员工号", "成员姓名", "具体责任"]),
    "GET /api/zone/coverage.xlsx": dict(
        label="责任区覆盖缺口", role="LEADER", rows=4,
        header=["类别", "工号", "姓名", "所在单位", "责任区", "原因"]),
    "GET /api/zone/assessments.xlsx": dict(
        label="责任区考核评比表", role="LEADER", rows=lambda: len(call("/api/zone/assessments", "LEADER")),
        header=["考核季度", "责任区", "所属单位", "围绕中心工作（分）", "解决实际问题（分）", "组织功能和服务能力（分）", "总分",
                "等次", "考核意见", "考核人", "考核时间"]),
    "GET /api/post/posts.xlsx": dict(
        label="示范岗登记台账", role="LEADER", rows=11,
        header=["示范岗", "类别", "岗位人", "工号", "所在单位", "确定方式", "确定日期", "状态", "标牌编号", "授牌日期", "悬挂位置",
                "考核季度", "考核结果", "群众满意率（%）", "测评份数", "考核意见", "处理", "整改期限", "整改完成", "撤销原因"]),
    "GET /api/pledge/ledger.xlsx": dict(
        label="承诺践诺登记台账", role="SECRETARY", query=f"year={year}",
        rows=lambda: len(call(f"/api/pledge/ledger?year={year}", "SECRETARY")),
        header=["承诺类型", "承诺人/组织", "事项", "承诺内容", "责任人", "完成时限", "预期效果", "状态", "逾期", "逾期公示", "最新进展",
                "进展次数", "检查次数", "最近检查", "评议结果", "整改期限", "整改完成"]),
    "GET /api/evaluation/rewards.xlsx": dict(
        label="奖励发放表", role="OFFICE",
        rows=lambda: len(call("/api/evaluation/rewards", "OFFICE")) + 1,  # and the total line
        header=["序号", "姓名", "单位", "示范岗/事由", "金额（元）", "签字"]),
    "GET /api/evaluation/surveys.xlsx": dict(
        label="满意度测评结果汇总", role="OFFICE", rows=lambda: len(call("/api/evaluation/surveys", "OFFICE")),
        header=["测评编号", "测评对象", "测评名称", "季度", "状态", "满意", "基本满意", "不满意", "答卷数", "满意率（%）"]),
    "GET /api/evaluation/surveys/{code}/results.xlsx": dict(
        label="满意度测评意见", role="OFFICE", path={"code": survey},
        rows=lambda: len(call(f"/api/evaluation/surveys/{survey}/results", "OFFICE")["latestOpinions"]),
        header=["序号", "提交时间", "评价", "意见建议"]),
    "GET /api/evaluation/rankings/{year}.xlsx": dict(
        label="评选表彰排名", role="SECRETARY", path={"year": year},
        rows=lambda: len(call(f"/api/evaluation/rankings/{year}", "SECRETARY")),
        header=["名次", "单位", "示范岗得分", "责任区得分", "承诺践诺得分", "总分"]),
    "GET /api/evaluation/county/feed.xlsx": dict(
        label="各局季度汇总（县局）", role="COUNTY", query=f"quarter={quarter}",
        rows=lambda: len(call(f"/api/evaluation/county/feed?quarter={quarter}", "COUNTY")),
        header=["局", "季度", "授牌示范岗", "考核合格", "考核不合格", "撤销示范岗", "责任区考核", "责任区平均分", "测评答卷", "满意率（%）",
                "通过承诺", "评议承诺事项", "践诺事项", "奖励项数", "奖励金额（元）"]),
}

offered = set()
for service in SERVICES:
    for path, operations in call(f"/api-docs/{service}")["paths"].items():
        if path.endswith(".xlsx") and "get" in operations:
            offered.add("GET " + path)

failures = []
for key in sorted(offered - EXPORTS.keys()):
    failures.append(f"{key}: offered by the API but has no expectation in scripts/export-check.sh")
for key in sorted(EXPORTS.keys() - offered):
    failures.append(f"{key}: expected, but no service's API docs offer it")

checked = []
for n, key in enumerate(sorted(EXPORTS.keys() & offered)):
    export = EXPORTS[key]
    path = key.split(" ", 1)[1]
    for name, value in export.get("path", {}).items():
        path = path.replace("{" + name + "}", urllib.parse.quote(str(value)))
    if export.get("query"):
        path += "?" + export["query"]
    try:
        kind, body = call(path, export["role"], raw=True)
    except urllib.error.HTTPError as e:
        failures.append(f"{export['label']} ({path} as {ACCOUNTS[export['role']]}): HTTP {e.code} {e.read()[:300]!r}")
        continue
    if not kind.startswith(XLSX):
        failures.append(f"{export['label']} ({path}): answered {kind}, not a workbook")
        continue
    file = os.path.join(work, f"export-{n:02d}.xlsx")
    with open(file, "wb") as out:
        out.write(body)
    rows = export["rows"]
    checked.append(dict(export, key=key, url=path, file=file, size=len(body), expected=rows() if callable(rows) else rows))

if checked:
    csv_dir = os.path.join(work, "csv")
    # A profile of its own, so a LibreOffice already open (or another check) does not hold this conversion up.
    profile = "file://" + os.path.join(work, "lo-profile")
    # 44,34,76,1: comma-separated, double quotes, UTF-8, from the first line.
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", csv_dir] + [c["file"] for c in checked],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)

table = []
for c in checked:
    converted = os.path.join(work, "csv", os.path.basename(c["file"])[:-len(".xlsx")] + ".csv")
    if not os.path.exists(converted):
        failures.append(f"{c['label']} ({c['url']}): LibreOffice did not convert it")
        table.append((c["label"], c["url"], "-", c["expected"], "NOT OPENED"))
        continue
    with open(converted, newline="", encoding="utf-8") as f:
        lines = [[cell.strip() for cell in line] for line in csv.reader(f)]
    while lines and not any(lines[-1]):
        lines.pop()
    header = lines[1] if len(lines) > 1 else []
    while header and not header[-1]:
        header.pop()
    data = len(lines) - 2 if len(lines) > 2 else 0
    problems = []
    if not lines or not lines[0] or not lines[0][0]:
        problems.append("no title in the first row")
    if header != c["header"]:
        problems.append(f"header row {header} is not {c['header']}")
    if data < c["expected"]:
        problems.append(f"{data} data rows, expected at least {c['expected']}")
    for p in problems:
        failures.append(f"{c['label']} ({c['url']}): {p}")
    table.append((c["label"], c["url"], data, c["expected"], "ok" if not problems else "FAILED"))

width = max([len(t[1]) for t in table] + [4])
print(f"{'path':<{width}}  {'rows':>5}  {'min':>5}  {'result':<10}  export")
for label, url, rows, expected, result in table:
    print(f"{url:<{width}}  {rows:>5}  {expected:>5}  {result:<10}  {label}")
print(f"{len(table)} exports downloaded through {gateway} and opened with LibreOffice (soffice --headless)")
if failures:
    print("\nFAILED:", file=sys.stderr)
    for failure in failures:
        print("  " + failure, file=sys.stderr)
    sys.exit(1)
PY
