"""holdout245: writes the ten ORDINARY draft contracts, their labels, and checks them.

Run with /work/main/.venv/bin/python from anywhere. Sources are kept below; .docx/.pdf are built through ../word_pdf.py
(wrap_words=True). The script asserts every price / payment sum, re-applies policy §3/§4 to the planned terms and
compares with the planned findings, checks that each labelled figure appears in the text, reads every built file back
(python-docx paragraphs + tables, pypdf) and fails if a threshold value appears in any form.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold regexes (policy §3 and §4)
NUM = r"(?<![\d.])"
THRESHOLDS = {
    "availability 99.9": [NUM + r"99\.9(?!\d)", r"九十九点九(?![零一二三四五六七八九])", r"ninety-nine point nine"],
    "4 hours": [NUM + r"4\s*(?:个)?\s*(?:小时|hours?|hrs?|h\b|-hour)", r"(?<![十百])四\s*个?\s*(?:小时|钟头)",
                r"\bfour[\s-]+(?:hours?|business hours?|working hours?)\b", r"\bfour-hour\b"],
    "0.05 %": [NUM + r"0?\.050*\s*%", r"万分之五(?![十])", r"千分之零点五", r"0\.05\s*per\s*cent", r"five hundredths"],
    "100 %": [NUM + r"100(?:\.0+)?\s*%", r"百分之(?:一)?百(?![分])", r"one hundred per\s*cent", r"100\s*per\s*cent",
              r"one hundred percent"],
    "30 %": [NUM + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty per\s*cent",
             r"\bthirty percent", NUM + r"30\s*per\s*cent"],
    "15 %": [NUM + r"15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"\bfifteen per\s*cent", r"\bfifteen percent",
             NUM + r"15\s*per\s*cent"],
    "40 %": [NUM + r"40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty per\s*cent",
             r"\bforty percent", NUM + r"40\s*per\s*cent"],
    "12 months": [NUM + r"12\s*个月", NUM + r"12[\s-]*months?\b", r"(?<![二三四五六七八九])十二个月", r"\btwelve[\s-]*months?\b",
                  r"(?<![第每零一二三四五六七八九十])一年(?![级度])", r"\bone[\s-]year\b", NUM + r"1[\s-]year\b", r"\bannual warranty\b"],
    "5 years": [NUM + r"5\s*(?:个)?\s*年(?![度级])", r"(?<![十二三四六七八九零])五年", r"\bfive[\s-]years?\b", NUM + r"5[\s-]years?\b",
                NUM + r"60\s*个月", NUM + r"60[\s-]*months?\b", r"\bsixty[\s-]*months?\b"],
}
PATTERNS = [(k, re.compile(p, re.I)) for k, ps in THRESHOLDS.items() for p in ps]


def threshold_hits(text):
    return [(k, m.group(0)) for k, p in PATTERNS for m in p.finditer(text)]


def selftest():
    bad = ["预付款为合同总价的30%", "可用率99.9%", "4小时内响应", "four hours", "万分之五", "0.05%", "100%", "百分之三十",
           "15%", "40%", "12个月", "twelve months", "12 months", "五年", "five years", "60个月", "四小时", "百分之百",
           "质保一年", "one year", "30 per cent", "fifteen per cent", "百分之四十", "十二个月"]
    good = ["24小时", "二十四小时", "99.95%", "14小时", "0.08%", "万分之八", "130%", "2030年", "2025年12月31日",
            "二十四个月", "24 months", "每年", "年度", "150%", "4.5", "115%", "3%", "14%", "第一年度", "21 months",
            "CNY 15,500", "2027年1月1日"]
    for s in bad:
        assert threshold_hits(s), s
    for s in good:
        assert not threshold_hits(s), (s, threshold_hits(s))


selftest()

# ---------------------------------------------------------------- h245z01 (.md, 政府采购 公开招标, buyer's paper)
H245Z01 = """# 出租汽车和网约车乘客投诉处理平台建设项目 政府采购合同

合同编号：JTYS-ZFCG-2026-0417
采购方式：公开招标（招标编号 QZCG-2026-GK-088）

甲方（采购人）：临江市交通运输局
地址：临江市滨江大道 210 号
乙方（成交供应商）：临江畅行数智科技有限公司
地址：临江市高新区云谷路 16 号

鉴于甲方就“出租汽车和网约车乘客投诉处理平台建设项目”依法组织公开招标，乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，双方以招标文件、乙方投标文件及中标通知书为依据，订立本合同，共同遵守。

## 一、项目内容

1.1 乙方为甲方建设乘客投诉处理平台，覆盖 12328 热线转办、微信小程序及网页投诉入口、工单分派与督办、巡游出租车企业及网约车平台公司回复、满意度回访、统计分析和信用扣分联动等功能。
1.2 平台部署在甲方政务云，乙方负责平台软件许可、定制开发、历史投诉数据迁移、部署实施和培训。
1.3 平台须与市 12345 政务服务热线、出租车计价器监管系统及省网约车监管信息交互平台对接，对接规范以甲方确认的接口文档为准。

## 二、合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 投诉处理平台软件许可（不限用户数） | 680,000 |
| 2 | 定制开发（工单流转、督办考核、三方接口、统计大屏） | 742,000 |
| 3 | 历史投诉数据迁移（约 41 万件） | 86,000 |
| 4 | 部署实施及联调 | 118,000 |
| 5 | 操作及管理培训 | 24,000 |
| | 合计 | 1,650,000 |

合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），含税，为固定总价，包含完成本项目所需的全部费用。

## 三、付款方式

3.1 合同签订且乙方提交等额银行保函后 10 个工作日内，甲方支付合同总价的 20% 作为预付款，即 ¥330,000。
3.2 平台通过初步验收后，甲方支付合同总价的 45%，即 ¥742,500。
3.3 平台通过最终验收后，甲方支付合同总价的 35%，即 ¥577,500。
3.4 乙方每次收款前应开具合规发票。甲方按财政国库集中支付程序办理付款。

## 四、交付与进度

4.1 乙方应在合同签订后 120 日内完成部署并提交初步验收申请。
4.2 初步验收通过后进入为期 60 日的试运行，试运行期满且问题清零后进行最终验收。

## 五、验收

5.1 验收依据为招标文件技术需求、投标文件、经甲方确认的需求规格说明书和接口文档。
5.2 初步验收标准：功能清单逐项测试通过；与 12345 热线及省网约车监管平台的工单往返数据一致；500 个并发用户下常用页面响应不超过 2 秒；历史数据迁移抽样核对无差错。
5.3 最终验收标准：试运行期间无一级故障；第三方等保测评通过；密码应用安全性评估通过；用户手册、源代码及部署文档移交齐全。
5.4 验收由甲方组织，必要时邀请专家参加，并形成书面验收报告。平台上线、试运行或甲方付款均不视为验收合格。

## 六、服务水平

6.1 质保期内平台月可用率不低于 99.95%，计划内维护需提前 3 个工作日告知甲方且安排在夜间进行。
6.2 一级故障（平台无法受理投诉或工单无法流转）：乙方 30 分钟内响应，2 小时内到场，8 小时内恢复；二级故障 2 小时内响应，次个工作日内解决。
6.3 一级故障每超时 1 小时，甲方扣减乙方服务费 ¥1,000；月可用率每低于承诺值 0.01 个百分点，扣减 ¥2,000，从应付款或履约保证金中扣除。

## 七、质量保证与维保

7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
7.2 质保期满后，如甲方需要，乙方提供年度维保服务，年度维保费不超过软件许可费的 8%（即每年不超过 ¥54,400），该价格在质保期满后三年内保持不变。

## 八、数据安全

8.1 平台内的投诉记录、乘客个人信息、驾驶员信息、录音及统计结果均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
8.2 乙方应遵守《数据安全法》《个人信息保护法》，运维操作须经甲方审批并通过堡垒机进行，不得将生产数据拷贝出政务云；测试须使用甲方提供的脱敏数据。
8.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。

## 九、保密

乙方对履约中知悉的甲方工作秘密、乘客投诉内容及系统口令负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。

## 十、知识产权

10.1 本项目定制开发的程序、接口、报表模板及源代码的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
10.2 平台标准软件的著作权仍归乙方，甲方享有永久使用许可。乙方保证不侵犯第三方知识产权。

## 十一、分包

乙方不得将本项目转包。未经甲方书面同意，乙方不得分包任何部分。

## 十二、违约责任

12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
12.2 乙方交付成果不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。

## 十三、合同解除

乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

## 十四、适用法律及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 十九、其他

本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。

