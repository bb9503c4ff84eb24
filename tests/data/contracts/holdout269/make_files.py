"""holdout269: writes the ten ordinary draft contracts, their labels, and checks them.

Run with /work/main/.venv/bin/python make_files.py (from any directory). Sources are kept below; .docx/.pdf are built
through ../word_pdf.py (write(..., wrap_words=True)). The script asserts every price and payment sum, that every
labelled figure appears in the text, re-applies the policy's CR rules to the labels and compares them with the plan,
writes the .json labels and scans every built file, as read back, for a figure on a policy threshold.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan (policy §3 and §4)
CN = "零一二三四五六七八九十百千点两"
THRESHOLD_PATTERNS = [
    # 99.9 % availability
    r"99\.9(?!\d)", r"百分之九十九点九(?![" + CN + "])", r"ninety-nine point nine",
    # 4 hours (also 240 minutes)
    r"(?<![\d.])4(\.0+)?\s*(-\s*)?(hours?|hrs?|h\b|小时|个小时)", r"(?<![" + CN + "])四个?小时",
    r"\bfour[\s-]+hours?", r"(?<![\d.])240\s*(minutes?|mins?|分钟)",
    # 100 % liability cap
    r"(?<![\d.])100(\.0+)?\s*(%|％|per\s?cent)", r"百分之(一)?百(?![" + CN + "])", r"one hundred per\s?cent",
    # 0.05 % per day LD
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + CN + "])", r"0\.5\s*‰", r"千分之零点五", r"five ten-thousandths",
    # 30 % prepayment
    r"(?<![\d.])30(\.0+)?\s*(%|％|per\s?cent)", r"百分之三十(?![" + CN + "])", r"thirty per\s?cent", r"三成",
    # 12 months warranty
    r"(?<![\d.])12\s*(-\s*)?(个)?(months?|个月|月)", r"(?<![" + CN + "])十二个?月", r"\btwelve\b",
    r"(?<![\d.])1\s*(-\s*)?(years?|年)(?![\d])", r"(?<![" + CN + "])一年", r"\bone[\s-]+years?\b", r"\bone \(1\) year",
    # 15 % post-warranty fee
    r"(?<![\d.])15(\.0+)?\s*(%|％|per\s?cent)", r"百分之十五(?![" + CN + "])", r"fifteen per\s?cent",
    # 40 % TCO service share
    r"(?<![\d.])40(\.0+)?\s*(%|％|per\s?cent)", r"百分之四十(?![" + CN + "])", r"forty per\s?cent", r"四成",
    # 5-year TCO horizon
    r"(?<![\d.])5\s*(-\s*)?(years?|年)(?![\d])", r"(?<![" + CN + "])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(-\s*)?(个)?(months?|个月)", r"六十个月",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RE for m in rx.finditer(text)]


def self_test():
    bad = ["预付款为合同总价的30%", "4小时内响应", "四小时", "99.9%", "以合同总价的100%为限", "0.05%", "万分之五",
           "质保期12个月", "十二个月", "twelve months", "1 year", "一年", "15 %", "百分之十五", "fifteen per cent",
           "40%", "5 years", "五年", "60 months", "240 minutes", "30 per cent", "4 hours", "four hours", "12-month",
           "百分之四十", "thirty per cent", "one hundred per cent", "百分之一百", "百分之三十"]
    good = ["24小时", "二十四小时", "99.95%", "14小时", "130%", "0.055%", "万分之五十", "2026年", "112个月", "2030年",
            "24 hours", "150%", "215%", "0.35 per", "25 years", "万分之六", "百分之三十五", "2015年", "1.5 years",
            "11 months", "十二分", "99.98%", "48 hours", "115%", "2041年", "百分之一百五十"]
    for s in bad:
        assert threshold_hits(s), ("self-test missed", s)
    for s in good:
        assert not threshold_hits(s), ("self-test false alarm", s, threshold_hits(s))

# ---------------------------------------------------------------- sources
Z01 = """# 省学生资助管理服务平台建设项目采购合同

项目编号：JYT-ZFCG-2026-0417（公开招标）

甲方（采购人）：某省教育厅
乙方（供应商）：省内某信息技术股份有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目招标文件和乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分，与本合同不一致的，以本合同为准。

## 第一条 项目内容

1.1 乙方为甲方建设省学生资助管理服务平台，覆盖学前教育至研究生教育各学段的资助申请、家庭经济困难认定、资金发放、绩效评价与统计分析，并与教育部全国学生资助管理信息系统、省财政国库支付系统、省民政低保数据接口对接。
1.2 乙方提供平台软件永久使用许可、按需求规格说明书进行定制开发、历史数据迁移与接口对接、部署及等级保护测评配合、培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 平台软件永久使用许可（省、市、县、校四级） | 1,120,000 |
| 2 | 定制开发（认定模型、审批流程、绩效评价、统计报表） | 1,086,000 |
| 3 | 历史数据迁移与接口对接 | 318,000 |
| 4 | 部署实施及等保测评配合 | 104,000 |
| 5 | 培训（省市县三级管理员） | 52,000 |
| | 合计 | 2,680,000 |

合同总价为人民币贰佰陆拾捌万元整（¥2,680,000），为固定总价，已含税费、差旅及一切相关费用。

## 第三条 付款方式

3.1 合同签订且乙方提交合同总价等额的银行履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥536,000。
3.2 平台通过初步验收并上线试运行后，甲方支付合同总价的45%，即¥1,206,000。
3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥938,000。
3.4 乙方每次收款前开具合法有效的增值税发票。甲方按国库集中支付程序付款。

## 第四条 交付与进度

4.1 乙方应于合同签订后一百五十日内完成部署并提请初步验收；初验后试运行三个月，试运行期满后十五日内提请最终验收。
4.2 乙方应按周向甲方提交进度报告，重大风险应在发现后两个工作日内书面报告。
4.3 乙方应派驻项目经理一名及不少于六名开发实施人员，项目经理未经甲方书面同意不得更换。甲方负责提供政务云资源、接口协调函及必要的办公场所，并指定联系人配合需求确认。需求变更应经双方书面确认，涉及费用调整的另行签订补充协议。

## 第五条 验收

5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据与源数据逐表核对一致，抽样差错率不高于万分之一；与部、省系统接口联调通过；在3,000并发用户下，资助申请提交响应时间不超过2秒，统计查询不超过5秒；第三方软件测评机构出具的功能与性能测试报告无严重缺陷。
5.2 最终验收标准：试运行期内无一级故障；完成一个资助批次的完整申请、认定、审批和发放流程；取得等级保护第三级测评报告且结论为符合或基本符合；技术文档、源代码及操作手册交付齐全。
5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。平台上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。

## 第六条 质量保证与服务水平

6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小规模功能变更（单次不超过二十人日）及技术支持。
6.2 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日经甲方同意，且不得安排在资助申请集中期）。
6.3 故障分级与响应：一级故障（平台整体不可用或资金发放功能中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障48小时内解决。
6.4 一级故障响应每超时1小时，乙方向甲方支付违约金¥1,500；月度可用率每低于约定值0.01个百分点，扣减当期维护费或支付违约金¥2,000。上述款项可从应付款中直接扣除。
6.5 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥100,800，且在质保期满后的三年内不上调。维护服务按年另行签订合同，不自动续期。

## 第七条 数据安全

7.1 平台中的学生及家庭信息、认定材料、资助发放记录及运行日志等全部数据属于甲方，乙方仅可为履行本合同而处理，不得用于任何其他目的，不得向第三方提供。
7.2 平台部署于甲方指定的政务云，乙方人员须经实名登记，通过甲方堡垒机访问，操作全程审计；测试使用甲方提供的脱敏数据，不得将生产数据复制至任何外部介质或环境。
7.3 乙方应落实网络安全等级保护第三级要求及《个人信息保护法》规定的安全措施。发生数据泄露、篡改或丢失的，乙方应在发现后1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方因此承担的赔偿和处罚。

## 第八条 保密

乙方对履约中知悉的甲方工作秘密、业务资料和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

## 第九条 知识产权

9.1 乙方为本项目定制开发的程序、源代码、数据库设计及全部文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
9.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方权利。

## 第十条 违约责任

10.1 乙方逾期提请初步验收或最终验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
10.2 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
10.3 乙方交付成果不符合约定的，应免费整改；给甲方造成损失的，应予赔偿。

## 第十一条 分包

本项目不允许分包。乙方不得将合同义务全部或部分转让或委托给第三方。

## 第十二条 合同解除

乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 第十四条 其他

本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。合同履行中的通知应以书面形式送达本合同载明的地址，一方变更联系方式的，应在三日内书面告知对方。本合同未尽事宜，由双方另行协商并签订书面补充协议。

甲方（盖章）：某省教育厅　　　　　乙方（盖章）：某信息技术股份有限公司

法定代表人或授权代表：＿＿＿＿　　　法定代表人或授权代表：＿＿＿＿

