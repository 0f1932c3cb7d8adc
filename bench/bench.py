#!/usr/bin/env python3
"""Warledger benchmark: a synthetic dataset through the bulk imports, then the composed GraphQL query against
the direct REST critical path, list/summary/totals latency, backend calls per query and memory. Run via bench/run."""
import argparse, concurrent.futures, datetime, hashlib, http.client, json, os, platform, random, re, statistics
import subprocess, sys, time, urllib.parse

SERVICES = {"gateway": 8080, "event-service": 8081, "casualty-service": 8082, "aid-service": 8083}
# Runs alongside, with the sample articles the launcher posts to it, but takes no part in what is measured: the composed
# query, the lists and the summaries never reach it, so its CPU and memory are not among the figures.
INTAKE = 8084
COMPOSED = """{ events(first: 20) { edges { node { id title date
  casualtyClaims { id claimant figure { qualifier value low high } event { id title } }
  aidPledges { id title value { amount currency } normalized { eur usd } } } } } }"""
# Many small queries: one event by its id per request, a different id each time.
SMALL = "query($id: ID!) { event(id: $id) { id title date type } }"
# The documents bench/run ships to the gateway as trusted documents (persisted queries), by document id.
TRUSTED_DOCUMENTS = (COMPOSED, SMALL)
GRAPHQL_RESPONSE = "application/graphql-response+json"

CLAIMANTS = ["Ukrainian General Staff", "Ukrainian Armed Forces", "NATO Secretary General", "US Department of Defense",
             "UK Ministry of Defence", "UK intelligence", "White House", "Russian Ministry of Defence", "Mediazona",
             "BBC Russian", "Oryx", "ISW", "Estonian intelligence", "South Korean intelligence", "Kyiv Independent",
             "Ukrainian Air Force", "Russian General Staff", "UN monitoring mission", "Pentagon official", "ACLED"]
SUBJECTS = ["RU", "RU", "RU", "UA", "UA", "KP"]
PERSONNEL = ["KILLED", "WOUNDED", "KILLED_OR_WOUNDED", "KILLED_OR_WOUNDED", "CAPTURED", "MISSING"]
EQUIPMENT = ["TANK", "ARMORED_VEHICLE", "ARTILLERY", "AIRCRAFT", "HELICOPTER", "DRONE", "SHIP", "AIR_DEFENSE", "VEHICLE"]
QUALIFIERS = ["EXACT", "EXACT", "APPROXIMATELY", "AT_LEAST", "MORE_THAN", "AT_MOST", "RANGE", "UNQUANTIFIED"]
EVENT_TYPES = ["DEPLOYMENT", "AUTHORIZATION", "STRIKE", "STRIKE", "BATTLE", "BATTLE", "SUMMIT", "AID_ANNOUNCEMENT",
               "STATEMENT", "MILESTONE"]
ACTORS = ["Russian Armed Forces", "Armed Forces of Ukraine", "NATO", "North Korea", "Wagner Group", "Biden administration",
          "European Union", "Iran", "Ukrainian Air Force", "Russian Navy"]
