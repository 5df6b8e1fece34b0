"""The README's 'Writing a connector' shows the example connector as it is, and it stays small."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "addons" / "fincycle_connector_example"


def _listing():
    text = (ROOT / "README.md").read_text()
    section = text[text.index("## Writing a connector") :]
    start = section.index("```python\n") + len("```python\n")
    return section[start : section.index("```", start)]


def test_readme_lists_the_example_connector_as_it_is():
    assert _listing() == (EXAMPLE / "models" / "fincycle_integration.py").read_text()


def test_the_example_connector_is_well_under_150_lines():
    files = [*EXAMPLE.glob("*.py"), *EXAMPLE.glob("models/*.py"), *EXAMPLE.glob("views/*.xml")]
    assert sum(len(f.read_text().splitlines()) for f in files) < 150