日期：2026年＿月＿日
"""

Z02 = """T:拉丝生产线PLC控制及SCADA监控系统改造合同
P:合同编号：GS-JX-2026-058
P:甲方（买方）：江阴某金属制品有限公司（钢丝厂）
P:乙方（卖方）：无锡某工业自动化工程有限公司
P:鉴于甲方拟对其一、二车间十二条水箱拉丝生产线的老旧继电器控制柜及分散仪表进行改造，统一更换为PLC控制并建设全厂SCADA监控系统；乙方具备相应的设计、集成及调试能力。双方经友好协商，订立本合同。
H:1. 工程范围
P:1.1 乙方负责十二条拉丝线PLC控制系统的设计、供货、编程、安装、调试，变频器通讯改造，车间工业环网建设，SCADA服务器与操作站部署，SCADA运行许可及历史数据库许可供货，以及与甲方MES系统的数据接口开发。
P:1.2 改造须分批停线实施，每批不超过三条线，单批停线时间不超过七十二小时，具体安排由双方书面确认。
H:2. 合同价格
P:2.1 合同价格明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及IO模块|12套|1,104,000
TB:2|变频器通讯模块|48块|216,000
TB:3|工业交换机及环网|1批|168,000
TB:4|SCADA服务器及操作站|1批|246,000
TB:5|SCADA运行许可（2,000点）|1套|388,000
TB:6|历史数据库许可|1套|230,000
TB:|硬件及软件许可小计||2,352,000
TB:7|工程实施（编程、安装、调试、停线切换）|1项|412,000
TB:8|培训|1项|36,000
TB:|合同总价||2,800,000
P:2.2 合同总价为人民币贰佰捌拾万元整，含税，包括运输、保险、安装辅材及乙方人员费用。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即280,000元。
P:3.2 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的35%，即980,000元；到货签收仅为数量确认，不构成质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%，即1,400,000元。
P:3.4 合同总价的5%即140,000元作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:4. 交付与工期
P:4.1 设备应于合同生效后六十日内运抵甲方厂区；全部改造应于合同生效后一百五十日内完成并提请验收。
P:4.2 甲方负责提供停线窗口、施工用电、压缩空气及现场安全交底；乙方人员须遵守甲方安全生产制度，进入车间须佩戴防护用品，动火、登高作业须办理作业票。因甲方未按约定提供停线窗口导致工期延误的，工期相应顺延。
P:4.3 乙方应在每批改造前提交切换方案及回退预案，经甲方生产、设备部门书面确认后方可实施；切换失败的，乙方应在六小时内恢复原控制方式，确保生产不受长时间影响。
P:4.4 乙方每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
H:5. 验收
P:5.1 单线验收：逐点核对IO信号，联锁保护（断丝停车、张力超限、冷却水断流）动作试验全部通过，拉拔速度控制偏差不大于设定值的1%，并连续带料运行四十八小时无故障。
P:5.2 最终验收：十二条线全部单线验收合格；SCADA画面刷新周期不大于2秒，历史数据库连续记录三十日无缺失；MES接口数据与现场一致；全线连续生产三十日无因改造引起的停线。
P:5.3 验收由甲方组织并签署验收报告。安装完成、投料试生产或甲方付款均不视为验收合格。
H:6. 质量保证与售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 故障响应：
TB:故障等级|定义|响应|到场|恢复
TB:一级|整线停机或SCADA全部中断|30分钟|2小时|8小时
TB:二级|单台设备或单个功能失效|1小时|8小时|24小时
TB:三级|一般问题|8小时|按约定|72小时
P:6.3 一级故障到场每超时1小时，乙方向甲方支付1,200元；恢复超时的，每小时支付2,000元。
P:6.4 质保期满后，乙方提供年度维保服务（含远程支持、季度巡检、备件更换及软件升级），年度维保费按硬件及软件许可小计的26%计取，即每年611,520元，质保期满后三年内固定不变。甲方应在质保期满前与乙方签订维保协议。
P:6.5 培训：乙方应为甲方电工、工艺员及设备管理人员提供不少于十个工作日的现场培训，内容包括PLC程序维护、SCADA画面组态、报警处理及历史数据查询，并提交培训教材和考核记录。
P:6.6 乙方应在最终验收时移交竣工图纸、IO点表、PLC程序备份、组态工程备份、设备说明书及备品备件清单，并提供关键备件（PLC CPU模块、通讯模块各两块）随货交付。
H:7. 数据与网络安全
P:7.1 SCADA系统及历史数据库中的生产工艺参数、产量、能耗和设备运行数据属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:7.2 乙方应按工业控制系统安全防护要求部署工业防火墙，远程维护须经甲方逐次批准并通过甲方指定的安全通道进行；因乙方原因导致病毒侵入、数据泄露或生产中断的，乙方应在发现后2小时内报告并承担全部赔偿责任。
P:7.3 乙方人员在甲方厂区内使用的调试电脑须经甲方病毒查杀后方可接入控制网络。乙方交付的服务器、操作站和交换机须关闭不必要的端口与服务，修改全部默认口令，移动存储介质接口默认禁用；乙方应在最终验收前提交安全配置核查记录，并配合甲方完成工控安全评估，评估发现的中高风险问题须在验收前整改完毕。
H:8. 保密
P:乙方对甲方的工艺配方、设备参数、生产计划等商业秘密负有保密义务，未经甲方书面同意不得披露，保密期限至上述信息公开之日止。
H:9. 知识产权
P:乙方为本项目编写的PLC程序、SCADA组态工程文件、MES接口程序及源代码归甲方所有，甲方可自行修改和使用；SCADA平台软件及历史数据库软件的知识产权属原厂，甲方获得永久许可。
H:10. 分包
P:乙方可将电气安装、桥架敷设及土建配合工作交由其选定的安装单位实施，但应在进场前书面通知甲方，并对分包单位的工作质量与安全负责。
H:11. 责任与解除
P:11.1 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤害、故意或重大过失及违反第7条、第8条的责任不受此限。
P:11.2 乙方严重违约且经书面催告后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方可协商延期履行或解除合同。
H:12. 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
H:13. 其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
P:代表签字：＿＿＿＿＿＿　　代表签字：＿＿＿＿＿＿　　日期：2026年＿月＿日
"""

Z03 = """连锁茶饮门店点单及会员系统SaaS服务合同

合同编号：CY-SaaS-2026-0093

甲方（客户）：成都某餐饮管理连锁有限公司
乙方（服务商）：杭州某云科技有限公司

甲方在川渝地区经营连锁茶饮门店一百五十家，为统一门店点单、小程序下单、会员积分与营销活动，委托乙方提供点单及会员系统SaaS服务并完成实施。双方依据《中华人民共和国民法典》等法律法规，经协商一致，签订本合同。

一、服务内容
（一）乙方通过其云平台向甲方一百五十家门店提供收银点单、微信及支付宝小程序点单、外卖平台订单接入、会员注册与积分、储值卡、优惠券及营销活动、门店经营报表等功能。
（二）实施服务：门店收银设备调试、菜单及配方数据导入、原会员数据迁移（约六十二万条）、小程序页面按甲方品牌视觉定制、与甲方财务系统及供应链系统的接口开发、店长及收银员培训。
（三）服务期限为二十四个月，自全部门店上线验收合格次日起算。
（四）会员数据迁移须保留会员等级、积分余额、储值余额及历史消费记录，迁移前后由双方共同抽取不少于两千名会员逐项比对；储值余额涉及甲方预收款项，迁移结果须经甲方财务部门书面确认。
（五）接口开发包括：与甲方财务系统的日结数据接口、与供应链系统的门店要货及原料消耗接口、与外卖平台的订单及菜单同步接口。接口规范由双方在实施启动后十日内书面确认，接口变更应经双方同意。

二、服务费用
（一）订阅费：每店每月380元，一百五十家门店，二十四个月，合计1,368,000元。
（二）实施费：一次性186,000元。
（三）合同总额：1,554,000元（含税）。门店数量增减的，订阅费按实际在用门店数及上述单价按月结算。

三、付款方式
（一）实施费在全部门店上线验收合格后十五个工作日内支付。
（二）订阅费按季度后付，每季度结束后乙方提供服务报告及发票，甲方在收到后十五个工作日内支付当季费用。
（三）甲方无需预付任何款项。乙方开具的发票须与服务报告所列门店数量及金额一致。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成首批二十家门店上线，九十日内完成全部门店上线。
（二）上线验收标准：各门店收银点单、小程序下单、外卖接单、会员积分及储值功能逐项测试通过；迁移会员数据与原系统核对一致，储值余额差额为零；高峰时段（每店每分钟二十单）点单提交响应不超过1.5秒；与财务系统日结对账连续七日无差异。
（三）验收合格的，双方签署上线验收单；门店开始营业使用不视为验收合格。
（四）乙方每逾期一日完成全部门店上线，应向甲方支付违约金1,200元。

五、服务水平
（一）乙方承诺平台月度可用率不低于99.5%，计划内维护须安排在凌晨一时至六时之间并提前两日通知甲方。
（二）一级故障（全部或多家门店无法点单、收款）15分钟内响应，1小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决。
（三）月度可用率低于约定值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99%的，抵扣当月订阅费的20%。一级故障恢复每超时1小时，抵扣当月订阅费的2%。

（四）乙方提供7×24小时服务热线和在线工单系统，为甲方指定的区域运营人员开通管理后台账号，每月提交服务报告，内容包括可用率、故障清单、处理时长及改进措施。
（五）乙方每季度至少安排一次版本更新，更新前应在测试环境向甲方演示，重大变更须经甲方书面确认后方可在门店上线，避免影响营业高峰。

五之一、甲方义务
（一）甲方应按乙方提供的配置清单准备门店收银机、小票打印机、扫码设备及网络环境，并指定项目负责人及各区域联络人。
（二）甲方应在约定时间内提供菜单、配方、价格、原会员数据及财务科目对照表，对数据的真实性负责。
（三）甲方应妥善保管管理后台账号及密码，因甲方自身原因泄露账号造成的损失由甲方承担。
（四）门店新开、关闭或迁址的，甲方应提前七日书面通知乙方，乙方应在门店开业前完成设备调试和开通。

六、数据
（一）甲方的门店经营数据、订单数据及会员个人信息属于甲方，乙方仅为提供本合同服务而处理。
（二）乙方可将甲方的订单和消费数据经脱敏、汇总后，用于乙方茶饮行业消费趋势报告、产品改进及算法模型训练，该权利在合同终止后继续有效。
（三）乙方平台已通过网络安全等级保护第三级测评，数据加密存储于境内数据中心，访问权限按最小必要原则分配并留存日志。发生数据泄露等安全事件的，乙方应在发现后24小时内通知甲方，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

七、保密
双方对在合作中获知的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。

八、知识产权
（一）乙方SaaS平台及其软件的知识产权归乙方所有。
（二）按甲方品牌定制的小程序页面设计、会员规则配置、接口程序及相关文档归甲方所有，甲方可自由使用、修改或交由第三方维护。

