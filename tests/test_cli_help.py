"""`jicai --help` and each subcommand's: every option explained in Chinese and English, examples where a user needs them."""
import argparse
import re

import pytest

from service.cli import build_parser, main

CJK = re.compile(r"[\u4e00-\u9fff]")


def _parsers(parser: argparse.ArgumentParser, name: str = "jicai"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for verb, child in action.choices.items():
                yield from _parsers(child, f"{name} {verb}")


PARSERS = dict(_parsers(build_parser()))


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_option_is_explained_chinese_first(name):
    parser = PARSERS[name]
    assert CJK.match(parser.description or ""), f"{name}: no Chinese description"
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        flag = "/".join(action.option_strings) or action.dest
        assert action.help and CJK.match(action.help) and "/ " in action.help, f"{name} {flag}: {action.help!r}"


@pytest.mark.parametrize("name", ["jicai review", "jicai bundle", "jicai admit", "jicai grade", "jicai cases search",
                                  "jicai cases import", "jicai serve"])
def test_examples_where_a_user_needs_them(name, capsys):
    with pytest.raises(SystemExit) as done:
        main([*name.split()[1:], "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "示例 / examples:" in out and f"\n  {name}" in out


def test_commands_that_print_a_result_take_json_lang_and_data_dir():
    for name, parser in PARSERS.items():
        flags = {s for a in parser._actions for s in a.option_strings}
        if name in ("jicai", "jicai cases", "jicai rules", "jicai serve"):
            continue
        assert "--json" in flags, name
        if name not in ("jicai rules lint",):  # lint reads only the files it is given
            assert "--data-dir" in flags, name
        if not name.startswith("jicai rules ") or name == "jicai rules list":
            assert "--lang" in flags, name


def test_rules_list_in_english(capsys, data_dir):
    assert main(["rules", "list", "--lang", "en", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Invalid unified social credit code" in out or "high" in out
    assert "统一社会信用代码无效" not in out


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_argparses_own_words_are_chinese_first_too(name):
    help_text = PARSERS[name].format_help()
    assert help_text.startswith("用法 / usage: ") and "选项 / options:" in help_text
    assert "positional arguments" not in help_text and "\noptions:" not in help_text


@pytest.mark.parametrize("argv, said", [
    (["review"], "缺少必需的参数：FILE / the following arguments are required: FILE"),
    (["review", "合同.docx", "--lang", "fr"], "参数 --lang 的取值 'fr' 无效，可选：'zh', 'en' / argument --lang: invalid choice"),
    (["review", "合同.docx", "--term-years", "三年"], "参数 --term-years 的值 '三年' 无效 / argument --term-years: invalid float value"),
    (["review", "合同.docx", "--annotate"], "参数 --annotate 需要一个值 / argument --annotate: expected one argument"),
    (["review", "a.docx", "b.docx"], "无法识别的参数：b.docx / unrecognized arguments: b.docx"),
])
def test_a_mistyped_command_is_refused_chinese_first(argv, said, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    err = capsys.readouterr().err
    assert done.value.code == 2 and err.startswith("用法 / usage: jicai") and f"错误 / error: {said}" in err, err
