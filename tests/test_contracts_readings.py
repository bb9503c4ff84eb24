"""What a review tells the reviewer about how it read the text: parties read the other way round, special terms
and amending clauses prevailing over what they change (with the passages they replace), in the reader's language,
in the reports and as Word comments."""
import io

import docx

from contracts.extract import analyse
from contracts.playbook import recommendation
from contracts.report import annotate_docx, render_html, render_markdown
from contracts.review import review_document, review_text

SUPPLIER_TEMPLATE = ("设备买卖合同\n甲方（卖方）：杭州某科技有限公司\n乙方（买方）：某市运行管理中心\n第一条 合同价款\n合同总价为人民币100万元。\n"
                     "第二条 付款\n乙方在合同签订后5日内向甲方支付合同总价的20%。")
AMENDED = ("第十条 违约责任\n1. 乙方逾期交货的，每逾期一日按合同总价的万分之五支付违约金。\n第十六条 合同变更条款\n"
           "4. 第十条第1款中的“万分之五”修改为“万分之三”。")
SPECIAL = ("第二部分 合同通用条款\n第5条 质量保证\n5.1 货物质保期为一年。\n第6条 付款\n6.1 验收合格后支付全部价款。\n"
           "第三部分 合同专用条款\n通用条款第5.1款修改为：全部货物质保期为三年，自终验合格之日起计算。")


def test_a_supplier_template_says_where_the_parties_are_named_and_recommends_in_its_names():
    review = review_text(SUPPLIER_TEMPLATE, use_embeddings=False)
    [reading] = review["readings"]
    assert reading["code"] == "parties_swapped"
    assert review["text"][reading["start"]:reading["start"] + len(reading["text"])] == reading["text"] == "甲方（卖方）"
    assert "甲方是供应商" in reading["message"]
    acceptance = next(f for f in review["findings"] if f["rule_id"] == "CR-ACCEPTANCE")
    buyer_side = recommendation("CR-ACCEPTANCE", "zh")
    assert "甲方" in buyer_side and acceptance["recommendation"] == buyer_side.replace("甲方", "＠").replace("乙方", "甲方").replace("＠", "乙方")



def test_in_a_supplier_template_the_findings_name_the_buyer_as_the_contract_does():
    """"合同没有约定乙方严重违约时甲方可以解除合同" in a contract where 乙方 is the buyer said the opposite of what was meant (G audit)."""
    review = review_text(SUPPLIER_TEMPLATE, use_embeddings=False)
    plain = review_text(SUPPLIER_TEMPLATE.replace("甲方（卖方）", "卖方").replace("乙方（买方）", "买方"), use_embeddings=False)
    swapped = {f["rule_id"]: f["message"] for f in review["findings"]}
    compared = [f for f in plain["findings"] if f["rule_id"] in swapped and ("甲方" in f["message"] or "乙方" in f["message"])]
    assert compared  # e.g. CR-TERMINATION: "合同没有约定乙方严重违约时甲方可以解除合同"
    for f in compared:
        assert swapped[f["rule_id"]] == f["message"].replace("甲方", "＠").replace("乙方", "甲方").replace("＠", "乙方")


def test_an_amending_clause_names_the_passage_it_changes_and_the_words():
    review = review_text(AMENDED, use_embeddings=False)
    [reading] = review["readings"]
    assert reading["code"] == "clause_amended" and reading["text"].startswith("4. 第十条第1款")
    assert [a["text"] for a in reading["affects"]] == ["1. 乙方逾期交货的，每逾期一日按合同总价的万分之五支付违约金。"]
    assert reading["words"] == [["万分之五", "万分之三"]] and "“万分之五”改为“万分之三”" in reading["message"]
    assert reading["clause"]["heading"] == "第十六条 合同变更条款"
    english = review_text(AMENDED, use_embeddings=False, lang="en")["readings"][0]["message"]
    assert english.endswith('reviewed as changed ("万分之五" → "万分之三").')


def test_an_amendment_of_a_clause_that_is_not_there_asks_for_a_check_by_hand():
    review = review_text("第十条 违约责任\n乙方逾期交货的，每日按合同总价的万分之五支付违约金。\n第十六条 合同变更\n第八条修改为：质保期为三年。",
                         use_embeddings=False)
    [reading] = review["readings"]
    assert reading["affects"] == [] and "未找到所指的条款" in reading["message"]


def test_special_terms_list_the_general_terms_they_replace():
    review = review_text(SPECIAL, use_embeddings=False)
    [reading] = review["readings"]
    assert reading["code"] == "special_terms_prevail" and reading["text"] == "第三部分 合同专用条款"
    assert [a["text"] for a in reading["affects"]] == ["5.1 货物质保期为一年。"]  # 6.1 is not changed
    assert review["terms"]["warranty_months"] == 36


def test_an_ordinary_contract_has_no_readings_to_explain():
    assert analyse("第一条 价款\n合同总价为人民币100万元。\n第二条 付款\n验收合格后支付全部价款。", use_embeddings=False).readings == []


def test_reports_and_word_comments_carry_the_readings():
    document = docx.Document()
    for line in SUPPLIER_TEMPLATE.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    review = review_document(buf.getvalue(), "卖方模板.docx", use_embeddings=False)
    message = review["readings"][0]["message"]
    assert "## 阅读说明" in render_markdown(review) and message in render_markdown(review)
    assert "How the contract was read" in render_html(review, "en")
    out = docx.Document(io.BytesIO(annotate_docx(buf.getvalue(), review)))
    reading_comment = next(c for c in out.comments if c.text.startswith("[阅读说明]"))
    start = out.element.body.xpath(f'.//w:commentRangeStart[@w:id="{reading_comment.comment_id}"]')[0]
    assert "".join(start.getparent().xpath(".//w:t/text()")) == "甲方（卖方）：杭州某科技有限公司"
