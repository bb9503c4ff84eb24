"""holdout264: writes the ten ORDINARY draft contracts and their labels, builds the .docx/.pdf through ../word_pdf.py,
asserts every price and payment sum, re-applies policy §3/§4 to the labels, reads every built file back and fails if a
figure sits on a policy threshold. Run: /work/main/.venv/bin/python make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- threshold scan (policy §3 and §4 thresholds, in digits, Chinese numerals and words) ----
CN = "零一二三四五六七八九十百千两"
THRESHOLDS = {
    "prepayment 30 %": r"(?<![\d.])30(\.0+)?\s*(%|％|per ?cent)|(?<![" + CN + r"])百分之三十(?![" + CN + r"点])|thirty per ?cent",
    "P1 response 4 h": r"(?<![\d.])4(\.0+)?\s*(小时|个小时|h\b|hours?\b|-hour)|(?<![" + CN + r"])四个?小时|\bfour[- ]hours?|(?<![\d.])240\s*(分钟|minutes)",
    "availability 99.9 %": r"(?<![\d.])99\.9(?!\d)0*\s*(%|％|per ?cent)|百分之九十九点九(?![" + CN + r"])",
    "LD 0.05 %/day": r"(?<![\d.])0?\.050*(?!\d)\s*(%|％|per ?cent)|万分之五(?![" + CN + r"点])|千分之零点五|(?<![\d.])0\.5\s*‰",
    "liability cap 100 %": r"(?<![\d.])100(\.0+)?\s*(%|％|per ?cent)|百分之(一)?百(?![" + CN + r"点])|one hundred per ?cent",
    "warranty 12 months": r"(?<![\d.])12\s*(个月|months?\b|-month)|(?<![" + CN + r"])十二个月|\btwelve[- ]months?|(?<![" + CN + r"第每])一年|\bone[- ]year|(?<![\d.])1\s*(年|years?\b|-year)",
    "post-warranty fee 15 %": r"(?<![\d.])15(\.0+)?\s*(%|％|per ?cent)|(?<![" + CN + r"])百分之十五(?![" + CN + r"点])|fifteen per ?cent",
    "TCO share 40 %": r"(?<![\d.])40(\.0+)?\s*(%|％|per ?cent)|(?<![" + CN + r"])百分之四十(?![" + CN + r"点])|forty per ?cent",
    "TCO horizon 5 years": r"(?<![\d.])5\s*(年|years?\b|-year)|(?<![" + CN + r"])五年|\bfive[- ]years?|(?<![\d.])60\s*(个月|months?\b)|sixty months",
}
SCAN = {k: re.compile(v, re.I) for k, v in THRESHOLDS.items()}


def scan(text):
    return [(k, m.group(0)) for k, rx in SCAN.items() for m in rx.finditer(text)]


def selftest():
    hits = ["预付款为合同总价的30%", "30 per cent", "百分之三十", "4小时内响应", "four hours", "4 hours", "240分钟",
            "四小时", "99.9%", "百分之九十九点九", "0.05%", "万分之五", "100%", "百分之百", "12个月", "twelve months",
            "十二个月", "一年", "one year", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "5年", "五年",
            "five years", "60个月", "12-month", "1 year"]
    misses = ["2026年", "24小时", "130%", "99.95%", "0.055%", "万分之五十", "百分之三十五", "14小时", "二十四小时",
              "112个月", "每一年", "第一年度", "2025年", "45%", "115%", "240000", "1.5%", "99.5%", "25%", "35 per cent",
              "24 hours", "2015", "0.5%"]
    for s in hits:
        assert scan(s), ("should hit", s)
    for s in misses:
        assert not scan(s), ("should miss", s, scan(s))


def money(n):
    return f"{n:,}"


# ======================================================================== h264z01 (md, zh) ==
Z01 = """# 省森林防火监测预警平台建设项目 政府采购合同

合同编号：LC-FH-2026-017
采购方式：公开招标（招标编号：SZC-2026-0412）

采购人（甲方）：某省林业和草原局
地址：省会市林苑路18号

供应商（乙方）：青峦智感科技有限公司
地址：高新区云杉大道266号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就省森林防火监测预警平台建设项目（以下简称“本项目”）达成如下合同条款，共同遵守。招标文件、投标文件、澄清文件及中标通知书为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。

## 第一条 项目内容

1.1 乙方负责在全省重点林区建设48个高点监测站，每站安装可见光与热成像双光谱监测前端、太阳能供电及防雷设施，并通过微波链路接入各市森林防火指挥中心。

1.2 乙方提供森林火情监测预警平台软件（含烟火智能识别、火点定位、告警推送、指挥调度模块）的永久使用许可，部署于甲方政务云。

1.3 乙方负责平台与省应急指挥平台、卫星热点监测系统的对接开发，以及安装调试、系统集成和用户培训。

## 第二条 合同价款

2.1 本合同总价为人民币6,638,000元（大写：陆佰陆拾叁万捌仟元整），为含税固定总价，包括设备、软件许可、运输、安装、调试、对接开发、培训、质保期内服务及税费等全部费用。

| 序号 | 名称 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 双光谱监测前端（可见光+热成像） | 48套 | 68,500 | 3,288,000 |
| 2 | 太阳能供电及防雷套件 | 48套 | 21,000 | 1,008,000 |
| 3 | 微波传输设备 | 24套 | 18,500 | 444,000 |
| 4 | 监测预警平台软件许可 | 1套 | 1,260,000 | 1,260,000 |
| | 设备及软件小计 | | | 6,000,000 |
| 5 | 系统集成与安装调试 | 1项 | 386,000 | 386,000 |
| 6 | 应急指挥平台对接开发 | 1项 | 214,000 | 214,000 |
| 7 | 培训 | 1项 | 38,000 | 38,000 |
| | 合计 | | | 6,638,000 |

2.2 除本合同另有约定外，合同履行期间价款不作调整。

## 第三条 付款方式

3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币1,327,600元。

3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即人民币2,323,300元。到货签收仅确认数量和外观，不代表质量验收。

3.3 项目终验合格后，甲方支付合同总价的42%，即人民币2,787,960元。

3.4 剩余3%即人民币199,140元作为质量保证金，质保期满且乙方无未了责任的，甲方在30日内无息支付。

3.5 甲方付款通过国库集中支付系统办理，因财政审批流程造成的合理延迟不视为甲方违约。

## 第四条 交付与验收

4.1 乙方应在合同签订后150日内完成全部站点建设并提交初验申请。

4.2 初验由甲方组织，验收标准包括：（1）设备型号、数量与投标文件一致；（2）热成像前端在5公里范围内对2平方米火源的识别率不低于95%；（3）火点定位误差不大于150米；（4）告警信息自识别至推送到市级指挥中心不超过60秒；（5）平台与省应急指挥平台数据交互正常。

4.3 初验合格后进入90日试运行。试运行期间累计误报率不高于每站每日2次且无一级故障的，甲方组织终验，并邀请第三方测评机构出具检测报告。

4.4 设备安装完毕、平台上线运行或甲方使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。

## 第五条 质量保证与维保

5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级和故障处理。

5.2 质保期满后，如甲方需要，乙方提供后续维保服务，年度维保费不超过设备及软件小计的8%，即每年不超过人民币480,000元，质保期满后首两个年度按该价格执行，不作上调。

## 第六条 服务水平

6.1 质保期内，监测预警平台年可用率不低于99.5%（计划内维护时间除外，计划维护须提前3日通知甲方）。

6.2 故障分级响应：一级故障（平台整体中断或一个市级中心全部站点失联）乙方30分钟内响应，2小时内到达现场或远程介入，24小时内恢复；二级故障（单个站点失联）2小时内响应，72小时内恢复；三级故障下一个工作日内处理。

6.3 平台年可用率每低于约定值0.1个百分点，甲方从质量保证金中扣减人民币5,000元；一级故障响应每超时1小时，扣减人民币1,000元。

## 第七条 数据安全

7.1 平台采集的视频、图像、火点记录及巡护数据均属于甲方所有，乙方仅可为履行本合同而访问，不得复制、留存或用于其他目的。

7.2 乙方应按网络安全等级保护三级要求配合完成定级备案和测评，运维访问须经甲方审批并通过堡垒机进行，全程留存日志。

7.3 发生数据泄露、篡改或安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。

## 第八条 保密

乙方对履约中知悉的林区布防、指挥体系、站点位置等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。

## 第九条 知识产权

9.1 为本项目开发的对接程序、算法调优参数、定制报表及相关源代码和文档，知识产权归甲方所有，乙方应在终验时一并移交。

9.2 平台软件产品本身的知识产权仍归乙方，甲方依本合同取得的使用许可不因此受到限制。

## 第十条 违约责任

10.1 乙方逾期完成建设或逾期提交验收的，每逾期一日，按合同总价的万分之四向甲方支付违约金。

10.2 乙方交付的设备不符合合同约定的，应予更换，由此造成的工期延误按10.1条处理。

10.3 逾期超过60日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。

## 第十一条 分包

铁塔基础加固等土建工作，乙方须事先取得甲方书面同意方可分包，乙方对分包部分向甲方承担全部责任。其他工作不得分包。

## 第十二条 合同解除

乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 第十四条 甲方义务与培训

14.1 甲方负责协调各市、县林草部门提供站点进场条件、政务云资源和网络接入，并指定项目联系人。

14.2 乙方应为甲方及各市指挥中心值守人员提供不少于3期集中培训，每期不少于2日，培训内容包括平台操作、告警研判、设备日常巡检，培训教材归甲方所有。

14.3 乙方应在终验前向甲方移交竣工资料，包括站点台账、设备序列号清单、网络拓扑、配置备份、操作手册及运维手册。

## 第十五条 其他

本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某省林业和草原局　　　　乙方（盖章）：青峦智感科技有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
日期：2026年　月　日　　　　　　　　　日期：2026年　月　日
"""


# ======================================================================== h264e01 (txt, en) ==
E01 = """SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
Kiln Control Software - Perpetual Licences

Agreement No.: FD-CN-2026-031

This Agreement is made on the date of the last signature below between:

(1) Yixing Jinxi Zisha Ceramics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 9 Dingshu Pottery Street, Yixing, Jiangsu Province ("Customer"); and

(2) Fornaci Digitali S.r.l., a company incorporated in Italy, with its registered seat on the Isola di Licosa, Italy ("Vendor").

BACKGROUND

A. Customer operates a purple-clay (zisha) teapot workshop with fourteen electric and gas kilns, and wishes to replace its stand-alone temperature controllers with a networked kiln-control system that records every firing curve.

