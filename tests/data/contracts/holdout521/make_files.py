"""holdout521: ten blind, ordinary draft contracts with their labels (written before any run of the tool).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes the ten contracts (.txt/.md directly,
.docx/.pdf through ../word_pdf.py), the ten .json labels, then checks: price sums, label values off every threshold,
TCO shares, expected rules derived from the labels against the design list, coverage of all 20 CR rules, text
lengths read back from the built files, and a threshold-figure scan (self-tested) over every source and built file.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 司法局 社区矫正信息平台 (platform licence + custom development), 政府采购, buyer's paper — PDF, 第X条
# ----------------------------------------------------------------------------------------------------------------
Z01 = """
T:江州市社区矫正信息平台建设项目政府采购合同
P:合同编号：JZSFJ-ZFCG-2026-017　　采购方式：公开招标
P:甲方（采购人）：江州市司法局　　地址：江州市人民路88号
P:乙方（供应商）：江州正衡信息技术有限公司　　地址：江州市高新区科创大道16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江州市社区矫正信息平台建设项目（以下简称"本项目"）的平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供社区矫正信息平台软件（含矫正对象管理、电子定位监管、教育帮扶、考核奖惩、统计分析五个模块）的永久使用许可，并按甲方需求完成定制开发、部署实施、数据迁移和培训。
P:1.2 定制开发内容包括：与公安、法院、检察院业务系统的数据交换接口，矫正对象移动端报到应用，市、县、司法所三级工作台及统计报表。详细需求以本合同附件一《需求规格说明书》为准。
P:1.3 平台部署于甲方指定的市级政务云，乙方不得将平台及其数据部署于任何其他环境。
P:1.4 乙方应指定具有高级工程师职称的项目经理一名，项目经理及核心开发人员名单见附件二；未经甲方同意不得更换。乙方应每周向甲方提交项目周报，说明进度、问题和风险。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久）|860,000
TB:2|定制开发|520,000
TB:3|部署实施及数据迁移|146,000
TB:4|培训|34,000
TB:合计||1,560,000
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥312,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥702,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥546,000。
P:3.4 甲方按照政府采购资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方每次请款时应提交合规发票及对应的验收文件或付款依据，甲方收到完整资料后方启动支付程序。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后120日内完成部署及定制开发，并向甲方提交初步验收申请。
P:4.2 初步验收标准：附件一所列功能全部实现；各数据交换接口联调通过；并发500用户时页面响应时间不超过3秒；第三方安全测评无高危漏洞。
P:4.3 初步验收后系统试运行三个月，试运行期间无一级故障且累计二级故障不超过3次的，甲方组织最终验收。最终验收以甲方签字盖章的验收报告为准。
P:4.4 系统上线使用、试运行或甲方付款，均不视为最终验收合格。
P:4.5 验收不合格的，乙方应在10日内整改并重新申请验收，由此产生的费用由乙方承担；第二次验收仍不合格的，甲方有权按第十二条解除合同。
H:第五条 质量保证与运维
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 乙方应为全市各区县司法局及司法所的操作人员提供不少于8期集中培训，并提供操作手册、运维手册和培训视频。
P:5.3 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的8%，即每服务年度不超过¥68,800，且质保期满后三个服务年度内不得上调。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.5%（经甲方同意的计划内维护除外）。
P:6.2 一级故障（平台整体不可用或定位监管功能失效）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方应设立7×24小时服务热线，并于每季度首月10日前向甲方提交上季度运行报告，内容包括可用率统计、故障处理记录及安全事件情况。
P:6.4 月可用率每低于约定值0.1个百分点，甲方从应付款或运维费中扣减¥2,000；一级故障响应每超时一小时，扣减¥500。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 定制开发形成的源代码、接口程序、文档及数据模型的知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台中矫正对象个人信息、定位轨迹及业务数据均属甲方所有，乙方仅可为履行本合同处理，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级要求，实行最小授权、操作审计和数据加密；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工作秘密、矫正对象信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将系统部署、历史数据录入等非主体、非关键性工作分包给具有相应能力的第三方，但应在分包前以书面形式告知甲方。乙方就分包工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合约定的，应在甲方要求的期限内免费整改，并赔偿甲方因此遭受的损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在15日内提供证明，可根据影响程度部分或全部免除责任。
P:14.2 双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的应及时书面通知对方。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及附件均为本合同的组成部分。本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江州市司法局　　代表签字：________　　日期：2026年3月__日
P:乙方（盖章）：江州正衡信息技术有限公司　　代表签字：________　　日期：2026年3月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 乳品厂 CIP 清洗控制系统改造 + 维保 — DOCX with a Word price table, 1. / 1.1
# ----------------------------------------------------------------------------------------------------------------
Z02 = """
T:CIP清洗控制系统改造及维保合同
P:合同编号：HTMY-SB-2026-0412
P:甲方：河套牧源乳业有限公司　　地址：内蒙古巴彦淖尔市临河区乳业园区8号
P:乙方：上海澄流自动化工程有限公司　　地址：上海市闵行区虹梅南路1288号
P:鉴于甲方液态奶车间现有CIP清洗系统控制设备老化、清洗记录不能追溯，甲方决定对其进行自动化改造；乙方具备相应的设计、供货和调试能力。双方经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责液态奶车间四套CIP清洗站（含酸罐、碱罐、热水罐及回收罐）的控制系统改造，包括控制柜、在线仪表、气动阀组、上位机软件及操作站的供货、安装、编程、调试和培训。
P:1.2 改造后的系统应实现清洗程序自动执行、浓度及温度闭环控制、清洗记录电子化存档及按批次追溯，并与甲方MES系统对接。
P:1.3 改造须利用甲方计划停产窗口分段实施，每套清洗站停用时间不超过72小时。
P:1.4 乙方应指定项目经理和电气、自控工程师各一名常驻现场，人员名单见附件三，未经甲方同意不得更换。乙方应每周提交施工进度报告，并参加甲方组织的项目例会。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰肆拾玖万元整（¥1,490,000），含税，含运输、保险、安装及调试费用。价格明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含冗余CPU、I/O模块）|4套|486,000
TB:2|电导率、温度、流量在线仪表|1批|238,000
TB:3|卫生级气动阀组及阀岛|1批|312,000
TB:4|上位机SCADA软件许可（永久）|1套|96,000
TB:5|工控机及操作站|3台|58,000
TB:|软硬件小计||1,190,000
TB:6|PLC程序开发及清洗配方调试|1项|164,000
TB:7|安装、接线及现场调试|1项|118,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,490,000
H:3. 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经双方开箱清点签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 其余5%作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:4. 交货与实施
P:4.1 乙方应于合同签订后75日内将全部设备运抵甲方现场，并于到货后45日内完成四套清洗站的改造和调试。
P:4.2 乙方未按期交货或完成调试的，甲方有权书面催告；催告后仍逾期超过30日的，甲方可依照第10条解除合同。
P:4.3 乙方现场人员应遵守甲方食品安全、卫生和动火作业管理制度，进入洁净区须按甲方要求更衣消毒。
P:4.4 乙方应在每套清洗站改造前7日提交施工方案及切换方案，经甲方生产部门确认后实施；切换期间乙方应安排工程师现场值守，确保恢复生产前完成清洗程序验证。
P:4.5 乙方应随设备提供产品合格证、仪表校准证书、电气图纸、程序说明书及操作维护手册各两套。
H:5. 验收
P:5.1 验收标准：(1) 各清洗站按配方自动完成预冲洗、碱洗、中间冲洗、酸洗、最终冲洗全流程；(2) 酸碱浓度控制偏差不超过±0.1个百分点，温度偏差不超过±1℃；(3) 清洗记录完整存档并可按批次追溯；(4) 与MES的数据对接准确无误；(5) 系统连续运行15日无故障。
P:5.2 甲方应在乙方提交验收申请后7日内组织验收，验收合格后双方签署最终验收证书。验收不合格的，乙方应在10日内完成整改并重新申请验收，由此产生的费用由乙方承担。
P:5.4 乙方应在验收前完成对甲方操作人员和设备维护人员的培训，培训合格人员不少于12名，并移交全部技术资料和软件备份介质。
P:5.3 设备到货、安装或投入试生产，均不视为验收合格。
H:6. 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:6.2 质保期内乙方提供7×24小时电话支持。一级故障（任一清洗站无法运行并影响生产）乙方应在1小时内响应，8小时内到达现场；二级故障24小时内响应。
P:6.3 一级故障响应或到场每超时一小时，按每小时¥800计算服务扣款，从质量保证金或维保费中扣除。
P:6.4 质保期内乙方每季度上门巡检一次，检查仪表精度、阀门动作及程序运行情况，并向甲方提交巡检报告。
P:6.5 乙方应在甲方现场存放必要的备品备件（包括CPU模块、电导率变送器、阀岛电磁阀各两件），备件清单见附件二，消耗后由乙方及时补充。
H:7. 质保期满后维保
P:7.1 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的7%，即每服务年度¥83,300，质保期满后三个服务年度内固定不变。
P:7.2 维保服务按服务年度由甲方另行下达订单，不自动续期。维保期间的服务水平与第6.2条、第6.3条相同。
H:8. 数据安全
P:8.1 系统产生的清洗记录、工艺参数、配方数据及其他生产数据均属甲方所有，乙方不得复制、转移或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN及工控防火墙接入，全程记录操作日志；调试结束后应删除其设备上存储的甲方数据。
P:8.3 因乙方原因导致甲方数据丢失、被篡改或被非法获取的，乙方应立即通知甲方、配合处置，并赔偿甲方因此遭受的全部损失。
H:9. 知识产权
P:9.1 乙方为本项目编写的PLC程序、上位机画面、清洗配方模板及接口程序的知识产权归甲方所有，乙方应交付完整源程序，甲方可自行修改使用。SCADA软件产品本身的知识产权归其原权利人。
H:10. 违约与解除
P:10.1 乙方交付的设备或系统不符合约定的，应免费整改；造成甲方损失的，乙方应予赔偿。
P:10.2 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:11. 分包
P:11.1 未经甲方书面同意，乙方不得将本项目任何部分分包。经同意分包的，乙方对分包方的行为承担连带责任。
H:12. 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:13. 其他
P:13.1 因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在不可抗力消除后继续履行。
P:13.2 双方的通知应以书面形式送达本合同首部所列地址，或发送至双方项目负责人的指定邮箱。
P:13.3 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。未尽事宜由双方另行签订补充协议。
P:13.4 附件：技术规格书、设备清单、备件清单、验收方案，与本合同具有同等效力。
P:甲方（盖章）：河套牧源乳业有限公司　　授权代表：________
P:乙方（盖章）：上海澄流自动化工程有限公司　　授权代表：________
P:签订日期：2026年4月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 连锁口腔诊所 (18 家) 预约及病历 SaaS + 实施 — TXT, 一、（一）
# ----------------------------------------------------------------------------------------------------------------
Z03 = """口腔诊所预约及电子病历SaaS订阅与实施服务合同