甲方（盖章）：临江市交通运输局　　　　乙方（盖章）：临江畅行数智科技有限公司
代表人签字：____________　　　　　　　代表人签字：____________
日期：2026 年 9 月　日　　　　　　　　日期：2026 年 9 月　日
"""

# ---------------------------------------------------------------- h245z02 (.docx, pharma blister-line vision inspection)
H245Z02 = """T:泡罩包装线视觉检测系统采购及维保合同
P:合同编号：SY-ZB-VIS-2026-031
P:甲方（买方）：南岭生物制药股份有限公司
P:住所：岭南市医药产业园创新路 8 号
P:乙方（卖方）：睿瞳工业视觉技术有限公司
P:住所：岭南市天河智谷 3 栋 11 层
P:甲方固体制剂车间共有六条铝塑泡罩包装线，现需加装在线视觉检测系统，对缺粒、碎片、异物、色差、铝箔印字及批号进行全检剔除。乙方经甲方比选确定为供货方。为明确双方权利义务，经友好协商，订立本合同。
H:第一条 供货范围
P:1.1 乙方为甲方六条泡罩包装线各提供一套视觉检测单元，每套包括工业相机四台、专用光源、工控机、剔除机构、检测算法软件许可及安装附件。
P:1.2 乙方负责安装、调试、与包装机 PLC 的信号对接、安装确认（IQ）、运行确认（OQ）和性能确认（PQ）的文件编写与执行配合，以及操作和维护培训。
P:1.3 设备和软件须满足 GMP 及其附录《计算机化系统》的要求，审计追踪、电子签名和权限管理功能须完整可用。
H:第二条 合同价款
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|视觉检测单元（硬件）|6 套|168,000|1,008,000
TB:2|检测算法软件许可（永久）|6 套|24,000|144,000
TB:|软硬件小计|||1,152,000
TB:3|安装调试及 IQ/OQ/PQ 验证配合|1 项|104,000|104,000
TB:4|操作及维护培训|1 项|24,000|24,000
TB:|合同总价|||1,280,000
P:2.1 合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），含 13% 增值税、运输、保险、安装及验证配合费用。
H:第三条 付款
P:3.1 合同生效后 15 个工作日内，甲方支付合同总价的 20%，即 ¥256,000。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的 45%，即 ¥576,000。到货签收和安装完毕均不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的 35%，即 ¥448,000。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后 75 日内将全部设备送达甲方车间，并在到货后 20 日内完成安装调试。
P:4.2 安装须在甲方安排的停线窗口内进行，每条线停线不得超过 36 小时。
H:第五条 验收
P:5.1 验收标准：每条线以甲方提供的标准缺陷样板连续挑战 3 轮，缺粒、碎片、异物的检出率不低于 99.5%，误剔率不高于 0.3%；在包装速度每分钟 220 板时不降速；批号和效期字符识别无漏判；审计追踪完整。
P:5.2 PQ 连续生产 3 个批次，检测结果与人工复核一致，且 PQ 报告经甲方质量部批准后，双方签署最终验收证书。
P:5.3 设备投入生产使用不视为验收合格。
H:第六条 质保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内乙方免费更换故障部件、修复软件缺陷并提供远程支持。
P:6.2 故障响应如下表，响应以乙方工程师电话或远程接入为准：
TB:故障等级|定义|响应时间|到场时间
TB:一级|检测单元停机导致包装线停线|1 小时|6 小时
TB:二级|检测功能部分失效但可人工补检|2 小时|次个工作日
TB:三级|界面或报表类问题|1 个工作日|按需
P:6.3 一级故障每超时 1 小时，乙方支付 ¥800；二级故障每超时 1 小时，乙方支付 ¥300，从应付款或维保费中扣除。
H:第七条 质保期后维保
P:7.1 质保期满后，乙方按年度提供维保服务，内容包括两次预防性维护、相机及光源校准、算法版本升级、备件优先供应和上述响应时间。
P:7.2 年度维保费为软硬件小计的 24%，即每年 ¥276,480，在质保期满后三个年度内固定不变。维保合同按年度签订，不自动续期。
H:第八条 数据与信息安全
P:8.1 检测图像、检测记录、批生产相关数据及审计追踪均属于甲方，乙方不得复制、留存或用于任何其他目的。
P:8.2 乙方远程维护须经甲方 IT 部门逐次审批，通过甲方提供的堡垒机进行，全程录屏；不得通过移动介质带出任何数据。
P:8.3 发生数据泄露或数据完整性事件的，乙方应在 2 小时内通知甲方，配合调查和整改；因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对甲方的产品工艺、批次信息、质量标准及车间布局负有保密义务，保密期限至合同终止后三年。
H:第十条 知识产权
P:10.1 乙方为甲方产品定制的检测配方、缺陷模型参数、PLC 对接程序及验证文件归甲方所有，甲方可自行修改或交由第三方使用。
P:10.2 检测算法软件的著作权归乙方，甲方享有永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的万分之八支付违约金。
P:11.2 设备不能通过验收的，乙方应在 20 日内免费更换或整改，二次验收仍不合格的，甲方有权退货并解除合同。
H:第十二条 分包与解除
P:12.1 未经甲方书面同意，乙方不得分包本合同项下任何工作。
P:12.2 乙方严重违约且在收到书面通知后 10 日内未纠正的，甲方有权解除合同并要求赔偿。
H:第十三条 适用法律与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交岭南仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，经双方授权代表签字并盖章后生效。附件：技术规格书、URS、验证方案模板。
P:甲方：南岭生物制药股份有限公司（盖章）    乙方：睿瞳工业视觉技术有限公司（盖章）
P:授权代表：__________    授权代表：__________    日期：2026 年 10 月　日
"""

# ---------------------------------------------------------------- h245z03 (.txt, foot-spa chain booking & membership SaaS)
H245Z03 = """悦足堂连锁门店预约及会员管理系统
SaaS 服务及实施合同

合同编号：YZT-IT-2026-012

甲方：湘江悦足堂健康管理连锁有限公司（下称“甲方”）
统一社会信用代码：见营业执照
地址：长岭市芙蓉北路 99 号
乙方：云约宝网络科技有限公司（下称“乙方”）
地址：长岭市岳麓区麓谷大道 627 号

前言
甲方在长岭市及周边经营足疗、按摩门店共 35 家，拟统一使用线上预约、技师排班、会员储值和积分管理系统。乙方提供“云约宝”门店 SaaS 平台。双方经协商，就订阅服务和实施服务达成如下条款。

1. 定义
1.1 “平台”指乙方运营的云约宝门店管理 SaaS 系统，包括顾客端小程序、门店收银端、技师端和总部管理后台。
1.2 “甲方数据”指甲方及其顾客在使用平台过程中录入或产生的全部数据，包括会员资料、手机号、储值余额、消费记录、预约记录、技师业绩和评价。
1.3 “上线”指 35 家门店全部切换至平台并开始正式营业收银。

2. 服务内容
2.1 订阅服务：乙方向甲方 35 家门店及总部开通平台账号，提供预约、排班、会员储值、积分、次卡、营销券、收银对账、报表等功能。
2.2 实施服务：乙方负责门店及价目表配置、原收银系统会员数据迁移（约 8.6 万名会员及储值余额）、与甲方现有聚合支付通道对接、店长和前台培训。
2.3 乙方可根据其产品规划对平台功能进行调整，但不得减少本合同附件一所列功能。

3. 服务期限
3.1 订阅服务期为二十四个月，自上线之日起算。
3.2 服务期满前 30 日内任何一方未书面提出不续订的，本合同自动续期，每次续期二十四个月。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过当期订阅费的 8%，乙方以平台公告或短信通知甲方即可。

4. 费用
4.1 门店订阅费：每家门店每月 ¥680，35 家门店 24 个月合计 ¥571,200。
4.2 总部管理后台订阅费：每月 ¥2,000，24 个月合计 ¥48,000。
4.3 实施费（一次性）：¥68,000。
4.4 本合同初始服务期总金额为人民币陆拾捌万柒仟贰佰元整（¥687,200），含 6% 增值税。
4.5 短信、营销推送等按量计费项目另按附件二单价结算，不计入上述总金额。

5. 付款
5.1 订阅费按月结算，乙方于每月结束后 5 日内开具发票，甲方收到发票后 15 个工作日内支付上月费用。
5.2 实施费在上线验收合格后一次性支付。
5.3 本合同不设预付款。

6. 实施与上线验收
6.1 乙方应在合同签订后 45 日内完成全部门店上线。
6.2 上线验收标准：(1) 8.6 万名会员资料及储值余额迁移后逐户核对无差错；(2) 35 家门店连续 7 个营业日预约、收银、储值、核销流程无阻断性问题；(3) 日结对账与支付通道流水一致；(4) 完成店长及前台培训并考核合格。
6.3 满足上述标准后，双方签署上线验收单。门店开始使用平台不视为验收合格。
6.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金 ¥500。

7. 服务保障
7.1 乙方将尽商业上合理的努力保持平台稳定运行，并在其认为必要时安排系统维护。
7.2 甲方可通过客服热线或在线工单反馈问题，乙方将在工作时间内处理。

8. 甲方数据
8.1 甲方数据的所有权归甲方。
8.2 甲方同意，乙方可对甲方数据进行去标识化处理后，用于编制行业消费报告、训练平台推荐算法和改进乙方产品，该等使用在本合同终止后仍可继续。
8.3 合同终止后 30 日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除平台内的甲方数据。

9. 数据安全
9.1 乙方应对平台采取加密存储、访问控制、操作日志等安全措施，平台应通过网络安全等级保护二级测评。
9.2 顾客个人信息的处理应符合《个人信息保护法》，乙方不得将其出售或提供给第三方。
9.3 发生数据泄露的，乙方应在 24 小时内通知甲方并采取补救措施；因乙方原因造成甲方或其顾客损失的，由乙方承担赔偿责任。

10. 保密
双方对在合作中获知的对方商业信息负有保密义务，包括甲方的门店经营数据、价目表、会员规模及技师薪酬方案，保密期限至合同终止后两年。

11. 知识产权
11.1 平台及其软件的知识产权归乙方所有。
11.2 为甲方专门配置的价目体系、会员等级规则、自定义报表和营销模板归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

12. 分包
乙方不得将实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

13. 违约与解除
13.1 任何一方严重违约，经对方书面通知后 15 日内未纠正的，守约方有权解除本合同。
13.2 乙方停止服务连续超过 3 日的，甲方有权解除本合同，乙方应退还已付未用的费用。

14. 适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方住所地人民法院诉讼解决。

20. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：按量计费单价表。

甲方（盖章）：湘江悦足堂健康管理连锁有限公司
代表签字：__________  日期：2026 年 8 月  日

乙方（盖章）：云约宝网络科技有限公司
代表签字：__________  日期：2026 年 8 月  日
"""

# ---------------------------------------------------------------- h245z04 (.pdf, 教育局 campus-safety video O&M, 竞争性谈判)
H245Z04 = """T:中小学校园安全视频监控平台年度运维服务合同
P:项目编号：QSJY-TP-2026-019（竞争性谈判）
P:采购人（甲方）：青石区教育局
P:地址：青石区文昌路 15 号
P:供应商（乙方）：安澜智联信息技术服务有限公司
P:地址：青石区科创大厦 B 座 702 室
P:根据《中华人民共和国政府采购法》及竞争性谈判文件、乙方最后报价及成交通知书，甲乙双方就青石区中小学校园安全视频监控平台年度运维服务订立本合同。
H:一、服务范围
P:（一）区教育局视频监控中心平台，包括视频管理服务器、存储阵列、流媒体服务器、智能分析服务器及平台软件的日常运维。
P:（二）全区 126 所中小学、幼儿园的前端摄像机（合计约 3,780 路）、校门一键报警装置、硬盘录像机及传输链路的巡检、维修和更换。
P:（三）寒暑假、开学季、考试期间和重大活动期间的保障值守。
P:（四）驻场运维人员一名，工作日在区监控中心值守。
H:二、服务期限
P:服务期自 2027 年 1 月 1 日起至 2027 年 12 月 31 日止。期满后本合同终止，如需继续采购由甲方另行依法组织。
H:三、服务费用
P:（一）服务费总额为人民币捌拾肆万陆仟元整（¥846,000），包括：
P:1. 平台及中心机房运维 ¥312,000；
P:2. 学校前端点位维护 ¥421,200（3,780 路，每路 ¥111.43 元/年，按总额包干）；
P:3. 备品备件 ¥72,800；
P:4. 驻场服务 ¥40,000。
P:（二）上述费用为包干价，含人工、交通、工具、备件及税费。单件备件价值超过 ¥3,000 的更换，经甲方确认后另行结算。
H:四、付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付，每季度 ¥211,500。每季度结束后，甲方依据第七条考核结果在 20 个工作日内支付该季度服务费，考核扣款在当期款项中扣除。
H:五、服务要求
P:（一）乙方每月对平台巡检一次，每季度对全部学校前端巡检一次，并提交巡检报告。
P:（二）故障分级及响应：
P:一级故障：区监控中心平台整体中断，或 10 所以上学校视频同时离线。乙方应在 8 小时内响应并到场处置。
P:二级故障：单所学校视频整体离线或一键报警装置失效。乙方应在 6 小时内到场，24 小时内恢复。
P:三级故障：单路摄像机故障。乙方应在 3 个工作日内修复。
P:（三）一级故障超过上述时限的，每超时 1 小时扣减服务费 ¥500；二级故障每超时 1 小时扣减 ¥200。
P:（四）乙方须保证开学首周、中考及高考期间驻场人员和备件充足。
H:六、数据安全与个人信息保护
P:（一）视频图像、报警记录、平台日志及学校师生信息均属于甲方所有，乙方仅可为履行本合同进行必要访问。
P:（二）乙方人员须签署保密承诺并经背景审查；对平台的操作须经甲方授权账号进行并留存日志；不得下载、拷贝或传播任何视频图像，尤其是涉及未成年人的图像。
P:（三）更换下来的硬盘须在甲方监督下现场消磁或物理销毁，并形成记录。
P:（四）发生数据泄露、视频外传等事件的，乙方应在 1 小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。
H:七、考核与验收
P:（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检完成率、故障按时修复率、前端设备在线情况、驻场出勤及报告质量，考核细则见附件。
P:（二）服务期满后 15 日内，甲方组织年度验收，验收标准为：全年巡检报告齐全；全部故障均已闭环；平台和存储配置文档更新完毕；运维台账移交甲方。
H:八、保密
P:乙方对服务中知悉的学校布防信息、平台账号口令、网络拓扑及师生信息负有保密义务。本条在合同终止后继续有效。
H:九、知识产权
P:乙方在服务期间形成的巡检报告、配置文档、运维台账和应急预案归甲方所有。
H:十、分包
P:乙方不得转包或分包本合同项下的服务。
H:十一、违约责任
P:（一）乙方未按本合同约定完成季度巡检或未按期完成甲方书面要求的整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
P:（三）乙方严重违反第六条或经甲方书面催告后 10 日内仍未纠正违约行为的，甲方有权解除合同，并要求乙方赔偿损失。
H:十二、适用法律与争议解决
P:本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
H:十三、其他
P:本合同未尽事宜，按政府采购有关规定及谈判文件执行。本合同一式五份，甲方三份，乙方两份，经双方签章后生效。
P:甲方（盖章）：青石区教育局    乙方（盖章）：安澜智联信息技术服务有限公司
P:代表人：__________    代表人：__________    签订日期：2026 年 12 月  日
"""

# ---------------------------------------------------------------- h245z05 (.md, herbal-tea maker MES, supplier's own template)
H245Z05 = """# 智造云图 MES 软件许可及定制开发合同