B. Vendor develops and licenses the FornaceOS kiln-control software and has agreed to license it to Customer, install it and configure it for Customer's kilns on the terms below.

C. At Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Software" means the FornaceOS Kiln Node software for individual kilns and the FornaceOS Supervisor software for central monitoring, in the versions listed in Schedule 1, including documentation and updates released during the Warranty Period.

1.2 "Custom Deliverables" means the firing-profile library, the kiln-specific configuration files, the interface to Customer's production planning spreadsheet system and all reports written specifically for Customer under this Agreement.

1.3 "Customer Data" means all firing curves, temperature and atmosphere logs, glaze and clay recipes, batch records and any other data that Customer enters into, or the Software records for, Customer.

1.4 "Final Acceptance" means Customer's written confirmation under clause 5.4 that the acceptance criteria have been met.

2. LICENCE

2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen (14) kiln nodes and one supervisor server at Customer's premises in Yixing, for Customer's own business.

2.2 Customer may make copies for backup and for a test environment. Customer may move a licence from a retired kiln to a replacement kiln by written notice to Vendor, free of charge.

2.3 The Software, excluding the Custom Deliverables, remains Vendor's intellectual property.

3. PRICE

3.1 The total Contract Price is CNY 880,000, inclusive of VAT, made up as follows:

    Item                                             Qty    Unit price (CNY)   Amount (CNY)
    FornaceOS Kiln Node perpetual licence            14     36,500             511,000
    FornaceOS Supervisor perpetual licence           1      168,000            168,000
    Licence subtotal                                                           679,000
    Installation and kiln-profile configuration      1      146,000            146,000
    Migration of historical firing curves            1      38,000             38,000
    Training (operators and kiln masters)            1      17,000             17,000
    Contract Price                                                             880,000

3.2 The Contract Price is fixed. It includes travel, interpretation, import duties on any media and all taxes.

4. PAYMENT

4.1 Customer shall pay Vendor as follows, each within 20 days after receiving a correct VAT invoice:

(a) 20% of the Contract Price (CNY 176,000) after both parties have signed this Agreement;

(b) 35% of the Contract Price (CNY 308,000) after Vendor has installed the Software on all fourteen kilns and Customer has signed the Installation Certificate. The Installation Certificate confirms completion of installation only and is not acceptance;

(c) 45% of the Contract Price (CNY 396,000) after Final Acceptance.

4.2 Customer may withhold any disputed part of an invoice in good faith while the parties resolve the dispute.

5. DELIVERY, INSTALLATION AND ACCEPTANCE

5.1 Vendor shall complete installation within 70 days after signature and shall complete configuration and migration within 110 days after signature, according to the project plan in Schedule 2.

5.2 Installation shall be carried out between firing cycles agreed with Customer's kiln master. Vendor shall not interrupt a firing in progress.

5.3 After configuration, the parties shall run acceptance tests on every kiln. The acceptance criteria are:

(a) each kiln follows its programmed firing curve within plus or minus 3 degrees Celsius at the hold stages, measured against a calibrated reference thermocouple;

(b) three consecutive complete firings on each kiln are logged without data gaps and can be exported;

(c) the Supervisor shows live status of all fourteen kilns and raises an alarm within 10 seconds of a simulated thermocouple break;

(d) all historical firing curves listed in Schedule 2 have been migrated and reconciled;

(e) operators and kiln masters have completed the training.

5.4 When all criteria are met, Customer shall issue a Final Acceptance certificate within 10 working days. If a criterion is not met, Vendor shall correct the defect at its own cost and the tests shall be repeated. Installation, use of the Software in production or payment of any instalment does not amount to acceptance.

6. WARRANTY

6.1 Vendor warrants that the Software will perform substantially in accordance with its documentation and this Agreement for twenty-four (24) months from Final Acceptance (the "Warranty Period").

6.2 During the Warranty Period Vendor shall, free of charge, correct defects, provide updates and new releases, and provide the support described in clause 7.

7. SUPPORT AND SERVICE LEVELS

7.1 Vendor shall provide a Chinese-speaking support line and remote access support, through a connection that Customer opens for each session.

7.2 Incidents are classified and handled as follows:

Severity 1 - a kiln controller or the Supervisor fails during a firing, or firing data are being lost: response within 1 hour, remote diagnosis started immediately, engineer on site within 24 hours if the problem cannot be solved remotely.
Severity 2 - a function is impaired but firings can continue: response within 8 working hours, fix or workaround within 3 working days.
Severity 3 - questions and minor defects: response within 2 working days, fix in the next release.

7.3 If Vendor misses a Severity 1 response time, Vendor shall pay Customer CNY 1,000 for each hour or part of an hour of delay; if it misses a Severity 2 fix time, CNY 500 for each day of delay. Customer may deduct these amounts from any payment due.

8. POST-WARRANTY SUPPORT

8.1 After the Warranty Period Customer may order annual support. The annual support fee is 11% of the Licence subtotal, that is CNY 74,690 per year, and stays fixed for the first three years after the Warranty Period. Any later change must be agreed in writing.

8.2 Annual support covers the same services and service levels as clause 7, and is ordered by a separate purchase order each year. It does not renew automatically.

9. DELAY

9.1 If Vendor fails to achieve Final Acceptance by the date in Schedule 2 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.

9.2 If the delay exceeds 45 days, Customer may terminate this Agreement under clause 14.

10. CUSTOMER DATA AND DATA SECURITY

10.1 Customer Data belongs to Customer. Vendor may access Customer Data only to perform this Agreement and only on Customer's instructions, and shall not copy it outside Customer's systems or use it for any other purpose.

10.2 Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, use named engineers, log every remote session and delete any temporary copy made during support when the task ends.

10.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall help Customer contain it, and shall compensate Customer for losses caused by Vendor's breach of this clause.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all non-public information received from the other party, including Customer's glaze and clay recipes and firing techniques, and shall use it only for this Agreement.

11.2 This obligation survives termination for three years; for recipes and firing techniques it lasts indefinitely.

12. INTELLECTUAL PROPERTY

12.1 All rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver them, including source files, at Final Acceptance. Customer may use, modify and license them freely.

12.2 Vendor warrants that the Software does not infringe third-party rights and shall defend Customer against any such claim at its own cost.

13. LIABILITY

13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.

13.2 The limit does not apply to personal injury, intentional misconduct, infringement claims under clause 12.2, or breach of clauses 10 and 11.

14. SUBCONTRACTING AND TERMINATION

14.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice. Customer may also terminate under clause 9.2.

14.3 On termination by Customer for Vendor's breach, Vendor shall refund the amounts paid for the parts not accepted and compensate Customer's losses subject to clause 13.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall first be discussed in good faith. If it is not settled within 30 days, either party may submit it to the Wuxi Arbitration Commission for arbitration in Wuxi under its rules in force at that time. The award is final.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

16.2 This Agreement is signed in English and Chinese, in two originals of each language. Both versions are equally authentic.

Schedule 1 - Software versions and licence keys
Schedule 2 - Project plan, kiln list and historical data list

Signed for Customer: ____________________   Name and title: ____________________   Date: __________