九、续期
服务期满前三十日内任何一方未书面提出异议的，本合同自动续期二十四个月；续期时乙方有权根据其价格政策上调订阅单价，上调幅度不超过8%，并以书面方式通知甲方。

十、违约与责任限制
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总额的150%为限，但因数据泄露或故意行为造成的损失除外。

（三）因不可抗力、基础电信运营商网络中断或微信、支付宝等第三方平台故障造成的服务中断，乙方不承担责任，但应及时通知甲方并尽力减少影响；此类中断时间不计入可用率统计。

十一、分包
乙方不得将本合同服务分包给第三方，确需委托第三方的，须事先取得甲方书面同意。

十二、合同解除
乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已付未履行部分费用并赔偿损失。月度可用率连续两个月低于99%的，视为乙方严重违约。合同解除或终止的，乙方应继续提供不少于三十日的过渡服务，协助甲方将数据迁移至新系统，过渡期间按原单价结算订阅费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应先友好协商；协商不成的，任何一方均可提交成都仲裁委员会仲裁。

十四、其他
（一）乙方应为甲方开展不少于两轮集中培训，覆盖全部店长和收银员，并提供操作视频和常见问题手册。新开门店的培训由乙方远程完成，不另收费。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、功能清单、接口说明、服务水平考核办法、数据返还与删除确认书。

甲方（盖章）：　　　　　　　　乙方（盖章）：
授权代表：　　　　　　　　　　授权代表：
日期：2026年　月　日　　　　　日期：2026年　月　日
"""

Z04 = """T:区养老服务信息系统运行维护服务合同
P:采购方式：竞争性磋商　　项目编号：MZJ-CS-2026-011
P:甲方（采购人）：某市某区民政局
P:乙方（成交供应商）：某数字科技服务有限公司
P:根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就区养老服务信息系统运行维护服务事宜，经协商一致，签订本合同。磋商文件、响应文件及成交通知书为本合同不可分割的组成部分。
H:第一条 服务对象与范围
P:1.1 运维对象为区养老服务信息系统，包括老年人基础信息库、居家养老服务派单、养老机构监管、高龄津贴及养老服务补贴发放、智能呼叫及紧急救助、助餐点管理等子系统，以及部署在区政务云上的应用服务器、数据库服务器和相关中间件。
P:1.2 服务内容包括：日常运行维护与驻场技术支持、定期巡检与安全加固、应急保障（含重要节假日及补贴集中发放期保障）、数据备份与恢复演练、用户咨询与操作培训。
P:1.3 服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同终止，不自动续期。
H:第二条 服务费用
P:2.1 服务费用明细：日常运维及驻场技术支持（驻场工程师二名）312,000元；定期巡检与安全加固68,000元；应急保障52,000元；数据备份与恢复演练36,000元。合同总价为人民币肆拾陆万捌仟元整（468,000元），为固定总价。
P:2.2 服务费用包括乙方人员工资、社会保险、差旅、工具软件及税费等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 服务费按季度支付，每季度117,000元。每季度结束后，甲方根据第五条进行季度考核，考核合格后十五个工作日内支付当季服务费。
P:3.2 甲方不支付预付款。季度考核扣分的，按第五条相应扣减当季服务费。
H:第四条 服务要求
P:4.1 驻场工程师工作时间为工作日8:30至17:30，重要节假日及补贴集中发放期按甲方要求值守；非工作时间提供7×24小时电话及远程支持。
P:4.2 故障分级与处理时限：一级故障（系统整体不可用、补贴发放或紧急救助功能中断）15分钟内响应，1小时内到场，3小时内恢复；二级故障（单个子系统或部分功能异常）30分钟内响应，8小时内解决；三级故障（一般性问题及咨询）2个工作日内解决。
P:4.3 一级故障响应或恢复每超时1小时，扣减当季服务费500元；二级故障每超时1小时扣减200元。
P:4.4 乙方每月进行一次全面巡检并提交巡检报告，每季度进行一次漏洞扫描及安全加固，发现的高危漏洞应在七日内完成整改，中危漏洞在十五日内完成整改。
P:4.5 乙方每日进行增量备份，每周进行全量备份，每半年进行一次恢复演练并提交演练报告。备份数据应存放于甲方指定的政务云备份存储，不得存放于乙方自有设备；恢复演练应由甲方派员现场见证，并记录恢复时长与数据完整性核对结果。
P:4.6 乙方每季度为街道、社区及养老机构操作人员组织不少于一次操作培训，新上线功能须在上线前完成培训并提供操作手册。
P:4.7 系统配置变更、补丁安装及版本升级须提前三个工作日提交变更方案，经甲方批准后在非业务高峰时段实施，并做好回退准备；补贴集中发放期内原则上不实施变更。
P:4.8 乙方应配备项目负责人一名、驻场工程师二名及数据库、网络安全后备工程师各一名，驻场工程师应具有三年以上同类系统运维经验，人员名单作为本合同附件。
H:第五条 考核与验收
P:5.1 季度考核内容：故障处理时限达标率不低于95%；巡检报告、安全整改及备份记录完整；用户满意度调查得分不低于85分；未发生因乙方原因导致的数据丢失或安全事件。考核由甲方组织，形成书面考核记录。
P:5.2 服务期满后，甲方对全年服务进行终验，终验内容包括四个季度考核结果、运维文档及知识库移交情况、系统运行状况评估报告。终验合格后出具终验报告。
P:5.3 季度考核不合格的，乙方应在十日内提交整改方案；连续两个季度考核不合格的，甲方有权解除合同。
H:第六条 数据安全
P:6.1 系统中的老年人个人信息、健康状况、补贴发放记录及业务数据属于甲方，乙方仅为履行运维义务而接触，不得复制、下载、留存或用于其他任何目的。
P:6.2 乙方运维人员须签署个人信息保护承诺书，通过甲方堡垒机进行操作，数据库操作须经甲方审批并全程审计；严禁使用个人设备或外部介质导出数据。
P:6.3 乙方应落实网络安全等级保护相关要求。发生数据泄露、篡改、丢失或系统遭受攻击的，乙方应在发现后1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任，包括甲方因此受到的行政处罚及对老年人的赔偿。
H:第七条 运维成果
P:乙方在服务期内形成的运维文档、巡检报告、应急预案、运维脚本及知识库归甲方所有，服务期满时应全部移交甲方，甲方可交由后续运维单位使用。
H:第八条 违约责任
P:8.1 乙方未按第四条规定期限完成安全整改、未按时提交巡检报告或演练报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:8.2 乙方更换驻场工程师须提前十日书面告知并经甲方同意，擅自更换或驻场人员缺勤的，每人每日扣减服务费600元。
P:8.3 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
H:第九条 分包
P:乙方不得将本合同服务转包或分包给第三方。
H:第十条 合同解除
P:乙方严重违约或出现第5.3条情形的，甲方有权书面通知解除合同，并按实际服务期间结算费用，乙方应赔偿由此给甲方造成的损失。
P:10.2 因不可抗力致使合同不能履行的，受影响一方应在三日内通知对方，并在十日内提供有关证明，双方协商确定延期履行或解除合同。
P:10.3 服务期内，如上级部门对系统进行统一迁移或整合，甲方可提前三十日书面通知乙方调整服务范围，服务费用按实际服务内容协商调整。
H:第十一条 争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十二条 其他
P:12.1 服务期满或合同解除时，乙方应配合甲方与后续运维单位进行不少于十五日的交接，交接完成并经甲方书面确认后方可撤场。
P:12.2 乙方应在合同生效后十日内与前任运维单位完成交接，核对系统账号、服务器口令、备份介质及未关闭问题清单，并在交接完成后三日内提交交接报告；交接中发现的遗留问题由乙方记录并纳入运维计划。
P:12.3 乙方在服务期内应接受甲方及上级主管部门、审计部门的检查，如实提供运维记录。甲方可根据工作需要对服务要求作出书面调整，调整不增加乙方工作量的，服务费用不变。
P:12.4 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市某区民政局　　　　乙方（盖章）：某数字科技服务有限公司
P:代表签字：＿＿＿＿＿＿　　　　　　　代表签字：＿＿＿＿＿＿
P:签订日期：2026年2月＿日
"""

Z05 = """# 仓易通仓储管理系统软件许可及实施合同

（仓易通标准合同文本 V4.0）

合同编号：CYT-2026-FJ-217

甲方：福建某蜜饯食品有限公司
乙方：厦门仓易通软件科技有限公司

甲方因业务发展需要，拟在其莆田成品仓、原料仓及泉州电商仓使用乙方仓易通仓储管理系统（以下简称"系统"），并由乙方按甲方需求进行定制开发和实施。双方依照平等自愿原则，签订本合同，共同遵守。

## 一、合同标的与价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS标准版软件许可（3个仓库，不限用户数） | 420,000 |
| 2 | 定制开发：批次与保质期管理、先到期先出库规则、与甲方ERP及电商平台接口 | 356,000 |
| 3 | 实施部署（安装、基础数据初始化、库位规划、PDA调试） | 84,000 |
| 4 | 培训 | 20,000 |
| | 合计 | 880,000 |

合同总价为人民币捌拾捌万元整（¥880,000）。PDA手持终端、标签打印机等硬件由甲方另行采购，乙方提供选型建议。

## 二、付款方式

2.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥572,000。乙方收到该款项后启动项目。
2.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥308,000。
2.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施或暂停系统授权。

## 三、实施

3.1 乙方根据甲方提供的业务资料编制实施方案，计划实施周期为合同生效后九十日。因甲方资料提供不及时、需求变更或甲方人员配合不到位导致延期的，实施周期相应顺延，乙方不承担责任。
3.2 甲方应指派项目负责人，负责需求确认、基础数据整理、库位编码及人员组织；基础数据的准确性由甲方负责。
3.3 定制开发需求以双方签字确认的需求说明书为准。需求说明书确认后，甲方提出的变更按乙方人天单价¥2,200另行计费。