合同编号：HCKQ-IT-2026-009
甲方：杭州皓齿口腔医疗管理有限公司（代表其下属18家口腔诊所）
地址：杭州市西湖区文三路259号
乙方：南京牙云信息科技有限公司
地址：南京市雨花台区软件大道168号

甲方为统一下属诊所的预约、病历和收费管理，拟订阅乙方的"牙云"口腔诊所管理平台并委托乙方实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过"牙云"SaaS平台向甲方下属18家诊所提供在线预约、医生排班、电子病历、口腔影像管理、收费及会员管理服务（以下简称"订阅服务"）。诊所名单见附件一。
（二）乙方负责实施工作：历史患者档案及预约数据迁移、各诊所参数配置、与甲方现有财务系统及医保结算终端对接、各诊所人员培训。
（三）乙方为甲方定制开发的集团经营报表及财务接口，作为实施成果交付。
（四）订阅服务包括平台的日常运行维护、安全防护、数据备份、版本升级及7×24小时在线客服，甲方无需为此另行付费。
（五）甲方新开设诊所需要接入平台的，按本合同约定的单价按月折算增加订阅费，双方以书面确认单确定。

二、服务期限与续期
（一）订阅服务期为三个服务年度，自2026年6月1日起至2029年5月31日止。
（二）服务期满前60日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（三）每次续期时，乙方有权按其价格政策上调订阅单价，上调幅度不超过上一服务年度单价的10%，乙方书面通知甲方后即生效。

三、费用及支付
（一）费用明细：
1. 订阅费：每家诊所每服务年度¥9,800，18家合计每服务年度¥176,400，三个服务年度合计¥529,200；
2. 实施费（含数据迁移、配置、接口对接、定制报表、培训）：¥86,000，一次性费用；
3. 合同总价：¥615,200。
（二）实施费在上线验收合格后15个工作日内支付。
（三）订阅费按季度支付，每季度¥44,100，于每季度结束后15个工作日内凭乙方发票支付。
（四）甲方不向乙方支付任何预付款。
（五）乙方应开具增值税专用发票，发票信息有误的，甲方付款期限相应顺延。

四、实施与验收
（一）乙方应于2026年5月20日前完成全部18家诊所的数据迁移、配置和培训，具备上线条件。
（二）上线验收标准：1. 历史患者档案和预约记录经抽样核对无差错；2. 预约、病历、影像、收费功能在全部诊所正常使用；3. 与财务系统、医保结算终端的对接测试通过；4. 定制报表数据与业务数据核对一致；5. 每家诊所至少两名人员通过操作考核。
（三）甲方在收到验收申请后7日内组织验收并出具验收单。系统上线使用不等于验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新提交验收申请。
（五）乙方应为每家诊所安排不少于两天的现场驻点支持，上线首月每周向甲方提交运行报告。

五、服务水平
（一）平台月可用率不低于99.95%，计划维护应安排在22:00至次日6:00并提前三日通知甲方。
（二）一级故障（平台整体或任一诊所无法预约、调阅病历）15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决。
（三）乙方提供电话、在线工单及微信群三种支持渠道，并指定专属客户经理一名。客户经理每月与甲方信息部门召开服务例会，通报平台运行、故障处理及版本更新情况。
（四）月可用率每低于约定值0.1个百分点，扣减当月订阅费的2%，最高扣减当月订阅费的20%；一级故障响应超时的，每次扣减¥500。

六、数据归属与数据安全
（一）甲方及患者在平台中产生的患者档案、病历、影像、预约及收费数据（以下简称"甲方数据"）归甲方所有。
（二）乙方有权对甲方数据进行去标识化处理后，用于乙方产品改进、算法训练及口腔行业统计分析，并可在服务期满后继续使用该等去标识化数据。
（三）乙方应将平台部署于中国境内，按网络安全等级保护第三级要求实施访问控制、加密存储和传输、日志审计及异地备份。
（四）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（五）合同终止后30日内，乙方应按甲方要求导出全部甲方数据，并删除平台中的甲方数据。
（六）乙方应每日对甲方数据进行备份，备份数据保留不少于90日；甲方需要恢复误删数据的，乙方应在24小时内完成恢复。
（七）乙方工作人员访问甲方数据须经授权并留存访问记录，甲方可随时查阅本单位数据的访问日志。

七、保密
（一）双方对在履行本合同中知悉的对方商业秘密及患者信息负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务不因本合同终止而免除。

八、知识产权
（一）"牙云"平台软件的知识产权归乙方所有。
（二）定制报表及财务接口程序的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用或委托第三方维护。

九、违约责任
（一）乙方未按第四条（一）约定时间具备上线条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方提供的订阅服务连续两个月未达到第五条约定的可用率的，甲方除扣减订阅费外，有权要求乙方提交整改方案并限期整改。
（三）乙方违反第六条数据安全义务的，应赔偿甲方全部损失，包括甲方因此承担的行政罚款及对患者的赔偿。

十、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付但尚未提供服务期间的费用。
（二）合同解除或终止的，乙方应在数据导出完成前继续提供只读访问，并配合甲方将数据迁移至甲方指定的系统，不得以任何理由拒绝或拖延。

十一、分包
（一）乙方不得将实施工作分包。乙方变更平台所用云服务商的，应事先取得甲方书面同意。

十二、法律适用与争议解决
（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方应先行协商；协商不成的，提交杭州仲裁委员会按其仲裁规则在杭州仲裁。
（二）争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由中断订阅服务。

十三、不可抗力与通知
（一）因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。
（二）双方通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。

十四、其他
（一）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（二）附件一《诊所名单》、附件二《实施计划》、附件三《服务水平说明》为本合同的组成部分。