Signed for Vendor: ____________________   Name and title: ____________________   Date: __________
"""


# ======================================================================== h264z02 (docx, zh) ==
Z02 = """T:DCS控制系统升级改造及维保合同
P:合同编号：ZJ-DCS-2026-08
P:甲方（买方）：江岸纸业股份有限公司
P:住所：江岸市滨江工业园纸业路1号
P:乙方（卖方）：恒拓自动化工程有限公司
P:住所：江岸市经济开发区创业大道88号
P:鉴于甲方二号纸机及制浆车间现有DCS系统已运行多年，备件停产、故障增多，甲方决定对其进行升级改造。乙方具备相应的工控系统集成资质和经验。双方经协商一致，订立本合同。
H:一、工作范围
P:1.1 乙方负责拆除二号纸机、制浆车间及化学品制备工段原有DCS控制站，提供并安装新一代DCS控制器、I/O卡件、操作员站及工程师站，提供DCS系统软件许可。
P:1.2 乙方负责原有控制逻辑、联锁程序、操作画面的迁移与优化，完成回路调试，并在甲方计划停机窗口内完成新旧系统切换。
P:1.3 乙方负责机柜改造、电缆敷设、系统接地及与甲方MES系统的数据接口。
P:1.4 乙方负责对甲方仪表、电气及操作人员进行培训，并在质保期满后按本合同第六条提供维保服务。
H:二、合同价格
P:2.1 本合同总价为人民币3,200,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|DCS控制站（含冗余控制器及电源）|12套|86,000|1,032,000
TB:2|I/O卡件|620块|1,150|713,000
TB:3|操作员站及工程师站|10台|23,500|235,000
TB:4|DCS系统软件许可（组态、历史库、操作员站授权）|1套|620,000|620,000
TB:|软硬件小计|||2,600,000
TB:5|停机切换实施及组态迁移|1项|468,000|468,000
TB:6|机柜改造及电缆敷设|1项|96,000|96,000
TB:7|培训|1项|36,000|36,000
TB:|合同总价|||3,200,000
P:2.2 上述价格为固定总价，包括设备、软件、包装运输、保险、安装调试、技术服务及税费。
H:三、付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%，即人民币320,000元，作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的25%，即人民币800,000元。到货签收不视为质量验收。
P:3.3 系统终验合格后，甲方支付合同总价的60%，即人民币1,920,000元。
P:3.4 其余5%即人民币160,000元为质量保证金，质保期满后10个工作日内无息支付。
H:四、交付、切换与验收
P:4.1 乙方应在合同生效后75日内完成设备到货，并在甲方安排的停机窗口内完成切换。停机窗口原则上为连续6日，具体日期由甲方书面通知。
P:4.2 出厂验收（FAT）：设备发货前，乙方在其工厂搭建测试平台，甲方派员参加，对控制器冗余切换、I/O通道精度、组态程序逐项测试，测试记录经双方签字。
P:4.3 现场验收（SAT）：切换完成后，乙方应完成全部回路测试和联锁测试；纸机连续运行72小时无因DCS原因造成的断纸或停机，控制器冗余切换无扰动，历史数据完整写入并可正常上传MES。
P:4.4 上述各项全部满足后，甲方在7个工作日内组织终验并出具终验证书。设备安装完毕或投入生产使用均不视为验收合格。
P:4.5 甲方负责提供现场施工用电、临时存放场地和停机窗口，并安排仪表、工艺人员配合回路测试；甲方原因导致停机窗口推迟的，交付期限相应顺延。
P:4.6 乙方应在切换前完成对甲方操作人员的仿真培训，在切换后完成对仪表和电气人员的组态维护培训，培训总时长不少于10个工作日，并提供中文培训教材。
P:4.7 乙方应在终验时移交竣工资料，包括系统配置清单、I/O点表、回路图、联锁说明、备份介质及操作维护手册，资料应真实、完整并与现场一致。
P:4.8 乙方应为本项目指定具备DCS项目经验的项目经理和调试工程师，在切换期间全程驻场，人员变更须经甲方同意。
P:4.9 乙方应在合同生效后20日内提交详细的停机切换方案和回退预案，经甲方审查同意后实施；切换过程中出现重大异常的，乙方应立即按回退预案恢复原系统运行，并承担由此产生的费用。
H:五、质量保证
P:5.1 质保期为十八个月，自终验合格之日起计算。
P:5.2 质保期内，乙方免费提供硬件维修和更换、软件缺陷修复和补丁升级，更换下的部件归乙方。
P:5.3 故障响应按下表执行：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|控制器故障或操作站全部失去监控，影响纸机运行|30分钟|2小时|8小时
TB:二级|单个控制站或部分回路异常，生产可维持|2小时|8小时|24小时
TB:三级|画面、报表等非关键问题|1个工作日|按需|5个工作日
P:5.4 乙方未按上表时限响应或到场的，每超过1小时，向甲方支付人民币2,000元，可从质量保证金中扣除。
H:六、质保期满后的维保服务
P:6.1 质保期满后，乙方按年度为甲方提供维保服务，内容包括定期巡检、备品备件更换、软件升级、7×24小时电话支持及上表所列的故障响应。
P:6.2 年度维保服务费按软硬件小计的26%计取，即每年人民币676,000元，于每个维保年度开始后30日内支付。该费用在本合同有效期内固定，不作调整。
P:6.3 甲方应在每个维保年度结束前确认是否继续，维保不自动续期。
H:七、数据与工控安全
P:7.1 DCS系统中的工艺参数、配方、控制逻辑、生产历史数据均属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:7.2 乙方进场调试须使用甲方提供的专用工程师站，不得接入外部网络或未经查杀的存储介质；远程维护须经甲方审批，并通过甲方工业防火墙和堡垒机进行，全程记录。
P:7.3 发生病毒感染、非法访问或数据泄露等安全事件的，乙方应在1小时内通知甲方并配合处置；因乙方原因造成的，乙方赔偿甲方全部损失，包括停产损失。
H:八、保密
P:乙方对知悉的甲方工艺、配方、产能及经营信息负保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:九、知识产权
P:9.1 为甲方迁移和新编写的组态程序、控制逻辑、操作画面及MES接口程序归甲方所有，甲方可自行修改和使用，乙方应在终验时移交完整的工程文件。
P:9.2 DCS系统软件产品的知识产权归其权利人所有，甲方依本合同取得永久使用许可。
H:十、分包
P:乙方可将机柜改造、电缆敷设等现场施工工作分包给具备资质的施工单位，但应在分包前5个工作日书面告知甲方分包单位名称。乙方对分包工作承担全部责任。
H:十一、违约责任
P:11.1 乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 因乙方原因导致切换超出停机窗口的，除支付前款违约金外，乙方还应赔偿甲方由此产生的直接停产损失。
P:11.3 甲方逾期付款的，每逾期一日，按应付未付金额的万分之三支付违约金。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后10日内未改正的，或逾期超过30日的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交江岸仲裁委员会仲裁，仲裁裁决是终局的。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备清单、技术规格书、停机切换方案。
P:甲方（盖章）：江岸纸业股份有限公司　　授权代表：　　　　日期：
P:乙方（盖章）：恒拓自动化工程有限公司　授权代表：　　　　日期：
"""


# ======================================================================== h264z03 (txt, zh) ==
Z03 = """诊所管理云服务订阅及实施合同

合同编号：PW-SaaS-2026-0093

甲方（订阅方）：安宠连锁动物医院管理有限公司
地址：成都市武侯区宠康路66号

乙方（服务方）：爪印云信息技术有限公司
地址：杭州市余杭区梦想小镇8幢

鉴于甲方在全国经营60家连锁宠物医院，需要统一的诊所管理系统，覆盖挂号、病历、检验、处方、药房、库存、会员及收银；乙方拥有“爪印云诊所管理平台”并以软件即服务方式提供。双方经友好协商，订立本合同。

一、服务内容

（一）乙方向甲方60家医院开通爪印云诊所管理平台标准版订阅，包括电子病历、检验影像对接、处方与药房、库存、会员营销、收银对账及总部经营分析驾驶舱。

（二）乙方负责实施服务：历史会员及病历数据迁移、60家医院的基础数据配置、与甲方现有检验设备（血球仪、生化仪）和财务系统的接口开发、分批上线及现场培训。

（三）新开医院可按本合同单价增加订阅，闭店医院可提前30日书面通知减少订阅，按月结算。

（四）乙方保证平台处方、病历等功能符合国家兽医处方管理及动物诊疗机构管理的相关规定，法规变化时乙方应在合理期限内免费完成适配。

二、服务期限

（一）订阅服务期为三十六个月，自首批医院上线之日起计算。

（二）服务期满前60日，任何一方未书面提出不续订的，本合同自动续期，每次续期二十四个月。续期时乙方有权根据其价格政策上调订阅单价，上调幅度不超过8%，以乙方书面通知为准。

三、费用

（一）订阅费：每家医院每月人民币1,180元，60家合计每月人民币70,800元，三十六个月合计人民币2,548,800元。

（二）实施费：人民币186,000元，包括数据迁移68,000元、配置及接口开发92,000元、培训26,000元。

（三）合同总金额：人民币2,734,800元（含6%增值税）。

四、付款方式

（一）订阅费按季度结算，每季度结束后15个工作日内，乙方提供服务报告和发票，甲方核对后支付该季度订阅费。

（二）实施费于全部60家医院上线验收合格后一次性支付。

（三）本合同不设预付款。

五、实施与上线验收

（一）乙方应在合同签订后90日内完成全部医院上线，首批10家医院应在45日内上线。

（二）每批医院上线前，乙方应完成数据迁移核对，会员、余额、病历数量与原系统一致；接口联调通过，检验结果可自动回传病历。

（三）全部医院上线后连续运行30日，未发生一级故障，收银日结与财务系统对账一致，甲方组织上线验收并签署验收单。

（四）仅完成系统开通或医院开始使用系统，不视为验收合格。

（五）验收不合格的，乙方应在10个工作日内整改完毕并重新提交验收；两次验收仍不合格的，甲方有权解除合同，乙方退还甲方已支付的全部费用。

六、服务水平

（一）平台月可用率不低于99.95%，计划维护应安排在凌晨2:00至6:00之间并提前48小时通知。

（二）故障分级：一级故障指任一医院无法开单、收费或查阅病历，乙方15分钟内响应，2小时内恢复；二级故障指部分功能异常，1小时内响应，8小时内恢复；三级问题2个工作日内答复。

（三）可用率每低于约定值0.01个百分点，扣减当月订阅费的2%；一级故障恢复每超时1小时，扣减当月订阅费的1%，当月扣减总额以当月订阅费为限。

（四）可用率按自然月统计，以乙方监控数据为基础，并以甲方医院的故障报告进行核对；因甲方网络或终端原因造成的中断不计入不可用时间。

七、数据权属与数据安全

（一）甲方及其医院录入和产生的全部数据，包括宠物病历、检验结果、处方、会员信息、交易记录，所有权归甲方。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的。

（二）乙方应将甲方数据存储于中国境内的数据中心，平台应通过网络安全等级保护三级测评，数据传输和存储加密，运维人员按最小权限访问并留存操作日志。

（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并承担由此给甲方造成的损失。

（四）合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，确认交付后删除其存储的甲方数据并出具删除证明。

八、知识产权

（一）爪印云平台本身的知识产权归乙方。

（二）乙方为甲方专门开发的接口程序、定制报表及驾驶舱配置，知识产权归甲方，乙方应提供源代码及文档，甲方可自行修改或委托第三方维护。

九、违约责任

（一）乙方未按本合同第五条约定期限完成全部医院上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。

（二）乙方违反第七条约定的，除赔偿损失外，甲方有权解除合同。

（三）乙方在本合同项下的累计赔偿责任，以损害事件发生前九个月内甲方已支付的订阅费总额为限，但乙方故意或重大过失造成的损失除外。

十、分包

乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除

（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已预收但未提供服务部分的费用。

（二）甲方逾期付款超过60日，经乙方催告后仍不支付的，乙方有权暂停服务。

（三）合同解除或期满终止的，乙方应给予甲方不少于60日的过渡期，过渡期内按原单价继续提供服务，并配合甲方将数据迁移至甲方指定的新系统，不得以任何理由拒绝、拖延数据交付或额外收取导出费用。

十二、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

十三、甲方的权利与义务

（一）甲方应指定总部项目负责人及各医院联络人，按上线计划提供医院网络环境、终端设备清单和历史数据导出文件，并组织医院人员参加培训。

（二）甲方应妥善保管平台账号和密码，及时为离职人员注销账号。因甲方人员泄露账号造成的损失，由甲方自行承担。

（三）甲方有权随时查看服务报告、可用率统计和故障记录，并可对乙方服务提出整改要求。

十四、服务支持、培训与报告

（一）乙方应提供7×24小时电话、在线工单和企业微信支持，并为甲方配备专属客户成功经理，负责需求对接、版本升级通知和季度服务回顾。

（二）乙方在上线阶段为每家医院提供不少于2日的现场培训，上线后每季度举办一次线上培训，新入职员工可随时使用乙方在线课程，不另收费。

（三）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单及处理情况、工单统计、版本变更和扣减金额计算。甲方对报告有异议的，双方在10个工作日内核对确认。

（四）平台版本升级不得降低已订阅功能或服务水平；涉及操作流程重大变化的，乙方应提前30日通知甲方并提供培训。

十五、其他

（一）本合同附件包括：医院清单、功能清单、接口清单、上线计划、服务报告模板。

（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

（三）本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：安宠连锁动物医院管理有限公司
授权代表：
日期：2026年  月  日