**智造云图标准合同文本（2026 版）**

合同编号：ZZYT-MES-2026-0863

- 甲方（需方）：岭南百草凉茶饮品有限公司
- 乙方（供方）：佛山智造云图软件有限公司
- 乙方地址：佛山市南海区桂城街道创智路 28 号

甲方拟在其凉茶生产基地实施制造执行系统（MES），覆盖药材前处理、提取熬煮、调配、灌装、杀菌、包装及成品入库全流程。乙方为智造云图 MES 的著作权人。双方根据《民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供智造云图 MES 标准版软件许可，包括生产计划、工单管理、配方管理、质量检验、设备管理、批次追溯六个模块。
2. 乙方按双方确认的需求说明书进行定制开发，包括熬煮工段温度与时间曲线采集、灌装线计数对接、从药材批次到成品批次的正反向追溯，以及与甲方 ERP、WMS 的接口。
3. 乙方负责系统部署、基础数据导入、联调和关键用户培训。

## 第二条 合同金额

| 项目 | 金额（元） |
|---|---|
| MES 标准版软件许可（工厂级，永久） | 760,000 |
| 定制开发（工段采集、追溯、ERP/WMS 接口） | 640,000 |
| 部署实施及培训 | 150,000 |
| 合计 | 1,550,000 |

合同总金额为人民币壹佰伍拾伍万元整（¥1,550,000），含税。

## 第三条 付款方式

1. 本合同签订后 5 个工作日内，甲方支付合同总金额的 55%，即 ¥852,500。
2. 系统上线后 10 个工作日内，甲方支付合同总金额的 45%，即 ¥697,500。
3. 甲方逾期付款的，乙方有权暂停服务，且甲方每日按逾期金额的千分之一支付违约金。

## 第四条 实施与上线

1. 乙方在收到首付款后 90 日内完成部署及开发，具体进度以乙方项目计划为准。
2. 乙方完成部署并通知甲方后，系统即可上线运行。
3. 系统上线运行即视为甲方验收合格，甲方不得再以功能或性能不符为由拒绝验收或拒付款项。

## 第五条 交付延误

因乙方原因未能按项目计划完成部署的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金。因甲方需求变更、现场条件不具备或数据提供不及时造成的延误，乙方不承担责任。

## 第六条 免费维护

1. 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程支持。
2. 免费维护期内，一级故障（系统整体不可用或追溯功能失效）乙方在 10 小时内响应；二级故障在 2 个工作日内响应。
3. 上述响应时间为乙方的服务目标，未能达到的，乙方不承担扣款、赔偿或违约金责任。

## 第七条 有偿维护

免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费按乙方当年公布的服务价格标准执行，乙方有权根据市场情况调整。

## 第八条 知识产权

1. 智造云图 MES 软件及其所有版本的知识产权归乙方所有。
2. 乙方为甲方定制开发的程序、接口、报表、配置及相关文档，知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用；乙方不提供定制部分的源代码。

## 第九条 数据

1. 甲方在系统中产生的生产数据、配方数据和质量数据归甲方所有，乙方不得用于本合同以外的目的。
2. 乙方实施和维护人员访问甲方系统时，应遵守甲方信息安全制度，使用甲方分配的账号，不得拷贝甲方数据；因乙方原因导致数据泄露或损毁的，乙方应立即通知甲方并承担相应赔偿责任。

## 第十条 保密

双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，尤其是甲方的凉茶配方和工艺参数。保密期限为合同终止后三年。

## 第十一条 合作伙伴

乙方可根据项目需要，自行将部分开发、实施工作交由其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作向甲方负责。

## 第十二条 责任限制

1. 任何一方均不对对方的间接损失、利润损失承担责任。
2. 乙方在本合同项下的累计赔偿责任（含违约金）以合同总金额的 20% 为限。

## 第十三条 合同解除

一方严重违约，经对方书面通知后 30 日内未予纠正的，守约方有权解除本合同。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第二十一条 其他

1. 本合同为乙方标准合同文本，双方另有书面约定的除外。
2. 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：岭南百草凉茶饮品有限公司　　乙方（盖章）：佛山智造云图软件有限公司

授权代表：__________　　授权代表：__________

日期：2026 年 11 月　日
"""

# ---------------------------------------------------------------- h245e01 (.docx, ink-stick maker label-design licences, Italian vendor)
H245E01 = """T:Software Licence and Services Agreement
P:Agreement No. LAG-CN-2026-0519
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Laguna Grafica S.r.l., a company incorporated in Italy with its registered office at Via dei Vetrai 4, Isola di Campalto, 30173 Venezia, Italy (the "Vendor"); and
P:(2) Huizhou Songyan Ink-Stick Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Laojie Road, Shexian County, Huangshan, Anhui Province (the "Customer").
H:Background
P:A. The Customer makes traditional Huizhou ink sticks and ink sets and designs gold-leaf labels, gift boxes and inner cards for them in its own studio.
P:B. The Vendor publishes LabelForge, a label and packaging design suite with colour management for metallic and foil inks, and has offered perpetual licences of LabelForge together with a small customisation package and training.
P:C. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means LabelForge Designer and LabelForge Server, version 9, in object code, with the documentation.
P:1.2 "Customisation Package" means the Huizhou label template library, the foil and gold-leaf colour profiles calibrated to the Customer's two hot-stamping presses, and the export script to the Customer's printing vendor, all made for the Customer under this Agreement.
P:1.3 "Acceptance" means the signature of the Acceptance Certificate under clause 5.
P:1.4 "Business Day" means a day on which banks are open in both Huangshan and Venice.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes on the number of seats set out in clause 3.
P:2.2 The Customer may make one back-up copy of the Software. It shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 The Software remains the property of the Vendor and its licensors.
H:3. Fees
P:3.1 The fees are:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:LabelForge Designer perpetual seat|18|21,500|387,000
TB:LabelForge Server perpetual licence|2|46,000|92,000
TB:Licence subtotal|||479,000
TB:Customisation Package|1|58,000|58,000
TB:Installation and training|1|23,000|23,000
TB:Total Contract Price|||560,000
P:3.2 The Total Contract Price is CNY 560,000, inclusive of VAT and of all travel costs of the Vendor's staff.
H:4. Payment
P:4.1 The Customer shall pay: (a) 20% of the Total Contract Price (CNY 112,000) within 20 days after signature, against the Vendor's invoice; (b) 45% (CNY 252,000) after installation of the Software on all seats, which is not Acceptance; and (c) 35% (CNY 196,000) within 20 days after Acceptance.
P:4.2 Payments are made by bank transfer to the Vendor's account in CNY. Each party bears its own bank charges.
H:5. Delivery, Installation and Acceptance
P:5.1 The Vendor shall deliver licence keys within 10 days after signature and complete installation, the Customisation Package and training within 60 days after signature.
P:5.2 Acceptance tests, run by the Customer with the Vendor's assistance, shall show that: (a) all 18 seats and both servers run the licensed version; (b) the template library contains the 140 templates listed in the Customer's specification and each opens without error; (c) proofs of 20 sample labels printed on the Customer's presses match the approved colour targets within a Delta E of 2.0; (d) the export script delivers print-ready files that the printing vendor confirms in writing; and (e) the Customer's designers have completed the training.
P:5.3 When the tests are passed the parties sign an Acceptance Certificate. Use of the Software in production before that date is not Acceptance.
P:5.4 If the Vendor fails to complete installation by the date in clause 5.1, it shall pay delay damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
H:6. Warranty
P:6.1 The Vendor warrants for six months from Acceptance that the Software and the Customisation Package will perform substantially in accordance with the documentation and the Customer's specification, and will correct any defect reported during that period free of charge.
P:6.2 During the warranty period Severity 1 defects (the Software cannot be started or cannot print or export) receive a first response within 2 hours, counted within the Vendor's support hours of 08:00 to 20:00 China time on Business Days; Severity 2 defects within one Business Day. For each hour by which a Severity 1 response is late the Vendor credits CNY 600 against the next invoice.
P:6.3 The warranty does not cover defects caused by modification of the Software by the Customer or by hardware failure.
H:7. Maintenance after the Warranty
P:7.1 After the warranty period the Customer may buy Annual Maintenance, covering new versions, defect correction and the response times in clause 6.2, at 14% of the Licence subtotal per year (CNY 67,060). This fee is fixed for the first three maintenance years.
P:7.2 Annual Maintenance is ordered by a separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Customisation Package is made for the Customer and, on payment, all rights in it vest in the Customer. The Customer may use, modify and license it to anyone, including its printing vendor, without further consent. The Vendor shall deliver the editable source files of the templates and the export script.
P:8.2 The Vendor may reuse its general know-how but not the Customer's templates, artwork or colour targets.
H:9. Customer Data and Security
P:9.1 All artwork, label designs, colour data and product information of the Customer remain the Customer's property and may be used by the Vendor only to perform this Agreement.
P:9.2 The Vendor's remote support sessions require the Customer's approval for each session, are run through the Customer's remote-access tool and are recorded. The Vendor shall not copy Customer data outside the Customer's systems and shall delete any sample files received for support once the issue is closed.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer data and shall be liable for the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party, including the Customer's designs before their release and the Vendor's pricing, and shall use it only for this Agreement.
P:10.2 This obligation survives for three years after the end of this Agreement.
H:11. Liability
P:11.1 Neither party is liable for loss of profit or indirect loss.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to breach of clauses 9 and 10, to wilful misconduct or to infringement of third-party rights.
H:12. Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:13. Duration and Cancellation
P:13.1 This Agreement takes effect on signature. The licences granted are perpetual.
P:13.2 Orders placed under this Agreement are non-cancellable once signed. The Customer's remedies for any breach by the Vendor are limited to correction of the defect, replacement of the affected item or delay damages under clause 5.4, and the Customer shall not be entitled to terminate this Agreement or to return the Software for breach.
P:13.3 The Vendor may suspend support if an undisputed invoice remains unpaid for more than 45 days after a reminder.
H:14. Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Italy, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 The courts of Venice, Italy have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:15. General
P:15.1 Notices must be in writing and sent by courier or e-mail to the addresses above.
P:15.2 This Agreement, with the Customer's specification attached as Annex 1, is the entire agreement between the parties.
P:15.3 This Agreement is signed in two English originals, one for each party.
P:Signed for Laguna Grafica S.r.l.: ____________________  Name and title: ____________________
P:Signed for Huizhou Songyan Ink-Stick Manufacturing Co., Ltd.: ____________________  Name and title: ____________________
"""

# ---------------------------------------------------------------- h245e02 (.txt, revolutionary-site park ticketing SaaS, Order Form + General Terms)
H245E02 = """BIGLIETTO CLOUD - ORDER FORM No. OF-2026-CN-0071
(incorporating the Biglietto Cloud General Terms, Part B below)