PLACES = [("Kursk region", "Kursk Oblast", "RU", 51.73, 36.19), ("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23),
          ("Pokrovsk", "Donetsk Oblast", "UA", 48.28, 37.18), ("Kyiv", "Kyiv City", "UA", 50.45, 30.52),
          ("Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14), ("Belgorod", "Belgorod Oblast", "RU", 50.6, 36.6)]
DONORS = ["US", "DE", "GB", "PL", "NL", "DK", "NO", "FR", "CA", "JP", "SE", "FI", "IT", "ES", "BE", "CZ", "EU", "NATO"]
CURRENCY = {"US": "USD", "GB": "GBP", "PL": "PLN", "CA": "CAD", "JP": "JPY", "SE": "SEK", "NO": "NOK", "DK": "DKK",
            "CZ": "CZK"}
RATES = {"USD": 1.08, "GBP": 0.85, "PLN": 4.3, "CAD": 1.47, "JPY": 160.0, "SEK": 11.4, "NOK": 11.6, "DKK": 7.46,
         "CZK": 25.0}
START = datetime.date(2022, 2, 24)


def day(rng, span=1400):
    return (START + datetime.timedelta(days=rng.randrange(span))).isoformat()


def source(rng, i):
    return [{"url": f"https://example.org/report/{i}", "publisher": rng.choice(["Reuters", "AP", "Kyiv Independent",
             "The Independent", "BBC"]), "quote": f"reported figure {i}"}]


def event(rng, i):
    place = rng.choice(PLACES)
    e = {"externalKey": f"bench-event-{i}", "title": f"Synthetic event {i}", "type": rng.choice(EVENT_TYPES),
         "date": day(rng), "datePrecision": rng.choice(["DAY", "DAY", "DAY", "WEEK", "MONTH"]),
         "actors": rng.sample(ACTORS, 2), "tags": [rng.choice(["front", "aid", "air", "diplomacy"])],
         "location": {"name": place[0], "region": place[1], "country": place[2], "latitude": place[3],
                      "longitude": place[4], "precision": "SETTLEMENT"}, "sources": source(rng, i)}
    if rng.random() < 0.2:
        e["quantities"] = [{"measure": "troops", "unit": "persons", "claimant": rng.choice(CLAIMANTS),
                            "figure": {"qualifier": "APPROXIMATELY", "value": rng.randrange(100, 50000)}}]
    return e


def figure(rng):
    q = rng.choice(QUALIFIERS)
    v = rng.randrange(1, 700000)
    if q == "RANGE":
        return {"qualifier": q, "low": v, "high": v + rng.randrange(1, 10000)}
    if q == "UNQUANTIFIED":
        return {"qualifier": q}
    return {"qualifier": q, "value": v}


def claim(rng, i, event_ids):
    as_of = day(rng)
    c = {"externalKey": f"bench-claim-{i}", "claimant": rng.choice(CLAIMANTS), "subject": rng.choice(SUBJECTS),
         "figure": figure(rng), "asOf": as_of, "statedOn": as_of, "sources": source(rng, i)}
    if rng.random() < 0.25:
        c["category"], c["equipmentType"] = "EQUIPMENT", rng.choice(EQUIPMENT)
    else:
        c["category"] = rng.choice(PERSONNEL)
    if rng.random() < 0.7:
        c["scope"] = {"kind": "CUMULATIVE", "from": "2022-02-24"}
    else:
        end = datetime.date.fromisoformat(as_of)
        c["scope"] = {"kind": "INTERVAL", "from": (end - datetime.timedelta(days=rng.randrange(0, 7))).isoformat(),
                      "to": as_of}
    if rng.random() < 0.3:
        c["eventId"] = rng.choice(event_ids)
    return c


def pledge(rng, i, event_ids):
    donor = rng.choice(DONORS)
    p = {"externalKey": f"bench-pledge-{i}", "title": f"Synthetic package {i}", "donor": donor, "recipient": "UA",
         "kind": rng.choices(["PLEDGE", "REPORTED_TOTAL", "CONTRACT"], [90, 5, 5])[0],
         "type": rng.choice(["MILITARY", "MILITARY", "FINANCIAL", "HUMANITARIAN"]),
         "status": rng.choice(["ANNOUNCED", "COMMITTED", "ALLOCATED", "DELIVERED", "DECLINED"]),
         "announcedOn": day(rng), "sources": source(rng, i)}
    if rng.random() < 0.85:
        p["value"] = {"amount": rng.randrange(1, 5000) * 1_000_000, "currency": CURRENCY.get(donor, "EUR"),
                      "qualifier": rng.choice(["EXACT", "EXACT", "AT_LEAST", "MORE_THAN"])}
    if rng.random() < 0.4:
        p["items"] = [{"name": "artillery shells", "category": "AMMUNITION", "quantity": rng.randrange(1000, 100000)}]
    if rng.random() < 0.3:
        p["eventId"] = rng.choice(event_ids)
    return p


class Client:
    """Keep-alive HTTP/1.1 to one service, as a real client would use it."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("localhost", port, timeout=300)

    def request(self, method, path, body=None, headers=None):
        self.conn.request(method, path, body=body, headers=headers or {})
        response = self.conn.getresponse()
        data = response.read()
        if response.status >= 400:
            raise RuntimeError(f"{method} {path} -> {response.status}: {data[:300]!r}")
        return data, response


def import_all(port, path, token, records, warm_up=0):
    """Imports in requests of 5,000 lines, all of them timed. Before that, warm_up dry runs of the first 5,000 lines
    (the whole import carried out, then rolled back: nothing stored) let the service's JIT compile the import path,
    so that the rate is the service's and not its warm-up's."""
    client = Client(port)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/x-ndjson"}
    sample = "\n".join(json.dumps(r) for r in records[:5000]).encode()
    for _ in range(warm_up):
        report = json.loads(client.request("POST", path + "?dryRun=true", sample, headers)[0])
        if not report["dryRun"] or report["rejected"]:
            raise RuntimeError(f"{path}: the dry run did not run as one: {str(report)[:300]}")
    bodies = ["\n".join(json.dumps(r) for r in records[start:start + 5000]).encode()
              for start in range(0, len(records), 5000)]
    ids, started = [], time.perf_counter()
    for body in bodies:
        report = json.loads(client.request("POST", path, body, headers)[0])
        if report["rejected"]:
            raise RuntimeError(f"{path} rejected rows: {[r for r in report['rows'] if r['outcome'] == 'REJECTED'][:3]}")
        ids += [row["id"] for row in report["rows"]]
    return ids, len(records) / (time.perf_counter() - started)


def wrk(url, seconds, connections, script, body=None, env=None, tolerate_errors=False):
    """wrk on one thread; body goes to the script as WRK_BODY, env (a dict) adds other variables for it."""
    environment = dict(os.environ)
    if body is not None:
        environment["WRK_BODY"] = body
    environment.update(env or {})
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
                          "-s", script, url], capture_output=True, text=True, env=environment, check=True).stdout
    result = json.loads(re.search(r"WRK_JSON (\{.*\})", out).group(1))
    result["rps"] = result["requests"] / result["seconds"]
    if result["errors"] and not tolerate_errors:
        raise RuntimeError(f"wrk saw {result['errors']} errors on {url}:\n{out}")
    return result


def warm_until_steady(url, script, body, window=10, limit=420, connections=32, least=60):
    """Runs the load in windows of 10 s at 32 connections until throughput has stopped rising and the JITs are done:
    three windows in a row that do not beat the best one before them by 3%, the last with every app's compiler
    threads busy under 5% of the window (after at least 60 s; at most 420 s). Returns the seconds spent. On a slow
    machine a single C2 compilation can take a second, so a flat throughput alone does not mean the JIT is done.
    Before the 1-connection windows it runs with the direct path's own rule (DirectPath.java): windows of 5 s, at least
    30 s, at most 150 s — a change of load recompiles code in all four apps, and the direct path warms up alike."""
    spent, best, flat = 0, 0.0, 0
    while spent < limit:
        jit_before = cpu_seconds(jit_only=True)
        rps = wrk(url, window, connections, script, body)["rps"]
        jit_after = cpu_seconds(jit_only=True)
        spent += window
        flat = flat + 1 if rps < 1.03 * best else 0
        best = max(best, rps)
        compiling = any(jit_after[n] - jit_before.get(n, 0) > 0.05 * window for n in jit_after)
        if flat >= 3 and not compiling and spent >= least:
            break
    return spent


def api_calls():
    total = 0.0
    for name in ("event-service", "casualty-service", "aid-service"):
        metrics = Client(SERVICES[name]).request("GET", "/q/metrics")[0].decode()
        total += sum(float(x) for x in re.findall(
            r'http_server_requests_seconds_count\{[^}]*uri="/api/[^"]*"[^}]*\} ([0-9.e+]+)', metrics))
    return total


def graphql(client, query, variables=None):
    request = {"query": query} if variables is None else {"query": query, "variables": variables}
    data, _ = client.request("POST", "/graphql", json.dumps(request).encode(),
                             {"Content-Type": "application/json"})
    answer = json.loads(data)
    if "errors" in answer:
        raise RuntimeError(answer["errors"])
    return answer["data"]


def document_id(document):
    """A trusted document's id: sha256: and the hex SHA-256 of its UTF-8 text."""
    return "sha256:" + hashlib.sha256(document.encode("utf-8")).hexdigest()


def write_manifest(path):
    """The trusted-documents manifest bench/run ships to the gateway (WARLEDGER_GRAPHQL_TRUSTED_DOCUMENTS_MANIFEST):
    a JSON object from document id to document text, holding the composed query and the small event(id) query."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump({document_id(document): document for document in TRUSTED_DOCUMENTS}, f, indent=2)
        f.write("\n")
    os.replace(temporary, path)


def cpu_per_request(run):
    """Runs run() and returns its result with each app's CPU ms per /graphql request the gateway counted meanwhile,
    without and (apart) of its JIT compiler threads, as for the composed query."""
    requests_before = metric_count("gateway", "/graphql")
    cpu_before, jit_before = cpu_seconds(), cpu_seconds(jit_only=True)
    result = run()
    cpu_after, jit_after = cpu_seconds(), cpu_seconds(jit_only=True)
    requests = max(metric_count("gateway", "/graphql") - requests_before, 1)
    cpu = {name: round(1000 * ((cpu_after[name] - cpu_before[name]) - (jit_after[name] - jit_before[name])) / requests, 3)
           for name in cpu_after}
    jit = {name: round(1000 * (jit_after[name] - jit_before[name]) / requests, 3) for name in jit_after}
    return result, cpu, jit


def small_queries(here, event_ids, folder, seconds, warm_up_s=20, connections=64, seed=0):
    """Many small queries: one event(id) look-up per request at 64 connections, each request the next of the imported
    event ids (shuffled, written to FOLDER/bench-event-ids.txt for bench/wrk-graphql-ids.lua). A few ids are checked
    to answer their own event first; then warm_up_s of the same load, then the measurement with CPU per query."""
    ids = list(event_ids)
    random.Random(seed).shuffle(ids)
    ids_file = os.path.join(folder, "bench-event-ids.txt")
    with open(ids_file, "w") as f:
        f.write("\n".join(ids) + "\n")
    gateway = Client(SERVICES["gateway"])
    for event_id in ids[:3]:
        found = graphql(gateway, SMALL, {"id": event_id})["event"]
        if not found or found["id"] != event_id:
            raise RuntimeError(f"event(id: {event_id}) answered {found}")
    url, script = f"http://localhost:{SERVICES['gateway']}/graphql", os.path.join(here, "wrk-graphql-ids.lua")
    body, env = json.dumps({"query": SMALL, "variables": {"id": "__ID__"}}), {"WRK_IDS_FILE": ids_file}
    if warm_up_s:
        wrk(url, warm_up_s, connections, script, body, env)
    measured, cpu, jit = cpu_per_request(lambda: wrk(url, seconds, connections, script, body, env))
    return {"small_query_rps": round(measured["rps"], 1), "small_query_p50_ms": round(measured["p50"], 2),
            "small_query_p95_ms": round(measured["p95"], 2), "small_query_p99_ms": round(measured["p99"], 2),
            "small_query_connections": connections, "small_query_distinct_ids": len(ids),
            "small_query_warmup_s": warm_up_s, "cpu_ms_per_small_query": cpu, "jit_cpu_ms_per_small_query": jit}


def persisted_get_path(document, variables=None):
    path = "/graphql?documentId=" + urllib.parse.quote(document_id(document), safe=":")
    if variables is not None:
        path += "&variables=" + urllib.parse.quote(json.dumps(variables, separators=(",", ":")), safe="")
    return path


def persisted_get_check():
    """Checks once that a trusted document GET answers as the POST does: GET /graphql?documentId=… of the composed
    query, Accept application/graphql-response+json, gives 200 with the POST's data, an ETag and a Cache-Control; the
    same GET with If-None-Match: <that ETag> gives 304 with no body. Returns the ETag; raises RuntimeError with what
    was wrong. (The small query with variables= is checked apart, by persisted_get_variables_check.)"""
    gateway = Client(SERVICES["gateway"])
    posted = graphql(gateway, COMPOSED)
    path = persisted_get_path(COMPOSED)
    status, headers, body = raw_request(gateway, "GET", path, {"Accept": GRAPHQL_RESPONSE})
    if status != 200:
        raise RuntimeError(f"GET {path} -> {status} (want 200): {text(body)}")
    answer = json.loads(body)
    if answer.get("errors") or answer.get("data") != posted:
        raise RuntimeError(f"GET {path}: the answer is not the POST's data: {text(body)}")
    etag, cache_control = headers.get("etag"), headers.get("cache-control")
    if not etag or not cache_control:
        raise RuntimeError(f"GET {path}: no ETag or no Cache-Control on the answer (ETag {etag!r}, Cache-Control "
                           f"{cache_control!r})")
    status, _, body = raw_request(gateway, "GET", path, {"Accept": GRAPHQL_RESPONSE, "If-None-Match": etag})
    if status != 304 or body:
        raise RuntimeError(f"GET {path} with If-None-Match {etag} -> {status} with {len(body)} bytes (want 304, no "
                           f"body)")
    return etag


def persisted_get_variables_check(event_id):
    """The small event(id) query as a trusted document GET with variables=: the same data as the POST. Returns an error
    message, or None when it answers so."""
    gateway = Client(SERVICES["gateway"])
    posted = graphql(gateway, SMALL, {"id": event_id})
    path = persisted_get_path(SMALL, {"id": event_id})
    status, _, body = raw_request(gateway, "GET", path, {"Accept": GRAPHQL_RESPONSE})
    if status != 200:
        return f"GET {path} -> {status} (want 200): {text(body)}"
    answer = json.loads(body)
    if answer.get("errors") or answer.get("data") != posted:
        return f"GET {path}: the answer is not the POST's data: {text(body)}"
    return None


def text(body, limit=300):
    return body[:limit].decode("utf-8", "replace")


def raw_request(client, method, path, headers):
    """One request on the client's connection: status, headers (lower-case names) and body, whatever the status."""
    client.conn.request(method, path, headers=headers)
    response = client.conn.getresponse()
    body = response.read()
    return response.status, {name.lower(): value for name, value in response.getheaders()}, body


def persisted_get(here, seconds, event_id=None, connections=32, warm_up_s=10):
    """Persisted-query GET: the composed query as a trusted document, GET /graphql?documentId=… at 32 connections, and
    the same with If-None-Match: <its ETag> (every answer must then be a 304). Checked first (persisted_get_check);
    when the gateway does not answer so, persisted_get_supported is false, the reason is in persisted_get_error and
    the load is skipped, so that the rest of the benchmark still stands."""
    try:
        etag = persisted_get_check()
    except (RuntimeError, ValueError, OSError, http.client.HTTPException) as e:
        print(f"bench: persisted-query GET check FAILED, case skipped: {e}", file=sys.stderr)
        return {"persisted_get_supported": False, "persisted_get_error": str(e)[:500]}
    result = {"persisted_get_supported": True, "persisted_get_connections": connections}
    if event_id is not None:
        problem = persisted_get_variables_check(event_id)
        result["persisted_get_variables_ok"] = problem is None
        if problem:
            print(f"bench: persisted-query GET with variables FAILED: {problem}", file=sys.stderr)
            result["persisted_get_variables_error"] = problem[:500]
    url = f"http://localhost:{SERVICES['gateway']}" + persisted_get_path(COMPOSED)
    script = os.path.join(here, "wrk-get-headers.lua")
    plain = {"WRK_HEADERS": "Accept: " + GRAPHQL_RESPONSE, "WRK_EXPECT_STATUS": "2xx"}
    conditional = {"WRK_HEADERS": f"Accept: {GRAPHQL_RESPONSE}\nIf-None-Match: {etag}", "WRK_EXPECT_STATUS": "304"}
    try:
        if warm_up_s:
            wrk(url, warm_up_s, connections, script, env=plain)
        get = wrk(url, seconds, connections, script, env=plain)
        if warm_up_s:
            wrk(url, warm_up_s, connections, script, env=conditional)
        not_modified = wrk(url, seconds, connections, script, env=conditional)
    except RuntimeError as e:
        print(f"bench: persisted-query GET under load FAILED: {e}", file=sys.stderr)
        result["persisted_get_error"] = str(e)[:500]
        return result
    result.update({"persisted_get_rps": round(get["rps"], 1), "persisted_get_p50_ms": round(get["p50"], 2),
                   "persisted_get_p95_ms": round(get["p95"], 2), "persisted_get_304_rps": round(not_modified["rps"], 1),
                   "persisted_get_304_p50_ms": round(not_modified["p50"], 2),
                   "persisted_get_304_p95_ms": round(not_modified["p95"], 2)})
    return result


def cost_growth(here, result):
    """Composed-query p50 and aid totals p95 at the quick and the full dataset, side by side: this run and the last run
    of the other mode (bench/results/quick.json, full.json, whichever exist), with full ÷ quick when both do."""
    growth = {}
    for mode in ("quick", "full"):
        run = result if result["mode"] == mode else None
        if run is None:
            try:
                with open(os.path.join(here, "results", mode + ".json")) as f:
                    run = json.load(f)
            except (OSError, ValueError):
                continue
        try:
            growth[mode] = {"events": run["dataset_events"], "claims": run["dataset_claims"],
                            "pledges": run["dataset_pledges"], "composed_p50_ms": run["gateway_p50_ms"],
                            "totals_p95_ms": run["totals_p95_ms"], "date": run["date"],
                            "machine": run.get("machine")}
        except KeyError:
            continue
    if "quick" in growth and "full" in growth:
        growth["full_over_quick"] = {key: round(growth["full"][key] / growth["quick"][key], 2)
                                     for key in ("events", "claims", "pledges", "composed_p50_ms", "totals_p95_ms")
                                     if growth["quick"][key]}
    return growth


def check_targets(result):
    """The targets, by readable name: the first four as ever, then those the gateway and the aid totals are held to."""
    return {"backend_calls_per_query <= 4": result["backend_calls_per_query"] <= 4,
            "gateway p50 <= 2x direct p50 (both at 32 connections)": result["gateway_to_direct_p50"] <= 2,
            "import >= 5000 records/s": result["import_records_per_s"] >= 5000,
            "list p95 <= 50 ms": result["list_p95_ms"] <= 50,
            "gateway CPU per composed query <= 1.2 ms": result["cpu_ms_per_composed_query"]["gateway"] <= 1.2,
            "gateway p50 <= 1.1x direct p50 (both at 32 connections)": result["gateway_to_direct_p50"] <= 1.1,
            "gateway p50 <= 1.2x direct p50 (both at 1 connection)": result["gateway_to_direct_p50_1_connection"] <= 1.2,
            "gateway loaded RSS <= 300 MiB": result["rss_loaded_mib"]["gateway"] <= 300,
            "aid totals p95 <= 50 ms": result["totals_p95_ms"] <= 50}


# Gateway and direct path are compared in windows taken in turn (gateway, direct, gateway, ...), this many of each: on
# a shared machine whose speed drifts by a third from one minute to the next, one window of each side apart measured
# the drift as much as the gateway.
COMPARISON_WINDOWS = 3


class DirectPath:
    """The composed query's data straight from the services, by DirectPath.java (a JVM client like the gateway's):
    the list, then claims and pledges of those events in parallel, then the claims' events it has not listed. One JVM
    for the whole run, asked for one window at a time, and to warm its JIT up until steady at a number of connections
    (before the gateway warms up at it, so that neither side's windows follow the other's warm-up)."""

    def __init__(self, here):
        self.process = subprocess.Popen(["java", os.path.join(here, "DirectPath.java"), "serve"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def warm(self, connections):
        self._ask(f"warm {connections}")

    def window(self, connections, seconds):
        return self._ask(f"{connections} {seconds}")

    def _ask(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise RuntimeError(f"DirectPath.java ended (exit {self.process.wait()}) when asked {line!r}")
        return json.loads(answer)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


def typical(windows):
    """Windows of one side as one figure: the median of their p50, p95 and p99, the mean of their throughputs."""
    return {"rps": statistics.mean(w["rps"] for w in windows),
            **{q: statistics.median(w[q] for w in windows) for q in ("p50", "p95", "p99")},
            "p50_windows": [round(w["p50"], 2) for w in windows]}


def settle():
    """Vacuums and analyses the freshly imported tables, so that autovacuum does not run during the measurements
    and the planner knows the new row counts (needs psql; skipped, with a warning, without it)."""
    port = os.environ.get("WARLEDGER_PG_PORT", "55432")
    for database in ("warledger_events", "warledger_casualties", "warledger_aid"):
        try:
            subprocess.run(["psql", "-h", "localhost", "-p", port, "-U", "postgres", "-d", database, "-q", "-c",
                            "vacuum (analyze)"], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"bench: could not vacuum {database} ({e}); measurements may overlap autovacuum", file=sys.stderr)
            return


def check_intake(root):
    """The intake-service is up and holds the sample articles (./warledger up posts them after the other sample data;
    a 200 or 201 for each, else the suite would not have started)."""
    sample = json.load(open(os.path.join(root, "data", "sample", "articles.json"), encoding="utf-8"))
    data, _ = Client(INTAKE).request("GET", "/api/articles?limit=50")
    titles = {article["title"] for article in json.loads(data)["items"]}
    missing = [article["title"] for article in sample if article["title"] not in titles]
    if missing:
        raise RuntimeError(f"the intake-service lacks the sample articles {missing}")
    return len(sample)


def pid_of(name):
    pids = subprocess.run(["pgrep", "-f", f"{name}/target/quarkus-app/quarkus-run.jar"], capture_output=True,
                          text=True).stdout.split()
    return pids[0] if pids else None


def rss_mib():
    result = {}
    for name in SERVICES:
        pid = pid_of(name)
        if pid:
            status = open(f"/proc/{pid}/status").read()
            result[name] = round(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return result


def cpu_seconds(jit_only=False):
    """User + system CPU time used so far by each app, from /proc: all of it, or (jit_only) that of its JIT compiler
    threads alone."""
    result = {}
    for name in SERVICES:
        pid = pid_of(name)
        if pid:
            result[name] = jit_seconds(pid) if jit_only else ticks(f"/proc/{pid}/stat") / os.sysconf("SC_CLK_TCK")
    return result


def ticks(stat_path):
    fields = open(stat_path).read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def jit_seconds(pid):
    """CPU time of the JVM's C1/C2 compiler threads: work that warm-up, not a query, costs."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            if open(f"/proc/{pid}/task/{task}/comm").read().startswith(("C1 Compiler", "C2 Compiler")):
                total += ticks(f"/proc/{pid}/task/{task}/stat")
        except OSError:
            pass  # a thread that ended meanwhile
    return total / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root")
    parser.add_argument("--quick", action="store_true", help="a tenth of the full dataset, shorter load phases")
    parser.add_argument("--seed", type=int, default=20241119)
    parser.add_argument("--write-manifest", metavar="PATH",
                        help="only write the trusted-documents manifest for the gateway to PATH, and exit")
    args = parser.parse_args()
    if args.write_manifest:
        write_manifest(args.write_manifest)
        return 0
    if not args.root:
        parser.error("--root is required")
    scale = 10 if args.quick else 1
    sizes = {"events": 100_000 // scale, "claims": 1_000_000 // scale, "pledges": 50_000 // scale}
    seconds = 15 if args.quick else 45
    here = os.path.dirname(os.path.abspath(__file__))
    state = json.load(open(os.path.join(os.environ["WARLEDGER_DATA"], "state.json")))
    token = state["token"]
    rng = random.Random(args.seed)
    print(f"bench: intake-service up with its {check_intake(args.root)} sample articles", file=sys.stderr)
    idle_rss = rss_mib()

    aid = Client(SERVICES["aid-service"])
    for currency, per_eur in RATES.items():
        aid.request("POST", "/api/fx-rates", json.dumps({"date": "2022-01-03", "currency": currency, "perEur": per_eur,
                                                          "source": "benchmark rate"}).encode(),
                    {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    print(f"bench: importing {sizes}", file=sys.stderr)
    event_ids, events_rate = import_all(SERVICES["event-service"], "/api/events/import", token,
                                        [event(rng, i) for i in range(sizes["events"])], warm_up=4)
    claims_rate = []
    batch = 100_000
    for start in range(0, sizes["claims"], batch):
        _, rate = import_all(SERVICES["casualty-service"], "/api/casualty-claims/import", token,
                             [claim(rng, i, event_ids) for i in range(start, min(start + batch, sizes["claims"]))],
                             warm_up=4 if start == 0 else 0)
        claims_rate.append(rate)
    _, pledges_rate = import_all(SERVICES["aid-service"], "/api/aid-pledges/import", token,
                                 [pledge(rng, i, event_ids) for i in range(sizes["pledges"])], warm_up=4)
    import_rates = {"events": round(events_rate), "claims": round(statistics.mean(claims_rate)),
                    "pledges": round(pledges_rate)}
    print(f"bench: import records/s {import_rates}", file=sys.stderr)

    settle()
    gateway = Client(SERVICES["gateway"])
    graphql(gateway, COMPOSED)
    before = api_calls()
    answer = graphql(gateway, COMPOSED)
    calls_per_query = api_calls() - before
    linked = sum(len(e["node"]["casualtyClaims"]) + len(e["node"]["aidPledges"]) for e in answer["events"]["edges"])

    body = json.dumps({"query": COMPOSED})
    direct_path = DirectPath(here)
    direct_path.warm(32)
    # Warm-up until steady: on 2 shared cores the gateway's JIT needs two minutes or more of load (about a minute of
    # compile time) before its throughput stops rising; a fixed 40 s left its p50 at 32 connections 1.7x too high.
    warm_up_s = warm_until_steady("http://localhost:8080/graphql", os.path.join(here, "wrk-graphql.lua"), body)
    print(f"bench: gateway steady after {warm_up_s} s of warm-up", file=sys.stderr)
    # CPU per query over the gateway's windows at 32 connections, and each side's latency in windows taken in turn.
    cpu_spent, jit_spent, gateway_requests, api_spent = {}, {}, 0, 0
    windows = {32: ([], []), 1: ([], [])}
    for connections, (gateway_windows, direct_windows) in windows.items():
        if connections == 1:
            direct_path.warm(1)
            warm_until_steady("http://localhost:8080/graphql", os.path.join(here, "wrk-graphql.lua"), body, window=5,
                              limit=150, connections=1, least=30)
        for _ in range(COMPARISON_WINDOWS):
            gateway_before, api_before = metric_count("gateway", "/graphql"), api_calls()
            cpu_before, jit_before = cpu_seconds(), cpu_seconds(jit_only=True)
            gateway_windows.append(wrk("http://localhost:8080/graphql", seconds, connections,
                                       os.path.join(here, "wrk-graphql.lua"), body))
            if connections == 32:
                cpu_after, jit_after = cpu_seconds(), cpu_seconds(jit_only=True)
                for name in cpu_after:
                    cpu_spent[name] = cpu_spent.get(name, 0) + cpu_after[name] - cpu_before[name]
                    jit_spent[name] = jit_spent.get(name, 0) + jit_after[name] - jit_before[name]
                gateway_requests += metric_count("gateway", "/graphql") - gateway_before
                api_spent += api_calls() - api_before
            direct_windows.append(direct_path.window(connections, seconds))
    direct_path.close()
    composed, direct = typical(windows[32][0]), typical(windows[32][1])
    composed_1, direct_1 = typical(windows[1][0]), typical(windows[1][1])
    # Per query, without the JIT compilers' share (shown apart): what a warmed-up app spends on the query itself.
    cpu_ms_per_query = {name: round(1000 * (cpu_spent[name] - jit_spent[name]) / max(gateway_requests, 1), 2)
                        for name in cpu_spent}
    jit_ms_per_query = {name: round(1000 * jit_spent[name] / max(gateway_requests, 1), 2) for name in jit_spent}
    calls_under_load = api_spent / max(gateway_requests, 1)

    get = os.path.join(here, "wrk-get.lua")
    lists = {
        "claims_by_subject_category": wrk("http://localhost:8082/api/casualty-claims?subject=RU&category=KILLED_OR_WOUNDED&limit=50", seconds, 8, get),
        "events_by_country_type": wrk("http://localhost:8081/api/events?country=UA&type=BATTLE&limit=50", seconds, 8, get),
        "pledges_by_donor": wrk("http://localhost:8083/api/aid-pledges?donor=DE&limit=50", seconds, 8, get),
    }
    summary = wrk("http://localhost:8082/api/casualty-claims/summary?subject=RU&category=KILLED_OR_WOUNDED", seconds, 8, get)
    # Before the knownAt summary: its slowest answers are still being computed after wrk gives up on them, on the same
    # two cores.
    totals = wrk("http://localhost:8083/api/aid-pledges/totals?groupBy=donor&currency=USD", seconds, 8, get)
    # The same comparison as the ledger stood a moment ago: every claim's revision and link of then, read per claim.
    known_at = urllib.parse.quote(datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))
    # At the full run's million claims it takes seconds per answer, some past wrk's 10 s timeout: those are counted
    # (summary_known_at_timeouts), not fatal, so the figures after it are still measured.
    summary_known_at = wrk("http://localhost:8082/api/casualty-claims/summary?subject=RU&category=KILLED_OR_WOUNDED"
                           f"&knownAt={known_at}", seconds, 8, get, tolerate_errors=True)
    loaded_rss = rss_mib()

    # The cases added since: measured after the figures above, which thus stand as they did before them.
    small = small_queries(here, event_ids, os.environ["WARLEDGER_DATA"], seconds, warm_up_s=20, seed=args.seed)
    print(f"bench: small queries {small['small_query_rps']} req/s, p50 {small['small_query_p50_ms']} ms",
          file=sys.stderr)
    persisted = persisted_get(here, seconds, event_id=event_ids[0])
    end_rss = rss_mib()

    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full", "seed": args.seed,
        "machine": {"cores": os.cpu_count(), "jdk": java, "os": platform.platform()},
        "dataset_events": sizes["events"], "dataset_claims": sizes["claims"], "dataset_pledges": sizes["pledges"],
        "gateway_rps": round(composed["rps"], 1), "gateway_p50_ms": round(composed["p50"], 2),
        "gateway_p95_ms": round(composed["p95"], 2), "gateway_p99_ms": round(composed["p99"], 2),
        "gateway_connections": 32, "gateway_warmup_s": warm_up_s,
        "direct_p50_ms": round(direct["p50"], 2), "direct_p95_ms": round(direct["p95"], 2),
        "direct_rps": round(direct["rps"], 1), "direct_connections": 32,
        "gateway_to_direct_p50": round(composed["p50"] / direct["p50"], 2),
        "gateway_p50_ms_1_connection": round(composed_1["p50"], 2), "direct_p50_ms_1_connection": round(direct_1["p50"], 2),
        "gateway_to_direct_p50_1_connection": round(composed_1["p50"] / direct_1["p50"], 2),
        "comparison_windows": COMPARISON_WINDOWS, "comparison_window_s": seconds,
        "gateway_p50_ms_windows": composed["p50_windows"], "direct_p50_ms_windows": direct["p50_windows"],
        "gateway_p50_ms_windows_1_connection": composed_1["p50_windows"],
        "direct_p50_ms_windows_1_connection": direct_1["p50_windows"],
        "cpu_ms_per_composed_query": cpu_ms_per_query, "jit_cpu_ms_per_composed_query": jit_ms_per_query,
        "backend_calls_per_query": calls_per_query, "backend_calls_per_query_under_load": round(calls_under_load, 2),
        "composed_query_linked_records": linked,
        "import_records_per_s": min(import_rates.values()), "import_records_per_s_by_kind": import_rates,
        "list_p95_ms": round(max(l["p95"] for l in lists.values()), 2),
        "list_p95_ms_by_query": {k: round(v["p95"], 2) for k, v in lists.items()},
        "summary_p95_ms": round(summary["p95"], 2), "summary_known_at_p95_ms": round(summary_known_at["p95"], 2), "summary_known_at_timeouts": summary_known_at["errors"],
        "totals_p95_ms": round(totals["p95"], 2),
        "rss_idle_mib": idle_rss, "rss_loaded_mib": loaded_rss,
        **small, **persisted, "rss_end_mib": end_rss,
    }
    result["cost_growth"] = cost_growth(here, result)
    targets = check_targets(result)
    result["targets_met"] = targets
    os.makedirs(os.path.join(here, "results"), exist_ok=True)
    for name in ("latest", result["mode"]):
        write_results(here, name, result, sizes, args.seed, java, import_rates, idle_rss, loaded_rss, targets)
    print(json.dumps(result, indent=2))
    return 0 if all(targets.values()) else 1


def write_results(here, name, result, sizes, seed, java, import_rates, idle_rss, loaded_rss, targets):
    """bench/results/NAME.json and NAME.md: latest, and quick or full for the last run of that mode."""
    with open(os.path.join(here, "results", name + ".json"), "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    with open(os.path.join(here, "results", name + ".md"), "w") as f:
        f.write(f"# Benchmark ({result['mode']}, {result['date']})\n\n")
        f.write(f"{os.cpu_count()} cores, {java}. Dataset: {sizes['events']:,} events, {sizes['claims']:,} claims, "
                f"{sizes['pledges']:,} pledges (seed {seed}).\n\n| figure | value |\n|---|---|\n")
        rows = [("gateway composed query (32 connections): requests/s", result["gateway_rps"]),
                ("gateway p50 / p95 / p99 ms", f"{result['gateway_p50_ms']} / {result['gateway_p95_ms']} / {result['gateway_p99_ms']}"),
                ("direct REST critical path (32 clients): requests/s", result["direct_rps"]),
                ("direct REST critical path p50 / p95 ms", f"{result['direct_p50_ms']} / {result['direct_p95_ms']}"),
                ("gateway p50 ÷ direct p50, both at 32 connections", result["gateway_to_direct_p50"]),
                ("gateway warm-up until steady, s", result["gateway_warmup_s"]),
                (f"p50 ms of the {result['comparison_windows']} windows of {result['comparison_window_s']} s each side, "
                 "taken in turn, 32 connections: gateway / direct",
                 f"{result['gateway_p50_ms_windows']} / {result['direct_p50_ms_windows']}"),
                ("the same at 1 connection: gateway / direct",
                 f"{result['gateway_p50_ms_windows_1_connection']} / {result['direct_p50_ms_windows_1_connection']}"),
                ("gateway p50 / direct p50 ms at 1 connection (ratio)", f"{result['gateway_p50_ms_1_connection']} / {result['direct_p50_ms_1_connection']} ({result['gateway_to_direct_p50_1_connection']})"),
                ("CPU ms per composed query at 32 connections (JIT compilers apart)", result["cpu_ms_per_composed_query"]),
                ("JIT compiler CPU ms per composed query while measured", result["jit_cpu_ms_per_composed_query"]),
                ("backend calls per composed query (alone / under load)", f"{result['backend_calls_per_query']:g} / {result['backend_calls_per_query_under_load']}"),
                ("bulk import records/s (events / claims / pledges)", " / ".join(str(v) for v in import_rates.values())),
                ("filtered list p95 ms (worst of 3)", result["list_p95_ms"]),
                ("claims summary p95 ms (as known now / knownAt a moment ago)",
                 f"{result['summary_p95_ms']} / {result['summary_known_at_p95_ms']}"),
                ("aid totals p95 ms", result["totals_p95_ms"]),
                ("RSS idle MiB", idle_rss), ("RSS loaded MiB", loaded_rss)]
        rows += [(f"many small queries, event(id), a different id each ({result['small_query_connections']} "
                  "connections): requests/s", result["small_query_rps"]),
                 ("small query p50 / p95 ms", f"{result['small_query_p50_ms']} / {result['small_query_p95_ms']}"),
                 ("CPU ms per small query (JIT compilers apart)", result["cpu_ms_per_small_query"])]
        if "persisted_get_rps" in result:
            rows += [("persisted-query GET of the composed query (32 connections): requests/s, p50 / p95 ms",
                      f"{result['persisted_get_rps']}, {result['persisted_get_p50_ms']} / "
                      f"{result['persisted_get_p95_ms']}"),
                     ("the same with If-None-Match, all 304: requests/s, p50 ms",
                      f"{result['persisted_get_304_rps']}, {result['persisted_get_304_p50_ms']}")]
        else:
            state = "not supported by the gateway" if not result["persisted_get_supported"] else "failed under load"
            rows.append(("persisted-query GET", f"{state}: {result.get('persisted_get_error', '')}"))
        rows.append(("RSS MiB after the small queries and the GETs", result["rss_end_mib"]))
        for name, value in rows:
            f.write(f"| {name} | {markdown_cell(value)} |\n")
        write_cost_growth(f, result.get("cost_growth", {}))
        f.write("\n" + "\n".join(f"- {'met' if ok else 'MISSED'}: {target}" for target, ok in targets.items())
                + "\n")


def markdown_cell(value):
    return str(value).replace("|", "\\|").replace("\n", " ")


def write_cost_growth(f, growth):
    """The cost growth from the quick to the full dataset as a table (the runs there are, and full ÷ quick)."""
    if not growth:
        return
    f.write("\nCost growth with the dataset (last quick and full runs):\n\n"
            "| run | events | claims | pledges | composed p50 ms | aid totals p95 ms | date |\n"
            "|---|---|---|---|---|---|---|\n")
    for mode in ("quick", "full"):
        if mode in growth:
            g = growth[mode]
            f.write(f"| {mode} | {g['events']:,} | {g['claims']:,} | {g['pledges']:,} | {g['composed_p50_ms']} | "
                    f"{g['totals_p95_ms']} | {g['date']} |\n")
    if "full_over_quick" in growth:
        r = growth["full_over_quick"]
        if growth["quick"].get("machine") != growth["full"].get("machine"):
            note = "the two runs were made on different machines or JDKs: the ratios compare those too"
        else:
            note = None
        f.write("| full ÷ quick | " + " | ".join(f"{r[k]}×" if k in r else "" for k in
                ("events", "claims", "pledges", "composed_p50_ms", "totals_p95_ms")) + " | |\n")
        if note:
            f.write(f"\nNote: {note}.\n")


def metric_count(service, uri):
    metrics = Client(SERVICES[service]).request("GET", "/q/metrics")[0].decode()
    return sum(float(x) for x in re.findall(
        r'http_server_requests_seconds_count\{[^}]*uri="' + re.escape(uri) + r'"[^}]*\} ([0-9.e+]+)', metrics))


if __name__ == "__main__":
    sys.exit(main())