乙方（盖章）：爪印云信息技术有限公司
授权代表：
日期：2026年  月  日
"""


# ======================================================================== h264z04 (pdf, zh) ==
Z04 = """T:住房公积金业务系统运行维护服务采购合同
P:项目名称：市住房公积金管理中心业务系统运维服务（2026—2027年度）
P:采购方式：竞争性磋商　　采购编号：GZJ-CS-2026-026　　合同编号：GJJ-YW-2026-11
P:采购人（甲方）：某市住房公积金管理中心
P:供应商（乙方）：汇诚数智运维服务有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。
H:第一条 服务范围
P:1.1 乙方为甲方住房公积金综合业务系统、网上业务大厅、手机公积金、12329热线系统、数据共享交换平台及其所依托的数据库、中间件、服务器和存储提供运行维护服务。
P:1.2 服务内容包括：驻场值守与日常巡检、故障处理、应用系统缺陷修复及小额功能变更、数据库及中间件维护、备份恢复演练、安全巡检与漏洞修复、重大时点保障（年度结息、缴存基数调整期间）以及运维文档编制。
P:1.3 单项小额功能变更的工作量不超过20人日的，包含在本合同服务费内；超过部分另行协商。
P:1.4 乙方应在服务期开始后30日内完成系统现状评估，提交资产清单、风险清单和运维手册初稿，经甲方确认后作为后续考核依据。
H:第二条 服务期限
P:服务期自2026年7月1日起至2027年12月31日止，共十八个月。服务期满本合同即行终止，不自动续期；甲方如需继续采购，依法另行组织采购。
H:第三条 服务费用
P:3.1 本合同总价为人民币1,737,000元（含税），按月度服务费人民币96,500元乘以十八个月计算。
P:3.2 月度服务费构成：驻场运维服务（5人）58,000元；应用系统维护及小额变更21,500元；数据库及中间件维护11,000元；安全巡检与漏洞修复6,000元；合计96,500元。
P:3.3 上述费用包含人员、工具、备件以外的耗材、差旅及税费，服务期内不作调整。
H:第四条 付款方式
P:4.1 本合同不设预付款。
P:4.2 服务费按季度支付。每季度结束后，甲方依据第六条对乙方进行季度考核，考核结果确认后15个工作日内，甲方按考核扣减后的金额支付该季度服务费（服务期最后一个季度为两个月，按实际月数计算）。
P:4.3 乙方应在每次付款前开具合法有效的发票。付款通过财政国库集中支付办理。
H:第五条 服务水平
P:5.1 故障分级：一级故障指综合业务系统或网上业务大厅整体中断，全市柜台或线上业务无法办理；二级故障指部分业务功能或单个网点无法办理；三级故障指不影响业务办理的一般问题。
P:5.2 响应与处理时限：一级故障15分钟内响应，驻场人员立即处置，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
P:5.3 核心业务系统月可用率不低于99.95%。因甲方计划停机或外部网络、电力原因造成的中断不计入。
P:5.4 年度结息、缴存基数调整等重大时点，乙方应提前制定保障方案，安排专人值守。
P:5.5 乙方每半年至少组织一次数据库备份恢复演练和一次业务连续性应急演练，演练方案须经甲方审核，演练结果形成书面报告。
P:5.6 乙方应于每月5日前提交上月运维月报，内容包括巡检结果、故障及处理情况、变更记录、安全漏洞及修复进度和下月工作计划。
H:第六条 考核与验收
P:6.1 甲方按附件《运维服务考核指标表》进行季度考核，考核指标包括故障响应及时率、故障解决率、可用率、巡检完成率、备份恢复演练、文档及时性和用户满意度，满分为100分。
P:6.2 季度考核得分90分以上的，全额支付；80分至89分的，扣减当季服务费的3%；70分至79分的，扣减8%；低于70分的，扣减20%并由乙方提交整改报告。
P:6.3 一级故障响应超时或恢复超时的，每次另行扣减人民币3,000元；月可用率低于约定值的，每低0.01个百分点扣减人民币1,000元。
P:6.4 服务期满前30日，甲方组织终期验收，验收标准为：各季度考核均已完成且无未整改事项；运维文档、配置台账、账号清单、脚本及源代码完整移交；完成与后续服务单位的交接演练。未经终期验收，乙方的服务义务不因期满而解除。
P:6.5 季度考核由甲方信息科组织，乙方项目经理参加；乙方对考核结果有异议的，可在收到结果后5个工作日内书面提出，甲方应在10个工作日内复核并答复，复核结果为最终结果。
H:第七条 人员要求
P:7.1 乙方驻场人员不少于5名，其中项目经理1名、应用运维工程师2名、数据库工程师1名、安全工程师1名，人员须具备磋商响应文件中承诺的资质。
P:7.2 乙方人员应遵守甲方管理制度，签订保密承诺书；更换驻场人员须提前10个工作日书面征得甲方同意，且新人员资历不低于原人员。
P:7.3 乙方人员未按约定到岗的，每缺一人日，扣减人民币800元。
P:7.4 乙方应为驻场人员配备运维所需的工具软件和个人防护用品，所用工具软件须为正版且经甲方安全检测，不得在甲方环境安装未经批准的程序。
H:第八条 数据安全
P:8.1 系统中的缴存职工个人信息、账户余额、贷款信息及业务数据均属于甲方，乙方仅能为履行本合同在甲方授权范围内访问，不得复制、下载、留存或用于任何其他目的。
P:8.2 乙方运维操作须通过甲方堡垒机进行，禁止使用个人终端和移动存储介质，生产数据不得带出甲方机房；测试需要的数据由甲方脱敏后提供。
P:8.3 乙方应落实网络安全等级保护三级要求，发现安全漏洞或安全事件应在1小时内报告甲方，并按应急预案处置。因乙方原因造成数据泄露、篡改、丢失的，乙方承担全部法律责任和赔偿责任。
H:第九条 保密
P:乙方对履约中获得的甲方工作秘密、业务数据、系统架构、账号口令等负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后持续有效。
H:第十条 知识产权
P:乙方在服务中为甲方编写的运维脚本、运维文档、缺陷修复及小额变更所形成的源代码，知识产权归甲方所有，乙方应随时按甲方要求交付。
H:第十一条 分包与转包
P:乙方不得转包或分包本合同项下的任何服务。
H:第十二条 违约责任
P:12.1 乙方未按约定日期完成人员进场及与原服务单位交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方连续两个季度考核低于70分，或发生因乙方原因导致的重大数据安全事件的，甲方有权解除合同。
P:12.3 甲方未按约定付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:第十三条 合同解除
P:乙方严重违反本合同约定，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失；乙方应配合做好服务交接，交接期内继续履行服务义务。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同附件：磋商文件、响应文件、成交通知书、运维服务考核指标表、系统清单。本合同一式五份，甲方三份，乙方二份，经双方盖章后生效，并按规定在政府采购网公告。
P:甲方（盖章）：某市住房公积金管理中心　　　乙方（盖章）：汇诚数智运维服务有限公司
P:代表人签字：　　　　　　　　　　　　　　　代表人签字：
P:日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""


# ======================================================================== h264z05 (md, zh) ==
Z05 = """# 析源LIMS实验室信息管理系统软件许可及实施合同

**（析源软件标准合同文本 V4.0）**

合同编号：XY-LIMS-2026-0158

**甲方（用户）：** 鲜味坊酿造食品股份有限公司
地址：佛山市高明区酱园路3号

**乙方（供方）：** 无锡析源软件有限公司
地址：无锡市新吴区软件园三期B座

甲方为满足酱油及调味品生产过程质量检测、原辅料检验和成品放行管理的需要，向乙方采购析源LIMS实验室信息管理系统软件许可及定制开发、实施服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

---

### 1. 合同标的

1.1 乙方向甲方提供析源LIMS V8软件许可（50个并发用户，含样品管理、检验任务、仪器数据采集、质量标准库、报告及放行模块）。

1.2 乙方根据甲方需求进行定制开发，包括：发酵过程（制曲、发酵、压榨、灭菌）理化指标监测模块；原料（大豆、小麦、食盐）批次追溯模块；与甲方ERP及MES系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化、质量标准录入及用户培训。

### 2. 合同价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 析源LIMS V8软件许可（50并发用户） | 540,000 |
| 2 | 定制开发（发酵监测、原料追溯、ERP/MES接口） | 410,000 |
| 3 | 实施及数据初始化 | 118,000 |
| 4 | 培训 | 22,000 |
| | 合计 | 1,090,000 |

合同总价为人民币1,090,000元（含税）。

### 3. 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的45%，即人民币490,500元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后，甲方支付合同总价的55%，即人民币599,500元。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延。

### 4. 实施与交付

4.1 乙方在收到预付款后120日内完成系统部署及定制开发，并在甲方环境上线运行。

4.2 甲方应按乙方要求提供检验流程、质量标准、仪器清单及接口资料；因甲方资料提供不及时导致的延期，乙方不承担责任。

4.3 甲方负责提供服务器、数据库、操作系统及网络环境，并保证其符合乙方提出的配置要求。运行环境由甲方负责维护，因运行环境导致的系统问题不属于乙方责任。

4.4 实施过程中，甲方提出超出附件《需求规格说明书》范围的需求，视为需求变更，乙方有权另行报价并相应顺延工期。需求规格说明书由乙方根据调研情况编写，经甲方签字确认后生效。

4.5 乙方负责采集高效液相色谱仪、气相色谱仪、氨基酸态氮自动滴定仪、盐度计等仪器数据，仪器厂商不开放数据接口的，乙方不承担采集义务。

4.6 乙方派驻现场的实施人员不少于2名，现场实施时间累计不超过60个工作日；超出部分按每人日人民币2,800元另行计费。

4.7 乙方为甲方提供系统管理员培训和最终用户培训各一次，培训地点在甲方现场，培训人数合计不超过30人。甲方新增培训需求的，按乙方培训收费标准另行计费。

4.8 乙方提供电子版用户手册和管理员手册，手册内容以乙方产品标准版本为准。

### 5. 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可通过乙方客服系统提交，乙方在维护期内处理。

### 6. 维护服务

6.1 乙方自系统上线之日起提供九个月免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：甲方报告一级（紧急）故障的，乙方在8小时内响应；其他故障在3个工作日内响应。乙方将尽力排除故障，但不对排除时限作出承诺。

6.3 乙方对故障响应或处理时限不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准执行。

6.5 免费维护不包括：甲方擅自修改系统或数据库造成的问题；运行环境、网络或第三方软件引起的问题；新增功能或报表需求；因甲方业务变化需要调整的配置。上述服务乙方可按人日另行收费。

6.6 乙方提供的维护服务以远程方式为主，确需到现场的，差旅费用由甲方承担。

### 7. 知识产权

7.1 析源LIMS软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的发酵监测模块、原料追溯模块、接口程序及相关源代码、文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或转让。

### 8. 数据

8.1 甲方录入系统的检验数据、配方及工艺参数归甲方所有。乙方应采取必要的技术措施保护甲方数据安全，因乙方原因造成数据泄露或丢失的，乙方承担相应责任；发现安全事件的，乙方应在24小时内通知甲方。

8.2 甲方同意，乙方可将甲方检验数据经脱敏处理后，用于乙方产品改进、算法训练及调味品行业质量分析报告，该等使用不需另行征得甲方同意，也不向甲方支付费用。

### 9. 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意，不得向第三方披露。本条义务在合同终止后两年内有效。

### 10. 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的25%。乙方不承担甲方的间接损失、利润损失或数据损失。

10.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

### 11. 合同解除

11.1 一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。

11.2 合同解除后，乙方已收取的预付款中对应已完成工作的部分不予退还。

11.3 因甲方原因导致项目暂停超过90日的，乙方有权解除合同，甲方应支付乙方已完成工作的费用，并承担乙方为本项目发生的人员及差旅成本。

11.4 合同解除或终止后，甲方应停止使用乙方定制开发的模块，软件许可部分按甲方已付款项对应的范围继续有效。

### 12. 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

### 13. 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。争议处理期间，双方应继续履行本合同中不涉及争议的部分，乙方有权在甲方付清到期款项前暂停维护服务。

### 14. 其他

14.1 本合同为乙方标准合同文本，双方对条款已充分理解。本合同未尽事宜，双方另行协商。

14.2 乙方有权在不降低主要功能的前提下对LIMS产品进行版本升级，升级后的版本适用本合同约定的许可范围。甲方不得在乙方授权范围之外部署、复制或转让软件，也不得允许关联公司使用。

14.3 双方往来通知以书面形式送达本合同首页所列地址，或通过双方指定的电子邮箱发送，发出后第三日视为送达。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：鲜味坊酿造食品股份有限公司　　代表：　　　日期：

乙方（盖章）：无锡析源软件有限公司　　　　　代表：　　　日期：
"""


