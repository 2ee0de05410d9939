# ruff: noqa: E501  (document templates read best one line each)
"""Generated harmless structured documents: what an agent's tools return every day.

Logs, stack traces, CI output, calendar invites, SQL and Markdown tables, CSV, JSON API
replies, YAML/INI configs, HTML, git output, chat exports and statements, filled with Faker
values (several locales). They carry the ordinary imperatives real documents hold ("do not
edit by hand", "please run the tests", "ignore the previous invoice"), addressed to people,
never to an AI. ``synthetic_docs`` returns (key, text) pairs; ``data_structured`` segments
them into benign rows. Our own templates, written for the eighth data round (issue 21)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, datetime

from faker import Faker

from classifiers.training.fakers import steady_faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "pl_PL")
LEVELS = ("INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR")
COMPONENTS = ("api", "worker", "scheduler", "auth", "billing", "db", "cache", "gateway", "mailer")
PATHS = (
    "/v1/orders",
    "/v1/feedback",
    "/api/users/{n}",
    "/health",
    "/v1/chat/completions",
    "/login",
    "/static/app.{h}.js",
    "/v2/invoices/{n}",
    "/search",
    "/v1/embeddings",
)
LOG_MESSAGES = (
    "{method} {path} {status} user={user} latency_ms={n}",
    'request completed status={status} bytes={n} msg=""',
    "cache miss key=session:{h}",
    "retrying job {n} (attempt {k}/5) after timeout",
    "dropping unknown webhook type {word}.{word2}",
    "connection pool exhausted, waiting for a free slot",
    "user {user} logged in from {ip}",
    "password reset requested for {email}",
    "sending notification to {email}",
    "skipping {word} migration: already applied",
    "config reloaded from /etc/{word}/config.yaml",
    "deleted {k} expired sessions",
    "forwarding request to upstream {word}-{k}:8080",
    "token refreshed for client {h}",
    "disk usage {k}0% on /var/lib/{word}",
    "override applied: feature.{word}={bool}",
    "rate limit exceeded for {ip}, rejecting for 60s",
)
README_LINES = (
    "Run the linter and the unit tests before you open a merge request.",
    "Pass `--{word}` to change this behaviour.",
    "- `--{word}` use a fixed {word2} rather than detecting one",
    "- `-{k}`, `--{word}` number of {word2} workers (default: {k})",
    "## How to contribute\n\nOpen an issue first for anything larger than a typo.",
    "Do not edit the generated files by hand; run `make generate` instead.",
    "Ignore the warnings printed by older versions of pip.",
    "Set `{WORD}_TOKEN` in your environment before running the examples.",
    "If the build fails, delete the `build/` folder and try again.",
    "## Installation\n\n```\npip install {word}-{word2}\n```",
    "See the changelog for breaking changes.",
    "Never commit your `.env` file.",
    "Reveal hidden files with `ls -a`.",
    "You can forget about the `--legacy` flag; it is the default now.",
)
IMPERATIVES = (
    "Please disregard invoice no. 1182; the corrected one is attached.",
    "Pass this on to whoever approves purchases on your side.",
    "Do not reply to this automated message.",
    "Managed by Terraform: manual changes will be reverted on the next apply.",
    "Bring the Q3 numbers to the meeting.",
    "Print this page or save it as a PDF.",
    "Delete this e-mail if you received it by mistake.",
    "Reset your password from the account page if you did not request this.",
    "Send the signed copy back by Friday.",
    "Disregard the earlier reminder if you have already paid.",
    "Override the default only if your team has agreed to it.",
    "Contact support if the link has expired.",
)


def _fill(rng: random.Random, fk: Faker, s: str) -> str:
    vals = {
        "method": rng.choice(("GET", "POST", "PUT", "DELETE")),
        "status": rng.choice((200, 200, 201, 204, 301, 400, 401, 404, 429, 500, 503)),
        "user": rng.choice((fk.user_name(), f"guest-{rng.randint(1000, 9999)}")),
        "n": rng.randint(1, 99999),
        "k": rng.randint(1, 9),
        "h": f"{rng.getrandbits(48):012x}",
        "ip": fk.ipv4(),
        "email": fk.email(),
        "word": fk.word().lower(),
        "word2": fk.word().lower(),
        "WORD": fk.word().upper(),
        "bool": rng.choice(("true", "false")),
    }
    s = s.replace("{path}", rng.choice(PATHS))
    return s.format(**vals)


YEAR_START = datetime(2026, 1, 1)
YEAR_END = datetime(2026, 12, 31, 23, 59, 59)


def _when(fk: Faker) -> datetime:
    """A moment of 2026: fixed bounds, so the documents do not depend on the day they are
    generated (Faker's ``*_this_year`` draws relative to now)."""
    return fk.date_time_between(start_date=YEAR_START, end_date=YEAR_END)


def _day(fk: Faker) -> date:
    return _when(fk).date()


def _ts(fk: Faker) -> str:
    return _when(fk).isoformat(timespec="milliseconds") + "Z"


def app_log(rng: random.Random, fk: Faker) -> str:
    lines = []
    for _ in range(rng.randint(4, 14)):
        msg = _fill(rng, fk, rng.choice(LOG_MESSAGES))
        lines.append(f"{_ts(fk)} {rng.choice(LEVELS):5} [{rng.choice(COMPONENTS)}] {msg}")
    return "\n".join(lines)


def access_log(rng: random.Random, fk: Faker) -> str:
    out = []
    for _ in range(rng.randint(4, 10)):
        path = _fill(rng, fk, "{path}")
        out.append(
            f"{fk.ipv4()} - - [{_when(fk):%d/%b/%Y:%H:%M:%S} +0000] "
            f'"{rng.choice(("GET", "POST"))} {path} HTTP/1.1" {rng.choice((200, 304, 404))} '
            f'{rng.randint(200, 90000)} "-" "{fk.user_agent()}"'
        )
    return "\n".join(out)


def stack_trace(rng: random.Random, fk: Faker) -> str:
    mod = fk.word()
    frames = "\n".join(
        f'  File "/srv/app/{mod}/{fk.word()}.py", line {rng.randint(10, 900)}, in {fk.word()}\n'
        f"    {fk.word()} = {fk.word()}({fk.word()}, timeout={rng.randint(1, 30)})"
        for _ in range(rng.randint(2, 5))
    )
    err = rng.choice(
        (
            "KeyError: '{w}'",
            "ValueError: invalid literal for int(): '{w}'",
            "TimeoutError: upstream did not answer in 30s",
            "PermissionError: [Errno 13] Permission denied: '/var/{w}'",
        )
    )
    return f"Traceback (most recent call last):\n{frames}\n{err.format(w=fk.word())}"


def ci_output(rng: random.Random, fk: Faker) -> str:
    tests = "\n".join(
        f"tests/test_{fk.word()}.py::test_{fk.word()}_{fk.word()} "
        f"{rng.choice(('PASSED', 'PASSED', 'PASSED', 'FAILED', 'SKIPPED'))}"
        for _ in range(rng.randint(3, 9))
    )
    return (
        f"Run {fk.word()}/{fk.word()}@v{rng.randint(1, 5)}\n$ make test\n"
        f"============ test session starts ============\n{tests}\n"
        f"==== {rng.randint(1, 9)} failed, {rng.randint(10, 400)} passed in {rng.random() * 90:.2f}s ====\n"
        f"Error: Process completed with exit code {rng.choice((1, 2))}."
    )


def calendar(rng: random.Random, fk: Faker) -> str:
    d = _when(fk)
    return "\n".join(
        (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Example Corp//Calendar 1.0//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{rng.getrandbits(64):016x}@example.com",
            f"DTSTART:{d:%Y%m%dT%H%M00}Z",
            f"DTEND:{d:%Y%m%dT}{(d.hour + 1) % 24:02d}{d:%M00}Z",
            f"SUMMARY:{fk.catch_phrase()}",
            f"ORGANIZER;CN={fk.name()}:mailto:{fk.email()}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={fk.name()}:mailto:{fk.email()}",
            f"LOCATION:{rng.choice(('Room ', 'Zoom ', 'Teams '))}{rng.randint(100, 999)}",
            f"DESCRIPTION:{rng.choice(IMPERATIVES)}",
            "BEGIN:VALARM",
            f"TRIGGER:-PT{rng.choice((5, 10, 15, 30))}M",
            "ACTION:DISPLAY",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        )
    )


def sql_table(rng: random.Random, fk: Faker) -> str:
    cols = rng.sample(["id", "name", "email", "city", "total", "status", "created_at", "sku"], 5)
    gen: dict[str, Callable[[], str]] = {
        "id": lambda: str(rng.randint(1, 99999)),
        "name": fk.name,
        "email": fk.email,
        "city": fk.city,
        "total": lambda: f"{rng.random() * 900:.2f}",
        "status": lambda: rng.choice(("paid", "open", "refunded", "void")),
        "created_at": lambda: f"{_when(fk):%Y-%m-%d %H:%M}",
        "sku": lambda: f"SKU-{rng.randint(1000, 9999)}",
    }
    rows = [[gen[c]() for c in cols] for _ in range(rng.randint(3, 8))]
    w = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    line = lambda cells: " " + " | ".join(v.ljust(w[i]) for i, v in enumerate(cells))  # noqa: E731
    sep = "-" + "-+-".join("-" * x for x in w) + "-"
    body = "\n".join(line(r) for r in rows)
    query = f"SELECT {', '.join(cols)} FROM {fk.word()}s WHERE status <> 'void' LIMIT 50;"
    return f"{query}\n{line(cols)}\n{sep}\n{body}\n({len(rows)} rows)"


def md_table(rng: random.Random, fk: Faker) -> str:
    params = [
        ("model", "string", "yes", "The model to use, for example `example-large-2`."),
        (
            "system",
            "string",
            "no",
            "Text placed before all turns that tells the model how to respond.",
        ),
        ("messages", "array", "yes", "List of prior turns; each has a `role` and a `content`."),
        ("temperature", "number", "no", "Sampling temperature between 0 and 2."),
        ("limit", "integer", "no", "Maximum number of items to return (default 20)."),
        (
            "cursor",
            "string",
            "no",
            "Opaque cursor from the previous page; omit it for the first page.",
        ),
        ("email", "string", "yes", "The customer's e-mail address."),
        ("force", "boolean", "no", "Override the safety check and delete non-empty folders."),
        ("ignore_errors", "boolean", "no", "Ignore rows that fail validation instead of aborting."),
        ("webhook_url", "string", "no", "Where we POST the result when the job finishes."),
    ]
    chosen = rng.sample(params, rng.randint(3, 6))
    rows = "\n".join(f"| {n} | {t} | {r} | {d} |" for n, t, r, d in chosen)
    ep = _fill(rng, fk, "{path}")
    return (
        f"## {rng.choice(('POST', 'GET'))} {ep}\n\n{fk.sentence()}\n\n"
        f"| Field | Type | Required | Description |\n|-------|------|----------|-------------|\n"
        f"{rows}\n\n### Notes\n\n{_fill(rng, fk, rng.choice(README_LINES))}"
    )


def git_output(rng: random.Random, fk: Faker) -> str:
    out = []
    for _ in range(rng.randint(2, 5)):
        out.append(
            f"commit {rng.getrandbits(160):040x}\nAuthor: {fk.name()} <{fk.email()}>\n"
            f"Date:   {_when(fk):%a %b %d %H:%M:%S %Y} +0100\n\n"
            f"    {rng.choice(('Fix', 'Add', 'Remove', 'Refactor', 'Bump'))} {fk.word()} {fk.word()}"
        )
    if rng.random() < 0.5:
        f = f"src/{fk.word()}/{fk.word()}.py"
        out.append(
            f"diff --git a/{f} b/{f}\nindex {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644\n"
            f"--- a/{f}\n+++ b/{f}\n@@ -{rng.randint(1, 200)},6 +{rng.randint(1, 200)},7 @@\n"
            f"     if not {fk.word()}_enabled():\n"
            f'-        return None\n+        logger.debug("{fk.word()} disabled, skipping")\n+        return None'
        )
    return "\n\n".join(out)


def csv_export(rng: random.Random, fk: Faker) -> str:
    head = "date,description,amount,currency,balance,reference"
    rows = [
        f"{_day(fk)},{fk.company().replace(',', '')},{rng.uniform(-500, 900):.2f},"
        f"{fk.currency_code()},{rng.uniform(0, 9000):.2f},{fk.bothify('??-#####').upper()}"
        for _ in range(rng.randint(4, 10))
    ]
    return "\n".join([head, *rows])


def json_reply(rng: random.Random, fk: Faker) -> str:
    items = [
        {
            "id": rng.randint(1, 99999),
            "title": fk.sentence(nb_words=5),
            "url": fk.url(),
            "snippet": rng.choice(("", fk.sentence(), rng.choice(IMPERATIVES))),
            "updated": _when(fk).isoformat(),
        }
        for _ in range(rng.randint(2, 5))
    ]
    body = {
        "results": items,
        "total": rng.randint(len(items), 500),
        "next_cursor": f"{rng.getrandbits(64):x}" if rng.random() < 0.5 else None,
    }
    return json.dumps(body, ensure_ascii=False, indent=None if rng.random() < 0.5 else 2)


def yaml_config(rng: random.Random, fk: Faker) -> str:
    name = fk.word()
    return (
        f"# Generated by {fk.word()}-operator. {rng.choice(IMPERATIVES)}\n"
        f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n"
        f"  labels:\n    app: {name}\nspec:\n  replicas: {rng.randint(1, 6)}\n  template:\n"
        f"    spec:\n      containers:\n        - name: {name}\n"
        f"          image: registry.example.com/{name}:{rng.randint(1, 9)}.{rng.randint(0, 20)}\n"
        f"          env:\n            - name: LOG_LEVEL\n              value: {rng.choice(('info', 'debug'))}\n"
        f"            - name: {fk.word().upper()}_URL\n              value: {fk.url()}\n"
        f"          resources:\n            limits:\n              memory: {rng.choice((256, 512, 1024))}Mi"
    )


def ini_config(rng: random.Random, fk: Faker) -> str:
    return (
        f"; {rng.choice(IMPERATIVES)}\n[server]\nhost = 0.0.0.0\nport = {rng.randint(1024, 9999)}\n"
        f"workers = {rng.randint(1, 16)}\n\n[database]\nurl = postgres://{fk.user_name()}@db:5432/{fk.word()}\n"
        f"pool_size = {rng.randint(2, 40)}\n\n[mail]\nfrom = {fk.email()}\nsmtp = smtp.{fk.domain_name()}"
    )


def html_page(rng: random.Random, fk: Faker) -> str:
    paras = "\n".join(
        f"    <p>{fk.paragraph(nb_sentences=2)}</p>" for _ in range(rng.randint(1, 3))
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{fk.locale()[:2]}">\n<head><title>{fk.catch_phrase()} | '
        f"{fk.company()}</title></head>\n<body>\n<section>\n  <article>\n    <h1>{fk.catch_phrase()}</h1>\n"
        f'{paras}\n    <p class="author">{fk.name()}</p>\n  </article>\n</section>\n'
        f"<!-- {rng.choice(('tracking pixel removed', 'build ' + fk.sha1()[:8], ''))} -->\n"
        f'<footer>© 2026 {fk.company()} · <a href="{fk.url()}privacy">Privacy</a></footer>\n</body>\n</html>'
    )


def chat_export(rng: random.Random, fk: Faker) -> str:
    people = [fk.first_name() for _ in range(3)]
    lines = []
    for _ in range(rng.randint(4, 10)):
        said = rng.choice(
            (
                fk.sentence(),
                "sure",
                "👍",
                "",
                "merging after lunch, will tell #releases",
                "can you re-run the build?",
                rng.choice(IMPERATIVES),
            )
        )
        lines.append(
            f"[{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}] {rng.choice(people)}: {said}"
        )
    return "\n".join(lines)


def statement(rng: random.Random, fk: Faker) -> str:
    rows = "\n".join(
        f"{_day(fk):%d.%m.%Y}  {fk.company()[:28]:28}  {rng.uniform(-400, 400):>9.2f}"
        for _ in range(rng.randint(4, 9))
    )
    return (
        f"{fk.company()} — Statement {fk.bothify('####-????').upper()}\nAccount holder: {fk.name()}\n"
        f"IBAN: {fk.iban()}\n\n{rows}\n\nClosing balance: {rng.uniform(0, 5000):.2f}\n{rng.choice(IMPERATIVES)}"
    )


def readme(rng: random.Random, fk: Faker) -> str:
    picks = rng.sample(README_LINES, rng.randint(3, 6))
    body = "\n\n".join(_fill(rng, fk, p) for p in picks)
    return f"# {fk.word()}-{fk.word()}\n\n{fk.sentence()}\n\n## Options\n\n{body}"


GENERATORS: tuple[Callable[[random.Random, Faker], str], ...] = (
    app_log,
    access_log,
    stack_trace,
    ci_output,
    calendar,
    sql_table,
    md_table,
    git_output,
    csv_export,
    json_reply,
    yaml_config,
    ini_config,
    html_page,
    chat_export,
    statement,
    readme,
)


def synthetic_docs(n: int, seed: int = 43) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    fakers = {loc: steady_faker(loc) for loc in LOCALES}
    for i, fk in enumerate(fakers.values()):
        fk.seed_instance(seed + i)
    out = []
    for i in range(n):
        gen = GENERATORS[i % len(GENERATORS)]
        fk = fakers[rng.choice(LOCALES)]
        out.append((f"synth:{gen.__name__}:{i}", gen(rng, fk)))
    return out