3.4 甲方应按乙方提供的配置要求自行准备服务器、数据库软件、网络及PDA终端，服务器操作系统及数据库的许可由甲方自行解决。因甲方环境不符合要求导致系统运行异常的，乙方不承担责任，乙方协助处理的按人天单价另行收费。
3.5 乙方为甲方仓库主管、库管员及系统管理员提供集中培训两次，每次不超过两天；超出部分按乙方培训价格另行收费。乙方交付系统安装程序、用户操作手册和管理员手册，不交付定制开发部分的源代码及设计文档。
3.6 甲方如需增加仓库、增加接口或对接新的电商平台，应另行签订补充协议，费用按乙方届时报价执行。

## 四、上线与验收

4.1 乙方完成安装部署和定制开发后，通知甲方安排上线。系统上线运行之日即视为甲方验收合格。
4.2 上线后七日内甲方未提出书面异议的，视为甲方对全部交付内容无异议。甲方已实际使用系统的，不得再以系统不符合约定为由拒绝付款。

## 五、免费维护与售后服务

5.1 乙方提供自系统上线之日起六个月的免费维护，包括软件缺陷修复、远程技术支持和操作咨询。
5.2 服务时间为工作日9:00至18:00。一级故障（系统无法登录、无法出入库作业）乙方在接到通知后8个工作小时内响应，二级及其他故障在3个工作日内响应。乙方将尽力恢复系统运行，但不对恢复时间作出承诺。
5.3 因故障导致的停工、发货延误、食品过期损耗等损失，乙方不承担扣款、赔偿或违约金。
5.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格目录执行。未签订维护协议的，乙方不再提供任何技术支持和版本升级。

## 六、知识产权

6.1 系统软件及乙方为本项目进行的定制开发成果（包括批次与保质期规则模块、接口程序、报表及相关源代码和文档）的知识产权均归乙方所有。
6.2 甲方在合同价款付清后获得在本合同约定的3个仓库范围内非独占、不可转让的使用权，不得对系统进行反向工程、修改或交由第三方维护。乙方有权将定制开发成果用于其他客户。

## 七、数据

7.1 甲方在系统中录入和产生的库存、批次、出入库、客户及订单数据归甲方所有。
7.2 甲方同意乙方在对上述数据进行脱敏处理后，将其用于产品改进、食品行业仓储运营分析及乙方其他商业用途。
7.3 系统部署于甲方自有服务器，乙方远程维护须经甲方管理员开通临时账号；乙方应采取访问控制、操作日志留存等安全措施，乙方人员不得擅自导出甲方数据。因乙方原因导致甲方数据泄露的，乙方应在发现后48小时内通知甲方，并承担相应的赔偿责任。

## 八、保密

双方对在合作过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面许可不得向第三方披露，保密期限为合同终止后两年。

## 九、委托第三方

乙方可根据项目需要，自行委托其合作伙伴完成部分开发、实施或培训工作，无需另行征得甲方同意，乙方对合作伙伴的工作向甲方负责。合作伙伴的名称、人员及工作范围由乙方自行确定，乙方可视项目进展随时调整，调整后无需通知甲方。

## 十、违约责任与责任限制

10.1 任何一方违反本合同约定的，应承担相应的违约责任。
10.2 乙方对本合同项下的全部责任（无论基于合同、侵权或其他）累计不超过合同总价的20%，且不承担任何间接损失、利润损失、商誉损失及数据恢复费用。

## 十一、合同解除

一方严重违约，经另一方书面通知后三十日内仍未改正的，守约方有权解除本合同。因甲方原因解除的，甲方已付款项不予退还。

## 十一之一、不可抗力

因不可抗力、第三方电商平台接口规则变更、甲方网络或硬件故障等非乙方原因导致系统无法正常使用的，乙方不承担责任。

## 十二、争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 十三、其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
13.2 本合同附件包括：需求说明书、实施方案、报价单。附件与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。
13.3 乙方的产品宣传资料、演示环境及口头介绍仅供参考，不构成本合同的组成部分，也不构成乙方对系统功能或性能的承诺。
13.4 本合同的任何修改须以书面形式作出并经双方盖章，电子邮件往来不构成对本合同的修改。甲方同意乙方在其客户名单、案例介绍及宣传材料中使用甲方名称和商标，无需另行取得甲方同意。

甲方（盖章）：福建某蜜饯食品有限公司　　乙方（盖章）：厦门仓易通软件科技有限公司

授权代表：＿＿＿＿＿＿　　　　　　　　　　授权代表：＿＿＿＿＿＿

日期：2026年＿月＿日
"""

E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT
Agreement No. MW-CN-2026-031

BETWEEN

(1) Nantong Lanyin Printing and Dyeing Workshop Co., Ltd., a company established in the People's Republic of China with its registered office in Nantong, Jiangsu Province (the "Customer"); and

(2) Musterwerk Textil-Software GmbH, a company registered in Germany with its seat on the Insel Mährens (the "Vendor").

RECITALS

A. The Customer produces traditional blue calico (lanyin huabu) by hand-cut stencil and resist-paste printing and wishes to move its pattern archive, stencil cutting layouts and colour recipes onto design software.

B. The Vendor develops and licenses pattern design, repeat layout and colour management software for textile printers and has offered perpetual licences, a pattern library module, installation, colour calibration and training.

C. At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Software" means the Vendor's MusterStudio pattern design software, version 9, including the repeat layout editor, the stencil cutting export module and the colour management module, in object code, together with its user documentation.

1.2 "Library Module" means the Vendor's heritage pattern library module, including the tools for scanning, vectorising and classifying historical patterns.

1.3 "Deliverables" means everything the Vendor prepares specifically for the Customer under this Agreement, including the Customer's pattern templates, stencil layout presets, colour profiles for indigo and the Customer's paste, conversion scripts for the Customer's scanned archive and the training materials.

1.4 "Acceptance" means the written acceptance of the installed Software and the Deliverables by the Customer under Clause 5.

1.5 "Business Day" means a day on which banks are open for business in Nantong.

2. SCOPE

2.1 The Vendor shall supply six (6) perpetual, non-exclusive named-seat licences of the Software and one perpetual site licence of the Library Module for use by the Customer at its premises in Nantong.

2.2 The Vendor shall install the Software on the Customer's workstations, calibrate the Customer's two large-format scanners and one proof printer, convert the first 3,000 scanned archive patterns into editable vector files, configure the Deliverables and train the Customer's designers.

2.3 The Software is installed on the Customer's own workstations and server. No Customer pattern, recipe or design file is hosted by the Vendor.

3. PRICE

3.1 The prices are as follows:

    Item                                                   CNY
    MusterStudio perpetual named-seat licence, 6 x 68,000   408,000
    Library Module perpetual site licence                    96,000
    Licence subtotal                                        504,000
    Installation, scanner and printer calibration            58,000
    Training (designers and stencil cutters)                 26,000
    Total Contract Price                                    588,000

3.2 The Total Contract Price is fixed and includes all travel, accommodation and expenses of the Vendor's personnel and all taxes payable in the People's Republic of China, including VAT. The Vendor shall issue VAT invoices through its authorised reseller in Shanghai.

4. PAYMENT

4.1 The Customer shall pay the Total Contract Price as follows:

(a) 20% (CNY 117,600) within fifteen Business Days after signature of this Agreement, against the Vendor's invoice;

(b) 45% (CNY 264,600) within fifteen Business Days after installation of the Software on all workstations, confirmed by the Customer's signed installation record; installation is not Acceptance; and

(c) 35% (CNY 205,800) within fifteen Business Days after Acceptance.

4.2 Payments shall be made in CNY by bank transfer to the account named on the invoice.

5. DELIVERY, INSTALLATION AND ACCEPTANCE

5.1 The Vendor shall complete installation within forty-five days after signature and shall offer the Software and Deliverables for Acceptance within seventy-five days after signature.

5.2 Acceptance tests shall show that: (a) all six seats and the Library Module run on the Customer's workstations without error; (b) a stencil layout created in the Software can be exported to the Customer's cutting plotter at the original scale with a deviation of no more than 0.2 mm over one metre; (c) the colour profiles reproduce the Customer's reference indigo shades on the proof printer within a colour difference of Delta E 2.0; (d) at least 3,000 archive patterns have been converted, with a sample of 150 checked by the Customer's master designer and no more than three rejected; and (e) the user documentation in Chinese and the training have been delivered.

5.3 The Customer shall either sign an acceptance certificate or list the failed tests within ten Business Days after the tests. The Vendor shall remedy failures and repeat the tests. Use of the Software in production before the certificate is signed is not Acceptance.

5.4 If the Vendor fails to offer the Software and Deliverables for Acceptance on time, it shall pay the Customer delay damages of CNY 400 for each day of delay, up to a total of 10% of the Total Contract Price. If the delay exceeds sixty days, the Customer may terminate this Agreement under Clause 14.

6. WARRANTY

6.1 The Vendor warrants that, for ninety (90) days from Acceptance, the Software will perform substantially in accordance with its user documentation. The Vendor's sole obligation under this warranty is to correct or work around reproducible defects reported in writing during that period.

6.2 The Vendor does not warrant that the Software will run without interruption or error, or that it will be compatible with hardware or operating systems released after the date of this Agreement.

7. SUPPORT AND MAINTENANCE

7.1 After the warranty period the Customer may order annual Software Maintenance, which includes new versions, correction of defects, remote support in Chinese or English and updates of the colour management module.

7.2 The annual Software Maintenance fee is 11% of the Licence subtotal, that is CNY 55,440 per year. The fee is fixed for the first three maintenance years. Any later change requires written agreement of both parties. Maintenance is ordered each year by purchase order and does not renew automatically.

7.3 During the warranty period and any maintenance year, support requests are handled as follows:

    Severity 1 - the Software cannot start, or patterns cannot be saved or exported: response within two (2) business hours, workaround within one Business Day.
    Severity 2 - a function is impaired but work can continue: response within one Business Day.
    Severity 3 - questions and cosmetic issues: response within three Business Days.

7.4 If the Vendor misses a Severity 1 response time, it shall credit the Customer CNY 500 for each hour of delay, set off against the next payment due or paid on request.

8. INTELLECTUAL PROPERTY

8.1 The Software and the Library Module remain the property of the Vendor and its licensors. The Customer receives the perpetual licences described in Clause 2.1.

8.2 All rights in the Deliverables, including the pattern templates, stencil presets, colour profiles and conversion scripts, vest in the Customer on creation. The Customer may use, modify, copy and license the Deliverables freely. The Vendor shall deliver the Deliverables in editable form.

8.3 The Customer's patterns, including the historical patterns in its archive and all patterns converted or created with the Software, remain the property of the Customer.

8.4 The Vendor shall indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's intellectual property right.

9. DATA PROTECTION AND SECURITY

9.1 All Customer data, including pattern files, recipes, production records and personal data of employees, belongs to the Customer. The Vendor shall process it only to perform this Agreement and shall not copy, keep or use it for any other purpose.

9.2 Remote support sessions shall take place only with the Customer's approval for each session, through the remote-access tool specified by the Customer, with the Customer's staff present. The Vendor shall not transfer any Customer data outside the People's Republic of China.

9.3 The Vendor shall keep its support systems protected by access control, multi-factor authentication and encryption, and shall notify the Customer within twenty-four (24) hours of becoming aware of any unauthorised access to Customer data. The Vendor is liable for any loss caused by a security incident attributable to it.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's patterns, colour recipes and paste formulas, and shall use it only for this Agreement.

10.2 This obligation survives termination for seven years, and for the Customer's recipes and unpublished patterns without time limit.

11. LIMITATION OF LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of profit.

11.2 The Vendor's total aggregate liability arising under or in connection with this Agreement is limited to CNY 200,000.

11.3 Clause 11.2 does not limit liability for death or personal injury caused by negligence, or for fraud.

12. SUBCONTRACTING

The Vendor shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

13. FORCE MAJEURE

Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts longer than ninety days, either party may terminate this Agreement by written notice.

14. TERMINATION

14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after receiving written notice of the breach, or in the case described in Clause 5.4.

14.2 On termination under Clause 14.1 before Acceptance, the Vendor shall refund all amounts paid, and the Customer shall uninstall the Software.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Arbitration Rules of the German Arbitration Institute (DIS). The seat of arbitration is Frankfurt am Main, Germany. The language of the arbitration is English.

16. GENERAL

16.1 This Agreement is the entire agreement between the parties about its subject matter.

16.2 Amendments must be in writing and signed by both parties.

16.3 This Agreement is executed in English and Chinese. In case of discrepancy, the English version prevails.


Signed for the Customer: ____________________   Name and title: ____________________   Date: __________

Signed for the Vendor: ____________________   Name and title: ____________________   Date: __________
"""