PART A - ORDER FORM

Provider: Biglietto Cloud S.p.A., Fondamenta San Lorenzo 2, Isola di San Lorenzo, 30141 Venezia, Italy ("Provider")
Customer: Jinggangshan Red Heritage Scenic Park Management Co., Ltd., 6 Hongjun Road, Ciping Town, Jinggangshan, Jiangxi Province, China ("Customer")

A1. Services
Provider will provide to Customer the Biglietto Cloud ticketing platform as a hosted service: online and mini-programme ticket sales with real-name booking, timed-entry quotas for the memorial halls and former-site buildings, group and school bookings, QR-code and ID-card checking at 14 turnstiles, shuttle-bus seat reservation, daily settlement reports and visitor-flow dashboards. The Services are hosted in a mainland China data centre operated by Provider's hosting partner named in Annex 1.

A2. Subscription Term
36 months from the Go-Live Date. The Order Form ends at the end of the Subscription Term unless the parties sign a new order. There is no automatic renewal.

A3. Charges (all amounts in CNY, at Customer's request)
Subscription fee: CNY 19,800 per month x 36 months = CNY 712,800
Onboarding (configuration, turnstile integration at 14 gates, data import, staff training): CNY 87,200, one-time
Total Contract Value: CNY 800,000
Payment-channel fees charged by banks and wallets are passed through at cost and are not part of the Total Contract Value.

A4. Invoicing and Payment
A4.1 The subscription fee is invoiced monthly in arrears and is payable within 30 days of invoice.
A4.2 The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
A4.3 No amount is payable before the Go-Live Date.

A5. Onboarding and Go-Live Acceptance
A5.1 Provider shall complete onboarding within 50 days after signature of this Order Form.
A5.2 Go-Live Acceptance tests: (a) sale, refund and change of 500 test tickets across all channels with correct settlement; (b) real-name check at every turnstile with a pass time under 1.5 seconds; (c) timed-entry quotas enforced for each memorial hall; (d) a load test of 3,000 concurrent buyers without error; and (e) reconciliation of one full trial day of sales with the payment channels. When the tests are passed the parties sign a Go-Live Acceptance Certificate. Opening the ticket shop to the public is not acceptance.
A5.3 If Go-Live Acceptance is delayed by Provider, Provider shall pay CNY 600 for each day of delay.

A6. Contacts
Provider project manager: Ms Chiara Dal Borgo. Customer project manager: Mr Liu Jianhua, Information Office.

Signed for Provider: ____________________ Date: __________
Signed for Customer: ____________________ Date: __________

PART B - BIGLIETTO CLOUD GENERAL TERMS (version 2026.2)

1. Service Levels
1.1 Provider will make the Services available 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 23:00 and 06:00 Beijing time.
1.2 Priority 1 incidents (ticket sales or turnstile checking unavailable at the park) receive a response within 30 minutes, 24 hours a day, and Provider will work continuously until service is restored. Priority 2 incidents receive a response within 2 hours.
1.3 If availability in a month falls below the level in 1.1, Customer receives a service credit of 5% of that month's subscription fee for each full 0.5 percentage point of shortfall, up to 50% of the monthly fee. Each late Priority 1 response earns a credit of CNY 800. Credits are deducted from the next invoice.

2. Customer Data
2.1 Customer Data means all data entered into or generated by the Services for Customer, including visitor names, identity numbers, telephone numbers, bookings, sales and entry records.
2.2 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Services, and will not sell, analyse or reuse it for any other purpose.
2.3 Provider will keep Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logged access, and will comply with the Personal Information Protection Law and the Data Security Law. The platform holds an MLPS level 3 filing.
2.4 Provider will notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, will cooperate in the response and notifications, and is responsible for losses caused by its failure to comply with this clause.
2.5 At the end of the Subscription Term Provider will return Customer Data in CSV format within 15 days and then delete it.

3. Customer Configurations
Ticket products, price rules, quota templates, report layouts and turnstile mappings configured for Customer are Customer's property. Customer may use, modify and hand them over to any successor provider. The platform itself and its software remain Provider's property.

4. Subcontracting
Provider may not subcontract the Services, other than to the hosting partner named in Annex 1, without Customer's prior written consent. Provider remains responsible for all subcontractors.

5. Customer Obligations
Customer will provide network access at the turnstiles, designate trained administrators and keep its user accounts secure.

6. Suspension
Provider may suspend the Services only if an undisputed invoice is more than 60 days overdue and Customer has not paid within 10 days after a written reminder.

7. Liability
7.1 Neither party is liable for indirect or consequential loss or loss of profit.
7.2 Provider's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

8. Termination
8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 20 days after written notice.
8.2 Customer may terminate by written notice if availability falls below 98% in any two consecutive months.
8.3 On termination Customer pays the fees for Services provided up to the termination date.

9. Changes to the Services
Provider may improve the Services from time to time but will not reduce the functions described in the Order Form during the Subscription Term.

10. Governing Law and Disputes
The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang under its rules then in force. The award is final and binding.

11. General
11.1 The Order Form prevails over these General Terms if they conflict.
11.2 Notices must be in writing and sent to the project managers named in the Order Form.
11.3 Neither party may assign the Agreement without the other's written consent.
11.4 The Agreement is written in English; a Chinese translation may be made for convenience.

Annex 1 - Hosting partner: Ganjiang Data Centre Co., Ltd., Nanchang.
"""

# ---------------------------------------------------------------- h245e03 (.pdf, abalone farm water sensors, buyer's paper, Spanish integrator)
H245E03 = """T:Purchase Contract for Water-Quality Monitoring Equipment
P:Contract No. DSBY-2026-PC-044
P:Buyer: Dongshan Blue Bay Abalone Aquaculture Co., Ltd., Aojiao Fishing Harbour, Dongshan County, Zhangzhou, Fujian Province, China (the "Buyer").
P:Supplier: Sensores Marinos Antón S.L., Muelle de la Isla de San Antón 3, 15001 A Coruña, Spain (the "Supplier").
P:Whereas the Buyer farms abalone in 64 offshore raft zones and needs continuous monitoring of dissolved oxygen, temperature, salinity and pH, and whereas the Supplier has offered a turnkey system of probes, gateways and monitoring software, the parties agree as follows. This contract is on the Buyer's standard form; all prices are in Chinese yuan (CNY) at the Buyer's request.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission 64 multi-parameter water-quality probes with anti-fouling wipers, 16 solar-powered wireless gateways, and a perpetual licence of the AquaVigía monitoring software installed on the Buyer's server, and shall train the Buyer's staff.
P:1.2 The system shall send alarms by SMS and by the software's mobile app when dissolved oxygen falls below the thresholds set by the Buyer for each raft zone.
H:Article 2 Contract Price
P:2.1 The price is itemised as follows:
P:Probes: 64 x CNY 9,800 = CNY 627,200
P:Gateways: 16 x CNY 7,600 = CNY 121,600
P:AquaVigía software licence (perpetual, unlimited users): CNY 96,000
P:Equipment and Licence Subtotal: CNY 844,800
P:Installation, calibration and commissioning: CNY 71,200
P:Training: CNY 14,000
P:Contract Price: CNY 930,000
P:2.2 The Contract Price is fixed and includes VAT, import duties, sea freight to Dongshan, insurance and installation at sea.
H:Article 3 Payment
P:3.1 20% of the Contract Price (CNY 186,000) within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 45% (CNY 418,500) after all equipment has been delivered and installed, which shall not be regarded as acceptance.
P:3.3 35% (CNY 325,500) within 20 working days after Final Acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to Dongshan within 70 days and complete installation within 100 days after signature, avoiding the typhoon closure periods notified by the Buyer.
P:4.2 For each day of delay in delivery or installation caused by the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price, up to 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After installation the system runs for a 21-day trial. Final Acceptance requires that: (a) every probe reports to the software at least once every 10 minutes for the whole trial with no gap longer than 1 hour; (b) side-by-side checks against the Buyer's calibrated handheld meter show deviations within 0.2 mg/L for dissolved oxygen, 0.2 °C for temperature and 0.3 for salinity; (c) a simulated low-oxygen event triggers the SMS and app alarms within 2 minutes; and (d) all manuals, calibration certificates and as-built drawings are delivered.
P:5.2 When the criteria are met the parties sign the Final Acceptance Certificate. Use of the system during the trial is not acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier repairs or replaces faulty equipment and corrects software defects free of charge, including replacement of probes damaged by normal biofouling.
P:6.2 Severity 1 faults (loss of monitoring for a raft zone or failure of alarms) receive a remote response within 1 hour and a technician on site within 24 hours. Severity 2 faults receive a response within 8 working hours.
P:6.3 For each hour by which a Severity 1 response or attendance is late, the Supplier pays CNY 500.
H:Article 7 Support after Warranty
P:7.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support (repairs, calibration visits twice a year, software updates, same response times) at 9% of the Equipment and Licence Subtotal per year, i.e. CNY 76,032, fixed for three years after the warranty ends.
P:7.2 Support is ordered year by year and does not renew automatically.
H:Article 8 Data and Security
P:8.1 All measurements, alarms, farm maps and production information are the Buyer's data and belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The software runs on the Buyer's server at the farm. The Supplier's remote access requires the Buyer's approval for each session, runs through the Buyer's VPN and is logged. No data shall be copied outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Buyer's data and is liable for the losses it causes by breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential the other's non-public information, including the Buyer's stocking densities, yields and farm layout, during this Contract and for three years after its end.
H:Article 10 Intellectual Property
P:The alarm configuration, raft-zone maps, report templates and integration scripts prepared for the Buyer belong to the Buyer, who may modify and use them freely and hand them to other contractors. The standard AquaVigía software remains the Supplier's property under the perpetual licence in Article 1.
H:Article 11 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents on signature to the local marine installation crew named in Annex 2.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Article 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:Article 15 Miscellaneous
P:This Contract is made in English and Chinese, both equally valid, in four originals. Annex 1: Technical specification. Annex 2: Installation crew and method statement.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h245e04 (.md, home-textile exporter managed IT + service desk, Scottish provider)
H245E04 = """# Managed IT and Service Desk Agreement

**Reference:** LLM-NT-2026-09

**Provider:** Loch Lomond Managed Services Ltd, Boathouse Cottage, Inchmoan, Loch Lomond, Alexandria G83 8RZ, Scotland ("Provider")

**Customer:** Nantong Haiyun Home Textiles Import & Export Co., Ltd., 88 Gongnong Road, Chongchuan District, Nantong, Jiangsu Province, China ("Customer")

## Recitals

(A) Customer designs and exports bed linen, towels and curtains from its Nantong headquarters, two sewing plants in Haimen and a showroom in Shanghai, with about 420 IT users.

(B) Customer wishes to hand the running of its end-user IT, servers and network to a single provider with a bilingual service desk. Provider runs a service desk for manufacturers in East Asia through its Suzhou delivery centre.

(C) At Customer's request, all charges are in Chinese yuan (CNY).

## 1. Definitions

1.1 **Services** means the services in clause 2 and Schedule 1.

1.2 **Service Commencement Date** means the date on which Transition Acceptance is signed under clause 4.

1.3 **Incident** means an unplanned interruption or reduction in quality of an IT service. **P1 Incident** means an Incident stopping order processing, ERP, e-mail or production scheduling for a whole site.

## 2. Services

2.1 Provider shall provide: (a) a service desk in Mandarin and English, staffed 07:30-20:30 China time on working days, with on-call cover at other times for P1 Incidents; (b) desktop and laptop support for about 420 users, including imaging, patching and hardware swaps; (c) administration of 26 servers, the virtualisation cluster, backup and the Microsoft 365 tenant; (d) monitoring and administration of the network at four sites, including firewalls, switches and Wi-Fi; and (e) monthly service reports and a quarterly service review.

2.2 Provider shall keep an engineer on site at the Nantong headquarters on working days and visit each Haimen plant at least weekly.

## 3. Term

3.1 This Agreement runs for 24 months from the Service Commencement Date and then ends, unless the parties agree an extension in writing. There is no automatic renewal.

## 4. Transition

4.1 Provider shall complete transition within 45 days after signature: knowledge transfer from Customer's current staff, discovery of all assets, set-up of the service desk tool and the monitoring platform, and documented runbooks for every server.

4.2 Transition Acceptance requires: (a) an asset register reconciled with Customer's records; (b) runbooks approved by Customer's IT manager; (c) a successful restore test of ERP and file-server backups; and (d) two weeks of parallel running in which the service desk handles all calls. The parties then sign a Transition Acceptance certificate. Taking calls during parallel running is not acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider pays CNY 900 for each day of delay.

## 5. Charges and Payment

| Charge | Amount (CNY) |
|---|---|
| Transition (one-time) | 54,000 |
| Monthly service charge, 24 x 46,500 | 1,116,000 |
| **Total Contract Value** | **1,170,000** |

5.1 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days.

5.2 No amount is payable in advance.

5.3 Hardware, software licences and spare parts bought for Customer are not included and will be quoted separately for Customer's approval.

## 6. Service Levels

6.1 Provider shall meet the following targets:

| Priority | Response | Resolution target |
|---|---|---|
| P1 | 30 minutes | 6 hours |
| P2 | 2 hours | 1 working day |
| P3 | 8 working hours | 3 working days |

6.2 Provider shall answer 85% of service-desk calls within 60 seconds and resolve 70% of calls at first contact.

6.3 The service levels are targets. Provider shall report its performance each month and, if a target is missed, present an improvement plan at the next service review. No service credits, fee reductions or other compensation are payable for missing a service level.

## 7. Customer Data

7.1 Customer Data means all data of Customer and its staff, customers and suppliers that Provider accesses in performing the Services.

7.2 Customer Data remains Customer's property. Provider shall use Customer Data only to perform the Services.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including Customer's designs, price lists, customer lists and production plans, and Provider's methods and pricing.

8.2 Confidential information may be disclosed only to employees and advisers who need to know it and are bound by equal duties. These duties continue for three years after this Agreement ends.

## 9. Intellectual Property

9.1 Runbooks, knowledge-base articles, network diagrams, scripts and reports prepared for Customer under this Agreement belong to Customer, who may use, modify and give them to any successor provider.

9.2 Provider's service-desk tool and monitoring platform remain Provider's property; Customer receives no licence to them after the term.

## 10. Personnel and Subcontracting

10.1 Provider shall assign a named service delivery manager and keep the on-site engineer stable during the term.

10.2 Provider may subcontract any part of the Services, including on-site support at Haimen and out-of-hours monitoring, to affiliates or third parties by giving Customer written notice. Provider remains responsible for the acts of its subcontractors.

## 11. Liability

11.1 Neither party is liable for indirect loss or loss of profit.

11.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 20 days after notice.

12.2 On expiry or termination Provider shall give reasonable exit assistance for up to 60 days at the rates in Schedule 2, return all Customer documents and hand over administrator passwords.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 14. General

14.1 Changes to this Agreement must be in writing and signed by both parties.

14.2 This Agreement is signed in two originals in English.

**Signed for Provider:** ____________________ Name: Alasdair MacFarlane, Director

**Signed for Customer:** ____________________ Name: Gu Haiyan, General Manager

Schedule 1 - Service catalogue. Schedule 2 - Rates for additional work.
"""

# ---------------------------------------------------------------- h245e05 (.txt, walnut exporter food-safety certificate API, Scottish vendor)
H245E05 = """SUBSCRIPTION AGREEMENT - CERTIFY-API FOOD-SAFETY CERTIFICATE SERVICE

Agreement number: EST-CN-2026-0313

BETWEEN
Eilean Subhainn Trade Data Ltd, The Old Schoolhouse, Eilean Subhainn, Loch Maree, Ross-shire, Scotland ("Vendor"); and
Yunnan Yangbi Walnut Export Co., Ltd., 12 Cangshan West Road, Yangbi County, Dali Prefecture, Yunnan Province, China ("Customer").

RECITALS
(A) Customer exports shelled and in-shell walnuts to Europe, the Middle East and South-East Asia and must produce health certificates, laboratory results and phytosanitary documents for each shipment.
(B) Vendor operates Certify-API, a service through which exporters assemble certificate data, check it against importing-country requirements and submit it electronically.
(C) Customer will connect its ERP and laboratory system to Certify-API through the application programming interface. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS
1.1 "Service" means the Certify-API service, its web console and its documentation.
1.2 "Customer Data" means all data that Customer or its systems submit to the Service, including shipment details, laboratory results, buyer names and certificate drafts, and all outputs generated from them for Customer.
1.3 "Launch Date" means the date on which the Onboarding Acceptance Certificate is signed.

2. SERVICE AND ONBOARDING
2.1 Vendor shall provide the Service to Customer from the Launch Date for the Subscription Term.
2.2 Vendor shall, within 40 days after signature, map Customer's ERP and laboratory data to the Service, set up the requirement rules for the 23 destination markets listed in Schedule 1 and train Customer's export staff.
2.3 Onboarding Acceptance requires: (a) 50 test shipments processed end to end through the interface without manual re-keying; (b) each test certificate passing the Service's rule checks for its destination market; (c) round-trip status messages received in Customer's ERP within 5 minutes; and (d) completion of training. When these are met, the parties sign an Onboarding Acceptance Certificate. Use of the Service before that date is not acceptance.
2.4 If Onboarding Acceptance is delayed by Vendor, Vendor shall pay CNY 300 for each day of delay.

3. TERM AND RENEWAL
3.1 The Subscription Term is 24 months from the Launch Date.
3.2 The Subscription Term renews for further periods of 24 months unless either party gives notice 60 days before its end. Each renewal is at the same fees as the expiring term.

4. FEES AND PAYMENT
4.1 Subscription fee: CNY 15,500 per month, i.e. CNY 372,000 for the Subscription Term.
4.2 Onboarding fee: CNY 26,000, one-time.
4.3 Total Contract Value for the initial term: CNY 398,000.
4.4 The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days. Nothing is payable in advance.

5. SERVICE LEVELS
5.1 Vendor shall make the interface available 99.95% of each calendar month, excluding maintenance announced seven days ahead and performed at weekends.
5.2 Severity 1 incidents (the interface refuses submissions or certificates cannot be generated) receive a response within 1 hour at any time; Severity 2 incidents within 6 business hours.
5.3 If availability falls below the level in 5.1 Customer receives a credit of 10% of the monthly fee for each 0.5 percentage point of shortfall; each late Severity 1 response earns a credit of CNY 500.

6. CUSTOMER DATA
6.1 Customer Data belongs to Customer. Vendor uses Customer Data only to provide the Service to Customer and shall not analyse, aggregate, sell or disclose it for any other purpose.
6.2 Vendor hosts the Service for Chinese customers in a data centre in Shanghai, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, and logs all administrative access.
6.3 Vendor shall notify Customer within 24 hours of becoming aware of any breach of security affecting Customer Data, shall take all reasonable steps to contain it and is liable for losses caused by its breach of this clause.
6.4 On expiry Vendor shall export Customer Data in a standard format within 20 days and then delete it.

7. CUSTOMER MAPPINGS
The data mappings, rule settings and templates prepared for Customer during onboarding belong to Customer. Customer may use, modify and hand them to any other provider. The Service itself remains Vendor's property.

8. CONFIDENTIALITY
Each party shall keep the other's confidential information secret and use it only for this Agreement, during the term and for three years after it ends. Customer's buyer names, prices and laboratory results are confidential information.

9. SUBCONTRACTING
Vendor shall not subcontract any part of the Service without Customer's prior written consent, except for the hosting provider named in Schedule 2.

10. LIABILITY
10.1 Neither party is liable for indirect loss or loss of profits.
10.2 Vendor's total liability under this Agreement is limited to two times the Total Contract Value, except for breach of clauses 6 and 8, which is unlimited.

11. TERMINATION
11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days of notice.
11.2 On termination Customer pays the fees for the Service provided up to the termination date.

12. GOVERNING LAW AND JURISDICTION
12.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of Scotland.
12.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

13. GENERAL
13.1 Notices shall be in writing and sent by e-mail with a copy by courier.
13.2 Neither party may assign this Agreement without the other's written consent.
13.3 This Agreement is the entire agreement between the parties about its subject matter.

SIGNED for Eilean Subhainn Trade Data Ltd: ____________________ Name: Morag Mackenzie, Managing Director
SIGNED for Yunnan Yangbi Walnut Export Co., Ltd.: ____________________ Name: Zhao Yunpeng, General Manager
"""

# ---------------------------------------------------------------- additional clauses, inserted before an anchor of each source
ADD = {
    "h245z01": ("## 十九、其他", """## 十五、项目管理与人员

15.1 乙方应指定一名具有五个以上同类项目经验的项目经理常驻临江，未经甲方同意不得更换；核心开发人员名单作为本合同附件，更换须提前 10 个工作日报甲方批准，且替换人员资历不低于原人员。
15.2 乙方每周向甲方提交项目周报，内容包括进度、问题清单、风险和下周计划；每月召开一次项目例会，会议纪要经双方确认后存档。
15.3 甲方应指定业务联系人，及时确认需求规格说明书和接口文档，协调 12345 热线、出租车计价器监管系统和省级平台的接口资源，并提供必要的政务云资源和办公场地。

## 十六、培训

16.1 乙方应对甲方业务人员、各区县运管所受理人员、巡游出租车企业和网约车平台公司的回复人员分别开展操作培训，对甲方系统管理员开展运维培训，培训总人数不少于 180 人次。
16.2 培训教材、操作视频和常见问题手册应在初步验收前交付甲方，并随版本更新同步修订。

## 十七、不可抗力

因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在 3 日内通知对方，并在 15 日内提供证明；双方根据影响程度协商延期或部分免除责任。

## 十八、廉洁条款

乙方不得向甲方工作人员提供任何形式的回扣、礼金、有价证券或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将相关情况报送财政部门处理。

""", ),
}


ADD2 = {}  # a second insertion for some sources, at another anchor


def with_additions(key, src):
    for table in (ADD, ADD2):
        if key not in table:
            continue
        anchor, text = table[key][0], table[key][1]
        assert src.count(anchor) == 1, (key, anchor)
        src = src.replace(anchor, text + anchor, 1)
    return src


# ---------------------------------------------------------------- plan: terms per contract (decided before the text)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
PLAN = {
    "h245z01": dict(file="h245z01_transport_bureau_ride_hailing_complaint_platform.md", lang="zh", cat="software",
                    src=H245Z01, fmt="md",
                    terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True,
                            False, "PRC", G),
                    sla=True, ld=True, capped=True, deemed=False, value=1650000, fee_base=680000, foreign_forum=False,
                    items=[680000, 742000, 86000, 118000, 24000], pays=[(20, 330000), (45, 742500), (35, 577500)],
                    figures=["99.95%", "30 分钟内响应", "¥1,000", "千分之一", "20%", "二十四个月", "8%", "¥54,400",
                             "¥1,650,000", "书面同意", "中华人民共和国法律"],
                    rules=[]),
    "h245z02": dict(file="h245z02_pharma_blister_line_vision_inspection.docx", lang="zh", cat="hardware", src=H245Z02,
                    fmt="docx",
                    terms=T(None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 24, False, True,
                            False, "PRC", G),
                    sla=True, ld=True, capped=True, deemed=False, value=1280000, fee_base=1152000, foreign_forum=False,
                    items=[1008000, 144000, 104000, 24000], pays=[(20, 256000), (45, 576000), (35, 448000)],
                    figures=["1,280,000", "1,152,000", "十八个月", "24%", "276,480", "万分之八", "1 小时", "¥800",
                             "20%", "书面同意", "中华人民共和国法律"],
                    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h245z03": dict(file="h245z03_foot_spa_chain_booking_membership_saas.txt", lang="zh", cat="cloud", src=H245Z03,
                    fmt="txt",
                    terms=T(None, None, False, "buyer", True, False, True, 500 / 687200 * 100, None, None, True, None,
                            None, None, True, True, False, "PRC", S),
                    sla=False, ld=True, capped=None, deemed=False, value=687200, fee_base=None, foreign_forum=False,
                    items=[35 * 680 * 24, 2000 * 24, 68000], pays=[],
                    figures=["¥687,200", "¥571,200", "¥48,000", "¥68,000", "¥500", "去标识化", "8%", "自动续期",
                             "商业上合理的努力", "书面同意", "中华人民共和国法律"],
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h245z04": dict(file="h245z04_district_education_campus_video_annual_om.pdf", lang="zh", cat="services", src=H245Z04,
                    fmt="pdf",
                    terms=T(None, 8, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                            True, False, "PRC", S),
                    sla=True, ld=True, capped=None, deemed=False, value=846000, fee_base=None, foreign_forum=False,
                    items=[312000, 421200, 72800, 40000], pays=[],
                    figures=["¥846,000", "8 小时内响应", "¥500", "万分之二", "不设预付款", "不得转包或分包",
                             "中华人民共和国法律"],
                    rules=["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "h245z05": dict(file="h245z05_herbal_tea_mes_supplier_template.md", lang="zh", cat="software", src=H245Z05, fmt="md",
                    terms=T(None, 10, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, None, False,
                            True, True, None, G),
                    sla=True, ld=True, capped=False, deemed=True, value=1550000, fee_base=760000, foreign_forum=False,
                    items=[760000, 640000, 150000], pays=[(55, 852500), (45, 697500)],
                    figures=["¥1,550,000", "55%", "即视为甲方验收合格", "万分之二", "六个月", "10 小时内响应",
                             "不承担扣款", "当年公布的服务价格标准", "知识产权同样归乙方所有", "20%", "无需另行征得甲方同意"],
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h245e01": dict(file="h245e01_ink_stick_label_design_perpetual_licences.docx", lang="en", cat="software", src=H245E01,
                    fmt="docx",
                    terms=T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, 14, False, False,
                            False, "Italy", G),
                    sla=True, ld=True, capped=True, deemed=False, value=560000, fee_base=479000, foreign_forum=True,
                    items=[18 * 21500, 2 * 46000, 58000, 23000], pays=[(20, 112000), (45, 252000), (35, 196000)],
                    figures=["560,000", "479,000", "six months", "14%", "67,060", "0.1%", "150%", "2 hours", "CNY 600",
                             "laws of Italy", "courts of Venice", "shall not be entitled to terminate"],
                    rules=["CR-GOVERNING-LAW", "CR-TERMINATION", "CR-WARRANTY"]),
    "h245e02": dict(file="h245e02_red_heritage_park_ticketing_saas_order_form.txt", lang="en", cat="cloud", src=H245E02,
                    fmt="txt",
                    terms=T(99.5, 0.5, True, "buyer", True, True, False, 600 / 800000 * 100, 9 / 36 * 100, None, True,
                            None, None, None, False, True, False, "PRC", S),
                    sla=True, ld=True, capped=None, deemed=False, value=800000, fee_base=None, foreign_forum=False,
                    items=[19800 * 36, 87200], pays=[],
                    figures=["CNY 800,000", "99.5%", "30 minutes", "CNY 600", "nine months", "36 months",
                             "Nanchang Arbitration Commission"],
                    rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h245e03": dict(file="h245e03_abalone_farm_water_quality_sensors.pdf", lang="en", cat="hardware", src=H245E03,
                    fmt="pdf",
                    terms=T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 9, False, True,
                            False, "PRC", G),
                    sla=True, ld=True, capped=True, deemed=False, value=930000, fee_base=844800, foreign_forum=False,
                    items=[64 * 9800, 16 * 7600, 96000, 71200, 14000], pays=[(20, 186000), (45, 418500), (35, 325500)],
                    figures=["CNY 930,000", "CNY 844,800", "24 months", "9%", "76,032", "0.08%", "200%", "1 hour",
                             "CNY 500", "Xiamen Arbitration Commission"],
                    rules=[]),
    "h245e04": dict(file="h245e04_home_textile_managed_it_service_desk.md", lang="en", cat="services", src=H245E04,
                    fmt="md",
                    terms=T(None, 0.5, False, "buyer", False, True, True, 900 / 1170000 * 100, 150, None, True, None,
                            None, None, False, True, True, "PRC", S),
                    sla=True, ld=True, capped=None, deemed=False, value=1170000, fee_base=None, foreign_forum=False,
                    items=[54000, 46500 * 24], pays=[],
                    figures=["1,170,000", "30 minutes", "No service credits", "CNY 900", "150%", "written notice",
                             "Shanghai International Arbitration Center"],
                    rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h245e05": dict(file="h245e05_walnut_exporter_food_safety_certificate_api.txt", lang="en", cat="cloud", src=H245E05,
                    fmt="txt",
                    terms=T(99.95, 1, True, "buyer", True, True, True, 300 / 398000 * 100, 200, None, True, None, None,
                            None, False, True, False, "Scotland", S),
                    sla=True, ld=True, capped=None, deemed=False, value=398000, fee_base=None, foreign_forum=True,
                    items=[15500 * 24, 26000], pays=[],
                    figures=["CNY 398,000", "99.95%", "1 hour", "CNY 300", "two times", "same fees", "law of Scotland",
                             "Edinburgh"],
                    rules=["CR-GOVERNING-LAW"]),
}