甲方（盖章）：杭州皓齿口腔医疗管理有限公司　　　代表：________
乙方（盖章）：南京牙云信息科技有限公司　　　代表：________
日期：2026年4月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 老年大学 教务管理系统 年度运维, 竞争性磋商 — TXT, （1）
# ----------------------------------------------------------------------------------------------------------------
Z04 = """江城市老年大学教务管理系统运维服务合同

项目编号：JCLD-CS-2026-03（竞争性磋商）
甲方：江城市老年大学
地址：江城市东湖路12号
乙方：江城易学软件服务有限公司
地址：江城市经济开发区信息港B座6楼

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方教务管理系统运维服务事宜，经协商一致，订立本合同。

（1）服务范围
① 乙方为甲方教务管理系统（含招生报名、排课选课、学员学籍、教师课酬、网上缴费及微信报名小程序）提供运维服务。
② 服务内容包括：驻场运维一人（工作日8:30至17:30）、远程技术支持、系统巡检与安全加固、报名高峰期应急保障、数据备份与恢复演练、小程序适配更新。远程技术支持时间为每日8:00至22:00，重大故障时间不限。
③ 乙方应按甲方要求对教务处、各系部及财务室的操作人员进行培训，每学期不少于两次，并编制运维手册和常见问题解答。
④ 驻场人员应具有三年以上系统运维经验，熟悉Linux、MySQL及微信小程序发布流程；乙方更换驻场人员的，应提前15日书面征得甲方同意，并完成不少于5个工作日的交接。
⑤ 乙方应建立运维服务台账，如实记录巡检、变更、故障处理和用户咨询情况，每月5日前向甲方提交上月运维月报。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。期满后如需继续服务，由甲方依法重新组织采购，本合同不自动续期。

（3）服务费用与支付
① 服务费总额为人民币贰拾叁万捌仟元整（¥238,000），包括：驻场运维¥156,000；远程技术支持¥42,000；巡检及安全加固¥28,000；报名高峰期应急保障¥12,000。
② 服务费按季度支付，每季度¥59,500，在该季度服务考核合格且甲方收到发票后15个工作日内支付。
③ 本合同不设预付款。
④ 上述费用已包含乙方人员工资、差旅、社会保险、税费及完成本合同服务所需的全部费用，甲方不再支付其他费用。

（4）服务水平
① 系统月可用率不低于99.95%（经甲方同意的计划维护除外）。
② 一级故障（系统无法访问、报名或缴费中断）30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；一般问题当日处理。
③ 春季、秋季报名开放期间，乙方应安排两名技术人员现场值守，每日报名结束后向教务处报告当日系统运行及缴费对账情况，并提前完成压力测试和扩容准备，确保报名开放首日系统平稳运行。
④ 乙方每月对服务器操作系统、数据库、中间件和网站进行一次巡检，每季度进行一次漏洞扫描和安全加固，并在重大节假日和报名开放前增加专项检查。
⑤ 系统需要升级或变更配置的，乙方应事先提交变更方案，经甲方同意后在非教学时段实施，并做好回退准备。
⑥ 月可用率每低于约定值0.1个百分点，扣减当季服务费¥1,500；一级故障响应或恢复每超时一小时，扣减¥300。

（5）考核与验收
① 每季度末，甲方按以下标准考核：巡检报告按月提交且内容完整；故障处理记录完整，响应及恢复时间符合第（4）项；每季度完成一次备份恢复演练且恢复成功；漏洞扫描无遗留高危漏洞。
② 考核采用百分制评分表（见附件一），得分80分及以上为合格。
③ 考核合格的，甲方出具季度考核单；服务期满时，甲方根据各季度考核结果出具服务验收报告。未经考核确认的服务不视为合格。

（6）违约责任
① 乙方未按约定日期（2026年3月1日）进场提供服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
② 季度考核不合格的，乙方应在15日内整改，并提交书面整改报告；连续两个季度考核不合格的，甲方有权解除合同。
③ 乙方违反第（7）项、第（8）项约定的，应赔偿甲方全部损失。
④ 驻场人员无故缺勤的，每缺勤一个工作日扣减服务费¥600；乙方未按期提交运维月报或巡检报告的，每次扣减¥200。

（7）数据安全
① 系统中学员姓名、身份证号、联系方式、缴费记录等全部数据属甲方所有，乙方仅为提供运维服务而接触，不得复制、下载或用于其他目的。
② 乙方运维人员须签署安全承诺，使用甲方分配的账号经堡垒机操作，严禁将数据拷贝至个人设备。
③ 乙方每日对数据库进行增量备份、每周进行全量备份，备份数据存放于甲方机房的备份服务器，不得存放于乙方或第三方设备。
④ 发生数据泄露、丢失或系统被入侵时，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

（8）保密
乙方对在服务中知悉的甲方信息、学员个人信息及系统账号口令负有保密义务，不得向任何第三方披露；保密义务在合同终止后继续有效。

（9）知识产权
运维期间乙方为甲方编写的脚本、文档及小程序适配代码的知识产权归甲方所有，乙方应一并交付源文件。

（10）分包
乙方不得将本合同服务分包或转包。乙方需要其他技术人员临时支援的，应使用本单位在册员工，并事先将人员信息报甲方备案。

（11）合同解除
① 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同。
② 合同解除或服务期满后，乙方应配合甲方或甲方新选定的服务商完成交接，交接期不少于15日，移交全部账号、口令、脚本、文档及运维台账，交接完成前不得停止服务。
③ 合同解除的，甲方按乙方实际提供且考核合格的服务支付费用。

（12）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（13）甲方义务
① 甲方应为驻场人员提供办公场所、网络及必要的系统账号，并指定联系人负责日常对接。甲方对驻场人员的工作进行日常监督，发现不能胜任的，有权要求乙方更换。
② 甲方应及时组织季度考核并按约定支付服务费。
③ 甲方应妥善保管系统管理员账号，不得将运维账号提供给乙方以外的第三方使用。
④ 甲方对系统进行功能变更或新增模块的，应提前通知乙方，由双方另行协商开发事宜，不属于本合同运维服务范围。

（14）不可抗力与通知
① 因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，可部分或全部免除责任。
② 双方通知以书面形式送达本合同首部所列地址；紧急故障可先以电话或微信通知，事后补交书面记录。

（15）其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。附件一《运维服务内容及考核细则》、附件二《驻场人员名单》与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：江城市老年大学　　　　代表：________
乙方（盖章）：江城易学软件服务有限公司　　代表：________
签订日期：2026年2月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 黄酒厂 ERP 软件许可 + 定制开发, the supplier's template — MD, markdown price table, ## 第X条
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 云酿ERP软件许可及实施服务合同

（乙方标准合同文本 V5.1）

合同编号：YN-ERP-2026-0318

- 甲方：绍兴鉴湖酒业股份有限公司（地址：浙江省绍兴市越城区鉴湖路66号）
- 乙方：杭州云酿软件股份有限公司（地址：杭州市滨江区江南大道3588号）

甲方为提升黄酒酿造、陈酿库存及经销渠道的管理水平，选用乙方云酿ERP软件。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予云酿ERP软件（财务、供应链、生产制造、质量追溯四个模块，50个并发用户）的永久使用许可。

1.2 乙方根据甲方需求进行定制开发，内容为：酿造批次追溯、陈酿酒库存及酒龄管理、经销商返利结算。

1.3 乙方负责系统安装部署、基础数据初始化、用户培训及上线支持。

1.4 系统运行所需的服务器、数据库、操作系统及网络设备由甲方自行采购，不在本合同范围内。乙方应在合同签订后10个工作日内向甲方提供配置建议书。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云酿ERP软件许可（四个模块，50用户，永久） | 720,000 |
| 2 | 定制开发（批次追溯、陈酿库存、经销商返利） | 180,000 |
| 3 | 实施及培训 | 60,000 |
| | 合计 | 960,000 |

合同总价为人民币玖拾陆万元整（¥960,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥624,000。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即¥336,000。

3.3 乙方收到首期款项后启动项目；甲方逾期付款的，乙方有权顺延交付期限。

3.4 乙方在收到每期款项前向甲方开具等额增值税专用发票。甲方增加用户数的，按每用户¥12,000另行购买许可。

## 第四条 交付与上线

4.1 乙方在收到首期款项后90日内完成软件安装、定制开发和数据初始化，并通知甲方上线。

4.2 甲方应提供上线所需的服务器、网络环境及基础数据，并指定项目负责人配合乙方工作。

4.3 甲方应在乙方提出需求调研安排后5个工作日内组织相关部门参加调研，并在10个工作日内确认需求规格说明书。需求确认后，甲方要求变更的，乙方有权另行收费并顺延交付期限。

4.4 因甲方未按时提供服务器、网络环境或基础数据导致上线延迟的，交付期限相应顺延，乙方不承担逾期责任。

4.5 乙方应为甲方财务、采购、仓储、生产及质量部门的关键用户提供集中培训，并提供电子版操作手册。培训以外的现场指导按第7.3条另行计费。

4.6 甲方应在上线前完成期初库存、客户及经销商档案的核对，并对导入数据的准确性负责。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的功能调整及问题，按第六条维护服务处理，不影响验收结论及付款。

## 第六条 免费维护期及服务响应

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或核心业务无法操作）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 上述响应时间为乙方服务目标，乙方未达到的，不承担扣款、赔偿或违约金责任。

6.4 因甲方擅自修改系统配置、操作不当、硬件或网络故障、病毒入侵等非乙方原因引起的问题，不属于免费维护范围，乙方可按人天单价另行收费。

6.5 乙方通过电话、远程协助和服务工单系统提供支持，服务时间为工作日9:00至18:00。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的26%计收，即每服务年度¥187,200。

7.2 年度维护费在每个服务年度开始前支付。维护服务内容包括版本升级、远程支持及缺陷修复。

7.3 现场服务按每人天¥2,800另行计费，差旅费用由甲方承担。

## 第八条 知识产权

8.1 云酿ERP软件及乙方为本项目完成的全部定制开发成果（包括程序、源代码、报表模板及文档）的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。

8.3 甲方如需对定制开发功能进行修改或扩展，应委托乙方进行，费用另行协商。乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。甲方应自行做好业务数据的日常备份，因甲方未备份造成的数据损失，乙方不承担责任。

9.2 乙方有权对甲方业务数据进行脱敏处理后用于产品改进、行业分析及模型训练。

9.3 乙方在实施和维护过程中应采取访问控制、加密传输和操作记录等安全措施；发生数据泄露或丢失的，乙方应及时通知甲方，因乙方原因造成的，乙方承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

10.2 本条保密义务在合同终止后两个服务年度内继续有效。甲方不得向第三方披露乙方软件的技术资料、报价及本合同条款。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且不承担任何间接损失或利润损失。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后30日内未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方应支付乙方已完成工作对应的费用；已交付的软件许可不予退还。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商解决；协商不成的，提交杭州仲裁委员会仲裁，仲裁裁决是终局的。

## 第十四条 其他

14.1 因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并提供证明。

14.2 双方通知以书面形式或电子邮件送达本合同首部所列地址及双方项目负责人邮箱。

14.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件一《功能清单》、附件二《实施计划》为本合同的组成部分。

甲方（盖章）：绍兴鉴湖酒业股份有限公司　　代表：________

乙方（盖章）：杭州云酿软件股份有限公司　　代表：________

日期：2026年3月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 software licence (perpetual licences + services), Massachusetts vendor — PDF, Article N
# ----------------------------------------------------------------------------------------------------------------
E01 = """
T:Software Licence and Services Agreement
P:Agreement No. MQS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Changzhou Hengrun Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Longcheng Avenue, Wujin District, Changzhou, Jiangsu ("Customer"), and Merrimack Quality Systems, Inc., a Massachusetts corporation with its principal office at 200 Jackson Street, Lowell, Massachusetts 01852, USA ("Vendor").
P:Background: Vendor develops the QualiTrack statistical process control and quality management software. Customer manufactures machined components for automotive brake and steering systems and wishes to use QualiTrack in its two plants in Changzhou, to connect it with its measuring equipment and its ERP system, and to have Vendor implement it. At Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack server and client software in object code, including all updates and new versions supplied under this Agreement, and its user documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, control-plan templates, scripts and other materials that Vendor creates specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all measurement data, inspection records, part and supplier information and any other data that Customer or its equipment enters into or generates in the Software.
P:1.4 "Final Acceptance" means the signature by Customer of the final acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the number of named users and servers set out in Article 3, at any site of Customer and its affiliates in mainland China, for Customer's internal business purposes.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Additional users may be added at the unit prices in Article 3 for three Support Years after Final Acceptance.
P:2.3 Vendor retains ownership of the Software. Nothing in this Agreement transfers title to the Software to Customer.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 1,290,000 (the "Contract Price"), inclusive of VAT, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|QualiTrack named user licence, perpetual|58 users at 14,500|841,000
TB:2|QualiTrack server licence, perpetual|1|129,000
TB:|Licence Subtotal||970,000
TB:3|Implementation, gauge interfaces and ERP integration|fixed price|286,000
TB:4|Training of quality engineers and operators|fixed price|34,000
TB:|Contract Price||1,290,000
P:3.2 The Contract Price is fixed and covers all travel, expenses and taxes of Vendor, including withholding taxes, which Vendor shall bear.
H:Article 4 Payment
P:4.1 Customer shall pay 10% of the Contract Price within 30 days after signature of this Agreement against Vendor's invoice.
P:4.2 Customer shall pay 55% of the Contract Price within 30 days after Vendor has installed the Software at both plants and Customer has signed the installation certificate. The installation certificate confirms delivery only and is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY to the account of Vendor's designated collection agent in China named in the invoice.
H:Article 5 Implementation and Acceptance
P:5.1 Vendor shall complete installation within 60 days and the whole implementation within 150 days after signature, according to the project plan in Annex 1.
P:5.2 Final Acceptance tests shall show that: (a) all functions listed in Annex 2 operate as specified; (b) the interfaces to the 46 coordinate measuring machines and gauges listed in Annex 2 transfer measurements without loss for 10 consecutive production days; (c) control charts and capability indices calculated by the Software match Customer's reference calculations; (d) the ERP interface posts inspection results correctly; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 If the tests succeed, Customer shall sign the final acceptance certificate within 10 days. If they fail, Vendor shall correct the defects at its own cost and repeat the tests. Productive use of the Software, installation or any payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to their specifications and Annex 2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply all updates and new versions and provide support under Article 7 free of charge.
P:6.2 Vendor warrants that the Software contains no virus, time lock or other code that could disable it or harm Customer's systems.
H:Article 7 Support and Service Levels
P:7.1 Vendor shall provide support by telephone and e-mail in Chinese and English, and on site when needed, through its support partner in Shanghai.
P:7.2 Severity 1 (the Software is down or measurement data cannot be recorded at a plant) shall be responded to within 1 hour and resolved or worked around within 8 hours. Severity 2 (a major function is impaired) shall be responded to within 2 hours and resolved within 2 business days. Severity 3 requests shall be answered within 2 business days.
P:7.3 If Vendor misses a Severity 1 response or resolution time, Vendor shall pay a service credit of CNY 1,000 for each hour of delay, and CNY 400 for each hour of delay for Severity 2, deducted from the next payment or the next support fee.
P:7.4 After the Warranty Period, Customer may order annual support ("Support") for each Support Year. The annual Support fee is 9% of the Licence Subtotal, that is CNY 87,300 per Support Year, fixed for the first three Support Years after the Warranty Period. Any later change requires written agreement and shall not exceed 3% per Support Year. Support is ordered by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including to third parties.
P:8.2 Vendor shall indemnify Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and on Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on Customer's servers in Changzhou. Vendor may access Customer's systems remotely only through the VPN and access accounts provided by Customer, with Customer's approval for each session, and shall not copy Customer Data outside Customer's systems.
P:9.3 Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, keep access logs and use only trained staff bound by written security undertakings.
P:9.4 Vendor shall notify Customer within 12 hours of any actual or suspected security incident affecting Customer Data, take all remedial measures and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including Customer's process parameters, drawings and quality records, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Vendor fails to complete Final Acceptance by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Articles 9 and 10, or the indemnity in Article 8.2.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the work without Customer's prior written consent. Customer consents to the use of Vendor's Shanghai support partner named in Annex 3. Vendor remains responsible for all subcontractors.
H:Article 13 Term and Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after notice, or if the liquidated damages under Article 11.1 reach their maximum. Vendor shall then refund the amounts paid for undelivered or unaccepted work.
P:13.2 Termination does not affect the licences granted for Software that has been paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Massachusetts, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Boston, Massachusetts, and the language of arbitration is English.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 This Agreement, with Annex 1 (Project Plan), Annex 2 (Functional Specification and Acceptance Tests) and Annex 3 (Support Partner), is the entire agreement of the parties. It is made in English and Chinese; both versions are equally authentic.
P:For Customer: Changzhou Hengrun Precision Components Co., Ltd.    Name: ____________  Date: ________
P:For Vendor: Merrimack Quality Systems, Inc.    Name: ____________  Date: ________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 SaaS order form + General Terms, New Jersey vendor — MD, Section N.N
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM — RaritanDesk Customer Service Cloud