E02 = """ORDER FORM No. EB-0458
CampDesk Booking Platform - Subscription Order

Provider: Ensay Bothy Software Ltd, registered in Scotland, with its seat on the Isle of Ensay, Outer Hebrides ("Provider")
Customer: Dunhuang Mingsha Starfield Camp Management Co., Ltd., Dunhuang, Gansu Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the CampDesk General Terms (Edition 2026) set out in Part 2 below. If this Order Form and the General Terms conflict, this Order Form prevails.

PART 1 - ORDER DETAILS

1. Service
CampDesk, Provider's hosted booking and property management platform for desert and glamping camps, including: online booking engine for the Customer's website and WeChat mini-program; channel manager connections to Ctrip, Fliggy and Meituan; tent and yurt inventory with seasonal rates; guest check-in with ID registration; camel-trek, sand-sledging and stargazing add-on sales; housekeeping board; and management reports.

2. Sites and units
One camp site at Mingsha Mountain with 64 lettable units (48 tents, 16 yurts) and up to 25 named staff users.

3. Subscription Term
Twenty-four (24) months from the Service Start Date. The Service Start Date is the date stated in Provider's activation e-mail, planned for 1 April 2026, before the summer season.

4. Fees (all amounts in CNY, as requested by Customer)
Subscription Fee: CNY 9,800 per month, for 24 months = CNY 235,200.
Onboarding Fee (one-time): CNY 18,600, covering configuration of units and rate plans, import of existing bookings, connection of the three channels, payment gateway set-up and two remote training sessions.
Total Order Value: CNY 253,800.
Fees include VAT; any withholding tax is borne by Provider.

5. Invoicing and payment
5.1 Provider will invoice the Onboarding Fee and the Subscription Fee for the first billing year on signature of this Order Form, that is CNY 136,200 (CNY 18,600 + CNY 117,600). Customer shall pay that invoice within ten days and in any event before the Service Start Date; Provider will not activate the Service until it is paid.
5.2 The Subscription Fee for the second billing year (CNY 117,600) is invoiced in advance on the first anniversary of the Service Start Date and payable within fifteen days.
5.3 Payment by bank transfer in CNY to Provider's collection account held with its Chinese reseller, Lanzhou Gobi Digital Co., Ltd., which issues VAT invoices on Provider's behalf.

6. Onboarding and acceptance
6.1 Provider shall complete onboarding by the planned Service Start Date.
6.2 Before activation the parties shall run the onboarding acceptance tests: (a) a test booking on the website, the mini-program and each of the three channels appears in CampDesk within two minutes with correct unit, dates and price; (b) a price change in CampDesk reaches all three channels within five minutes; (c) payments through the Customer's WeChat Pay and Alipay merchant accounts are captured and refunded correctly; (d) all imported future bookings are checked against Customer's export with no discrepancy; and (e) guest ID registration data is produced in the format required by the local public-security reporting system.
6.3 Customer signs the onboarding acceptance record when the tests pass. Going live does not by itself mean the tests have passed.
6.4 If onboarding is not accepted by the planned Service Start Date for reasons attributable to Provider, Provider shall pay Customer CNY 150 for each day of delay, and the Subscription Term shall start only on acceptance.

7. Renewal
This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

8. Special conditions
8.1 Hosting: the Service for Customer is hosted in Alibaba Cloud's mainland China region.
8.2 Customer's booking page templates, rate-plan structures and report layouts created for Customer during onboarding are "Customer Configurations".
8.3 Contacts: Customer's front-office manager for operations and its finance manager for invoices; Provider's customer success manager for onboarding and account questions. Each party may change its contacts by e-mail.
8.4 Language: the Service user interface and the guest-facing booking pages shall be available in simplified Chinese and English.

Signed for Provider: ____________________ Name: ____________________ Date: __________
Signed for Customer: ____________________ Name: ____________________ Date: __________

PART 2 - CAMPDESK GENERAL TERMS (EDITION 2026)

1. Definitions
In these General Terms, "Service" means the CampDesk platform described in the Order Form; "Customer Data" means all data entered into the Service by or for Customer, including guest names, identity document numbers, contact details, booking history and payment references; "Documentation" means Provider's online user guides.

2. The Service
2.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its own business.
2.2 Provider will use commercially reasonable efforts to make the Service available and to keep interruptions short. Provider may carry out maintenance at any time and will try to give notice of planned maintenance on its status page.
2.3 Provider does not give any availability percentage, response time or resolution time, and service credits are not offered.
2.4 Support is provided by e-mail and through the help centre during Provider's business hours (09:00 to 17:00 UK time, Monday to Friday, excluding Scottish public holidays). Provider will deal with support requests in the order in which they are received.

3. Customer obligations
3.1 Customer is responsible for the accuracy of the rates, inventory and content it enters, and for the acts of its users.
3.2 Customer shall keep user credentials secure and notify Provider promptly of any unauthorised use.
3.3 Customer shall not use the Service to store data that it has no right to process.

4. Customer Data
4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and in accordance with Customer's documented instructions, and does not use it for any other purpose.
4.2 Customer Data is stored and processed in mainland China only. Provider does not transfer Customer Data outside mainland China.
4.3 On expiry or termination Provider will make Customer Data available for export in CSV format for sixty days and will then delete it, confirming deletion in writing.

5. Security
5.1 Provider maintains an information security programme certified to ISO/IEC 27001, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and annual penetration tests.
5.2 Provider shall notify Customer of any personal data breach affecting Customer Data without undue delay and in any case within forty-eight (48) hours, shall cooperate with Customer's investigation and any notification to authorities or guests, and shall bear the costs of, and be liable for the losses caused by, any breach attributable to Provider or its subcontractors.
5.3 Provider complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China as they apply to its processing.

6. Intellectual property
6.1 Provider owns the Service, the Documentation and all improvements to them.
6.2 Customer Configurations belong to Customer. Customer may use, modify and license them freely, including to a successor provider.

7. Confidentiality
Each party shall keep the other party's confidential information secret, use it only for the purposes of the Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This clause survives for three years after the Agreement ends.

8. Subcontracting
8.1 Provider's hosting provider, Alibaba Cloud, and its reseller named in the Order Form are approved on signature.
8.2 Provider shall not engage any other subcontractor or sub-processor for the Service without Customer's prior written consent, and remains responsible for all subcontractors.

9. Liability
9.1 Neither party is liable for indirect or consequential loss or for loss of profit, except in case of a breach of Clause 5 or Clause 7.
9.2 Each party's total liability under the Agreement is limited to twice the Total Order Value.
9.3 Nothing limits liability for death, personal injury, fraud or wilful misconduct.

10. Term and termination
10.1 The Agreement runs for the Subscription Term.
10.2 Either party may terminate the Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after written notice.
10.3 If Customer terminates under Clause 10.2, Provider shall refund the prepaid Subscription Fee for the period after termination.

11. Governing law and disputes
11.1 At Customer's request the Agreement is governed by the laws of the People's Republic of China.
11.2 Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.

12. General
12.1 Notices must be in writing and sent to the addresses in the Order Form or by e-mail to the contacts named in it.
12.2 Neither party may assign the Agreement without the other's written consent.
12.3 The Agreement is written in English; a Chinese translation is provided for convenience.
12.4 Provider may update the Service from time to time, provided that no update materially reduces the functions described in the Order Form during the Subscription Term. Provider will announce material changes at least thirty days in advance.
12.5 Neither party is liable for failure to perform caused by events beyond its reasonable control, including sandstorms, power or telecommunications outages affecting the camp, epidemics or government orders, provided it notifies the other party and resumes performance as soon as possible.

13. Suspension
13.1 Provider may suspend access only if an invoice remains unpaid more than thirty days after a written reminder, or if suspension is necessary to prevent a security threat to the Service, and shall restore access promptly once the cause is removed.
13.2 Provider shall give Customer at least five days' written notice before any suspension for non-payment, and shall not delete Customer Data during a suspension.
"""

