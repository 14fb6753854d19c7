"""Under CI=true no test may skip for want of a fixture (conftest's report hook)."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")


def _run(pytester, monkeypatch, ci: str | None):
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(
        test_fixture="""
        import pytest

        @pytest.mark.skipif(True, reason="the fixture folder is missing")
        def test_needs_a_fixture():
            pass

        @pytest.mark.xfail(strict=True)
        def test_expected_to_fail():
            assert False
        """
    )
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    return pytester.runpytest_subprocess("-p", "no:cacheprovider")


def test_a_skip_is_a_failure_under_ci(pytester, monkeypatch):
    result = _run(pytester, monkeypatch, "true")
    result.assert_outcomes(errors=1, xfailed=1)  # (a skip is decided in the set-up)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*skipped under CI=true*fixture folder is missing*"])


def test_a_skip_stays_a_skip_on_a_developers_machine(pytester, monkeypatch):
    result = _run(pytester, monkeypatch, None)
    result.assert_outcomes(skipped=1, xfailed=1)