# ======================================================================== h264e02 (md, en) ==
E02 = """# ORDER FORM No. RSV-2026-0447

**Réservia Booking Cloud - Subscription Order Form**

This Order Form is entered into between **Réservia SAS**, a French société par actions simplifiée with its registered office on the Île Besnard, France ("**Réservia**"), and **Guilin Lijiang Karst Cave Tourism Co., Ltd.**, a company incorporated in the People's Republic of China, 88 Qixing Road, Guilin, Guangxi ("**Customer**"). It incorporates the Réservia General Terms of Service set out in Part B (the "**General Terms**"). Order Form and General Terms together form the "**Agreement**". If they conflict, this Order Form prevails.

## Part A - Order details

**A1. Services.** Réservia Booking Cloud, Enterprise edition, for Customer's three show caves (Reed Flute Grotto Annex, Silver Dragon Cave and Crown Hollow) and its river-boat transfers: online ticketing in Chinese and English, timed-entry slots, group and travel-agency bookings, QR-code gate validation, WeChat and Alipay payment connectors, capacity dashboards and the daily settlement report.

**A2. Subscription Term.** Twenty-four (24) months from the Subscription Start Date, which is the date of Go-Live Acceptance under A6.

**A3. Fees.** At Customer's request all fees are stated and payable in Chinese Renminbi (CNY), inclusive of VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Enterprise subscription, 3 caves, unlimited tickets | CNY 26,800 per month x 24 months | 643,200 |
| Onboarding: configuration, gate integration, data import, training | one-time | 58,000 |
| **Total fees under this Order Form** | | **701,200** |

**A4. Invoicing.** The subscription fee is invoiced monthly in arrears, on the last business day of each month, and is payable within 30 days. The onboarding fee is invoiced after Go-Live Acceptance. No fee is payable before the Subscription Start Date.

**A5. Onboarding plan.** Réservia will configure the platform, connect the 14 turnstiles at the three cave entrances, import the travel-agency accounts and price lists supplied by Customer, and train Customer's ticket office and agency desk staff, so that Go-Live Acceptance can take place within 60 days after signature of this Order Form.

**A6. Go-Live Acceptance.** Before Go-Live, the parties will run the acceptance tests listed in Annex 1, including: booking and payment of 200 test tickets across all ticket types and channels; gate validation of valid, used and expired QR codes at every turnstile; refund and rebooking flows; reconciliation of the daily settlement report with the WeChat and Alipay statements to the cent; and a load test of 3,000 bookings in ten minutes. Customer signs the Go-Live Acceptance certificate when all tests pass. Use of the platform in a trial period does not amount to acceptance.

**A7. Late Go-Live.** If Go-Live Acceptance is not reached within the period in A5 for reasons attributable to Réservia, Réservia shall pay Customer CNY 800 for each day of delay, up to CNY 40,000, and Customer may deduct this amount from the onboarding fee.

**A8. Renewal.** After the Subscription Term the Agreement renews for successive periods of six months at the same fees, unless either party gives notice of non-renewal at least 30 days before the end of the current period.

**A9. Contacts.** Réservia: customer success manager for Asia, Shanghai office. Customer: head of digital ticketing.

## Part B - General Terms of Service

**1. Provision of the Services**

1.1 Réservia will make the Services available to Customer during the Subscription Term in accordance with the Agreement and the documentation.

1.2 Réservia will use commercially reasonable efforts to keep the Services available and to minimise planned maintenance during Customer's opening hours. Réservia does not commit to any particular level of availability or performance.

1.3 Customer may contact the Réservia help desk by e-mail and through the customer portal. Requests are handled on business days during Réservia's support hours, in the order received. Réservia does not guarantee any response or resolution time.

1.4 Réservia may update the Services from time to time, provided that an update does not materially reduce the functionality ordered in A1.

**2. Customer responsibilities**

2.1 Customer is responsible for its turnstiles, local network and ticket office equipment, for the accuracy of the prices and capacities it enters, and for the conduct of its users.

2.2 Customer shall keep user credentials secure and shall inform Réservia promptly of any suspected misuse.

**3. Customer Data**

3.1 "Customer Data" means the visitor bookings, names and contact details, ticket and payment records, travel-agency accounts and other data that Customer or its visitors enter into the Services. As between the parties, Customer owns the Customer Data.

3.2 Customer grants Réservia the right to process Customer Data to provide the Services.

3.3 Réservia may also compile anonymised and aggregated data derived from Customer Data, such as visitor volumes, booking lead times and itinerary patterns, and may use such data during and after the Subscription Term to improve its products, to develop forecasting features and to publish tourism market insights and benchmarks. Such aggregated data does not identify Customer or any visitor and is owned by Réservia.

**4. Data security**

4.1 Customer Data is hosted in a data centre in mainland China operated by Réservia's named hosting provider (Annex 2), on systems that hold a valid MLPS level 3 record.

4.2 Réservia shall implement and maintain the technical and organisational measures described in Annex 2, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and daily backups kept in mainland China.

4.3 Réservia shall comply with the Personal Information Protection Law and the Data Security Law in respect of visitor personal information.

4.4 Réservia shall notify Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, shall take measures to contain it, and shall be responsible for the losses Customer suffers as a result of an incident caused by Réservia's breach of this section.

**5. Confidentiality**

5.1 Each party shall keep the other party's Confidential Information confidential, use it only for the Agreement and disclose it only to its staff and advisers who need to know it and are bound by similar duties.

5.2 These obligations continue for three years after the Agreement ends.

**6. Intellectual property**

6.1 Réservia owns the Services, the platform and all improvements to them.

6.2 The ticket-type configurations, price rules, booking widgets designed for Customer's website and the report templates created specifically for Customer under the Agreement ("Customer Configurations") belong to Customer. Customer may use, copy, modify and license them freely, including for use with another provider.

**7. Subcontractors**

7.1 Réservia may use the hosting provider named in Annex 2. Réservia shall not appoint any other subcontractor for the Services without Customer's prior written consent, and remains liable for all subcontractors.

**8. Liability**

8.1 Each party's total liability arising out of the Agreement is limited to 150% of the total fees under the Order Form.

8.2 The limit does not apply to breach of sections 4 and 5, personal injury, fraud or wilful misconduct.

8.3 Neither party is liable for loss of profit or indirect loss, except in the cases in 8.2.

**9. Term and termination**

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.

9.2 Either party may terminate immediately if the other party becomes insolvent or ceases business.

9.3 On termination or expiry Réservia shall, at Customer's choice, return all Customer Data in a common machine-readable format within 30 days and then delete it, and certify the deletion in writing.

**10. Fees and taxes**

10.1 Fees are as stated in the Order Form. Réservia shall issue valid Chinese VAT invoices through its local entity.

10.2 Late payment bears interest at the loan prime rate published by the National Interbank Funding Center.

**10A. Suspension and force majeure**

10.3 Réservia may suspend access only if an invoice that is not disputed in good faith remains unpaid 30 days after a written reminder, or to the extent strictly necessary to stop an ongoing attack on the Services. Réservia shall give Customer as much notice as the circumstances allow and restore access as soon as the cause has been removed.

10.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, floods affecting the caves, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents performance for more than 60 days, either party may terminate the Agreement by notice, and Customer shall pay only for the Services provided until then.

**11. Governing law and disputes**

11.1 At Customer's request the Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guilin Arbitration Commission for arbitration in Guilin. The award is final and binding on both parties.

**12. Miscellaneous**

12.1 Notices must be in writing and sent to the contacts in A9. Changes to the Agreement must be in writing and signed by both parties.

12.2 The Agreement is made in English and Chinese; both versions are equally authentic.

Annex 1 - Go-Live acceptance tests
Annex 2 - Hosting provider and security measures

**Signed for Réservia SAS:** ____________________ Name / title: ____________ Date: ________

**Signed for Customer:** ____________________ Name / title: ____________ Date: ________
"""