E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. HLJ-BF-2026-07
P:This Contract is made between Heilongjiang Xing'an Blueberry Farm Co., Ltd., a company established in the People's Republic of China with its registered address in Yichun, Heilongjiang Province (the "Buyer"), and Riom Froid Intégration SAS, a company registered in France with its seat on the Île Saint-Riom (the "Supplier"). This Contract is issued on the Buyer's standard terms.
P:Whereas the Buyer operates four cold rooms and two controlled-atmosphere rooms for fresh and frozen blueberries and needs continuous monitoring of temperature, humidity, carbon dioxide and ethylene with alarms, and the Supplier has offered the equipment, software and services described below, the parties agree as follows. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Annex 1.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software and alarm module, licensed under Article 8.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's cold-store site.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under Article 5.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System, integrate it with the Buyer's refrigeration controllers through their Modbus interfaces, configure alarm rules and escalation lists, and train the Buyer's staff.
P:2.2 The System shall measure and record every sensor reading at least once per minute, keep all readings for at least three years on the Buyer's server, and send alarms by SMS, voice call and the monitoring screen.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 660,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Wireless temperature and humidity sensors|96|2,450|235,200
TB:CO2 and ethylene sensors|12|6,800|81,600
TB:LoRa gateways with backup battery|6|9,400|56,400
TB:ColdWatch monitoring software, perpetual licence|1|148,000|148,000
TB:Alarm module (SMS and voice), perpetual licence|1|38,800|38,800
TB:Hardware and Licence Subtotal|||560,000
TB:Installation, calibration and integration|1|86,000|86,000
TB:Training|1|14,000|14,000
TB:Contract Price|||660,000
P:3.2 The Contract Price is fixed and includes delivery to the site, import duties, VAT, insurance and all costs of the Supplier's personnel.
H:Article 4 Payment
P:4.1 The Buyer shall pay:
P:(a) 10% of the Contract Price (CNY 66,000) within fifteen working days after signature, against an advance payment guarantee issued by a bank in mainland China for the same amount;
P:(b) 55% of the Contract Price (CNY 363,000) within fifteen working days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment has been delivered and installed and is not acceptance;
P:(c) 35% of the Contract Price (CNY 231,000) within fifteen working days after Final Acceptance.
P:4.2 Each payment is made against a valid VAT invoice.
H:Article 5 Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the site within fifty days after signature and complete installation within twenty-five days after delivery, before the harvest storage season.
P:5.2 Final Acceptance tests: (a) every sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference thermometer at three set points, and CO2 sensors within 50 ppm of reference gas; (b) each alarm rule, simulated by the Buyer, reaches the duty phone by SMS within sixty seconds and by voice call within three minutes; (c) readings continue for six hours with a gateway switched off and are uploaded without loss after it restarts; (d) integration with all six refrigeration controllers shows set points and defrost status correctly; and (e) the System runs for fourteen consecutive days without a Severity 1 fault.
P:5.3 The Buyer shall sign the Final Acceptance certificate or give written reasons within seven working days after the tests. Use of the System for monitoring before that date is not acceptance.
H:Article 6 Delay Damages
P:6.1 If the Supplier fails to complete installation or to pass Final Acceptance on time, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:6.2 If the delay exceeds forty-five days, the Buyer may terminate the Contract under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty Equipment free of charge, including sensor batteries that fail early, and shall correct Software defects.
P:7.2 Faults are handled as follows:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Alarm chain down, or loss of readings from a whole cold room|30 minutes|8 hours|12 hours
TB:Severity 2|Single sensor or gateway fault|2 hours|48 hours|72 hours
TB:Severity 3|Reports, display or other minor issues|1 working day|as agreed|10 working days
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time it shall pay the Buyer CNY 800.
P:7.4 The monitoring software on the Buyer's server shall be available at least 99.95% of each month, excluding maintenance agreed in advance with the Buyer.
P:7.5 After the warranty the Buyer may order annual support at 8% of the Hardware and Licence Subtotal, that is CNY 44,800 per year, fixed for three years after the warranty. Annual support is ordered by purchase order each year and does not renew automatically.
P:7.6 Training: the Supplier shall train up to twenty of the Buyer's cold-store operators, maintenance technicians and quality staff on site for at least three days, covering sensor replacement, battery change, alarm handling, report export and basic fault finding, and shall provide Chinese training materials and operating manuals.
P:7.7 Spare parts: the Supplier shall deliver with the Equipment ten spare temperature and humidity sensors and one spare gateway, included in the Contract Price, and shall keep spare parts available for at least seven years after Final Acceptance.
P:7.8 Buyer's cooperation: the Buyer shall provide access to the cold rooms outside loading hours, power outlets at the gateway positions, a server meeting the Supplier's written specification, and a contact person with authority to approve test results. Delay caused by the Buyer's failure to do so extends the Supplier's deadlines accordingly.
H:Article 8 Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations.
P:8.2 The alarm rules, dashboards, integration scripts and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand them over in editable form at Final Acceptance.
H:Article 9 Data Security
P:9.1 All readings, alarm records, stock and room data and personal data of the Buyer's staff belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The System is installed on the Buyer's server on the Buyer's premises. Remote access by the Supplier is permitted only for support, after the Buyer's approval of each session, through a VPN with multi-factor authentication, and is logged. The Supplier shall not copy or export Buyer data and shall not transfer any data outside mainland China.
P:9.3 The Supplier shall notify the Buyer within ten (10) hours of any security incident affecting the System or Buyer data, shall help to contain it, and is liable for losses caused by incidents attributable to the Supplier.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's storage volumes, customer lists and prices, and shall not disclose it to third parties without written consent. This obligation continues for three years after the Contract ends.
H:Article 11 Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10, which are not limited.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or in the case of Article 6.2. On such termination the Supplier shall refund the amounts paid for any part of the System not accepted.
H:Article 14 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. If force majeure continues for more than sixty days, either party may terminate the Contract by written notice.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Article 16 Miscellaneous
P:This Contract is made in two originals in English and Chinese, with equal effect. Annex 1 (Equipment list and sensor layout) and Annex 2 (Acceptance test plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________    Date: ____________
"""

E04 = """# Managed Wi-Fi and Network Services Agreement

**Agreement reference:** BIS-XA-2026-112

**Customer:** Xi'an Tang Heritage Museum Cultural Products Co., Ltd., which operates the museum shop, café and cultural-products outlets of a museum in Xi'an, Shaanxi Province, People's Republic of China ("Customer").

**Provider:** Bisce Reti Gestite S.r.l., a company incorporated in Italy with its seat on the Isola delle Bisce ("Provider"), acting in China through its wholly owned subsidiary in Shanghai, which performs the on-site work and invoices the charges.

## Background

(A) Customer runs a flagship shop, a café and three smaller outlets inside the museum complex, with point-of-sale terminals, handheld inventory scanners, digital price labels and free guest Wi-Fi for visitors.

(B) Customer wishes to buy a managed network service covering design, supply on a rental basis, installation, operation and support of the Wi-Fi and wired network of these outlets, rather than owning the equipment.

(C) At Customer's request all charges are stated and paid in Chinese Renminbi (CNY).

## 1. Definitions

1.1 **Service** means the managed network service described in Clause 2 and Schedule 1.

1.2 **Equipment** means the access points, switches, firewall and controller that Provider installs and owns.

1.3 **Service Acceptance** means Customer's written confirmation under Clause 5 that the Service has passed the acceptance tests.

1.4 **Initial Term** means thirty-six (36) months from Service Acceptance.

## 2. The Service

2.1 Provider shall design the network; install 42 Wi-Fi 6 access points, 9 PoE switches, one firewall with a backup unit and one cloud-managed controller licence; and operate, monitor and support the network during the Initial Term.

2.2 The Service includes: separated networks for point-of-sale, staff, price labels and guests; a guest portal with mobile-number login as required by Chinese law; bandwidth management during peak visitor hours; 24x7 remote monitoring from Provider's Shanghai operations centre; on-site support in Xi'an; monthly reports; and replacement of faulty Equipment.

2.3 Internet access lines are ordered by Customer from a Chinese carrier and are not part of the Service.

## 3. Charges

| Charge | CNY |
|---|---|
| One-time set-up charge (design, installation, configuration) | 46,000 |
| Monthly service charge, CNY 21,500 x 36 months | 774,000 |
| **Total contract value for the Initial Term** | **820,000** |

3.1 The charges include VAT and all Equipment rental, licences, spare parts and labour.

3.2 The set-up charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears. Customer pays nothing in advance.

3.3 Customer shall pay each correct invoice within thirty days of receipt.

## 4. Installation

4.1 Provider shall complete installation within forty days after signature. Work inside the galleries and shop floors shall be done outside opening hours and under the supervision of the museum's security staff.

4.2 If Provider does not achieve Service Acceptance within sixty days after signature for reasons attributable to Provider, it shall pay Customer CNY 600 for each day of delay.

## 5. Service Acceptance

5.1 Acceptance tests: (a) a site survey shows a signal of at least -67 dBm in every sales and café area; (b) each point-of-sale terminal completes test transactions through WeChat Pay, Alipay and UnionPay; (c) guest Wi-Fi supports 300 simultaneous users in the flagship shop with at least 5 Mbps each; (d) failover to the backup firewall works without loss of point-of-sale connections; and (e) seven days of operation without a Priority 1 incident.

5.2 Customer shall sign the Service Acceptance certificate or give written reasons within five working days after the tests. Use of the network before that date is not Service Acceptance.

## 6. Service Levels

6.1 **Availability.** Provider targets availability of the point-of-sale and staff networks of 99.95% per calendar month, measured by its monitoring system, excluding planned maintenance announced three days in advance and carried out outside opening hours.

6.2 **Incident response.**

| Priority | Definition | Response | On site (Xi'an) |
|---|---|---|---|
| P1 | Point-of-sale network down in any outlet | 1 hour | 3 hours |
| P2 | Guest Wi-Fi down or degraded, or one access point down | 2 hours | next working day |
| P3 | Questions, changes, reports | 1 working day | as agreed |

6.3 Provider shall report availability and incident handling in the monthly report and shall hold a review meeting with Customer each quarter.

6.4 The service levels in this Clause 6 are targets. Failure to meet them does not entitle Customer to service credits, fee reductions or any other compensation, but Provider shall present a corrective action plan in the next quarterly review.

6.5 **Changes.** Customer may request moves, additions and changes, such as a new outlet, a temporary exhibition shop or a change of network names. Provider shall carry out up to ten standard changes per month within the monthly service charge, each within three working days; larger changes are quoted separately and carried out only after Customer's written order.

6.6 **Reports.** The monthly report shall include availability per network, a list of incidents with their response and restoration times, the number of guest Wi-Fi users by day, bandwidth peaks, Equipment replaced and changes completed.

## 6A. Customer's Responsibilities

6A.1 Customer shall provide power, cabinet space and cable routes, arrange access to the galleries and shop floors with the museum administration, and name one contact person for the Service.

6A.2 Customer shall order and pay for the internet access lines, and shall report faults of those lines to the carrier; Provider shall help Customer to follow up carrier faults.

6A.3 Customer shall not move, open or reconfigure the Equipment without Provider's agreement, and shall tell Provider promptly of any damage to it. Customer is responsible for loss or damage to the Equipment caused by its own staff or visitors, fair wear and tear excepted.

## 7. Customer Data

7.1 Data passing through or stored in the network, including transaction traffic, guest portal registrations (mobile numbers), device logs and usage statistics, belongs to Customer.

7.2 Provider may use that data only to operate the Service and prepare the reports under this Agreement, and shall not sell it or use it for any other purpose.

7.3 On expiry of this Agreement Provider shall hand over the guest portal registrations and configuration backups to Customer.

## 8. Intellectual Property

8.1 Provider retains ownership of the Equipment, its controller platform and its tools.

8.2 The network design, addressing plan, configuration files and as-built documentation prepared for Customer belong to Customer, which may use and modify them freely and may give them to any successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's business information received under this Agreement, including Customer's sales figures, visitor numbers and the museum's security arrangements, and shall not disclose it without written consent, except to its advisers or as required by law.

9.2 This obligation continues for three years after the Agreement ends.

## 10. Liability

10.1 Provider is liable for damage to the museum's property caused by its staff during installation and service visits, without limit.

10.2 Otherwise each party's total liability under this Agreement is limited to 150% of the total contract value for the Initial Term.

10.3 Neither party is liable for loss of profit or indirect loss.

## 11. Subcontracting

Provider shall not subcontract any part of the Service without Customer's prior written consent, except to its Shanghai subsidiary named above. Provider remains responsible for approved subcontractors.

## 12. Term and End of the Agreement

12.1 This Agreement starts on signature and ends at the end of the Initial Term. It does not renew automatically; any extension needs a written agreement.

12.2 Given the Equipment investment made by Provider, neither party may terminate this Agreement before the end of the Initial Term, except for force majeure lasting more than ninety days. Customer's remedies for any breach by Provider are the delay payment under Clause 4.2, damages within Clause 10 and specific performance.

12.3 At the end of the Agreement Provider shall remove the Equipment outside opening hours and restore the mounting points, and shall cooperate for up to thirty days with any successor provider.

## 13. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, including carrier outages, closure of the museum by the authorities and natural disasters, if it informs the other party promptly.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.

## 15. Miscellaneous

15.1 This Agreement, with Schedule 1 (Service description and site plan) and Schedule 2 (Acceptance test plan), is the entire agreement of the parties.

15.2 Amendments must be in writing and signed by both parties.

15.3 It is signed in English and Chinese; both versions are equally valid.

| For Customer | For Provider |
|---|---|
| Signature: ____________ | Signature: ____________ |
| Name and title: ____________ | Name and title: ____________ |
| Date: ____________ | Date: ____________ |
"""

E05 = """T:Data Subscription Agreement - Floriculture Price Data API
P:Agreement No. BOCK-KM-2026-019
P:Parties: Kunming Dianchi Flower Auction Trading Centre Co., Ltd., a company established in Kunming, Yunnan Province, People's Republic of China (the "Customer"); and Bock Marktdaten GmbH, a company registered in Germany with its seat on the Insel Bock (the "Vendor").
P:Background: The Customer runs a clock auction for cut flowers and potted plants and wishes to show its buyers and growers international reference prices next to its own auction results. The Vendor collects and publishes wholesale and auction price data for cut flowers from European, African and Latin American markets and offers it through an application programming interface (API). At the Customer's request all fees are stated and paid in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "API" means the Vendor's Floriculture Price Data API, version 3, and its documentation.
P:1.2 "Licensed Data" means the price indices, daily and weekly reference prices, volume statistics and market notes that the Vendor delivers through the API.
P:1.3 "Customer Data" means any data the Customer sends to the API or the Vendor, including the Customer's own auction results, product codes, query logs and user accounts.
P:1.4 "Integration Work" means the onboarding services in Clause 3, including the mapping of the Customer's product codes to the Vendor's variety codes.
P:1.5 "Subscription Term" means twenty-four (24) months from the date of Integration Acceptance under Clause 4.
H:2. Subscription and Licence
P:2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to receive the Licensed Data through the API and to display it on the Customer's auction screens, trading website and mobile application, and in reports to its registered buyers and growers.
P:2.2 The Customer may not resell the Licensed Data as a separate data product. It may publish derived charts and comparisons that include the Licensed Data if the source is credited.
P:2.3 The subscription covers up to 200,000 API calls per day for 1,800 varieties and grades.
P:2.4 Data quality: the Vendor shall check the Licensed Data for obvious errors before release, flag estimated or provisional prices as such, and publish corrections through the API within one business day after an error is found. The Customer may report suspected errors through the support portal; the Vendor shall answer each report within two business days.
P:2.5 Changes to the API: the Vendor shall keep version 3 of the API available throughout the Subscription Term and shall give at least ninety days' notice of any change that requires the Customer to modify its systems, with a test environment for the new version.
H:3. Fees and Payment
P:3.1 Fees:
TB:Item|Amount (CNY)
TB:Monthly subscription fee, CNY 36,400 x 24 months|873,600
TB:Integration Work (one-time)|21,400
TB:Total contract value|895,000
P:3.2 The Integration Work fee is invoiced after Integration Acceptance. The monthly subscription fee is invoiced at the end of each month for that month. No amount is payable in advance.
P:3.3 The fees include VAT and all taxes. The Customer shall pay each invoice within thirty days. Payments are made in CNY to the account of the Vendor's authorised distributor in Shanghai, which issues the VAT invoices.
H:4. Integration and Acceptance
P:4.1 The Vendor shall complete the Integration Work within forty-five days after signature, including the code mapping, a test environment, sample calls and a data dictionary in Chinese.
P:4.2 Integration Acceptance tests: (a) at least 98% of the Customer's traded varieties and grades are mapped to Vendor codes, the remainder listed with reasons; (b) daily reference prices for the previous trading day are available through the API by 06:00 Beijing time on five consecutive trading days; (c) ninety-five percent of API calls in a load test of 300 calls per second return within 800 milliseconds; and (d) the Customer's auction screen and mobile application display the data correctly.
P:4.3 The Customer shall sign the Integration Acceptance certificate or list the failed tests within five working days. Use of the API in production before signature is not acceptance.
P:4.4 If Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 700 for each day of delay.
H:5. Service Levels
P:5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced three days in advance and carried out between 22:00 and 04:30 Beijing time.
P:5.2 Daily reference prices shall be delivered by 06:00 Beijing time on each auction day.
P:5.3 Incidents are handled as follows:
TB:Priority|Definition|Response|Restoration target
TB:P1|API unavailable, or no daily prices by 06:00|30 minutes|2 hours
TB:P2|Partial data missing or wrong|2 hours|1 business day
TB:P3|Questions and minor issues|1 business day|as agreed
P:5.4 Service credits: for each full 0.02 percentage point below the monthly availability level the Customer receives a credit of 2% of the monthly fee; for each auction day on which daily prices arrive after 06:00 a credit of 1%; for each hour by which a P1 response is late a credit of 1%. Credits are deducted from the next invoice, up to the monthly fee.
P:5.5 The Vendor shall send the Customer a monthly service report with availability, delivery times of daily prices, incidents, credits due and data corrections, and shall hold a review call with the Customer each quarter.
P:5.6 Support is provided in Chinese and English through a support portal and a telephone hotline staffed around the clock for P1 incidents.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the API to the Customer and shall not use it for any other purpose, including its own price indices or products, during or after the Subscription Term.
P:6.2 The Vendor shall serve the Customer from infrastructure in mainland China operated by its distributor and shall not transfer Customer Data outside mainland China.
P:6.3 The Vendor shall protect Customer Data by encryption in transit and at rest, access on a need-to-know basis, multi-factor authentication for administrators and logging of access. It shall notify the Customer of any security incident affecting Customer Data within twenty-four (24) hours, cooperate in the response, and be liable for losses caused by incidents attributable to it.
P:6.4 On expiry the Vendor shall delete Customer Data within thirty days and confirm deletion in writing.
H:7. Intellectual Property
P:7.1 The Vendor owns the API and the Licensed Data.
P:7.2 The product code mapping tables, the Customer-specific display templates and any conversion scripts prepared under the Integration Work belong to the Customer, which may use, modify and license them freely.
H:8. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Customer's auction volumes and buyer lists and the Vendor's methods, and use it only for this Agreement. This obligation survives for three years after the Agreement ends.
H:9. Subcontracting
P:The Vendor's Shanghai distributor is approved on signature for hosting, invoicing and local support. The Vendor shall not engage any other subcontractor without the Customer's prior written consent and remains responsible for all subcontractors.
H:10. Liability
P:10.1 Each party's total liability under this Agreement is limited to 200% of the total contract value.
P:10.2 The limit does not apply to breach of Clauses 6 and 8, wilful misconduct or personal injury.
P:10.3 The Vendor does not warrant that the Licensed Data will predict prices; it shall compile it with professional care from the sources described in the documentation.
H:11. Term, Renewal and Termination
P:11.1 At the end of the Subscription Term the subscription renews for a further twenty-four months at the same fees, unless either party gives written notice of non-renewal at least sixty days before the end of the term.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. The Customer may also terminate if monthly availability falls below 99% in any two consecutive months.
P:11.3 On termination by the Customer for breach, the Vendor shall refund any fees paid for the period after termination.
H:12. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, including failure of public markets to publish prices, provided it notifies the other party promptly.
H:13. Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:13.2 The courts of Munich, Germany, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:14. General
P:14.1 This Agreement is the entire agreement of the parties about its subject matter. Amendments must be in writing.
P:14.2 It is executed in English and Chinese; in case of conflict the English text prevails.
P:14.3 Notices shall be given in writing to the addresses of the parties stated above, or to any other address that a party later notifies in writing.
P:For the Customer: ____________________  Name and title: ____________________  Date: __________
P:For the Vendor: ____________________  Name and title: ____________________  Date: __________
"""

# ---------------------------------------------------------------- plan and labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (file, lang, category, fmt, source, terms (in TERM_KEYS order), extra, forum_outside, planned rules,
#       TCO fee base, figures that must appear in the text)
PLAN = {
 "z01": ("h269z01_education_dept_student_aid_platform.md", "zh", "software", "md", "Z01",
         [99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2680000), False, [], 1120000,
         ["99.95%", "30分钟内响应", "万分之六", "20%", "二十四个月", "9%", "2,680,000", "¥100,800"]),
 "z02": ("h269z02_steel_wire_drawing_plc_scada_retrofit.docx", "zh", "hardware", "docx", "Z02",
         [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 26, False, True, True, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2800000), False,
         ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], 2352000,
         ["30分钟", "万分之八", "150%", "10%", "十八个月", "26%", "611,520", "2,800,000", "2,352,000"]),
 "z03": ("h269z03_tea_chain_ordering_loyalty_saas.txt", "zh", "cloud", "txt", "Z03",
         [99.5, 0.25, True, "buyer", True, False, True, 1200 / 1554000 * 100, 150, None, True, None, None, None,
          True, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1554000), False,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None,
         ["99.5%", "15分钟内响应", "1,200元", "150%", "1,554,000", "8%"]),
 "z04": ("h269z04_district_civil_affairs_elderly_care_om.pdf", "zh", "services", "pdf", "Z04",
         [None, 0.25, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None, False, True,
          False, None, S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000), False,
         ["CR-CONFIDENTIALITY", "CR-LD-LOW"], None,
         ["15分钟内响应", "万分之二", "468,000", "117,000"]),
 "z05": ("h269z05_preserved_fruit_wms_supplier_template.md", "zh", "software", "md", "Z05",
         [None, 8, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False, True, True,
          None, G],
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
              contract_value=880000), False,
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
          "CR-WARRANTY"], 420000,
         ["8个工作小时内响应", "20%", "65%", "六个月", "880,000", "即视为甲方验收合格"]),
 "e01": ("h269e01_blue_calico_pattern_software_licences.txt", "en", "software", "txt", "E01",
         [None, 2, True, "buyer", True, True, True, 400 / 588000 * 100, 200000 / 588000 * 100, 20, True, True, 3,
          11, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=588000), True,
         ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"], 504000,
         ["two (2) business hours", "CNY 400 for each day", "CNY 200,000", "20% (CNY 117,600)", "ninety (90) days",
          "11% of the Licence subtotal", "588,000", "55,440", "Frankfurt am Main"]),
 "e02": ("h269e02_desert_camp_booking_saas_order_form.txt", "en", "cloud", "txt", "E02",
         [None, None, False, "buyer", True, True, True, 150 / 253800 * 100, 200, 136200 / 253800 * 100, True, None,
          None, None, False, True, False, "PRC", S],
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=253800), False,
         ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None,
         ["CNY 150 for each day", "twice the Total Order Value", "CNY 136,200", "253,800",
          "commercially reasonable efforts"]),
 "e03": ("h269e03_blueberry_cold_store_sensors.docx", "en", "hardware", "docx", "E03",
         [99.95, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False, "PRC",
          G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=660000), False, [], 560000,
         ["99.95%", "30 minutes", "0.1% of the Contract Price", "150%", "10% of the Contract Price",
          "twenty-four (24) months", "8% of the Hardware", "44,800", "660,000"]),
 "e04": ("h269e04_museum_shop_managed_wifi_service.md", "en", "services", "md", "E04",
         [99.95, 1, False, "buyer", False, True, True, 600 / 820000 * 100, 150, None, True, None, None, None, False,
          False, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=820000), False,
         ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"], None,
         ["99.95%", "| 1 hour |", "CNY 600 for each day", "150%", "820,000", "neither party may terminate"]),
 "e05": ("h269e05_flower_auction_price_data_api.pdf", "en", "cloud", "pdf", "E05",
         [99.95, 0.5, True, "buyer", True, True, True, 700 / 895000 * 100, 200, None, True, None, None, None, False,
          True, False, "Germany", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=895000), True,
         ["CR-GOVERNING-LAW"], None,
         ["99.95%", "30 minutes", "CNY 700 for each day", "200%", "895,000", "Federal Republic of Germany"]),
}

# price and payment sums (as in the texts)
SUMS = {
 "z01": (2680000, [1120000, 1086000, 318000, 104000, 52000], [536000, 1206000, 938000], [20, 45, 35]),
 "z02": (2800000, [1104000, 216000, 168000, 246000, 388000, 230000, 412000, 36000], [280000, 980000, 1400000, 140000],
         [10, 35, 50, 5]),
 "z03": (1554000, [150 * 380 * 24, 186000], [186000] + [150 * 380 * 3] * 8, None),
 "z04": (468000, [312000, 68000, 52000, 36000], [117000] * 4, None),
 "z05": (880000, [420000, 356000, 84000, 20000], [572000, 308000], [65, 35]),
 "e01": (588000, [6 * 68000, 96000, 58000, 26000], [117600, 264600, 205800], [20, 45, 35]),
 "e02": (253800, [9800 * 24, 18600], [136200, 117600], None),
 "e03": (660000, [96 * 2450, 12 * 6800, 6 * 9400, 148000, 38800, 86000, 14000], [66000, 363000, 231000], [10, 55, 35]),
 "e04": (820000, [46000, 21500 * 36], [46000] + [21500] * 36, None),
 "e05": (895000, [36400 * 24, 21400], [21400] + [36400] * 24, None),
}
SUBTOTALS = {"z02": (2352000, 6), "e01": (504000, 2), "e03": (560000, 5)}


def tco_share(t, fee_base):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    horizon - warranty years (pro rata); fee = pct x itemised licence/hardware base. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (t["_cv"] + fees) * 100


def apply_rules(t, x, forum_outside, fee_base):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


# thresholds a labelled value must not sit on
ON_THRESHOLD = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    g = globals()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {}
    for k, (name, lang, cat, fmt, src, *_rest) in PLAN.items():
        assert name.endswith("." + fmt)
        if fmt in ("md", "txt"):
            (OUT / name).write_text(g[src], encoding="utf-8")
        else:
            built[k] = (name, fmt)
    write({k: g[PLAN[k][4]] for k in built}, built, OUT, wrap_words=True)
    mix = {"low": 0, "medium": 0, "high": 0}
    fired = set()
    for k, (name, lang, cat, fmt, src, vals, extra, forum_outside, planned, fee_base, figures) in PLAN.items():
        total, items, pays, shares = SUMS[k]
        assert sum(items) == total == extra["contract_value"], k
        assert sum(pays) == total, (k, sum(pays))
        if shares:
            assert sum(shares) == 100 and all(abs(total * s / 100 - p) < 0.01 for s, p in zip(shares, pays)), k
        if k in SUBTOTALS:
            sub, n = SUBTOTALS[k]
            assert sum(items[:n]) == sub, k
            assert fee_base == sub, k
        t = dict(zip(TERM_KEYS, vals))
        for key, th in ON_THRESHOLD.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        t["_cv"] = extra["contract_value"]
        rules = apply_rules(t, extra, forum_outside, fee_base)
        assert rules == sorted(planned), (k, rules, planned)
        share = tco_share(t, fee_base)
        del t["_cv"]
        text = read_back(OUT / name)
        flat = re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)
        for f in figures:
            ff = re.sub(r"\s+", "", f) if lang == "zh" else f
            assert ff in flat, (k, "figure missing", f)
        assert "{:,}".format(extra["contract_value"]) in text, k
        hits = threshold_hits(text) + threshold_hits(flat)
        assert not hits, (k, "threshold value in text", hits)
        length = len(text) if lang == "zh" else len(text.split())
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        mix[risk(rules)] += 1
        fired |= set(rules)
        print(k, fmt, lang, "length", length, "risk", risk(rules), "rules", len(rules),
              "tco_share", None if share is None else round(share, 2))
    print("mix", mix, "rules fired", len(fired), sorted(fired))


if __name__ == "__main__":
    main()