# ---------------------------------------------------------------- policy §3 / §4 re-applied to the planned terms
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(p):
    t = p["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not p["capped"]:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * p["fee_base"]
    total = p["value"] + post_years * fee
    return total, post_years * fee / total * 100


def apply_rules(p):
    t, r = p["terms"], []
    goods = t["contract_kind"] == G
    if not p["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if p["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not p["ld"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not p["capped"] or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or p["foreign_forum"]:
        r.append("CR-GOVERNING-LAW")
    tc = tco(p) if goods else None
    if tc and tc[1] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEV[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key, p):
    extra = {"sla_clause": p["sla"], "ld_stated": p["ld"]}
    if p["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = p["capped"]
    extra["acceptance_deemed_on_delivery"] = p["deemed"]
    extra["contract_value"] = p["value"]
    return {"file": p["file"], "language": p["lang"], "category": p["cat"], "expected_terms": p["terms"],
            "expected_extra": extra, "expected_rules": p["rules"]}


# ---------------------------------------------------------------- reading the built files back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [x.text for x in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len("".join(text.split())) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, p in PLAN.items():
        p["src"] = with_additions(key, p["src"])
    # sums
    for key, p in PLAN.items():
        assert sum(p["items"]) == p["value"], (key, sum(p["items"]))
        if p["pays"]:
            assert sum(x for x, _ in p["pays"]) == 100, key
            for pct, amt in p["pays"]:
                assert round(p["value"] * pct / 100) == amt, (key, pct, amt)
        if p["fee_base"] and p["terms"]["post_warranty_fee_pct"]:
            fee = p["fee_base"] * p["terms"]["post_warranty_fee_pct"] / 100
            assert fee == int(fee), (key, fee)
        assert p["terms"]["contract_kind"] == G or p["terms"]["warranty_months"] is None, key
        # the plan re-derived from the terms must equal the planned findings
        got = apply_rules(p)
        assert got == sorted(p["rules"]), (key, got, p["rules"])
        assert p["rules"] == sorted(p["rules"]), key
    # the mix
    counts = sorted(len(p["rules"]) for p in PLAN.values())
    risks = {k: risk(p["rules"]) for k, p in PLAN.items()}
    assert counts.count(0) == 2 and sum(1 for p in PLAN.values() if [SEV[r] for r in p["rules"]] == ["low"]) == 1
    fired = {r for p in PLAN.values() for r in p["rules"]}
    print("rules fired across the set:", len(fired), "of", len(SEV), "; not fired:", sorted(set(SEV) - fired))

    # write text files; build docx / pdf
    targets = {}
    for key, p in PLAN.items():
        if p["fmt"] in ("md", "txt"):
            (OUT / p["file"]).write_text(p["src"], encoding="utf-8")
        else:
            targets[key] = (p["file"], p["fmt"])
    write({k: PLAN[k]["src"] for k in targets}, targets, OUT, wrap_words=True)

    # labels
    for key, p in PLAN.items():
        name = p["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(key, p), ensure_ascii=False, indent=1), encoding="utf-8")

    # read back, scan, measure
    problems = []
    for key, p in PLAN.items():
        text = read_back(OUT / p["file"])
        flat = "".join(text.split())
        for f in p["figures"]:
            if "".join(f.split()) not in flat:
                problems.append((key, "figure missing", f))
        for src_or_back, txt in (("source", p["src"]), ("read-back", text), ("read-back-flat", flat)):
            hits = threshold_hits(txt)
            if hits:
                problems.append((key, "threshold in " + src_or_back, hits))
        n = size(text, p["lang"])
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        ok = lo <= n <= hi
        if not ok:
            problems.append((key, "length", n))
        tc = tco(p) if p["terms"]["contract_kind"] == G else None
        print("%s %-5s %-4s len=%5d %s risk=%-6s rules=%d %s%s" % (
            key, p["fmt"], p["lang"], n, "ok" if ok else "OUT", risks[key], len(p["rules"]), ",".join(
                r[3:] for r in p["rules"]) or "(none)",
            "" if not tc else "  TCO=%.0f share=%.1f%%" % tc))
    for pr in problems:
        print("PROBLEM", pr)
    assert not problems


ADD["h245z02"] = ("H:第十四条 其他", """H:第十三条之一 技术资料与培训
P:（一）乙方应随货提供中文操作手册、维护手册、电气图纸、备件清单、软件安装介质及许可证书，并提供相机、光源和剔除机构的出厂检验报告和合格证明。
P:（二）乙方应为甲方提供两期培训：第一期面向包装线操作工和班组长，内容为开机、换型、缺陷样板挑战、报警处理和日常清洁；第二期面向设备工程师和 QA 人员，内容为检测参数管理、配方建立、权限和审计追踪审核、常见故障排查。每期培训后进行考核，考核合格人员名单由乙方书面提交甲方。
P:（三）乙方应协助甲方将本系统纳入甲方计算机化系统清单，提供风险评估、功能规格说明、设计规格说明、追溯矩阵和变更控制记录，确保满足 GMP 检查要求。
H:第十三条之二 备品备件
P:（一）乙方应在交货时随机提供一批易损件，包括每条线两套光源模块、一套剔除电磁阀和一块工控机硬盘，费用已含在合同总价内。
P:（二）乙方应保证停产后八年内继续供应备件，备件价格不高于本合同签订时的报价单。
H:第十三条之三 安全与现场管理
P:乙方人员进入洁净区须遵守甲方更衣、消毒和物料传递规定，服从甲方车间和 QA 人员管理；施工用工具和材料须登记出入。因乙方人员违规造成产品污染或批次报废的，乙方承担相应损失。
H:第十三条之四 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行；不可抗力持续超过 60 日的，任何一方可书面解除合同。
""")
ADD["h245z03"] = ("20. 其他", """15. 门店上线安排
15.1 乙方应按甲方确定的顺序分三批上线：第一批为长岭市区 12 家直营店，第二批为长岭县域及周边 14 家门店，第三批为其余 9 家加盟店。每批上线前，乙方须完成该批门店的价目表、技师档案、房间和床位配置，并安排实施顾问驻店两天。
15.2 会员数据迁移须在门店夜间停业后进行，迁移前双方共同核对原系统会员数、储值余额和剩余次卡数，迁移后再次核对并签字确认。
15.3 乙方应为每家门店的店长和前台各提供一次现场培训，为技师提供手机端使用说明，并向总部财务人员讲解对账和报表功能。

16. 双方义务
16.1 甲方应提供门店名单、营业时间、价目表、会员数据和支付通道资料，并指定总部项目联系人。
16.2 甲方应督促门店规范使用平台，妥善保管各级账号和密码，不得将账号借给第三方使用。
16.3 乙方应提供 7×16 小时客服热线和在线工单，定期发布功能更新说明，并在重大版本更新前 5 日通知甲方。

17. 发票与税费
乙方应在每次收款前开具增值税专用发票。因发票不合规导致甲方无法抵扣的，乙方应重新开具，甲方付款期限相应顺延。

18. 不可抗力
因自然灾害、政府行为、电信运营商大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方，双方均不承担违约责任，但应尽力减少损失。

""")


ADD["h245z04"] = ("H:十三、其他", """H:十二之一、人员要求
P:（一）乙方应组建不少于 8 人的运维团队，其中项目负责人一名、平台工程师两名、前端维修工程师四名、驻场人员一名，人员名单及资质证明作为合同附件。
P:（二）进入学校开展巡检和维修的人员须持乙方工作证，提前与学校安保负责人预约，在上课时间不得进入教学区域施工；进入幼儿园须有园方人员陪同。
P:（三）乙方更换项目负责人或平台工程师的，须提前 10 个工作日书面报甲方同意。
H:十二之二、巡检内容
P:（一）平台巡检：检查服务器、存储、流媒体和智能分析服务器运行状态，核查录像完整性和存储剩余容量，检查平台账号权限和日志，及时安装经甲方确认的安全补丁。
P:（二）前端巡检：逐校检查摄像机画面清晰度、角度、夜视效果、录像机运行状态、一键报警装置联动和传输链路，清洁镜头和防护罩，紧固支架，对存在隐患的设备提出更换建议。
P:（三）每次巡检结束后 5 个工作日内，乙方应提交巡检报告，附问题清单和整改计划，由学校签字确认后报甲方。
H:十二之三、重要时段保障
P:（一）开学、中考、高考及寒暑假前后，乙方应制定专项保障方案，提前完成全区重点点位巡检，增加备件储备，并安排工程师在监控中心值守。
P:（二）遇极端天气或突发事件，乙方应按甲方通知在规定时间内到达指定学校，协助学校恢复视频监控和报警功能。
H:十二之四、备件管理
P:（一）乙方应在青石区内设立备件库，常用摄像机、硬盘、电源和交换机备件保持合理库存，备件清单每季度报甲方备案。
P:（二）更换下来的设备属于甲方资产，乙方应登记后交回学校或甲方指定地点，不得擅自处置。
H:十二之五、履约保证
P:乙方应在合同签订后 7 日内向甲方提交合同总价 5% 的履约保证金或银行保函，服务期满年度验收合格且无违约扣款后 15 日内无息退还。
""")
ADD["h245z05"] = ("## 第二十一条 其他", """## 第十五条 双方责任

1. 甲方应在项目启动后 10 个工作日内提供工艺流程、物料编码、配方清单、设备清单和 ERP、WMS 接口资料，并指定项目负责人和各工段关键用户。
2. 甲方应为乙方提供现场办公场所、网络接入和服务器环境，服务器及数据库软件由甲方自行采购。
3. 乙方应指定项目经理，按项目计划组织需求调研、开发、部署和培训，并每两周向甲方通报进度。
4. 需求说明书经双方签字确认后，甲方提出的需求变更应以书面形式提出，由乙方评估工作量和费用，经双方确认后执行。

## 第十六条 培训

1. 乙方为甲方关键用户提供系统操作培训，为甲方信息部门提供系统管理培训，培训地点在甲方工厂，培训时间合计不少于 6 个工作日。
2. 乙方提供标准版操作手册电子文档，定制部分的使用说明由乙方视情况提供。

## 第十七条 软件升级

免费维护期内，乙方发布的标准版补丁可免费提供给甲方；标准版大版本升级以及因升级需要对定制部分进行的适配，按乙方报价另行收费。

## 第十八条 不可抗力

因不可抗力、政府行为、网络运营商故障、第三方软硬件缺陷等非乙方所能控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十九条 通知

双方往来通知以书面形式送达本合同所列地址，或发送至双方指定的电子邮箱，发出之日起第三日视为送达。

""")


ADD["h245e01"] = ("H:15. General", """H:14A. Project Management and Training
P:14A.1 Each party shall name a project manager within five days after signature. The project managers shall meet by video call every week until Acceptance and record decisions in short minutes approved by e-mail.
P:14A.2 The Customer shall make available the two hot-stamping presses for colour calibration on dates agreed in the project plan, provide the 140 label specifications and artwork in editable form, and give the Vendor's engineers access to the design studio during working hours.
P:14A.3 Training consists of three days of on-site training for the Customer's designers in Shexian County, covering template use, foil and gold-leaf layers, colour proofing and the export script, and one day of administrator training on the LabelForge Server, user management and back-up. Training materials are delivered in English and Chinese.
H:14B. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the delay. The dates in clause 5.1 are extended by the period of the delay.
""")
ADD["h245e02"] = ("Annex 1 - Hosting partner", """12. Project Governance
12.1 Each party shall name a project manager for onboarding. Until Go-Live Acceptance the project managers hold a weekly call and keep a shared issue log.
12.2 Customer shall provide the park's ticket product list, price rules for ordinary, student, senior and veteran visitors, the quota for each memorial hall and each time slot, the turnstile network plan and the bank and wallet merchant accounts, within 10 days after signature.
12.3 Provider shall deliver a configuration workbook for Customer's approval before any configuration is made live, and shall provide two days of on-site training at the park for ticket-office, gate and finance staff, and a half day for the Information Office administrators.

13. Peak Periods
13.1 Customer will notify Provider of expected peak days, including national holidays, anniversaries and organised study tours, at least ten days in advance. Provider shall then add capacity, freeze non-urgent changes and keep an engineer on call by telephone throughout the peak days.
13.2 Provider shall not perform scheduled maintenance on peak days notified under 13.1.

14. Reports
Provider shall send Customer a monthly service report showing availability, incidents, response times, credits due, ticket volumes and any change made to the platform in the month.

15. Force Majeure
Neither party is responsible for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public telecommunications networks, provided that it notifies the other party without delay. Service credits under clause 1.3 still apply to unavailability caused by Provider's own systems.

""")
ADD["h245e03"] = ("H:Article 15 Miscellaneous", """H:Article 14A Installation at Sea and Safety
P:14A.1 Installation on the rafts shall be carried out from the Buyer's work boats or the Supplier's hired vessel only in weather conditions approved by the Buyer's site manager. The Supplier's personnel shall wear life jackets at all times on the water and follow the Buyer's site rules.
P:14A.2 The Supplier shall take care not to disturb the abalone cages and shall compensate the Buyer for stock losses caused by its personnel's negligence during installation.
P:14A.3 The Supplier shall remove all packaging and waste from the farm and the harbour at its own cost.
H:Article 14B Training and Documentation
P:14B.1 The Supplier shall train six of the Buyer's technicians for three days on site in cleaning and calibrating the probes, replacing wiper blades and batteries, reading the dashboards, setting alarm thresholds and exporting reports.
P:14B.2 The Supplier shall deliver operation and maintenance manuals in Chinese and English, calibration certificates for each probe, the list of spare parts with prices, and the network and power diagrams for each gateway.
H:Article 14C Spare Parts
P:The Supplier shall supply spare parts for the probes and gateways for at least eight years after Final Acceptance, at prices not higher than its list prices attached as Annex 3 increased by the Chinese consumer price index.
H:Article 14D Force Majeure
P:A party prevented from performing by typhoon, earthquake, epidemic or other force majeure shall notify the other party within three days and provide evidence. Time for performance is extended by the period of the event. If the event lasts longer than 90 days, either party may terminate this Contract by written notice without liability.
H:Article 14E Notices
P:Notices shall be in writing in English or Chinese and delivered by courier or e-mail to the addresses above, or to another address notified in writing.
""")
ADD["h245e04"] = ("## 14. General", """## 13A. Governance and Reporting

13A.1 The parties shall hold a monthly operational meeting at Customer's Nantong headquarters and a quarterly service review attended by Customer's finance director. Provider shall circulate the service report three working days before each meeting.

13A.2 The monthly service report shall show calls received, calls answered within target, incidents by priority, response and resolution times, changes made, backup results, security patches installed and open risks.

13A.3 Each party shall name a contract manager. Disputes about the operation of the Services shall first be raised between the contract managers and then escalated to the general manager of Customer and a director of Provider before any party starts arbitration.

## 13B. Change Control

13B.1 Customer may request changes to the scope of the Services, including new sites or more users. Provider shall respond within ten working days with the effect on charges and service levels.

13B.2 No change is binding until both parties sign a change note. Changes of up to 5% in the number of supported users do not change the monthly service charge.

## 13C. Customer Responsibilities

Customer shall give Provider's staff access to its premises and systems as needed, keep licences for its software current, tell Provider about planned business changes that affect IT, and make a named IT manager available to approve changes.

## 13D. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, power cuts in the public grid or government action, if it notifies the other party without delay and tries to limit the effects.

""")
ADD["h245e05"] = ("13. GENERAL", """12A. CUSTOMER RESPONSIBILITIES
12A.1 Customer is responsible for the accuracy of the data it submits, including laboratory results and shipment details, and for checking each certificate draft before it is submitted to an authority.
12A.2 Customer shall keep its API keys secret, rotate them when staff leave and tell Vendor without delay if it suspects that a key has been misused.
12A.3 Customer shall name an integration contact and an export-documentation contact for the term.

12B. REGULATORY CHANGES
12B.1 Vendor shall keep the requirement rules for the 23 destination markets up to date and shall publish a change note within ten working days after an importing country publishes a change that affects certificates for walnuts.
12B.2 Where an importing country introduces a new electronic certification channel, Vendor shall use reasonable efforts to support it and shall tell Customer in writing when support will be available.

12C. SUPPORT AND REPORTING
12C.1 Vendor provides support by e-mail and by telephone in English and Mandarin from 08:00 to 20:00 China time on working days, and for Severity 1 incidents at all times.
12C.2 Vendor shall send a monthly report showing availability, incidents, response times, credits due, the number of certificates processed and rule changes made in the month.
12C.3 The parties shall hold a review call every three months to discuss performance, planned changes and Customer's new markets.

12D. FORCE MAJEURE
Neither party is liable for any failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war and failures of public networks, provided that it notifies the other party promptly. Service credits remain due for unavailability caused by Vendor's own systems.

12E. NOTICES
Notices under this Agreement must be in writing and sent to the contacts named in Schedule 3. A notice sent by e-mail is received on the next working day.

""")


ADD2["h245z02"] = ("H:第十一条 违约责任", """H:第十条之一 变更控制与版本管理
P:（一）系统通过验收后，检测参数、检测配方、软件版本和剔除逻辑的任何变更，均须按甲方变更控制程序提出申请，经甲方 QA 批准后方可实施，乙方应提供变更说明、风险评估和回归测试记录。
P:（二）乙方发布的软件补丁或新版本，须先在甲方指定的非生产环境中测试，测试通过并经甲方批准后再部署到生产线。乙方不得通过远程方式自行推送任何更新。
P:（三）新增产品规格或包材时，乙方应在收到甲方通知后 5 个工作日内完成检测配方建立和挑战测试，并出具测试报告，质保期内该项服务免费。
""")
ADD2["h245z03"] = ("20. 其他", """19. 服务终止与数据交接
19.1 本合同期满不续订或提前解除的，乙方应继续提供不少于 30 日的只读访问，以便甲方核对会员储值余额、次卡和积分，并通知顾客相关安排。
19.2 乙方应配合甲方或甲方指定的新服务商完成会员数据、储值余额、次卡、积分和历史消费记录的迁移，按甲方要求提供字段说明，并对迁移结果进行核对。
19.3 服务终止前已售出但尚未核销的储值和次卡，由甲方自行负责向顾客兑付，乙方应如实提供相关数据，不得以任何理由扣留。
19.4 数据交接完成后，乙方应在 15 日内删除平台中的甲方数据，包括备份，并向甲方出具书面删除确认。

""")
ADD2["h245z04"] = ("H:十二、适用法律与争议解决", """H:十一之一、季度考核细则
P:（一）季度考核实行百分制，其中巡检完成率占 25 分，故障按时修复率占 35 分，前端设备在线情况占 20 分，驻场出勤及报告质量占 20 分。
P:（二）考核得分 90 分以上的，全额支付当季服务费；80 分至 89 分的，扣减当季服务费的 3%；70 分至 79 分的，扣减 8%；低于 70 分的为不合格，扣减 12%，并由乙方提交书面整改方案。
P:（三）考核由甲方会同学校代表进行，乙方可在收到考核结果后 5 个工作日内提出书面异议，甲方应在 10 个工作日内复核并答复。
P:（四）考核扣款与第五条超时扣减、第十一条违约金可以并用，但同一事项不重复扣减。
""")
ADD2["h245z05"] = ("## 第二十一条 其他", """## 第二十条 项目文档

1. 乙方在项目实施过程中向甲方提交需求说明书、系统设计概要、部署说明、接口说明、测试记录和用户培训材料。
2. 上述文档由乙方编制，供甲方在本合同约定范围内使用，未经乙方书面许可，甲方不得向第三方提供。
3. 系统上线后，乙方向甲方移交系统管理员账号，甲方应妥善保管，因甲方账号管理不善造成的损失由甲方承担。
4. 乙方可在其宣传资料、官方网站和客户名单中使用甲方名称及本项目案例，但不得披露甲方配方和工艺参数。

""")
ADD2["h245e02"] = ("Annex 1 - Hosting partner", """16. Change Requests
16.1 Customer may ask Provider to configure new ticket products, new memorial-hall quotas or new sales channels at any time. Configuration changes that can be made in the standard administration console are included in the subscription fee.
16.2 Development work outside the standard platform, such as new interfaces to provincial tourism platforms, is quoted separately and starts only after Customer signs a change order.

17. Visitor Service
17.1 Provider shall give the park's ticket office a hotline for urgent questions from visitors about failed payments or bookings, staffed in Mandarin during park opening hours.
17.2 Refunds to visitors are processed by Customer's ticket office through the platform; Provider shall make sure that refunds reach the original payment account within the time set by the payment channel.

""")
ADD2["h245e03"] = ("H:Article 15 Miscellaneous", """H:Article 14F Performance Records
P:14F.1 During the warranty period the Supplier shall send the Buyer a quarterly report listing faults, response and attendance times, parts replaced, probes recalibrated and any deviation found in the monthly side-by-side checks.
P:14F.2 If a probe model shows repeated faults, meaning three or more failures of the same kind within six months across the farm, the Supplier shall investigate the root cause and replace all probes of that model at its own cost if a design or manufacturing defect is found.
P:14F.3 The Buyer may ask the Supplier to join its annual review of the monitoring system, at which the parties agree calibration schedules and improvements for the next season.
""")
ADD2["h245e04"] = ("## 14. General", """## 13E. Security Patching and Backups

13E.1 Provider shall apply operating-system and application patches to servers and end-user devices in monthly maintenance windows agreed with Customer, and shall apply urgent vendor patches within the timescale agreed with Customer's IT manager.

13E.2 Provider shall run the backup jobs defined in the runbooks, check their results daily and carry out a test restore of a sample of systems every quarter, reporting the results in the monthly service report.

13E.3 Provider shall keep the asset register and the network diagrams current and make them available to Customer at any time.

## 13F. Exit Plan

Within three months after the Service Commencement Date Provider shall deliver an exit plan describing how the Services, documents, passwords and tools would be handed over to Customer or a successor provider at the end of the term.

""")
ADD2["h245e05"] = ("13. GENERAL", """12F. ACCOUNT MANAGEMENT AND TRAINING
12F.1 Vendor shall name an account manager who speaks Mandarin and who is Customer's point of contact for commercial questions, new destination markets and escalations.
12F.2 During onboarding Vendor shall train Customer's export documentation team and its IT staff. Training covers the web console, the interface messages, error codes, the rule checks for each destination market and the handling of rejected certificates. Vendor shall provide recorded training videos and updated guides after each significant change.
12F.3 Customer may ask for up to two further training sessions each contract year at no extra charge, delivered remotely.

12G. SANDBOX
Vendor shall provide a test environment in which Customer can try changes to its ERP and laboratory interfaces before using them in production. Test data submitted to the sandbox is never sent to any authority.

""")


ADD2["h245z04"] = (ADD2["h245z04"][0], ADD2["h245z04"][1] + """P:（五）甲方在季度内发现乙方巡检记录与现场情况不符的，该季度巡检完成率得分按零分计算，并由乙方在 10 个工作日内重新巡检相关学校。
P:（六）年度验收时，甲方将四个季度的考核结果作为乙方履约评价的依据，并记入政府采购供应商履约评价档案。
""")
ADD2["h245z05"] = (ADD2["h245z05"][0], ADD2["h245z05"][1].rstrip("\n") + """
5. 甲方在系统中自行配置的工单模板、检验标准和报表筛选条件，由甲方自行维护；如需乙方协助修改，按乙方人天单价另行计费，人天单价以乙方当年报价为准。
6. 甲方如需增加工厂、产线或用户数，应向乙方另行购买相应许可，价格以乙方届时报价为准。
7. 乙方对标准版软件的后续版本规划享有自主决定权，可根据产品路线调整、合并或停止提供某些功能，并提前在官方网站公告。

""")
ADD2["h245e02"] = (ADD2["h245e02"][0], ADD2["h245e02"][1].rstrip("\n") + """
17.3 Provider shall keep the platform's Chinese-language visitor screens consistent with the park's signage and shall correct any wording reported by Customer within three working days.

""")
ADD2["h245e03"] = (ADD2["h245e03"][0], ADD2["h245e03"][1] + """P:14F.4 The Supplier shall keep a stock of at least four spare probes and two spare gateways at its service partner's store in Zhangzhou during the warranty period, so that replacements can be brought to the harbour on the same day.
P:14F.5 Each calibration visit shall be recorded in a log signed by the Buyer's technician, showing the reference values, the readings before and after calibration, and the next due date.
""")
ADD2["h245e04"] = (ADD2["h245e04"][0], ADD2["h245e04"][1].rstrip("\n") + """

## 13G. Customer Satisfaction

Provider shall send a short satisfaction survey to each user whose call is closed and report the monthly average score. If the average score falls below four out of five in two consecutive months, Provider shall agree an improvement plan with Customer's IT manager within ten working days.

""")
ADD2["h245e05"] = (ADD2["h245e05"][0], ADD2["h245e05"][1].rstrip("\n") + """

12H. USAGE LIMITS
The subscription fee includes up to 2,000 certificate submissions and 60,000 interface calls per month. If Customer expects to exceed these volumes for a full month, for example during the new-crop shipping season, the parties shall agree in writing on a higher tier before the increase. Vendor shall not throttle or suspend submissions for Customer's shipments that have already been started.

""")


ADD2["h245z05"] = (ADD2["h245z05"][0], ADD2["h245z05"][1].rstrip("\n") + """
8. 项目实施期间，乙方人员应遵守甲方厂区安全、卫生和保密管理规定，进入灌装和调配车间须按甲方要求更衣、消毒，并服从车间管理人员的安排。
9. 双方项目负责人每月召开一次项目协调会，确认上月完成事项、未决问题及下月计划，会议纪要由乙方整理后发送甲方。

""")
ADD2["h245e05"] = (ADD2["h245e05"][0], ADD2["h245e05"][1].rstrip("\n") + """

12I. AUDIT
Once in each contract year, on 20 working days' notice, Customer or an auditor it appoints may review Vendor's security certifications, the latest penetration-test summary and the records of administrative access to Customer Data. Vendor shall answer reasonable written questions arising from the review within 15 working days.

""")


if __name__ == "__main__":
    main()