# ======================================================================== h264e03 (docx, en) ==
E03 = """T:Supply and Installation Contract - Soil-Moisture Monitoring System
P:Contract No.: TH-AGRI-2026-052
P:Buyer: Aksu Tianhe Cotton Farming Co., Ltd., a company incorporated in the People's Republic of China, Farm Road 7, Awati County, Aksu Prefecture, Xinjiang (the "Buyer").
P:Supplier: Feldsensorik GmbH, a company incorporated in Germany, with its registered office on the Insel Pulitz, Germany (the "Supplier").
P:This Contract is issued on the Buyer's standard form for equipment purchases. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Background and scope
P:1.1 The Buyer farms about 4,200 hectares of drip-irrigated cotton in three blocks near Awati. It wishes to schedule irrigation from measured soil moisture instead of fixed rotations, and has selected the Supplier after a competitive enquiry.
P:1.2 The Supplier shall supply, install, calibrate and commission a soil-moisture monitoring system consisting of multi-depth soil-moisture and temperature probes, LoRaWAN gateways, automatic weather stations and the FeldView irrigation analytics software, and shall integrate it with the Buyer's drip-irrigation valve controllers.
P:1.3 The Supplier shall train the Buyer's agronomists, irrigation crews and IT staff, and shall provide warranty service as set out in Article 7.
H:Article 2 Definitions
P:2.1 "System" means all equipment, software and documentation to be delivered under this Contract, as listed in Annex 1.
P:2.2 "Final Acceptance" means the Buyer's signed certificate issued under Article 5.4.
P:2.3 "Field Data" means all soil, weather, irrigation and crop data collected by the System, and all data derived from it for the Buyer.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 2,190,000, including VAT, customs duties, freight to the farm, insurance and all other costs of the Supplier. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth soil-moisture and temperature probe (10/30/60/90 cm)|320|3,850|1,232,000
TB:2|LoRaWAN gateway with solar power kit|16|14,500|232,000
TB:3|Automatic weather station|8|26,000|208,000
TB:4|FeldView irrigation analytics software, perpetual licence|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||1,858,000
TB:5|Installation, calibration and commissioning|1|214,000|214,000
TB:6|Integration with drip-irrigation valve controllers|1|96,000|96,000
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||2,190,000
H:Article 4 Payment
P:4.1 Within 15 working days after signature of this Contract and receipt of the Supplier's invoice, the Buyer shall pay 45% of the Contract Price (CNY 985,500) as an advance payment, so that the Supplier can order the probes from its factory in Germany.
P:4.2 After delivery of all equipment to the farm and the Buyer's signature of the delivery note, the Buyer shall pay 35% of the Contract Price (CNY 766,500). The delivery note confirms quantities and visible condition only.
P:4.3 After Final Acceptance the Buyer shall pay the remaining 20% of the Contract Price (CNY 438,000).
P:4.4 All payments are made by bank transfer in CNY to the Supplier's account with a bank in mainland China, against a valid VAT invoice issued by the Supplier's Shanghai representative company.
H:Article 5 Delivery, installation and acceptance
P:5.1 The Supplier shall deliver all equipment to the Buyer's central store at Block 2 by 20 March 2027 and shall complete installation before the first irrigation of the 2027 season, as shown in the project schedule in Annex 2.
P:5.2 If the Supplier expects a delay, it shall inform the Buyer in writing at once, state the reasons and propose a revised schedule. The parties shall then agree the revised dates in good faith.
P:5.3 After commissioning, the System shall run in the field for 30 consecutive days. During this period the parties shall verify that: (a) each probe reads volumetric water content within plus or minus 3 percentage points of gravimetric samples taken by the Buyer at ten reference points per block; (b) at least 98% of scheduled probe readings reach the FeldView server; (c) every weather station reports temperature, humidity, wind, rainfall and evapotranspiration every ten minutes; (d) irrigation recommendations are generated daily for every valve zone and can be sent to the valve controllers; and (e) all documentation in Annex 1 has been handed over.
P:5.4 When all criteria in 5.3 are met, the Buyer shall sign a Final Acceptance certificate within seven working days. If any criterion is not met, the Supplier shall correct the System at its own cost and the field run shall be repeated for the affected part. Delivery, installation or use of the System during the season does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the System is new, free from defects in materials and workmanship, and conforms to the specifications in Annex 1 for 24 months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Supplier shall repair or replace any defective equipment free of charge, including transport to and from the farm, and shall provide software updates without charge. Probes damaged by farm machinery or by the Buyer's staff are excluded.
H:Article 7 Service levels
P:7.1 The Supplier shall operate a support hotline with Chinese-speaking engineers and keep a stock of spare probes and one spare gateway in Urumqi.
P:7.2 Severity 1 (a gateway is down, or more than 10% of the probes in a block stop reporting during the irrigation season): response within 2 hours, engineer on site within 48 hours, restoration within 72 hours. Severity 2 (individual probes or a weather station fail): response within 8 hours, repair or replacement within 7 days. Severity 3 (questions, minor software defects): response within 2 working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response time, and for each day by which it exceeds a Severity 1 restoration time, the Supplier shall credit the Buyer CNY 500 and CNY 3,000 respectively, to be deducted from any amount due or paid by the Supplier on demand.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order support for three further years at an annual fee of 7.5% of the Equipment and Licence Subtotal, namely CNY 139,350 per year, fixed for those three years. Support covers the same services and service levels as Article 7.
P:8.2 Support is ordered by purchase order for each year and does not renew automatically.
H:Article 9 Field Data and data security
P:9.1 Field Data belongs to the Buyer. The Supplier may access it only to perform this Contract and shall not copy, transfer or use it for any other purpose.
P:9.2 The FeldView server is installed on the Buyer's own server at the farm office. The Supplier's remote access requires the Buyer's approval for each session, multi-factor login and a session log. No Field Data may be transferred outside mainland China.
P:9.3 The Supplier shall comply with the PRC Data Security Law, notify the Buyer within 12 hours of any security incident affecting the System or Field Data, assist in containing it, and compensate the Buyer for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received in connection with this Contract, including the Buyer's yields, irrigation plans and land records, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:Article 11 Intellectual property
P:11.1 The calibration models developed for the Buyer's soils, the integration software for the valve controllers, and all reports and configurations made for the Buyer belong to the Buyer. The Supplier shall deliver them with source code at Final Acceptance, and the Buyer may use, modify and license them without restriction.
P:11.2 The FeldView software and the probe firmware remain the Supplier's property and are licensed to the Buyer perpetually under Article 3.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the works without the Buyer's prior written consent, and remains fully responsible for any subcontractor the Buyer approves.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the System fails the field run twice.
P:13.2 On termination under 13.1, the Supplier shall refund all amounts paid for equipment and services not accepted and compensate the Buyer's direct losses.
H:Article 14 Force majeure
P:14.1 Neither party is liable for a delay caused by force majeure, such as sandstorms, floods, epidemics or export restrictions, provided it notifies the other party within seven days and uses its best efforts to limit the effect.
H:Article 15 Governing law and disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be settled by negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Urumqi Arbitration Commission for arbitration in Urumqi. The award is final.
H:Article 16 Miscellaneous
P:16.1 This Contract is made in Chinese and English, two copies of each, and both versions are equally authentic. Changes must be in writing and signed by both parties.
P:Annex 1: Equipment specifications and documentation list. Annex 2: Project schedule and block map.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________ (seal)
P:Date: ______________    Date: ______________
"""


# ======================================================================== h264e04 (txt, en) ==
E04 = """MANAGED FIREWALL SERVICES AGREEMENT

Reference: MS-FW-2026-118

THIS AGREEMENT is made between

MURALHA SEGURA, LDA., a private limited company incorporated in Portugal, with its registered seat on the Ilhéu Caroço, Portugal ("Provider"),

and

DONGGUAN HONGMU HOME FURNISHING MANUFACTURING CO., LTD., a company incorporated in the People's Republic of China, with its registered address at 16 Houjie Furniture Avenue, Dongguan, Guangdong ("Customer").

RECITALS

(A) Customer manufactures solid-wood and upholstered furniture at two factories in Houjie and Dalingshan, runs a design centre and a showroom in Dongguan, and operates a warehouse and an export office in Shenzhen. Its sites are connected to each other and to cloud services for its ERP, e-commerce and design systems.

(B) Provider designs and operates managed network-security services from its security operations centre and through local engineering partners approved under this Agreement.

(C) Customer wishes to outsource the operation of its perimeter firewalls to Provider on the terms below. At Customer's request all charges are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Services" means the managed firewall services described in clause 2 and Schedule 1.

1.2 "Sites" means the six Customer locations listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 "Customer Data" means configurations, rule bases, traffic logs, security event records and any other data relating to Customer's networks that Provider obtains or generates in providing the Services.

2. SERVICES

2.1 Provider shall supply and install a high-availability pair of next-generation firewalls at each factory and a single firewall at each of the other four Sites, remaining Provider's property, and shall operate them for Customer.

2.2 The Services include: design of the rule base; change management for rule requests; firmware and signature updates; intrusion-prevention and URL-filtering policies; site-to-site VPN and remote-access VPN for up to 180 users; 24x7 monitoring of device health and security events; monthly reports; and a quarterly review meeting.

2.3 Provider shall handle standard rule changes within one business day and emergency rule changes within 2 hours of Customer's request.

3. TERM AND CHARGES

3.1 The Services run for thirty-six (36) months from the Service Commencement Date. The Agreement does not renew automatically; any extension requires a written amendment signed by both parties.

3.2 The charges are:

    Charge                                                      CNY
    Onboarding (design, installation, migration), one-time     72,000
    Monthly Recurring Charge, 6 Sites                          48,600 per month
    Monthly Recurring Charge x 36 months                       1,749,600
    Total Contract Value                                        1,821,600

3.3 The charges include the hardware, software licences, security subscriptions, installation, operation and all taxes. They do not change during the term.

3.4 Provider invoices the onboarding charge after the Service Commencement Date. The Monthly Recurring Charge is invoiced quarterly in arrears. Customer pays within 30 days of a correct VAT invoice. No amount is payable in advance.

4. ONBOARDING AND SERVICE ACCEPTANCE

4.1 Provider shall complete onboarding within 45 days after signature of this Agreement, following the cut-over plan agreed with Customer's IT manager. Cut-overs at the factories shall take place on Sundays.

4.2 Before Service Acceptance, Provider shall demonstrate at each Site: (a) the agreed rule base is in force and matches the approved design document; (b) failover of each firewall pair completes without dropping established sessions; (c) site-to-site VPNs and remote-access VPN work for test users at every Site; (d) logs reach Provider's monitoring platform and the Customer portal; and (e) a vulnerability scan of the external addresses shows no critical finding.

4.3 When the demonstration succeeds and the Sites have run for seven days without a Priority 1 incident, Customer shall sign the Service Acceptance certificate. Installation or use of the firewalls before then is not acceptance.

4.4 If Provider does not reach Service Acceptance within the period in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

5. SERVICE LEVELS AND CREDITS

5.1 Firewall service availability at each factory shall be at least 99.95% per calendar month, excluding planned maintenance notified five business days in advance and carried out on Sundays.

5.2 Incidents are handled as follows:
- Priority 1 (a Site has lost internet or VPN connectivity, or a security breach is suspected): response within 15 minutes, engineer working continuously until restored, restoration target 2 hours;
- Priority 2 (degraded performance or loss of redundancy): response within 1 hour, restoration within 8 hours;
- Priority 3 (other faults and requests): response within one business day.

5.3 If availability at a factory falls below the level in 5.1, Provider shall credit 5% of that month's Monthly Recurring Charge for each started 0.1 percentage point of shortfall, up to 50% of that charge. For each started 30 minutes by which Provider exceeds a Priority 1 response or restoration target, Provider shall credit CNY 800. Credits are deducted from the next invoice.

5.4 Provider shall send Customer a monthly report showing availability per Site, incidents and their handling times, changes made, blocked threats and credits due.

5.5 Customer shall provide rack space, power and internet circuits at each Site, name an IT contact who can approve rule changes, and give Provider's engineers escorted access to the Sites during working hours and, for Priority 1 incidents, at any time. Service levels do not apply to the extent that a failure is caused by Customer's internet carrier, by power loss at a Site, or by changes that Customer makes to the devices without Provider's agreement.

5.6 Provider shall keep spare firewalls of each model in Dongguan so that a failed unit can be replaced within the restoration targets.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall process it only to provide the Services and on Customer's documented instructions, and shall not sell, disclose or use it for any other purpose, including in aggregated or anonymised form.

6.2 Logs and configurations are stored on servers in mainland China. Provider's engineers access Customer's devices only through a jump host with multi-factor authentication; every session is recorded and the records are available to Customer.

6.3 Provider shall maintain ISO 27001 certification for the Services, comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and apply the security measures in Schedule 2.

6.4 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer's networks or Customer Data, take immediate containment measures and cooperate with Customer's investigation. Provider is liable for losses caused to Customer by its breach of this clause 6.

6.5 At the end of the Agreement Provider shall hand over all configurations and logs in a readable format and then securely erase Customer Data from its systems and from the returned devices, and confirm this in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including Customer's network design, product designs and customer lists, and shall use it only for this Agreement.

7.2 The obligation continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The rule bases, network and security designs, configuration files and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and disclose them freely, including to a successor provider.

8.2 Provider's tools, templates and know-how remain Provider's property.

9. SUBCONTRACTING

9.1 Provider's local engineering partner for on-site work in Guangdong is named in Schedule 1 and is approved by signature of this Agreement. Provider shall not use any other subcontractor without Customer's prior written consent.

9.2 Provider remains responsible for its subcontractors as for its own staff.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value.

10.2 The limit does not apply to breach of clauses 6 and 7, personal injury, fraud or wilful misconduct.

11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days of notice, or if availability at a factory falls below the level in 5.1 in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On termination or expiry Provider shall support the transfer of the Services to Customer or a new provider for up to 60 days at the same charges, and shall remove its devices after the new firewalls are in service.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of Portugal.

12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Lisbon under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, by a sole arbitrator, in the English language.

13. GENERAL

13.1 This Agreement, with Schedule 1 (Sites, devices and local partner) and Schedule 2 (Security measures), is the entire agreement of the parties on its subject.

13.2 Changes must be in writing and signed by both parties. Notices are sent to the addresses above, with a copy by e-mail.

Signed for Provider: ____________________   Name and title: ____________________   Date: __________

Signed for Customer: ____________________   Name and title: ____________________   Date: __________
"""