**Order Form No.** RD-APAC-2026-0187

| | |
|---|---|
| Provider | Raritan Cloud Software LLC, 100 Overlook Center, Princeton, New Jersey 08540, USA |
| Customer | Shanghai Jiayue Home Appliances Retail Co., Ltd., 1200 Zhongshan West Road, Changning District, Shanghai |
| Service | RaritanDesk Customer Service Cloud, Professional edition, China region |
| Subscription Term | 1 July 2026 to 30 June 2029 (three Subscription Years) |
| Currency | Chinese yuan (CNY), at Customer's request |

## Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Agent seat subscription, per Subscription Year | 240 seats | 1,150 per seat | 276,000 per Subscription Year |
| Subscription fees for the Subscription Term | 3 Subscription Years | 276,000 | 828,000 |
| Onboarding: configuration, migration of ticket history, telephony and WeChat integration, training | one-time | 46,000 | 46,000 |
| **Total Order Value** | | | **874,000** |

Seats added during a Subscription Year are charged pro rata at the same unit price.

## Order-specific terms

1. Onboarding shall be completed and the Service shall go live by 15 June 2026 (the "Go-Live Date").
2. The Subscription Fees are invoiced quarterly in arrears; the onboarding fee is invoiced after Go-Live Acceptance under Section 3.2. No amount is payable before the Service is provided.
3. This Order Form is governed by the General Terms below. If they conflict, this Order Form prevails.

