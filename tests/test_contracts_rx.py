import re

from contracts import rx


def test_each_function_answers_as_re_does_with_the_same_arguments():
    text = "第一条 Renewal：期满自动续约 RENEW, renew; renewal."
    assert rx.search(r"renew\w*", text, re.I).span() == re.search(r"renew\w*", text, re.I).span()
    assert rx.match(r"第(\w)条", text).group(1) == "一"
    assert rx.fullmatch(r"第.+", text, flags=re.S) is not None and rx.fullmatch(r"renew", text) is None
    assert [m.span() for m in rx.finditer(r"renew", text, flags=re.I)] == [m.span() for m in re.finditer(r"renew", text, flags=re.I)]
    assert rx.findall(r"(?i)renew(al)?", text) == re.findall(r"(?i)renew(al)?", text)
    assert rx.sub(r"renew", "X", text, count=1, flags=re.I) == re.sub(r"renew", "X", text, count=1, flags=re.I)
    assert rx.sub(r"(\w+)al", lambda m: m.group(1).upper(), text, 1) == re.sub(r"(\w+)al", lambda m: m.group(1).upper(), text, count=1)
    assert rx.split(r"[,;]\s*", text, maxsplit=1) == re.split(r"[,;]\s*", text, maxsplit=1)


def test_a_pattern_used_on_every_contract_stays_compiled_while_thousands_of_others_pass():
    """re's own cache drops its oldest pattern first, however often it is used: with it the reading compiled its patterns again."""
    first = rx.compiled(r"违约金|liquidated damages", re.I)
    for n in range(3 * 1024):
        rx.search(rf"乙方{n}号", "乙方1号")  # patterns built from one contract's own words
        assert rx.compiled(r"违约金|liquidated damages", re.I) is first