# ======================================================================== h264e05 (pdf, en) ==
E05 = """T:Data Subscription Agreement - AduanaLink Customs Data API
P:Agreement number: ADL-CN-2026-0209
P:Between: Aduanadata S.L., a Spanish limited company with its registered office on the Isla de Mazarrón, Spain ("Aduanadata"); and Guangzhou Haitong Cross-Border E-Commerce Co., Ltd., a company incorporated in the People's Republic of China, Tianhe District, Guangzhou ("Customer").
P:Customer sells consumer goods to buyers in Europe, Latin America and South-East Asia through marketplaces and its own online stores. It needs up-to-date tariff classifications, duty and tax rates, import restrictions and customs documentation rules for its destination markets, delivered into its order-management and logistics systems. Aduanadata compiles this information and makes it available through the AduanaLink API. At Customer's request all fees in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "API" means the AduanaLink application programming interface, its documentation and the sandbox environment.
P:1.2 "Reference Data" means the tariff, duty, tax, restriction and documentation data provided by Aduanadata through the API.
P:1.3 "Customer Inputs" means the product descriptions, SKU lists, HS code proposals, declared values, shipment manifests, order references and any other information that Customer submits to the API.
P:1.4 "Subscription Term" means the period in clause 3.1.
H:2. Subscription
P:2.1 Aduanadata grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API from Customer's systems, to use the Reference Data in its own import and export operations, and to display Reference Data to its staff and logistics partners in connection with Customer's own shipments.
P:2.2 The subscription covers the Enterprise plan: 34 destination countries, up to 1,500,000 API calls per quarter, HS classification suggestions, landed-cost calculation and restricted-goods screening. Calls above the quarterly allowance are charged at CNY 0.06 per call.
P:2.3 Customer shall not resell the Reference Data or make it available as a stand-alone data product.
H:3. Term and fees
P:3.1 The Subscription Term is twenty-four (24) months from the date on which Aduanadata issues the production API keys.
P:3.2 Fees:
TB:Item|Basis|Amount (CNY)
TB:Enterprise subscription|CNY 84,000 per quarter x 8 quarters|672,000
TB:Integration support (mapping of Customer's SKU catalogue, connector for Customer's order-management system, two workshops)|one-time|36,000
TB:Total fixed fees||708,000
P:3.3 The subscription fee is invoiced at the end of each calendar quarter for that quarter. The integration support fee is invoiced after Integration Acceptance under clause 4. Overage charges are invoiced quarterly. Invoices are payable within 30 days. No fee is payable in advance.
P:3.4 The fees are fixed for the Subscription Term. Any continuation after the Subscription Term requires a new order signed by both parties; there is no automatic renewal.
H:4. Integration and acceptance
P:4.1 Aduanadata shall issue sandbox credentials within five business days after signature and shall issue production API keys within 20 days after signature.
P:4.2 If the production API keys are issued late for reasons attributable to Aduanadata, Aduanadata shall pay Customer CNY 500 for each day of delay, deducted from the first invoice.
P:4.3 Integration Acceptance takes place when the following tests, run in Customer's test environment with Aduanadata's participation, have passed: (a) the connector retrieves duty and tax rates for a test set of 500 SKUs in all 34 destination countries and the results match Aduanadata's web console; (b) landed-cost calculations for 100 sample orders match a manual calculation to the cent; (c) restricted-goods screening flags all items on the test list provided by Customer; (d) median API response time stays below 800 milliseconds during a one-hour load test. Customer signs an Integration Acceptance note when the tests pass. Use of the production keys before then is not acceptance.
H:5. Service levels
P:5.1 Aduanadata shall make the production API available at least 99.95% of each calendar month, excluding announced maintenance windows of no more than six hours per month, scheduled outside 09:00-21:00 China Standard Time.
P:5.2 Severity 1 (the production API is unavailable or returns incorrect duty rates for a whole country): response within 1 hour, workaround within 8 hours. Severity 2 (a function is degraded): response within one business day. Severity 3 (questions): response within three business days.
P:5.3 Reference Data for each country is updated within three business days after an official change of tariff or rules is published.
P:5.4 If Aduanadata does not meet a service level, its only obligation is to restore the API or correct the Reference Data as soon as practicable. No service credits, fee reductions, refunds or other compensation apply to service-level failures.
H:6. Customer Inputs
P:6.1 Customer Inputs belong to Customer. Aduanadata may use them only to provide the API and the integration support to Customer, and shall not sell them, disclose them to third parties or use them to build its own products.
P:6.2 Customer is responsible for the lawfulness and accuracy of Customer Inputs, and for the final classification and declaration of its goods to customs authorities.
P:6.3 Customer shall keep its API keys under its control, use them only from its own systems and those of its named logistics partners, and inform Aduanadata promptly if it wants a key revoked and replaced.
H:6A. Usage, reports and changes to the API
P:6.4 Aduanadata shall make a usage dashboard available to Customer showing the API calls made per day and per endpoint, the remaining quarterly allowance and any overage, so that Customer can control its costs. Aduanadata shall warn Customer by e-mail when 80% of the quarterly allowance has been used.
P:6.5 Aduanadata may add endpoints and fields to the API at any time. It shall give Customer at least 90 days' notice before removing an endpoint or changing a response format in a way that is not backward compatible, and shall keep the previous version available during that period.
P:6.6 Each quarter Aduanadata shall send Customer a short report listing the tariff and rule changes published for Customer's destination countries, the dates on which they were reflected in the Reference Data, and the support requests handled.
P:6.7 Customer may name up to ten users who may open support requests. Support requests are accepted by e-mail and through the support portal in English or Chinese, and Aduanadata shall answer in the language of the request.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's non-public business information, including Customer's product range, suppliers, volumes and prices, and Aduanadata's pricing and API documentation, and shall not disclose it to any third party without prior written consent.
P:7.2 This obligation lasts for three years after the end of the Subscription Term.
H:8. Intellectual property
P:8.1 Aduanadata owns the API and the Reference Data. Nothing in this Agreement transfers those rights to Customer.
P:8.2 The SKU-to-tariff mapping tables and the order-management connector prepared for Customer under the integration support belong to Customer. Customer may use, modify and license them freely, also with another data provider.
H:9. Subcontracting
P:9.1 Aduanadata shall not subcontract the provision of the API or the integration support without Customer's prior written consent.
H:10. Warranties and disclaimers
P:10.1 Aduanadata compiles the Reference Data with professional care from official sources. It does not warrant that customs authorities will accept any classification or rate, and Customer remains responsible for its declarations.
P:10.2 Aduanadata warrants that the connector delivered under clause 4 will conform to its agreed specification for 90 days after Integration Acceptance and will correct non-conformities free of charge.
H:11. Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total fixed fees.
P:11.2 The limit does not apply to breach of clause 7, infringement of the other party's intellectual property, fraud or wilful misconduct.
P:11.3 Neither party is liable for indirect loss, loss of profit or loss of goodwill.
H:12. Term and ending
P:12.1 This Agreement ends at the end of the Subscription Term. Neither party may terminate it early, whether for convenience or for breach by the other party; the remedies for breach are performance, correction and damages within the limits of clause 11.
P:12.2 Aduanadata may suspend Customer's API keys if an undisputed invoice remains unpaid 45 days after its due date, and shall restore access within one business day after payment.
P:12.3 When the Agreement ends, Customer shall stop using the API and shall delete cached Reference Data older than 90 days, except where retention is required by law.
H:13. Force majeure
P:13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.
P:13.2 If an official source on which the Reference Data depends stops publishing or changes its format, Aduanadata shall use reasonable alternative sources and inform Customer which countries are affected and for how long. The quarterly fee is not reduced for such periods unless more than three destination countries are affected for longer than one calendar month.
H:14. Governing law and disputes
P:14.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.
H:15. General
P:15.1 This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
P:15.2 It is signed in English and Chinese, in two originals each; both versions are equally authentic.
P:For Aduanadata S.L.: ____________________ Name / title: ____________ Date: ________
P:For Customer: ____________________ Name / title: ____________ Date: ________
"""