Signed for Provider: ____________________   Signed for Customer: ____________________

---

# GENERAL TERMS

## Section 1 Definitions

1.1 "Service" means the RaritanDesk cloud service described in the Order Form, including its ticketing, live chat, knowledge base, telephony connector and reporting functions, and its documentation.

1.2 "Customer Data" means all data, including personal information of Customer's end customers, that Customer or its users submit to the Service or that the Service generates for Customer, such as tickets, chat transcripts, call records and contact details.

1.3 "Subscription Year" means each period of consecutive months beginning on 1 July during the Subscription Term.

## Section 2 The Service

2.1 Provider shall make the Service available to Customer's named agents during the Subscription Term in accordance with the documentation and these General Terms.

2.2 The Service is hosted in data centres of Provider's cloud infrastructure provider located in Shanghai and Beijing. Provider shall not move the hosting of Customer Data outside mainland China.

2.3 Provider may improve the Service from time to time but shall not materially reduce its functions during the Subscription Term.

## Section 3 Onboarding and Acceptance

3.1 Provider shall perform the onboarding described in the Order Form according to the onboarding plan agreed in writing by the parties.

3.2 Go-Live Acceptance tests shall show that: (a) the ticket history of the last 24 months has been migrated and reconciled against Customer's export; (b) the telephony connector creates tickets from incoming calls at all three contact centres; (c) the WeChat official account and the online shop chat route conversations to the correct queues; (d) the agreed workflows, service-level timers and reports work as specified; and (e) no Severity 1 or Severity 2 defect is open. Customer shall sign the acceptance certificate within 5 business days after successful tests. Use of the Service in production is not acceptance.

3.3 If Go-Live Acceptance is not achieved by the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 30,000.

## Section 4 Service Levels

4.1 Provider shall make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 Beijing time.

4.2 Provider shall respond to incidents reported by Customer within the following times: Severity 1 (the Service is unavailable or agents cannot create or answer tickets) within 30 minutes, at any time; Severity 2 (a major function is impaired) within 2 hours during business hours; Severity 3 within 1 business day.

4.3 If the monthly availability falls below the level in Section 4.1, Customer shall receive a service credit of 5% of the monthly Subscription Fee for each full 0.5 percentage point below that level, up to 25% of the monthly Subscription Fee. If a Severity 1 response is late, Customer shall receive a credit of CNY 800 per incident. Credits are deducted from the next invoice.

4.4 Provider shall provide a monthly service report showing availability, incidents and response times.

## Section 5 Fees and Payment

5.1 Customer shall pay the fees set out in the Order Form within 30 days after receipt of a valid VAT invoice issued by Provider's authorised reseller in China.

5.2 Fees are exclusive of VAT, which is invoiced at the applicable rate.

## Section 6 Term and Renewal

6.1 The Subscription Term is stated in the Order Form.

6.2 At the end of the Subscription Term the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

6.3 Provider may increase the fees for any renewal term by up to 9% over the fees of the preceding Subscription Year by notifying Customer at least 90 days before the renewal date. The increased fees apply automatically to the renewal term.

## Section 7 Customer Data and Security

7.1 As between the parties, Customer owns all Customer Data. Provider shall process Customer Data only to provide the Service and support to Customer, on Customer's documented instructions, and shall not use it for any other purpose.

7.2 Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep audit logs for at least 180 days, and maintain the filing of the Service under the Multi-Level Protection Scheme at level 3.

7.3 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in respect of Customer Data.

7.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and remediation, and be liable for the losses and regulatory penalties suffered by Customer as a result of Provider's breach of this Section 7.

7.5 Within 30 days after the end of the subscription Provider shall make all Customer Data available for export in a standard format and then delete it.

## Section 8 Subprocessors

8.1 Provider shall not engage any subprocessor or subcontractor to process Customer Data or perform the Service without Customer's prior written consent. The infrastructure provider and the reseller named in Annex A are approved by Customer's signature of the Order Form.

8.2 Provider remains liable for the acts and omissions of its subprocessors and subcontractors.

## Section 9 Intellectual Property

9.1 Provider owns the Service and all its underlying software.

9.2 The workflows, ticket forms, report definitions, knowledge-base articles and other configurations created for Customer during onboarding or the Subscription Term belong to Customer. Customer may export them and use, modify and disclose them freely, including to a successor provider.

## Section 10 Confidentiality

10.1 Each party shall keep confidential the non-public information of the other party received in connection with this agreement, use it only for this agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the end of the subscription.

## Section 11 Limitation of Liability

11.1 Neither party is liable for indirect or consequential damages, or loss of profit, except in case of wilful misconduct.

11.2 Each party's total liability arising out of or in connection with this agreement shall not exceed the Subscription Fees paid or payable by Customer for the six months preceding the event giving rise to the claim.

## Section 12 Termination

12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

12.2 Customer may also terminate by written notice if the monthly availability falls below the level in Section 4.1 in three consecutive months.

12.3 On termination by Customer under Section 12.1 or 12.2, Provider shall refund any prepaid fees for the period after termination.

## Section 13 Governing Law and Disputes

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

## Section 14 General

14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