# ======================================================================== plan: labels, sums, figures ==
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None

# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
PLAN = {
 "h264z01": dict(file="h264z01_forestry_fire_monitoring_platform.md", src="Z01", fmt="md", lang="zh", category="hardware",
    terms=[99.5, 0.5, T, "buyer", T, T, T, 0.04, N, 20, T, T, 36, 8, F, T, F, "PRC", G],
    extra=(T, T, T, F, 6638000), forum_mainland=T, tco=(6000000, 8, 36),
    sums=[([3288000, 1008000, 444000, 1260000], 6000000), ([6000000, 386000, 214000, 38000], 6638000),
          ([1327600, 2323300, 2787960, 199140], 6638000), ([48 * 68500], 3288000), ([48 * 21000], 1008000),
          ([24 * 18500], 444000), ([6638000 * 20 // 100], 1327600), ([6638000 * 35 // 100], 2323300),
          ([6638000 * 42 // 100], 2787960), ([6638000 * 3 // 100], 199140), ([6000000 * 8 // 100], 480000)],
    figures=["99.5%", "30分钟", "万分之四", "20%", "质保期为三年", "8%", "480,000", "6,638,000"],
    rules=["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
 "h264z02": dict(file="h264z02_paper_mill_dcs_upgrade_maintenance.docx", src="Z02", fmt="docx", lang="zh", category="hardware",
    terms=[N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 26, F, T, T, "PRC", G],
    extra=(T, T, T, F, 3200000), forum_mainland=T, tco=(2600000, 26, 18),
    sums=[([1032000, 713000, 235000, 620000], 2600000), ([2600000, 468000, 96000, 36000], 3200000),
          ([320000, 800000, 1920000, 160000], 3200000), ([12 * 86000], 1032000), ([620 * 1150], 713000),
          ([10 * 23500], 235000), ([2600000 * 26 // 100], 676000)],
    figures=["30分钟", "千分之一", "10%", "十八个月", "26%", "676,000", "3,200,000", "5个工作日书面告知"],
    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "h264z03": dict(file="h264z03_pet_hospital_chain_clinic_saas.txt", src="Z03", fmt="txt", lang="zh", category="cloud",
    terms=[99.95, 0.25, T, "buyer", T, T, F, 0.1, 25.0, N, T, N, N, N, T, T, F, "PRC", S],
    extra=(T, T, N, F, 2734800), forum_mainland=T, tco=None,
    sums=[([60 * 1180], 70800), ([70800 * 36], 2548800), ([68000, 92000, 26000], 186000), ([2548800, 186000], 2734800)],
    figures=["99.95%", "15分钟", "千分之一", "前九个月", "三十六个月", "不超过8%", "2,734,800"],
    rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
 "h264z04": dict(file="h264z04_housing_fund_system_annual_om.pdf", src="Z04", fmt="pdf", lang="zh", category="services",
    terms=[99.95, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
    extra=(T, T, N, F, 1737000), forum_mainland=T, tco=None,
    sums=[([58000, 21500, 11000, 6000], 96500), ([96500 * 18], 1737000)],
    figures=["99.95%", "15分钟", "千分之一", "1,737,000", "本合同不设预付款", "不自动续期"],
    rules=[]),
 "h264z05": dict(file="h264z05_soy_sauce_brewery_lims_supplier_template.md", src="Z05", fmt="md", lang="zh", category="software",
    terms=[N, 8, F, "supplier", T, F, T, 0.02, 25, 45, F, F, 9, N, F, T, N, N, G],
    extra=(T, T, F, T, 1090000), forum_mainland=T, tco=None,
    sums=[([540000, 410000, 118000, 22000], 1090000), ([490500, 599500], 1090000), ([1090000 * 45 // 100], 490500)],
    figures=["8小时", "万分之二", "25%", "45%", "九个月", "当年度公布的服务价格标准", "1,090,000", "视为甲方验收合格",
             "知识产权均归乙方所有", "脱敏"],
    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h264e01": dict(file="h264e01_teapot_workshop_kiln_control_licences.txt", src="E01", fmt="txt", lang="en", category="software",
    terms=[N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "PRC", G],
    extra=(T, T, T, F, 880000), forum_mainland=T, tco=(679000, 11, 24),
    sums=[([14 * 36500], 511000), ([511000, 168000], 679000), ([679000, 146000, 38000, 17000], 880000),
          ([176000, 308000, 396000], 880000), ([679000 * 11 // 100], 74690)],
    figures=["within 1 hour", "0.1% of the Contract Price", "150%", "20%", "twenty-four (24) months", "11%", "74,690",
             "880,000"],
    rules=[]),
 "h264e02": dict(file="h264e02_cave_tour_booking_saas_order_form.md", src="E02", fmt="md", lang="en", category="cloud",
    terms=[N, N, F, "buyer", T, F, T, 800 / 701200 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
    extra=(F, T, N, F, 701200), forum_mainland=T, tco=None,
    sums=[([26800 * 24], 643200), ([643200, 58000], 701200)],
    figures=["CNY 800 for each day", "150%", "701,200", "anonymised and aggregated", "at the same fees",
             "commercially reasonable efforts"],
    rules=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h264e03": dict(file="h264e03_cotton_farm_soil_moisture_sensors.docx", src="E03", fmt="docx", lang="en", category="hardware",
    terms=[N, 2, T, "buyer", T, T, T, N, N, 45, T, T, 24, 7.5, F, T, F, "PRC", G],
    extra=(T, F, T, F, 2190000), forum_mainland=T, tco=(1858000, 7.5, 24),
    sums=[([320 * 3850], 1232000), ([16 * 14500], 232000), ([8 * 26000], 208000),
          ([1232000, 232000, 208000, 186000], 1858000), ([1858000, 214000, 96000, 22000], 2190000),
          ([985500, 766500, 438000], 2190000), ([2190000 * 45 // 100], 985500), ([1858000 * 75 // 1000], 139350)],
    figures=["within 2 hours", "45%", "24 months", "7.5%", "139,350", "2,190,000"],
    rules=["CR-LD-MISSING", "CR-PREPAYMENT"]),
 "h264e04": dict(file="h264e04_furniture_maker_managed_firewall_service.txt", src="E04", fmt="txt", lang="en", category="services",
    terms=[99.95, 0.25, T, "buyer", T, T, T, 1200 / 1821600 * 100, 200, N, T, N, N, N, F, T, F, "Portugal", S],
    extra=(T, T, N, F, 1821600), forum_mainland=F, tco=None,
    sums=[([48600 * 36], 1749600), ([1749600, 72000], 1821600)],
    figures=["15 minutes", "99.95%", "CNY 1,200 for each day", "200%", "laws of Portugal", "1,821,600",
             "does not renew automatically"],
    rules=["CR-GOVERNING-LAW"]),
 "h264e05": dict(file="h264e05_customs_data_api_subscription.pdf", src="E05", fmt="pdf", lang="en", category="cloud",
    terms=[99.95, 1, F, "buyer", F, T, T, 500 / 708000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
    extra=(T, T, N, F, 708000), forum_mainland=T, tco=None,
    sums=[([84000 * 8], 672000), ([672000, 36000], 708000)],
    figures=["99.95%", "within 1 hour", "CNY 500 for each day", "150%", "708,000", "No service credits",
             "Neither party may terminate it early"],
    rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
}


# ======================================================================== policy §3/§4 re-applied ==
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(p):
    """policy §4: horizon 5 years from acceptance; fee for every year after the warranty (partial pro rata)."""
    if not p["tco"]:
        return None
    base, pct, wm = p["tco"]
    years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * years
    return fees / (p["extra"][4] + fees) * 100


def apply_rules(p):
    t = dict(zip(KEYS, p["terms"]))
    sla, ld_stated, capped, deemed, value = p["extra"]
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:   # "or unstated" (also without any SLA)
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(p)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not p["forum_mainland"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(p):
    sla, ld_stated, capped, deemed, value = p["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if p["terms"][-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": p["file"], "language": p["lang"], "category": p["category"],
            "expected_terms": dict(zip(KEYS, p["terms"])), "expected_extra": extra,
            "expected_rules": sorted(p["rules"])}


# ======================================================================== read back ==
def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    g = globals()
    built = {}
    for key, p in PLAN.items():
        src = g[p["src"]]
        if p["fmt"] in ("md", "txt"):
            (OUT / p["file"]).write_text(src, encoding="utf-8")
            print("wrote", p["file"])
        else:
            built[key] = p
    write({k: g[p["src"]] for k, p in built.items()}, {k: (p["file"], p["fmt"]) for k, p in built.items()}, OUT,
          wrap_words=True)
    report = []
    for key, p in PLAN.items():
        for parts, total in p["sums"]:
            assert sum(parts) == total, (key, parts, total)
        text = read_back(OUT / p["file"])
        flat = re.sub(r"\s+", "" if p["lang"] == "zh" else " ", text)
        for parts, total in p["sums"]:
            for n in parts + [total]:
                if n >= 10000:
                    assert money(n) in flat, (key, "price not in text", money(n))
        for fig in p["figures"]:
            f2 = re.sub(r"\s+", "" if p["lang"] == "zh" else " ", fig)
            assert f2 in flat, (key, "figure not in text", fig)
        hits = scan(text) + scan(flat)
        assert not hits, (key, "threshold value in text", hits)
        got = apply_rules(p)
        assert got == sorted(p["rules"]), (key, got, p["rules"])
        lab = label(p)
        (OUT / (Path(p["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        n = length(text, p["lang"])
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        share = tco_share(p)
        report.append((p["file"], p["fmt"], n, "ok" if lo <= n <= hi else "OUT OF RANGE", risk(got),
                       None if share is None else round(share, 2), ", ".join(got) or "(none)"))
    for row in report:
        print(*row, sep=" | ")
    assert all(r[3] == "ok" for r in report), "length out of range"


if __name__ == "__main__":
    main()