14.2 Notices shall be in writing and sent to the addresses in the Order Form. Annex A (Approved Subprocessors) forms part of these General Terms.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 hardware / sensors for a site, buyer's paper, Illinois vendor — DOCX with a Word price table, numbered clauses
# ----------------------------------------------------------------------------------------------------------------
E03 = """
T:Purchase Contract for Cold-Store Environmental Monitoring System
P:Contract No. TJLL-EQ-2026-031
P:Buyer: Tianjin Lianlu Cold Chain Logistics Co., Ltd., 9 Haitai Development Road, Binhai New Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Prairie Sensorworks, Inc., 1755 Park Street, Naperville, Illinois 60563, USA (the "Supplier").
P:The Buyer operates a cold-storage warehouse with 14 chambers for frozen and chilled food and pharmaceuticals at its Binhai site. The Buyer wishes to replace its manual temperature logging with an automatic monitoring and alarm system, and the Supplier has offered to supply, install and commission such a system. The parties therefore agree as follows. All prices are in Chinese yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a wireless environmental monitoring system for the 14 cold-storage chambers, the loading docks and the pharmaceutical quality room, consisting of the equipment and software listed in Clause 2, together with cabling, mounting materials and documentation.
P:1.2 The system shall record temperature and humidity at every measuring point at least once per minute, raise local and remote alarms when limits are exceeded, monitor compressor power and door status, and keep tamper-evident records that satisfy the Good Supply Practice for pharmaceuticals.
P:1.3 The system shall be integrated with the Buyer's warehouse management system (WMS) so that chamber conditions are attached to each inbound and outbound batch.
H:2. Contract Price
P:2.1 The total contract price is CNY 1,238,000 (the "Contract Price"), including VAT, import duties, transport to site, insurance, installation, calibration, training and all other costs of the Supplier. It is itemised in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, IP67|420|1,380|579,600
TB:2|Gateway with 4G and Ethernet backhaul|24|6,850|164,400
TB:3|Compressor power and door-status monitoring module|36|3,200|115,200
TB:4|Monitoring server with redundant storage|1|86,000|86,000
TB:5|Monitoring and alarm software, perpetual site licence|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,093,200
TB:6|Installation, calibration and WMS integration|1 lot||126,800
TB:7|Training of warehouse and quality staff|1 lot||18,000
TB:|Contract Price|||1,238,000
P:2.2 The Contract Price is fixed for the duration of this Contract and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 60% of the Contract Price within 30 days after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price within 30 days after Final Acceptance under Clause 5.
P:3.4 The remaining 5% is retained as a warranty retention and paid within 30 days after the end of the warranty period, provided no warranty claim is outstanding.
P:3.5 Each payment is made against a valid VAT invoice issued by the Supplier's Tianjin branch.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Binhai site within 70 days and complete installation within 100 days after signature of this Contract.
P:4.2 Installation work inside the chambers shall be scheduled with the Buyer's warehouse manager so that stored goods are not exposed to temperature excursions. The Supplier's staff shall follow the Buyer's site safety, cold-work and hygiene rules.
P:4.3 If the Supplier fails to complete installation or to achieve Final Acceptance on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this Contract under Clause 12.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every sensor reads within plus or minus 0.3 degrees Celsius and 2 percentage points of relative humidity of a calibrated reference at three test points; (b) all 420 measuring points report to the server without data gaps during a 30-day trial run; (c) alarms reach the duty phone, SMS and WeChat recipients within 60 seconds in simulated limit breaches and gateway failures; (d) chamber data are attached correctly to WMS batches; and (e) the audit trail and electronic records meet the Buyer's pharmaceutical quality requirements as confirmed by the Buyer's quality department.
P:5.2 If the tests succeed, the Buyer shall sign the Final Acceptance certificate within 7 days. If they fail, the Supplier shall correct the defects at its own cost and the tests shall be repeated.
P:5.3 Delivery, installation, use of the system in operation or any payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. During this period it shall repair or replace defective items free of charge, including parts, labour, travel and recalibration, and supply software updates free of charge.
P:6.2 Sensor batteries shall last at least 36 months under the agreed reporting interval; batteries failing earlier are replaced free of charge.
H:7. Service Levels
P:7.1 The Supplier shall provide a service hotline in Chinese at all times. A critical fault (loss of monitoring or alarms for a chamber or a gateway) shall be responded to within 30 minutes and repaired on site within 8 hours; other faults shall be responded to within 2 hours and repaired within 2 business days.
P:7.2 For each hour by which the Supplier exceeds a critical-fault response or repair time, the Supplier shall pay CNY 700, deducted from the warranty retention or the next support fee.
P:7.3 The Supplier shall keep spare sensors and one spare gateway at the Buyer's site at all times.
P:7.4 The Supplier shall send the Buyer a quarterly service report listing faults, response and repair times, recalibrations and battery replacements, and shall recalibrate every sensor at least once in each year of the warranty period against traceable reference instruments.
H:8. Post-Warranty Support
P:8.1 After the warranty period the Buyer may order annual support covering repair, recalibration, battery replacement and software updates. The annual support fee is 6% of the Hardware and Licence Subtotal, that is CNY 65,592 per year, fixed for three years after the warranty period.
P:8.2 Support is ordered by written purchase order for each year and does not renew automatically. The service levels in Clause 7 apply to support.
H:9. Data Ownership and Data Security
P:9.1 All measurement data, alarm records, logs and configuration data of the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The server is installed in the Buyer's data room. The Supplier may access the system remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy data outside the Buyer's systems. Gateways shall transmit data only to the Buyer's server.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, notify the Buyer within 12 hours of any security incident affecting the system or its data, take remedial action and be liable for the Buyer's losses caused by the Supplier's breach of this Clause 9.
H:10. Intellectual Property
P:10.1 The WMS interface, dashboards, alarm rules and reports developed for the Buyer belong to the Buyer. The Supplier shall deliver their source code and configuration files. The Buyer may use and modify them freely and have them maintained by third parties.
P:10.2 The Supplier shall hold the Buyer harmless against any claim that the equipment or software infringes third-party rights.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customers, stock and site layout, and shall not disclose it without prior written consent. This obligation continues for three years after this Contract ends.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or under Clause 4.3. The Supplier shall then refund all amounts paid for items not accepted and remove them at its own cost.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 11, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:16. Miscellaneous
P:16.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party without delay.
P:16.2 Annex 1 (Technical Specification), Annex 2 (Site Plan and Measuring Points) and Annex 3 (Acceptance Test Plan) form part of this Contract. This Contract is made in Chinese and English; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 managed service, Colorado vendor — MD with schedules as tables, numbered clauses
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Backup and Disaster Recovery Services Agreement

Agreement reference: FMS-CD-2026-012

**Between**

- **Sichuan Kangyuan Pharmaceutical Distribution Co., Ltd.**, 77 Tianfu Third Street, Hi-tech Zone, Chengdu, Sichuan, People's Republic of China ("Customer"); and
- **Flatiron Managed Services, Inc.**, 1900 Pearl Street, Boulder, Colorado 80302, USA ("Provider").

**Background.** Customer distributes medicines to hospitals and pharmacies from three warehouses in Sichuan and runs its order, warehouse and finance systems on 140 servers in its Chengdu data centre. Customer wishes to outsource the backup of these systems and the operation of a disaster recovery site to Provider. Provider delivers the services in China through its own staff and the local partner named in Schedule 3. All charges are stated in Chinese yuan (CNY) at Customer's request.

## 1. Definitions

1.1 "Services" means the managed backup, monitoring, restore and disaster recovery services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the service commencement certificate under clause 4.

1.3 "Customer Data" means all data of Customer and its customers that is backed up, replicated, restored or otherwise processed in the Services, including order, batch, cold-chain and patient delivery records.

1.4 "Initial Term" means the 36 months following the Service Commencement Date.

## 2. Services

2.1 Provider shall provide the Services in accordance with this Agreement and Schedule 1, using Customer's backup appliances in Chengdu and a disaster recovery environment hosted in a certified data centre in Chongqing operated under Provider's management.

2.2 Provider shall assign a named service manager and hold a monthly service review with Customer.

2.3 Provider shall test the restore of each Tier 1 system every quarter and perform a full disaster recovery exercise twice in each contract year, with reports to Customer.

2.4 Customer shall give Provider timely access to its data centre, systems and staff, inform Provider of planned changes to its applications at least ten business days in advance, and keep the backup appliances under its existing hardware maintenance contracts.

2.5 Changes to the scope of the Services, such as additional servers, shall be agreed in a written change note stating the effect on the monthly charge.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value for the Initial Term is CNY 2,178,000.

3.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer pays each correct invoice within 30 days. No charge is payable in advance.

3.3 Charges are fixed for the Initial Term.

## 4. Transition and Service Commencement

4.1 Provider shall complete the transition described in Schedule 1, Part A, by 31 August 2026.

4.2 The service commencement tests shall show that: (a) all 140 servers are backed up according to the agreed policies for 14 consecutive days; (b) test restores of one file server, one database server and the warehouse management system succeed within the target times in Schedule 1; (c) replication to the recovery site meets the recovery point objective; (d) the monitoring portal and reports work; and (e) the runbooks are approved by Customer. Customer shall sign the service commencement certificate within 5 business days after successful tests. Partial use of the Services is not acceptance.

4.3 If the Service Commencement Date has not occurred by 31 August 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 60,000.

## 5. Service Levels and Credits

5.1 Provider shall meet the service levels in Schedule 1, Part B.

5.2 If Provider fails a service level, Customer is entitled to the service credits in Schedule 1, Part C, deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and on Customer's written instructions, and shall not use it for any other purpose.

6.2 Customer Data shall be stored and processed only in mainland China. Provider shall encrypt backups, protect access with multi-factor authentication, log all administrative actions, keep the recovery site under MLPS level 3 and comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data, take all remedial action and be liable for the losses Customer suffers from Provider's breach of this clause 6.

6.4 At the end of the Agreement Provider shall return all Customer Data and securely erase all copies, and certify the erasure in writing.

## 7. Intellectual Property

7.1 Runbooks, scripts, backup policies and reports prepared for Customer belong to Customer, which may use, modify and disclose them freely, including to a successor provider. Provider's own tools remain its property.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives for three years after the Agreement ends.

## 9. Subcontracting

9.1 Provider may engage subcontractors, including its local partner in Chengdu and data-centre operators, to perform any part of the Services by giving Customer written notice of each subcontractor before it starts work. Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct, personal injury and breach of clause 6 or clause 8, which are not limited.

## 11. Term and Termination

11.1 This Agreement runs for the Initial Term and then ends. Any extension requires a written amendment signed by both parties.

11.2 Neither party may terminate this Agreement before the end of the Initial Term, except for force majeure that prevents performance for more than 90 days. If Provider breaches this Agreement, Customer's remedies are the service credits under clause 5, the damages under clause 4.3 and compensation for its proven losses under clause 10; the breach does not entitle Customer to terminate this Agreement or withhold the monthly charges.

11.3 On expiry Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, including hand-over of runbooks, backup catalogues and recovery procedures to Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitration shall be conducted in Chinese.

## 13. General

13.1 Notices shall be in writing and sent to the addresses above. This Agreement is made in English and Chinese; both versions are equally valid. The Schedules form part of this Agreement.

Signed for Customer: ____________________   Signed for Provider: ____________________

---

## Schedule 1 — Services and Service Levels

### Part A — Transition

| Activity | Responsible | Completion |
|---|---|---|
| Inventory of servers, applications and data sets | Provider with Customer | 15 July 2026 |
| Backup policies and retention schedules agreed | Provider | 25 July 2026 |
| Replication to the recovery site established | Provider | 10 August 2026 |
| Runbooks approved and commencement tests passed | Provider | 31 August 2026 |

### Part B — Service levels

| Measure | Target |
|---|---|
| Monitoring portal availability | 99.95% per calendar month |
| Priority 1 incident (backup or recovery site failure for a Tier 1 system) — response | 15 minutes, at any time |
| Priority 2 incident — response | 1 hour, at any time |
| Restore of a single file or mailbox | within 2 hours of request |
| Recovery point objective, Tier 1 systems | 1 hour |
| Recovery time objective, Tier 1 systems | 6 hours after Customer declares a disaster |
| Monthly service report | by the 5th business day of the following month |

### Part C — Service credits

| Failure | Credit |
|---|---|
| Priority 1 response late | CNY 1,000 per incident and CNY 500 per further hour |
| Recovery time objective missed in a real disaster or exercise | 10% of the monthly service charge |
| Portal availability below target | 2% of the monthly service charge per 0.1 percentage point, up to 10% |
| Monthly report late | CNY 300 per business day |

## Schedule 2 — Charges

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 72,000 |
| Monthly service charge | 58,500 per month |
| Monthly service charges for the Initial Term (36 months) | 2,106,000 |
| **Total contract value** | **2,178,000** |
| Exit assistance beyond the included hand-over | 3,600 per engineer day |

## Schedule 3 — Local partner

| Name | Role |
|---|---|
| Chengdu Rongxin Data Services Co., Ltd. | on-site appliance support and tape handling in Chengdu |
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 data API subscription, Florida vendor — TXT, upper-case headings
# ----------------------------------------------------------------------------------------------------------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. BMD-NB-2026-0907

This Data API Subscription Agreement is entered into between:

Ningbo Haitong International Freight Forwarding Co., Ltd., Room 1801, 55 Zhongshan East Road, Haishu District, Ningbo, Zhejiang, People's Republic of China ("Customer"); and

Bayline Maritime Data, Inc., 225 Water Street, Jacksonville, Florida 32202, USA ("Provider").

BACKGROUND

Provider collects and licenses vessel position, port call and schedule data through its Bayline Vessel Data API. Customer arranges sea freight for exporters in the Yangtze River Delta and wishes to use the API in its own shipment tracking portal, so that its clients can see the estimated arrival of their containers. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means Provider's application programming interface for vessel positions, port calls, berth schedules and estimated times of arrival, as described in the documentation.

1.2 "Provider Data" means the data made available through the API.

1.3 "Customer Data" means the vessel watch lists, booking references, container numbers, client names and any other data that Customer submits to the API or to Provider's portal.

1.4 "Subscription Year" means each period of consecutive months beginning on the Activation Date or on its anniversary.

1.5 "Activation Date" means 1 September 2026, or any later date on which Provider issues production credentials.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API, to use Provider Data in Customer's internal operations and to display Provider Data to Customer's clients in Customer's tracking portal and in shipment notices.

2.2 Customer shall not resell Provider Data as a data feed, nor use it to build a competing vessel database. Customer may keep Provider Data that has been attached to its shipment records for as long as it needs those records for its own business, including after this Agreement ends.

2.3 The subscription includes up to 2,000,000 API calls per calendar month. Calls above that volume are charged at CNY 0.08 per call, invoiced monthly in arrears.

2.4 The Subscription Term is three Subscription Years from the Activation Date. It ends at the end of the third Subscription Year and does not renew automatically; any further subscription requires a new written order.

3. FEES

3.1 The fees are:

  Item                                                     Amount (CNY)
  Subscription fee, per Subscription Year                  164,000
  Subscription fees for three Subscription Years           492,000
  Integration support (one-time): mapping of Customer's
    booking data, sandbox, developer training               28,000
  Total fixed fees                                         520,000

3.2 The subscription fee is invoiced quarterly in advance, CNY 41,000 per quarter, at the start of each quarter of the Subscription Term. The integration support fee is invoiced after API Acceptance under clause 4. No fee is payable before the Activation Date.

3.3 Customer pays each invoice within 30 days after receipt of a valid VAT invoice issued by Provider's authorised agent in Shanghai.

3.4 The fees are fixed for the Subscription Term. Customer may add access to historical port call data for an additional fee to be agreed in a written order.

4. INTEGRATION AND API ACCEPTANCE

4.1 Provider shall provide a sandbox within 10 days after signature and support Customer's developers in connecting the tracking portal to the API.

4.2 API Acceptance tests shall show that: (a) the API returns position and port call data for all vessels on Customer's test watch list of 300 vessels; (b) estimated times of arrival are provided for the 40 ports listed in the Annex; (c) the median response time measured from Customer's Ningbo servers during a 10-day test is below 800 milliseconds; and (d) the data fields match the documentation. Customer shall confirm API Acceptance in writing within 5 business days after successful tests. Use of the API in production before that confirmation is not acceptance.

4.3 If Provider fails to issue production credentials that pass the API Acceptance tests by the Activation Date for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

5. AVAILABILITY AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API available at all times, subject to scheduled maintenance and events beyond its reasonable control.

5.2 Customer may report problems by e-mail to Provider's support desk or through the support portal. Provider will respond to support requests promptly during its business hours and will keep Customer informed about the resolution of significant problems.

5.3 Provider does not commit to any particular availability, response time or resolution time, and no service credits apply under this Agreement.

5.4 Provider will announce scheduled maintenance through the developer portal where practicable and will try to schedule it outside Customer's business hours.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer and shall not use it for any other purpose, nor combine it with Provider Data offered to other customers.

6.2 On expiry or termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. PROVIDER DATA AND INTELLECTUAL PROPERTY

7.1 Provider and its licensors own all rights in the API and Provider Data. Customer receives only the licence in clause 2.

7.2 The data mappings, sample code and integration scripts that Provider prepares specifically for Customer under clause 4 belong to Customer, which may use, modify and have them maintained by third parties freely.

7.3 Provider shall indemnify Customer against third-party claims that the API or Provider Data, used in accordance with this Agreement, infringes intellectual property rights.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information that it receives from the other party, including Customer Data, Customer's client list, pricing and the terms of this Agreement. It shall use such information only for this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its employees and professional advisers who need to know it and are bound by equivalent duties, or as required by law.

8.2 This obligation continues for three years after this Agreement ends.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the provision of the API or support to Customer without Customer's prior written consent, except for its authorised agent in Shanghai, which Customer approves by signing this Agreement. Provider remains responsible for that agent.

10. WARRANTIES

10.1 Provider warrants that it has the right to license the Provider Data as set out in clause 2, and that the API will perform materially in accordance with its documentation.

10.2 Provider Data is derived from satellite and terrestrial vessel signals and from port sources. Provider will correct errors in the data that Customer reports, but does not warrant that the data is complete or free from errors.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit, except in case of wilful misconduct or breach of clause 8.

11.2 Each party's total liability under this Agreement is limited to two times the total fixed fees stated in clause 3.1.

12. CUSTOMER OBLIGATIONS

12.1 Customer shall keep its API keys secret, use them only in its own systems and inform Provider without delay if it believes that a key has been misused.

12.2 Customer shall display Provider's attribution notice in the tracking portal where Provider Data is shown, and shall not remove copyright notices from reports that contain Provider Data.

12.3 Customer shall send Provider a short usage report each quarter on request, listing the number of clients who used the tracking portal.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and continues until the end of the Subscription Term.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination.

13.3 Clauses 6, 7, 8 and 11 survive termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall first be discussed by senior managers of both parties. If it is not resolved within 30 days, it shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

15. GENERAL

15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly.

15.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the contact persons named in the Annex.

15.3 This Agreement and its Annex (Port List, Test Watch List and Contacts) are the entire agreement of the parties on its subject. It is made in English and Chinese; both versions are equally valid.

For Customer: Ningbo Haitong International Freight Forwarding Co., Ltd.
Name and title: ____________________   Date: __________

For Provider: Bayline Maritime Data, Inc.
Name and title: ____________________   Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files, labels and the design list
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, language, kind of file, source)
    "z01": ("h521z01_justice_bureau_community_corrections_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h521z02_dairy_cip_cleaning_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h521z03_dental_chain_booking_records_saas.txt", "zh", "txt", Z03),
    "z04": ("h521z04_senior_university_academic_system_om.txt", "zh", "txt", Z04),
    "z05": ("h521z05_rice_wine_erp_licence_supplier_template.md", "zh", "md", Z05),
    "e01": ("h521e01_spc_quality_software_licence_ma_vendor.pdf", "en", "pdf", E01),
    "e02": ("h521e02_helpdesk_saas_order_form_nj_vendor.md", "en", "md", E02),
    "e03": ("h521e03_cold_store_monitoring_sensors_il_vendor.docx", "en", "docx", E03),
    "e04": ("h521e04_managed_backup_dr_service_co_vendor.md", "en", "md", E04),
    "e05": ("h521e05_vessel_data_api_subscription_fl_vendor.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# value, price sums, and for goods/licence contracts the TCO inputs (fee base = itemised licence/hardware subtotal)
V = {
    "z01": 860000 + 520000 + 146000 + 34000,
    "z02": 486000 + 238000 + 312000 + 96000 + 58000 + 164000 + 118000 + 18000,
    "z03": 18 * 9800 * 3 + 86000,
    "z04": 156000 + 42000 + 28000 + 12000,
    "z05": 720000 + 180000 + 60000,
    "e01": 58 * 14500 + 129000 + 286000 + 34000,
    "e02": 240 * 1150 * 3 + 46000,
    "e03": 420 * 1380 + 24 * 6850 + 36 * 3200 + 86000 + 148000 + 126800 + 18000,
    "e04": 36 * 58500 + 72000,
    "e05": 3 * 164000 + 28000,
}
STATED = {"z01": 1560000, "z02": 1490000, "z03": 615200, "z04": 238000, "z05": 960000, "e01": 1290000,
          "e02": 874000, "e03": 1238000, "e04": 2178000, "e05": 520000}
FEE_BASE = {"z01": 860000, "z02": 486000 + 238000 + 312000 + 96000 + 58000, "z05": 720000, "e01": 58 * 14500 + 129000,
            "e03": 420 * 1380 + 24 * 6850 + 36 * 3200 + 86000 + 148000}

TERMS = {
    "z01": dict(OK, availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
    "z02": dict(OK, availability_pct=None, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
                post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
    "z03": dict(OK, availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=0.02,
                liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
    "z04": dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
                prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, contract_kind="service"),
    "z05": dict(OK, availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                buyer_owns_data=False, ld_rate_per_day_pct=0.01, liability_cap_pct=20, prepayment_pct=65,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=26, subcontract_without_consent=None, contract_kind="goods_or_licence"),
    "e01": dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                governing_law="Massachusetts", contract_kind="goods_or_licence"),
    "e02": dict(OK, availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=600 / 874000 * 100,
                liability_cap_pct=6 / 36 * 100, prepayment_pct=None, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                contract_kind="service"),
    "e03": dict(OK, availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                prepayment_pct=None, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6,
                contract_kind="goods_or_licence"),
    "e04": dict(OK, availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1500 / 2178000 * 100,
                liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, termination_for_breach=False, subcontract_without_consent=True,
                contract_kind="service"),
    "e05": dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False, data_security_clause=False,
                ld_rate_per_day_pct=400 / 520000 * 100, liability_cap_pct=200, prepayment_pct=None,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                contract_kind="service"),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "z01": (True, True, True, False), "z02": (True, False, True, False), "z03": (True, True, None, False),
    "z04": (True, True, None, False), "z05": (True, True, True, True), "e01": (True, True, True, False),
    "e02": (True, True, None, False), "e03": (True, True, True, False), "e04": (True, True, None, False),
    "e05": (False, True, None, False),
}
DESIGN = {  # the rules I wrote each draft to trigger
    "z01": {"CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"},
    "z02": {"CR-CONFIDENTIALITY", "CR-LD-MISSING"},
    "z03": {"CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LD-LOW"},
    "z04": set(),
    "z05": {"CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"},
    "e03": set(),
    "e04": {"CR-SUBCONTRACT", "CR-TERMINATION"},
    "e05": {"CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"},
}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, label):
    """Policy §4 with a 5-year horizon from acceptance: post-warranty years = 5 - warranty years (pro rata)."""
    t, x = label["expected_terms"], label["expected_extra"]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees, x["contract_value"] + fees, fees / (x["contract_value"] + fees) * 100


def derive(key, label):
    """My own reading of policy.md §3, applied to the label values."""
    t, x = label["expected_terms"], label["expected_extra"]
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None and tco_share(key, label)[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if rules & HIGH:
        return "high"
    if rules - LOW:
        return "medium"
    return "low"


def label(key):
    name, lang, _, _ = FILES[key]
    t = TERMS[key]
    assert set(t) == set(TERM_KEYS), (key, set(t) ^ set(TERM_KEYS))
    sla, lds, capped, deemed = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = STATED[key]
    lab = {"file": name, "language": lang, "category": CATEGORY[key],
           "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra, "expected_rules": []}
    lab["expected_rules"] = sorted(derive(key, lab))
    return lab


# ----------------------------------------------------------------------------------------------------------------
# Threshold-figure scan (self-tested)
# ----------------------------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十百千万"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"百分之九十九点九(?![" + CN + "])",
    r"(?<![\d.])4\s*(?:小\s*时|hours?\b|h\b)", r"(?<![" + CN + "])四\s*(?:个\s*)?小\s*时", r"(?<![\w-])four\s*hours?",
    r"(?<![\d.])240\s*(?:分\s*钟|minutes)",
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![" + CN + "点])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![" + CN + "点])", r"三成",
    r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个\s*月|months?\b)", r"(?<![" + CN + "])十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?months?",
    r"一\s*年(?!级)", r"(?<![\w-])one\s*year", r"(?<![\d.])1\s*(?:年|years?\b)",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![" + CN + "点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![" + CN + "点])", r"四成", r"forty\s*per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + CN + "])五\s*年", r"(?<![\w-])five\s*years?", r"five-year",
    r"(?<![\d.])60\s*months?", r"sixty\s*months?",
]
SCAN = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "1年", "5 years"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "99.5%",
             "1 hour", "14 hours", "0.055%", "130%", "312 months", "十四小时", "二十四小时", "2030年", "35%", "45%",
             "Subscription Year", "万分之二", "25%", "12 hours", "150 days"]


def hits(text):
    out = []
    for pat in SCAN:
        out += [m.group(0) for m in pat.finditer(text)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ----------------------------------------------------------------------------------------------------------------
# Reading back
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for k in FILES:
        assert V[k] == STATED[k], (k, V[k], STATED[k])
    # 1) text files and Word/PDF files
    src, tgt = {}, {}
    for k, (name, lang, kind, text) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            src[k], tgt[k] = text.strip(), (name, kind)
    write(src, tgt, OUT, wrap_words=True)
    # 2) labels
    covered = set()
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    report = []
    for k, (name, lang, kind, text) in FILES.items():
        lab = label(k)
        for f, th in thresholds.items():
            v = lab["expected_terms"][f]
            assert v is None or abs(v - th) > 1e-9, (k, f, v)
        rules = set(lab["expected_rules"])
        assert rules == DESIGN[k], (k, sorted(rules ^ DESIGN[k]))
        covered |= rules
        tco = ""
        if lab["expected_terms"]["contract_kind"] == "goods_or_licence":
            fees, total, share = tco_share(k, lab)
            assert not (38 <= share <= 42), (k, share)
            tco = "TCO %.2f, post-warranty fees %.2f, share %.2f %%" % (total, fees, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        # 3) read back, length, threshold scan
        back = read_back(OUT / name)
        n = measure(lang, back)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        raw = text
        collapsed = re.sub(r"\s+", " ", raw)
        nows = re.sub(r"\s+", "", raw)
        found = {v: hits(s) for v, s in [("built", back), ("raw", raw), ("collapsed", collapsed), ("no-ws", nows),
                                          ("built-no-ws", re.sub(r"\s+", "", back))]}
        bad = {v: h for v, h in found.items() if h}
        report.append((k, name, lang, n, lo <= n <= hi, sorted(rules), risk(rules), tco, bad))
    ok = True
    for k, name, lang, n, inrange, rules, rk, tco, bad in report:
        print("%s %-58s %s %5d %s %-6s %s %s" % (k, name, lang, n, "ok " if inrange else "OUT", rk, rules, tco))
        if bad:
            print("   THRESHOLD TEXT:", bad)
        ok = ok and inrange and not bad
    missing = ALL_RULES - covered
    print("coverage: %d of 20 rules; missing %s" % (len(covered), sorted(missing)))
    assert not missing
    mix = [r[6] for r in report]
    print("risk mix:", {x: mix.count(x) for x in ("low", "medium", "high")})
    assert ok, "length or threshold check failed"


if __name__ == "__main__":
    main()
