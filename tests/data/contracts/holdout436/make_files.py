"""holdout436: ten blind, ordinary draft contracts and their labels (written before any run).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contracts, the ten .json labels,
checks the price sums, derives every draft's expected rules from its labels by my own reading of policy.md §3, checks
them against the design list, asserts that all 20 CR rules fire in the set, measures the text lengths as read back from
the built files, and scans every source and built file for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 林草局 古树名木保护管理平台 (政府采购, buyer's paper) -> .pdf, 第X条 + 1.1
H436Z01 = """T:古树名木保护管理平台建设项目政府采购合同
P:合同编号：QCLC-ZFCG-2026-017　　采购项目编号：QCZC2026-0412（公开招标）
P:甲方（采购人）：青川市林业和草原局　　地址：青川市府前路88号
P:乙方（供应商）：绿脉信息技术有限公司　　地址：青川市高新区科创大道216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就古树名木保护管理平台建设事项，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供古树名木保护管理平台软件（含Web管理端、移动巡护端及公众查询端）的永久使用许可，并按甲方需求完成定制开发、数据迁移建库、部署实施及培训。
P:1.2 定制开发内容包括：古树名木电子档案（一树一档）、日常巡护与养护记录、健康诊断与复壮管理、病虫害及极端天气预警、二维码挂牌查询、统计分析及全市古树分布图展示，并与甲方林业资源管理系统及省级古树名木数据库对接。
P:1.3 数据迁移范围为甲方现有古树名木普查数据约6,800株，含照片、坐标、树种、树龄、长势、保护等级及管护责任人等字段。
P:1.4 系统部署于甲方政务云，乙方负责安装、配置及与政务云安全设施的联调。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000.00），为固定总价，已包含税费、差旅及完成本项目所需的全部费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可（含三端）|860,000
TB:2|定制开发及系统对接|540,000
TB:3|数据迁移及建库|176,000
TB:4|部署实施及培训|64,000
TB:合计||1,640,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥328,000。
P:3.2 系统完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥738,000。
P:3.3 试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥574,000。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方付款以财政资金到位为前提，并按国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成定制开发和部署，120日内完成数据迁移并提交初步验收申请。
P:4.2 初步验收通过后进入试运行，试运行期为60日。试运行期间乙方应安排不少于2名技术人员驻场保障。
P:4.3 乙方应组建项目组，项目经理须具有同类项目经验，未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告，重大问题随时报告。
P:4.4 乙方应对甲方各区县林业站管理人员及护林员开展培训，培训不少于6场，并提供操作手册和培训视频，确保基层人员能够独立使用移动巡护端。
H:第五条 验收
P:5.1 初步验收标准：（1）合同及需求规格说明书所列功能全部实现；（2）迁移数据与普查原始数据逐条比对，关键字段准确率不低于99.8%；（3）与林业资源管理系统及省级数据库的接口连续运行10日无错误；（4）200个并发用户下页面响应时间不超过3秒；（5）通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，初步验收遗留问题全部整改完毕，乙方提交完整的技术文档、操作手册和定制部分源代码。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、移动端适配和技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费为平台软件许可费的18%，即每年¥154,800，前三个维护年度内不作调整。维护合同另行签订。
H:第七条 服务水平
P:7.1 故障分为三级：一级故障指系统整体不可用或核心数据无法访问；二级故障指巡护、预警等主要功能异常；三级故障指其他一般问题。
P:7.2 一级故障，乙方应在30分钟内响应，2小时内到达现场或远程介入，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中解决。
P:7.3 乙方响应或恢复超时的，每超时1小时，甲方可从应付款项或履约保证金中扣除¥800。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，甲方享有永久、不可撤销的使用权。
P:8.2 为本项目定制开发的功能模块、接口程序、数据库设计及相应源代码、文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 古树名木档案、坐标、巡护记录等全部业务数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密传输和操作日志审计，远程运维须经甲方批准并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、古树名木精确坐标等敏感信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或提交验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 乙方交付的系统不符合合同约定的，应免费整改；整改后仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同并要求赔偿损失：（1）逾期超过45日；（2）严重违约经书面催告后15日内仍未纠正；（3）违反第九条、第十条约定。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市林业和草原局　　授权代表：__________　　日期：2026年__月__日
P:乙方（盖章）：绿脉信息技术有限公司　　授权代表：__________　　日期：2026年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 电线电缆厂 挤塑机控制系统改造 + 维保 -> .docx with a Word price table, numbering 1. / 1.1
H436Z02 = """T:挤塑生产线控制系统改造及维保合同
P:合同编号：HY-SB-2026-031
P:甲方（买方）：华阳电线电缆有限公司　　地址：常州市武进区工业园华阳路6号
P:乙方（卖方）：苏控自动化工程有限公司　　地址：无锡市新吴区长江路118号
P:鉴于甲方拟对其四条挤塑生产线的控制系统进行改造，乙方具备相应的设计、供货、安装调试及维保能力，双方经友好协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责甲方1号至4号挤塑生产线控制系统改造，包括旧控制柜拆除、新PLC控制系统及变频驱动安装、在线测径测偏仪安装、上位机及工艺配方管理软件部署、PLC程序及HMI画面编制、联调和操作培训。
P:1.2 改造后应实现：挤出机温区、牵引速度和收排线的闭环控制；线径及偏心度在线测量并自动调节；按产品型号调用工艺配方；生产数据实时采集并上传甲方MES系统。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰壹拾捌万捌仟元整（¥1,188,000），含税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC及I/O模块|4套|96,000|384,000
TB:2|变频驱动器|8台|23,500|188,000
TB:3|在线测径测偏仪|4套|58,000|232,000
TB:4|HMI触摸屏及上位机|4套|18,500|74,000
TB:5|工艺配方管理软件许可|1套|156,000|156,000
TB:|软硬件小计|||1,034,000
TB:6|旧系统拆除、安装调试|1项|118,000|118,000
TB:7|工艺参数整定及培训|1项|36,000|36,000
TB:|合计|||1,188,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即¥237,600，作为预付款。
P:3.2 设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的45%，即¥534,600。到货签收不代表质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥415,800。
H:4. 交货与工期
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方工厂。改造按每条生产线停产不超过7日的方式分批实施，全部改造应在合同生效后100日内完成。
P:4.2 乙方应在每条生产线停产改造前7日提交施工方案，经甲方生产部门和安全部门审核同意后实施。施工期间乙方人员应遵守甲方安全生产、动火作业和用电管理制度，因乙方原因造成人身伤害或设备损坏的，由乙方负责。
P:4.3 乙方应在改造完成后提交竣工资料，包括电气原理图、接线图、PLC程序注释清单、设备说明书、参数设定表和备品备件清单，纸质版和电子版各一套。
P:4.4 乙方应对甲方电气维修人员和挤塑机操作工分别进行培训，培训内容包括系统操作、配方管理、常见故障判断及处理，每班次培训不少于两次，培训后由甲方组织考核。
H:5. 验收
P:5.1 每条生产线改造完成后连续试生产72小时，满足以下标准的，甲方签署单线验收单：（1）温区控制精度±1℃；（2）线径偏差不超过±0.02mm，偏心度不低于92%；（3）配方调用及切换正常；（4）数据上传MES完整无丢失；（5）试生产期间无因控制系统导致的停机。
P:5.2 四条生产线全部单线验收后再连续运行30日，无一级故障的，双方签署最终验收报告。设备安装完成或投入生产不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的9%，即每年¥93,060，质保期满后前三个维保年度价格不变。
P:6.3 控制系统月可用率应不低于99.5%。每低于0.1个百分点，乙方按¥2,000向甲方支付服务扣款。
P:6.4 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场；二级故障（单一功能异常）8小时内响应，48小时内修复。乙方每迟延1小时到场，支付¥500。
P:6.5 质保期内，乙方应每季度对控制系统进行一次现场巡检，检查控制柜温升、接线端子、变频器散热和测径仪标定情况，并出具巡检报告。乙方应在常州本地储备主控模块、变频器和测径探头等关键备件，保证故障部件在24小时内更换到位。
P:6.6 维保期内，乙方对软件缺陷免费修复，对甲方提出的工艺配方调整需求，每个维保年度免费提供不少于10人日的现场服务。
H:7. 知识产权
P:7.1 工艺配方管理软件的著作权归乙方所有，甲方享有永久使用权。
P:7.2 为本项目编制的PLC程序、HMI画面、MES接口程序及其源文件归甲方所有，乙方应在最终验收时全部移交，甲方可自行修改或委托他人维护。
H:8. 数据安全
P:8.1 甲方的工艺配方、生产数据和质量记录归甲方所有，乙方仅为履行本合同使用，不得复制、带离或用于其他用途。
P:8.2 乙方远程诊断须经甲方书面批准，使用甲方指定的VPN账号，并保存操作记录。乙方人员使用的移动存储介质须经甲方检查。
P:8.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在24小时内书面报告，并赔偿甲方全部损失。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:9.2 因改造质量问题造成甲方停产的，乙方应赔偿甲方的直接损失。
P:9.3 甲方逾期支付合同款项的，乙方可书面催告；甲方在催告后30日内仍未支付的，乙方有权暂停质保期外的非紧急服务，但不得停止一级故障处理，也不得远程锁定控制系统或限制软件使用。
H:10. 合同解除
P:10.1 本合同生效后，任何一方均不得单方解除本合同。乙方违约的，甲方有权要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
H:11. 分包
P:11.1 乙方如需将电气安装等辅助工作分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:12. 争议解决
P:12.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:13. 不可抗力
P:13.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在10日内提供有关证明，双方协商延期履行或部分免除责任。
H:14. 其他
P:14.1 本合同附件包括技术协议和设备清单，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：华阳电线电缆有限公司（盖章）　　代表：__________　　日期：2026年__月__日
P:乙方：苏控自动化工程有限公司（盖章）　　代表：__________　　日期：2026年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 养老院连锁 (11 家机构) 护理记录 SaaS + 实施 -> .txt, 一、/（一）
H436Z03 = """康颐养老服务集团 智慧护理记录云服务及实施合同

合同编号：KY-IT-2026-008

甲方：康颐养老服务集团有限公司
地址：杭州市拱墅区湖墅南路301号
乙方：安护云科技有限公司
地址：杭州市滨江区网商路599号

甲方下属11家养老机构（共计床位2,460张）需使用统一的护理记录信息系统。乙方以软件即服务（SaaS）方式提供“安护云”护理记录平台并负责实施。双方经协商，订立本合同。

一、服务内容
（一）乙方为甲方11家机构开通护理记录平台，功能包括：长者入住评估、护理计划、护理执行记录（移动端扫码打卡）、用药管理、生命体征记录、跌倒及压疮风险预警、交接班、家属端通知和集团统计报表。
（二）乙方负责实施服务：各机构基础数据及在住长者档案迁移、与甲方财务系统和门禁系统接口对接、定制集团护理质量报表8张、护理员培训（每家机构不少于2场）及上线保障。
（三）服务期为三个服务年度，自平台上线验收通过之日起计算。
（四）服务期内，乙方免费提供平台版本升级、新功能推送和在线客服，并为甲方指定一名客户成功经理，每季度到甲方集团总部回访一次，提交平台使用情况分析和改进建议。
（五）甲方新增养老机构的，可按本合同约定的单价开通服务，服务期与本合同剩余期限一致，由双方另行签订补充协议。

二、服务费用
以下费用已包含平台使用、数据存储、短信通知、移动端授权、版本升级、在线客服及本合同约定的实施服务费用，乙方不得另行收取。
（一）订阅费：每家机构每个服务年度人民币28,800元，11家机构每个服务年度合计316,800元，三个服务年度合计950,400元。
（二）实施费：一次性人民币126,000元。
（三）本合同总价为人民币1,076,400元（含税）。超出约定用户数的新增账号，按附件报价另行结算，不计入本合同总价。

三、付款方式
（一）订阅费按季度结算，甲方在每季度结束后15个工作日内支付上一季度订阅费79,200元。
（二）实施费在平台上线验收通过后15个工作日内一次性支付。
（三）甲方无须在上线前支付任何款项。

四、实施与验收
（一）乙方应在合同签订后60日内完成全部11家机构的上线。乙方每逾期一日，按每日800元向甲方支付违约金。
（二）上线验收标准：1. 合同所列功能在全部机构可用；2. 在住长者档案迁移后逐条核对无差错；3. 与财务、门禁系统的接口连续7日数据一致；4. 移动端在机构内网环境下操作响应不超过2秒；5. 完成全部培训并由各机构护理主管签字确认。
（三）验收由甲方信息部组织，出具书面验收单。平台开通或试用不视为验收通过。
（四）甲方应指定项目负责人，按乙方的数据模板提供各机构基础数据，协调各机构安排护理员参加培训，并提供接口联调所需的测试环境。因甲方原因导致上线延误的，上线期限相应顺延。

五、服务水平
（一）平台月可用率不低于99.95%（计划内维护提前3日通知且安排在夜间的除外）。
（二）一级故障（平台无法登录或护理记录无法提交）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
（三）月可用率低于承诺值的，每低0.01个百分点，按当月订阅费的1%抵扣下期费用；一级故障每超时1小时，抵扣当月订阅费的1%。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长、账号使用情况和数据备份情况。乙方每日对平台数据进行全量备份，备份数据保存不少于30日，恢复点目标不超过1小时。
（五）平台升级可能影响甲方使用的，乙方应提前7日通知甲方，并安排在夜间进行。

六、数据与数据安全
（一）长者健康信息、护理记录等全部数据归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他任何目的。
（二）平台部署于中国境内，乙方应具备等级保护三级备案，对敏感个人信息加密存储，实行最小授权和操作日志审计。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失和行政处罚，由乙方承担。
（四）服务终止后30日内，乙方应将全部数据以通用格式交还甲方并彻底删除，出具删除证明。

七、保密
（一）双方对合同履行中获知的对方商业秘密和长者个人信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
（二）乙方应与参与本项目的员工签订保密协议，对能够接触长者个人信息的人员进行背景审查和保密培训，并建立人员访问台账，甲方有权随时查阅。

八、知识产权
（一）平台软件的知识产权归乙方。为甲方定制的集团护理质量报表、接口程序及相关文档归甲方所有，甲方可自由使用和修改。
（二）乙方保证其提供的平台及服务不侵犯任何第三方的知识产权。因侵权引起第三方索赔的，由乙方负责处理并承担全部费用，给甲方造成损失的，乙方应予赔偿。
（三）乙方不得在平台中向长者家属或甲方员工推送与本合同服务无关的广告或商业信息。

九、续期
服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方书面通知甲方后生效。

十、分包
乙方可将现场实施、数据录入和培训工作委托第三方完成，提前书面通知甲方即可，乙方对第三方的工作负责。乙方应要求第三方遵守本合同“六、数据与数据安全”和“七、保密”的约定，并对第三方人员进入甲方机构的行为进行管理。第三方人员进入养老机构时，应遵守甲方的探访登记、健康检查和消毒管理规定，不得打扰长者正常休息，不得拍摄长者影像。

十一、违约与解除
（一）任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除本合同并要求赔偿损失。
（二）连续两个月可用率低于98%的，甲方有权解除本合同，已支付但对应期间未提供服务的费用由乙方退还。
（三）合同解除或终止的，乙方应配合甲方完成数据迁移，在甲方选定新系统前继续提供不少于60日的只读访问。
（四）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理，受影响一方可相应免责。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十三、其他
（一）双方指定的联系人和联系方式见附件，一方变更联系人的，应书面通知对方。通过电子邮件发送的通知，到达对方指定邮箱即视为送达。
（二）本合同附件为本合同不可分割的组成部分。附件：功能清单、报价单、机构名单、服务水平说明。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：康颐养老服务集团有限公司　　代表：__________
乙方（盖章）：安护云科技有限公司　　代表：__________
日期：2026年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 档案局 电子文件归档系统 年度运维 (竞争性磋商) -> .txt, clauses numbered （1）（2）…
H436Z04 = """电子文件归档和电子档案管理系统运维服务合同

项目名称：电子文件归档和电子档案管理系统2026年度运维服务
采购方式：竞争性磋商　　项目编号：NXDA-CS-2026-003

甲方（采购人）：南溪市档案局
乙方（成交供应商）：档联信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方电子文件归档和电子档案管理系统的运维服务，订立本合同。

（1）服务范围
1）对电子文件归档系统、电子档案管理系统、长期保存系统及其数据库、中间件进行日常运维；2）全市68家立档单位归档接口的监控与故障处理；3）每月巡检、每季度性能优化和备份恢复演练；4）按甲方要求进行系统配置调整和报表调整（全年不超过120人日）；5）安排2名驻场工程师，工作日8:30至17:30在岗；6）配合甲方完成等级保护测评、密码应用安全性评估和档案信息化检查，提供所需技术资料；7）对立档单位档案员提供电话和远程技术支持，每半年组织一次集中培训。
驻场工程师应具有数据库和中间件运维经验，须经甲方面试同意后上岗。乙方更换驻场人员应提前10日书面告知甲方并经甲方同意，并做好工作交接。重要节假日及甲方开展年度归档集中接收期间，乙方应安排工程师加班值守。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。期满后本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

（3）合同价款与支付
合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，含驻场、差旅、税费等全部费用。服务费按季度支付：每季度结束后，经甲方对当季服务进行考核并确认后15个工作日内，支付当季服务费¥121,500。考核扣款从当季服务费中扣除。本合同不设预付款。

（4）服务水平
1）系统月可用率不低于99.95%；2）一级故障（系统停止服务、归档接口全部中断或数据损坏）15分钟内响应，1小时内到场，6小时内恢复；3）二级故障30分钟内响应，8小时内解决；4）三级故障2个工作日内解决；5）备份成功率不低于99.5%，每季度恢复演练至少一次。6）驻场工程师每日上午、下午各巡检一次服务器、存储、数据库和归档接口运行状态，填写运维日志；每月5日前提交上月运维报告，内容包括故障统计、变更记录、容量分析和安全事件情况。7）系统变更须提交变更申请，经甲方审批后在非工作时间实施，并做好回退方案。

（5）考核与扣款
每季度按附件考核表评分，考核内容包括系统可用率、故障响应与恢复时间、巡检和报告完成情况、驻场人员出勤、变更管理规范性及甲方满意度测评。甲方在季度结束后10个工作日内完成考核，并将考核结果书面告知乙方，乙方对考核结果有异议的，可在5个工作日内提出书面说明，由双方协商确认。月可用率每低于承诺值0.01个百分点，扣当季服务费的0.5%；一级故障响应或恢复每超时30分钟扣¥1,000；驻场人员无故缺勤每人日扣¥600。季度考核低于80分的，甲方可书面要求更换项目负责人。

（6）交接与验收
乙方应在服务期开始前与上一服务商及甲方共同完成现场交接，逐项核对服务器、存储、网络设备、系统账号和运维文档，发现问题的应书面记录并报告甲方，交接记录由三方签字确认。
1）乙方应在服务期开始后20日内完成运维交接，提交系统现状评估报告、运维手册和应急预案，经甲方审核确认。2）服务期满前，乙方提交年度运维总结，甲方依据以下标准组织年度验收：各季度考核均不低于80分；年度可用率达到承诺值；全年无因乙方原因导致的数据丢失；运维文档、配置记录和账号清单完整移交。年度验收合格后出具书面验收意见。

（7）应急保障
乙方应制定系统故障、数据损坏、网络攻击和机房断电等情形的应急预案，每半年配合甲方开展一次应急演练，演练结束后提交演练报告和改进措施。发生重大故障时，乙方项目负责人应在1小时内到达现场，组织技术力量连续处置直至恢复，并在处置结束后3个工作日内提交故障分析报告。乙方应协调数据库、中间件和存储设备原厂提供技术支持，所需费用已包含在合同总价中。
（8）违约金
乙方未按期完成运维交接或提交巡检报告、评估报告的，每逾期一日，按合同总价的千分之一支付违约金。因乙方原因导致档案数据丢失或损坏的，乙方应负责恢复并赔偿全部损失。

（9）数据安全
1）系统内的电子文件、电子档案、元数据及日志均归甲方所有，乙方仅可为完成运维服务而接触，不得复制、留存或用于其他任何目的。2）乙方应遵守《档案法》《数据安全法》及等级保护要求，所有运维操作通过甲方堡垒机进行并全程记录，禁止将数据拷出甲方机房。3）发生数据安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（10）保密
乙方及其驻场人员对工作中接触的档案内容、系统账号和网络信息负有保密义务，须签署保密承诺书。保密义务不因合同终止而解除。

（11）知识产权
乙方在服务中形成的运维脚本、配置文档、报表模板和评估报告归甲方所有。乙方原有工具软件的知识产权仍归乙方，甲方可在本系统运维中免费使用。乙方保证其使用的工具软件均有合法授权，不侵犯第三方知识产权；因此引起的纠纷由乙方负责。

（12）分包
乙方不得将本合同服务分包或转包。数据库、中间件和存储设备原厂提供的技术支持不属于分包，但原厂人员进入甲方机房或接触系统时，应遵守本合同数据安全和保密的约定，并由乙方驻场工程师全程陪同、记录操作内容。原厂人员造成损失的，由乙方向甲方承担责任。

（13）合同解除
乙方严重违约、经甲方书面通知后10日内未改正的，或连续两个季度考核低于70分的，甲方有权解除本合同，并要求乙方赔偿损失。

（14）争议解决
本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（15）其他
本合同履行期间，甲方可根据档案信息化建设需要对系统进行扩容或升级，乙方应予配合，新增服务内容超出本合同范围的，由双方另行协商。乙方应在甲方组织的年度服务评价中如实提供服务数据。因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在10日内提供证明，双方协商延期履行或部分免除责任。服务期届满或合同解除时，乙方应在10日内完成运维交接，向甲方或甲方指定的新服务商移交全部运维文档、账号清单和配置记录，并协助完成交接，不得以任何理由拖延。磋商文件、响应文件、成交通知书及附件考核表为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：南溪市档案局　　代表签字：__________
乙方（盖章）：档联信息技术服务有限公司　　代表签字：__________
签订日期：2025年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 酱油厂 灌装及追溯 软件许可 + 定制开发, the supplier's template -> .md, "## 第X条", markdown price table
H436Z05 = """# 码上溯®灌装追溯平台 软件许可及定制开发合同

（乙方标准合同文本 MST-2025 版）

合同编号：MST-XS-2026-0219

**甲方：** 鲜味坊酿造食品有限公司（地址：佛山市高明区沧江工业园酱园路12号）

**乙方：** 码上溯软件科技有限公司（地址：广州市天河区科韵路16号）

甲方拟在其三条酱油灌装线上实施一物一码追溯管理，乙方同意按本合同向甲方许可使用“码上溯®灌装追溯平台”并提供定制开发及实施服务。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供码上溯®灌装追溯平台软件永久使用许可（含赋码管理、灌装线数据采集、仓储出入库、经销商扫码、消费者查询五个模块），授权范围为甲方佛山工厂三条灌装线。

1.2 乙方按甲方需求进行定制开发：瓶码、箱码、托盘码三级关联；与甲方ERP及灌装线PLC的数据对接；酿造批次与灌装批次的关联追溯报表；经销商窜货预警。

1.3 乙方负责软件安装部署、基础数据初始化及甲方操作人员培训。

1.4 软件运行所需的服务器、数据库、网络设备、赋码设备及读码器由甲方自行采购，乙方提供配置建议。甲方采购的设备不满足配置要求导致系统运行异常的，乙方不承担责任。

## 第二条 合同价款

合同总价为人民币壹佰万元整（¥1,000,000），含增值税。合同价款不包括甲方自行采购的硬件设备、第三方数据库许可和现场服务的差旅费用。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 码上溯®灌装追溯平台软件永久许可（五个模块） | 820,000 |
| 2 | 定制开发（三级码关联、ERP/PLC对接、追溯报表、窜货预警） | 126,000 |
| 3 | 安装部署、数据初始化及培训 | 54,000 |
| | 合计 | 1,000,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥500,000。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价剩余的50%，即¥500,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税专用发票。甲方因自身原因要求暂停项目超过30日的，乙方有权要求甲方支付已完成工作量对应的费用。

## 第四条 交付与上线

4.1 乙方在收到首付款后75日内完成安装部署和定制开发，并通知甲方上线。

4.2 系统在甲方灌装线上线运行，即视为甲方验收合格。甲方在上线后提出的功能调整，按变更另行收费。

4.3 甲方应在项目启动后5个工作日内指定项目负责人，及时提供产品编码、包装规格、经销商档案等基础资料，并安排灌装线停机时间配合安装调试。因甲方原因导致工期延误的，乙方的交付期限相应顺延。

4.4 乙方按标准培训方案对甲方管理员和操作工各培训一次，超出部分按每人日¥2,800另行计费。

## 第五条 免费维护期

5.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

5.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的22%，即每年¥180,400。

## 第六条 技术支持

6.1 一级故障（追溯系统整体中断，影响灌装线赋码）：乙方在8小时内响应。二级故障：乙方在2个工作日内响应。

6.2 乙方将尽力按上述时限处理故障，但故障处理时间仅为服务目标。乙方不因响应或处理超时承担任何扣款、赔偿或违约责任。

6.3 技术支持通过乙方服务热线、工单系统和远程协助方式提供，服务时间为工作日9:00至18:00。需要现场服务的，乙方人员的差旅费用由甲方承担。

## 第七条 知识产权

7.1 平台软件及其文档的知识产权归乙方所有。

7.2 乙方为本项目完成的定制开发成果（包括三级码关联程序、ERP/PLC接口程序、追溯报表及其源代码）的知识产权归乙方所有，甲方在本合同授权范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第八条 数据

8.1 甲方的生产数据、追溯数据和经销商数据归甲方所有。系统部署在甲方自有服务器上，甲方负责服务器及网络的日常安全管理，并定期备份数据库。

8.2 乙方应采取访问控制、加密存储和日志审计等安全措施保护甲方数据；发生数据泄露的，乙方应在48小时内通知甲方，因乙方过错造成的损失由乙方依法承担。

8.3 甲方同意，乙方可在合同期内及合同终止后，将脱敏后的灌装、赋码及流向数据用于乙方产品改进、行业分析报告及其他客户的模型优化。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律另有规定的除外。

9.2 乙方的软件产品、技术方案、报价及本合同条款属于乙方的保密信息，甲方不得向其他供应商披露。

9.3 本条保密义务在合同终止后两个年度内继续有效。

## 第十条 违约责任

10.1 乙方逾期完成上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及停产损失。

## 第十条之一 软件使用限制

甲方不得将软件用于授权范围以外的工厂或生产线，不得对软件进行反向工程、破解或复制分发。甲方需要在其他工厂使用的，应另行购买许可。乙方有权通过软件授权文件对站点数量和用户数进行技术控制。甲方违反本条约定的，应按超出使用部分许可费的两倍向乙方支付赔偿。

## 第十一条 合同解除

一方严重违约，经另一方书面通知后20日内仍未纠正的，另一方有权书面通知解除本合同。合同解除的，甲方应支付乙方已完成工作对应的费用，已支付的软件许可费不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十三条 其他

因不可抗力、网络运营商故障或第三方软硬件原因导致的系统中断，乙方不承担责任。本合同一式两份，双方各执一份，经双方签字盖章后生效。本合同未尽事宜，以乙方官网公布的《码上溯服务条款》为准。

甲方（盖章）：鲜味坊酿造食品有限公司　　代表：__________

乙方（盖章）：码上溯软件科技有限公司　　代表：__________

日期：2026年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Norway (Bergen): perpetual licences + services -> .pdf, Article N
H436E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VPS-CN-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Vestfjord Process Software AS, a company incorporated in Norway with its registered office at Bryggen 14, 5003 Bergen, Norway (the "Vendor"); and
P:(2) Dalian Haixin Seafood Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Jinma Road, Jinzhou District, Dalian, Liaoning Province (the "Customer").
P:Background: (A) The Vendor develops and licenses FjordQA, a quality management and batch traceability system for seafood processing plants. (B) The Customer operates two processing plants in Dalian and wishes to acquire perpetual licences of FjordQA together with configuration, interface, migration and training services. (C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FjordQA core system, the FjordQA Mobile Inspection module and the related documentation, in the version current on the Effective Date, including updates supplied during the Warranty Period or under an Annual Support agreement.
P:1.2 "Custom Deliverables" means the interface to the Customer's ERP system, the Customer-specific inspection forms, label templates and reports, and any scripts, source code and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or processed in the Software by or for the Customer, including batch records, supplier data, laboratory results and personal data of the Customer's employees.
P:1.4 "Go-Live" means the first day on which the Software is used for production batch recording in both plants. "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers hosted by or for the Customer in the People's Republic of China, for the internal business of the Customer and its wholly-owned subsidiaries.
P:2.2 The licence covers one site licence of the core system for both Dalian plants, sixty (60) named users and the Mobile Inspection module for an unlimited number of handheld devices at those plants. Additional named users may be ordered at the unit price in Article 3.
P:2.3 The Software and all intellectual property rights in it remain with the Vendor.
H:Article 3 Prices
P:3.1 The total Contract Price is CNY 1,360,000, fixed and inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|FjordQA core system, site licence (perpetual)|620,000
TB:2|Named user licences, 60 x CNY 4,500 (perpetual)|270,000
TB:3|Mobile Inspection module (perpetual)|80,000
TB:|Licence Subtotal|970,000
TB:4|Configuration and ERP interface|286,000
TB:5|Data migration from the legacy system|64,000
TB:6|Training (administrators and key users)|40,000
TB:|Contract Price|1,360,000
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 272,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 612,000) within 20 days after Go-Live; and (c) 35% (CNY 476,000) within 20 days after Final Acceptance.
P:4.2 Go-Live and the payment under Article 4.1(b) do not constitute acceptance of the Software or of any Custom Deliverable.
P:4.3 Payments shall be made by bank transfer in CNY to the account of the Vendor's representative office in Shanghai named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, the ERP interface and data migration within 110 days after signature and shall then give notice of readiness for acceptance testing.
P:5.2 Acceptance testing shall follow the test plan agreed in the project kick-off. The criteria are: (a) every function in the functional specification works as described; (b) migrated batch records reconcile field by field with the legacy system for a sample of 2,000 batches, without error; (c) the ERP interface transfers purchase orders, receipts and finished-goods batches for 15 consecutive working days without loss or duplication; (d) a complete trace from finished carton back to raw-material lot is produced within 10 seconds; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Customer shall sign the Final Acceptance Certificate within 10 working days or state in writing the criteria not met. The Vendor shall correct any failure and repeat the relevant tests. Installation, Go-Live or productive use of the Software shall not be treated as acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that for eighteen (18) months after Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification. During the Warranty Period the Vendor shall correct defects, supply updates and provide support under Article 7 free of charge.
H:Article 7 Support Service Levels
P:7.1 Support is provided in Chinese and English through a hotline and a ticket portal. Incidents are classified as follows: Severity 1 means the Software is unavailable, or batch recording is stopped in a plant; Severity 2 means a major function is impaired with no workaround; Severity 3 means any other defect.
P:7.2 The Vendor shall respond to a Severity 1 incident within two (2) hours, around the clock, and shall work continuously until a workaround is in place. Severity 2 incidents receive a response within 8 business hours and Severity 3 incidents within 2 business days.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall pay the Customer a service credit of CNY 1,000, deductible from any amount due to the Vendor.
H:Article 8 Annual Support after Warranty
P:8.1 After the Warranty Period the Customer may order Annual Support, which covers updates, new versions and the support in Article 7. The Annual Support fee is 11% of the Licence Subtotal, that is CNY 106,700 per year, and shall not be increased for the first three support years. Any later change shall be agreed in writing and shall not exceed 3% per year.
P:8.2 Annual Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 9 Intellectual Property in Custom Deliverables
P:9.1 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely and may have them maintained by a third party.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and in accordance with the Customer's instructions, and shall not copy it, retain it or use it for any other purpose.
P:10.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Remote access is permitted only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department. No Customer Data shall be transferred outside the People's Republic of China.
P:10.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours and shall cooperate in its investigation and remedy. The Vendor is liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination.
H:Article 12 Delay
P:12.1 If the Vendor fails to give notice of readiness for acceptance testing by the date in Article 5.1, or if Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 10 or Article 11, or infringement of third-party rights.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if the liquidated damages under Article 12 reach their maximum.
P:15.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Norway, excluding its conflict-of-law rules.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Arbitration Institute of the Oslo Chamber of Commerce. The seat of arbitration shall be Oslo and the language English.
H:Article 17 General
P:17.1 This Agreement, with its annexes (functional specification, project plan and test plan), is the entire agreement of the parties. Changes must be in writing and signed by both parties. This Agreement is made in English in two originals, one for each party.
P:For the Vendor: Vestfjord Process Software AS    Name: ______________    Title: ______________    Date: ______
P:For the Customer: Dalian Haixin Seafood Co., Ltd.    Name: ______________    Title: ______________    Date: ______
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 Sweden (Gothenburg): SaaS Order Form + General Terms -> .md, Section N.N
H436E02 = """# ORDER FORM No. KL-2026-0137

**LearnLoop Subscription — Order Form and General Terms**

| | |
|---|---|
| Provider | Kattegatt Learning AB, Lilla Bommen 5, 411 04 Gothenburg, Sweden (corp. reg. no. 556xxx-0192) |
| Customer | Chengdu Jinli Home Retail Co., Ltd., 199 Tianfu Avenue North, Jinjiang District, Chengdu, Sichuan |
| Service | LearnLoop learning management platform, Enterprise edition, China region instance |
| Learners | up to 1,800 active learner accounts and 60 administrator accounts |
| Subscription Term | two Subscription Years, from the Subscription Start Date |
| Subscription Start Date | the date of Onboarding Acceptance under Section 3.2 of the General Terms |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 1,800 learners, Enterprise edition | 348,000 |
| Subscription fee, Subscription Year 2 | 1,800 learners, Enterprise edition | 348,000 |
| Onboarding services (one-off) | configuration, SSO, HR data sync, three pilot courses, admin training | 54,000 |
| **Total Fees for the Subscription Term** | | **750,000** |

Additional learner accounts above 1,800 may be added at CNY 190 per learner per Subscription Year, pro rata; they are ordered separately and are not part of the Total Fees.

## Invoicing and payment

1. Subscription fees are invoiced quarterly in advance, at the start of each quarter of a Subscription Year (CNY 87,000 per quarter). No subscription fee is invoiced before the Subscription Start Date.
2. The onboarding fee is invoiced after Onboarding Acceptance.
3. Invoices are payable within 30 days by bank transfer to the account of Provider's distributor in Shanghai named on the invoice.

## Special conditions

1. The Customer's 320 stores and head office will use the Service for product training, onboarding of new store staff and mandatory safety courses.
2. The platform will be delivered from a data centre located in the Shanghai region of a licensed cloud provider in mainland China.

This Order Form is governed by the General Terms below, which form part of it. If the Order Form and the General Terms conflict, the Order Form prevails.

Signed for Kattegatt Learning AB: ______________________ (name, title, date)

Signed for Chengdu Jinli Home Retail Co., Ltd.: ______________________ (name, title, date)

---

# GENERAL TERMS

## Section 1. Definitions

1.1 "Service" means the LearnLoop platform and related support described in the Order Form. "Documentation" means Provider's user guides for the Service as updated from time to time.

1.2 "Customer Content" means all courses, materials, learner records, test results, personal data of learners and other data uploaded to or generated in the Service by or for the Customer.

1.3 "Customer Templates" means course templates, certificate designs, report layouts and integration scripts created by Provider specifically for the Customer during onboarding.

1.4 "Subscription Year" means each period that begins on the Subscription Start Date or on an anniversary of it and ends on the day before the next anniversary.

## Section 2. The Service

2.1 Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal training purposes.

2.2 Provider will use commercially reasonable efforts to keep the Service available, to perform maintenance outside the Customer's business hours where possible and to answer support requests as soon as reasonably practicable. Support is available by e-mail and through the in-product help centre during Swedish and Chinese business hours.

2.3 Provider may improve and change the Service during the Subscription Term, provided that no change materially reduces the functions described in the Documentation.

## Section 3. Onboarding and Acceptance

3.1 Provider will perform the onboarding services listed in the Order Form. Provider targets completing onboarding within eight weeks after signature of the Order Form; the target is an estimate and depends on the Customer's timely cooperation.

3.2 When onboarding is complete, the Customer will test the Service against the following acceptance criteria: (a) single sign-on through the Customer's identity provider works for all user groups; (b) the nightly HR data synchronisation creates, updates and deactivates learner accounts correctly for three consecutive nights; (c) the three pilot courses run end to end on desktop and mobile, with completions and scores correctly recorded; (d) the standard completion and compliance reports match the synchronised HR data for a sample of 200 learners. If the criteria are met, the Customer will sign an Onboarding Acceptance certificate within 10 business days. If not, Provider will correct the failures and the test will be repeated. Use of the Service for training before that signature is not acceptance.

## Section 3A. Customer Responsibilities

3A.1 The Customer will appoint a project lead, provide access to its identity provider and HR system test environment, supply the content of the three pilot courses and make its administrators available for training on the agreed dates.

3A.2 The Customer is responsible for the accuracy of the HR data it provides, for the content of the courses it uploads and for the conduct of its authorised users. The Customer will keep user credentials secure and tell Provider promptly if it suspects unauthorised use of an account.

## Section 4. Customer Content and Data Protection

4.1 Customer Content belongs to the Customer. Provider processes Customer Content only to provide the Service to the Customer and in accordance with the Customer's documented instructions, and will not use it for any other purpose.

4.2 Provider will keep Customer Content in the mainland China data centre named in the Order Form and will not transfer it outside mainland China. Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Content in transit and at rest, limits access to personnel who need it, logs all administrative access and complies with the PRC Personal Information Protection Law and Data Security Law.

4.3 Provider will notify the Customer of any security incident affecting Customer Content without undue delay and in any event within 48 hours, will take all reasonable steps to contain it and will provide the information the Customer needs for its own notifications. Provider is responsible for losses, costs and regulatory penalties that the Customer suffers from a security incident caused by Provider's breach of this Section 4.

4.4 At the end of the Subscription Term Provider will, at the Customer's choice, return Customer Content in a standard export format and then delete it within 30 days, and confirm the deletion in writing.

## Section 5. Intellectual Property

5.1 Provider owns the Service, the Documentation and all improvements to them.

5.2 Customer Templates belong to the Customer. The Customer may use, copy, modify and license them freely, including on other platforms, and Provider will hand them over in an editable form at the end of the Subscription Term.

## Section 6. Confidentiality

6.1 Each party will keep confidential the other party's non-public business, technical and financial information received under this agreement, use it only to perform this agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This Section survives for three years after the end of the Subscription Term.

## Section 7. Fees and Renewal

7.1 Fees are as stated in the Order Form and are fixed for the Subscription Term.

7.2 The subscription does not renew automatically. Any renewal requires a new Order Form signed by both parties, at prices agreed at that time.

## Section 8. Subcontracting

8.1 Provider will not subcontract the provision of the Service or the onboarding services, or appoint a new sub-processor for Customer Content, without the Customer's prior written consent. The hosting provider named in the Order Form is approved. Provider remains responsible for its subcontractors.

## Section 9. Liability

9.1 Each party's total liability arising out of this agreement is limited to two times the Total Fees for the Subscription Term stated in the Order Form.

9.2 The limit in Section 9.1 does not apply to breach of Section 4 or Section 6, to personal injury or to wilful misconduct.

## Section 10. Term and Termination

10.1 This agreement begins on signature of the Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate this agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice describing it.

10.3 If the Customer terminates under Section 10.2, Provider will refund the subscription fees already paid for the period after the termination date.

## Section 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

## Section 12. General

12.1 Neither party may assign this agreement without the other party's written consent, except to a successor of its entire business.

12.2 Notices must be in writing and sent to the addresses in the Order Form. This agreement is made in English; a Chinese translation may be prepared for convenience only.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Denmark (Aarhus): hardware / sensors for a site, buyer's paper -> .docx with a Word price table, clauses 1. / 1.1
H436E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR DISTRICT METERING SENSORS
P:Contract No. JXNH-WS-2026-022
P:Buyer: Jiaxing Nanhu Water Supply Co., Ltd., 56 Zhongshan East Road, Nanhu District, Jiaxing, Zhejiang Province (the "Buyer").
P:Supplier: Limfjord Sensor Technologies A/S, Skejbyparken 9, 8200 Aarhus N, Denmark, acting together with its wholly-owned subsidiary Limfjord Sensor (Suzhou) Co., Ltd. for delivery, installation and local support (together the "Supplier").
P:The Buyer is dividing its distribution network in the Nanhu District into twelve district metered areas (DMAs) to reduce water losses. After a competitive tender, the Buyer has awarded the supply and installation of the metering, pressure and leak-detection sensors and the data platform to the Supplier. This Contract is on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the flow meters, pressure loggers, acoustic leak loggers and gateways listed in Clause 3, with their firmware, batteries, fittings and accessories.
P:1.2 "Platform" means the Supplier's AquaSense data platform software licensed under this Contract, installed on the Buyer's servers.
P:1.3 "Works" means the delivery, installation, configuration, commissioning and training to be performed by the Supplier.
P:1.4 "Buyer Data" means all measurements, alarms, network and location data and configuration data collected or generated by the Equipment and the Platform.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope
P:2.1 The Supplier shall supply and install 24 ultrasonic flow meters (DN200) at the DMA inlets, 60 pressure loggers, 120 acoustic leak loggers and 12 cellular gateways, and shall supply a perpetual licence of the Platform for up to 500 connected devices.
P:2.2 The Supplier shall configure the Platform, connect it to the Buyer's SCADA system and GIS, set up DMA water balance and night-flow reports and train the Buyer's staff.
P:2.3 Civil works for meter chambers are provided by the Buyer according to the Supplier's drawings.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,760,000, inclusive of VAT, import duties, transport, insurance, installation and all other costs. It is fixed and not subject to adjustment.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic flow meter DN200 with data logger|24|26,500|636,000
TB:2|Pressure logger|60|4,800|288,000
TB:3|Acoustic leak noise logger|120|2,900|348,000
TB:4|Cellular gateway|12|9,600|115,200
TB:5|AquaSense platform licence (perpetual, 500 devices)|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,555,200
TB:6|Installation, configuration and commissioning|1|186,000|186,000
TB:7|Training|1|18,800|18,800
TB:|Contract Price|||1,760,000
H:4. Payment
P:4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 176,000) as an advance within 15 working days after receiving an irrevocable bank guarantee for the same amount; (b) 55% (CNY 968,000) within 15 working days after all Equipment is installed and the Buyer signs the Installation Certificate; and (c) 35% (CNY 616,000) within 15 working days after Final Acceptance.
P:4.2 The Installation Certificate confirms completeness of delivery and installation only. It is not acceptance of the Equipment, the Platform or the Works.
P:4.3 Each payment requires a valid VAT invoice issued by the Supplier's Suzhou subsidiary.
H:5. Delivery and Installation
P:5.1 The Equipment shall be delivered to the Buyer's warehouse within 50 days after signature. Installation shall be completed within 90 days after signature, DMA by DMA according to the agreed schedule.
P:5.2 The Supplier shall inspect each chamber before installation and report any defect in the Buyer's civil works in writing.
H:6. Acceptance
P:6.1 After installation the system shall run for a trial period of 30 consecutive days. Final Acceptance requires: (a) every device is online and reporting at its configured interval for at least 98% of the trial period; (b) flow meter readings agree within ±1.5% with the Buyer's portable reference meter at three test points per DMA; (c) pressure readings agree within ±0.5 m with calibrated gauges; (d) the Platform produces correct daily water balance and minimum night flow reports for all twelve DMAs; (e) leak logger correlation locates two simulated leaks within 5 metres; and (f) the SCADA and GIS interfaces work without errors for the final 10 days.
P:6.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 10 working days or give written reasons. Installation, data transmission or use of the Equipment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Platform for thirty-six (36) months after Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment, including batteries that fail before their rated life, and supply Platform updates, free of charge, including transport and labour.
P:7.2 After the warranty period the Buyer may order annual support for the fourth and following years at 7% of the Hardware and Licence Subtotal, that is CNY 108,864 per year, fixed for at least three support years. Support is ordered each year by purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 Severity 1 means the Platform is unavailable, or more than 20% of the devices in any DMA stop reporting. The Supplier shall respond to a Severity 1 fault within one (1) hour and restore service within 24 hours. Severity 2 faults receive a response within 8 hours and a fix within 3 working days.
P:8.2 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 600, which the Buyer may deduct from any payment or from the warranty guarantee.
H:9. Delay
P:9.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the agreed dates for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:10. Intellectual Property
P:10.1 The Platform and the device firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:10.2 The DMA configurations, report templates, SCADA and GIS interface scripts and all project documentation prepared for the Buyer belong to the Buyer, which may use, modify and disclose them to any contractor freely.
H:11. Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, keep or disclose it.
P:11.2 The Platform shall be installed on the Buyer's servers. The gateways shall transmit data only to the Buyer's servers through the Buyer's private APN, with encryption. Remote access by the Supplier requires the Buyer's approval for each session and is logged.
P:11.3 The Supplier shall report any security incident affecting the Equipment, the Platform or Buyer Data within 12 hours and shall bear all losses caused by its breach of this Clause.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information, in particular the Buyer's network layout, pressure data and leak locations, and shall not disclose it to third parties without prior written consent. This obligation survives termination.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under Clause 9 reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for Equipment and Works not accepted and compensate the Buyer's direct losses.
H:15. Site Work and Safety
P:15.1 The Supplier's personnel shall follow the Buyer's site safety rules, the traffic management plan for road works and the confined-space procedures for meter chambers. The Supplier shall hold valid work permits for all work on live water mains and shall coordinate every valve operation with the Buyer's dispatch centre.
P:15.2 The Supplier shall keep a daily site log, photograph each installation before the chamber is closed and record the location of every device in the Buyer's GIS. Damage to the Buyer's network or to third-party property caused by the Supplier shall be repaired at the Supplier's cost.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, war or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the effects. Dates are extended by the period of the event. If the event lasts more than 60 days, either party may end the Contract by written notice.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.
H:18. Miscellaneous
P:18.1 The tender documents, the Supplier's bid and the technical specification form part of this Contract. This Contract is made in Chinese and English; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Finland (Tampere): managed service -> .md, numbered clauses, schedules as tables
H436E04 = """# MANAGED WAREHOUSE NETWORK SERVICE AGREEMENT

Agreement No. PNS-WH-2026-11

This Managed Warehouse Network Service Agreement is entered into between:

**Pirkanmaa Network Services Oy**, Hatanpään valtatie 24, 33100 Tampere, Finland, business ID 2xxxxxx-4 ("Provider"); and

**Wuhan Changjiang Cold Chain Logistics Co., Ltd.**, 8 Gangcheng Road, Dongxihu District, Wuhan, Hubei Province ("Customer").

**Background.** Customer operates six cold-storage warehouses in Wuhan in which handheld scanners, forklift terminals and temperature tags depend on the wireless network. Customer wishes to outsource the design, operation and support of that network to Provider as a managed service for a fixed monthly charge. The charges are stated in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Service" means the managed warehouse network service described in Schedule 1.

1.2 "Sites" means the six warehouses listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.4 "Initial Term" means 36 months from the Service Commencement Date.

1.5 "Customer Data" means all data of Customer carried over or stored in the network and the management systems, including device lists, scanner traffic, temperature readings, user accounts and logs.

1.6 "Provider Equipment" means the access points, controllers, switches and sensors installed by Provider at the Sites to provide the Service, which remain Provider's property.

## 2. The Service

2.1 Provider shall design, install, operate, monitor and support the wireless network at the Sites, including Provider Equipment, firmware management, radio optimisation for cold rooms down to −25 °C, 24×7 remote monitoring from Provider's network operations centre, on-site replacement of faulty equipment and a monthly service report.

2.2 Provider shall keep spare access points and controllers in Wuhan and shall have field engineers available in Wuhan at all times.

2.3 Customer shall provide power, rack space, cabling routes and access to the Sites, and shall name a service manager.

2.4 Customer may request additional access points or additional Sites at any time. Provider shall quote within 10 working days; additional charges apply only after Customer's written order and are not part of the Total Contract Value.

2.5 Provider shall hold a monthly service review with Customer's service manager to go through the service report, open incidents, planned changes and capacity needs, and shall record the agreed actions in minutes sent to Customer within three working days.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value for the Initial Term is CNY 1,770,000.

3.2 The one-time set-up charge is invoiced after the Service Commencement Date. The monthly recurring charge is invoiced monthly in arrears. No charge is payable in advance.

3.3 Invoices are payable within 30 days of receipt of a valid VAT invoice issued by Provider's Wuhan branch. Charges are fixed for the Initial Term.

## 4. Implementation and Service Acceptance

4.1 Provider shall complete the site surveys, installation and configuration at all Sites within 70 days after signature of this Agreement.

4.2 Service Acceptance requires, for every Site: (a) a post-installation survey showing signal strength of at least −67 dBm on 95% of the measured points, including inside cold rooms; (b) roaming of handheld scanners between access points without session loss during a 2-hour test walk; (c) all forklift terminals and temperature tags connected and visible in the monitoring system; (d) the network operating for 7 consecutive days without a Priority 1 incident. When the criteria are met at all Sites, Customer shall sign the Service Acceptance Certificate within 5 working days or give written reasons.

4.3 Use of the network before Service Acceptance is not acceptance.

4.4 If Service Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 90,000.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3. Service credits under Schedule 3 are deducted from the next invoice.

5.2 If the monthly availability of any Site falls below 99.0% in two consecutive months, Customer may terminate the Service for that Site without penalty.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service and shall not sell it or use it for any other purpose.

## 7. Intellectual Property

7.1 Provider retains all rights in its tools, monitoring software and know-how.

7.2 The network designs, site survey reports, configurations and documentation prepared for Customer belong to Customer. Customer may use, modify and give them to any other supplier, including a successor provider, without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the layout and security arrangements of the Sites, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This clause survives termination for three years.

## 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid by Customer in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit or indirect loss. Clause 9.1 does not apply to personal injury caused by negligence or to wilful misconduct.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and continues for the Initial Term. It ends at the end of the Initial Term unless the parties sign a written extension; there is no automatic renewal.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 On expiry or termination Provider shall provide reasonable exit assistance for up to 60 days at the rates in Schedule 2, hand over the documentation under clause 7.2 and, if Customer so elects, sell the Provider Equipment to Customer at its net book value.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## 13. General

13.1 This Agreement and its Schedules are the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both texts are equally authentic.

Signed for Pirkanmaa Network Services Oy: ______________________

Signed for Wuhan Changjiang Cold Chain Logistics Co., Ltd.: ______________________

---

## Schedule 1 — Sites and Service Scope

| Site | Address | Area (m²) | Access points | Controllers / switches | Temperature tags |
|---|---|---|---|---|---|
| W1 Dongxihu | 8 Gangcheng Road | 18,000 | 64 | 2 / 6 | 420 |
| W2 Hanyang | 31 Longyang Avenue | 12,500 | 46 | 2 / 4 | 300 |
| W3 Qingshan | 5 Heping Avenue | 9,800 | 38 | 1 / 3 | 240 |
| W4 Jiangxia | 70 Wenhua Avenue | 14,200 | 52 | 2 / 5 | 360 |
| W5 Huangpi | 12 Airport Road | 11,000 | 42 | 1 / 4 | 280 |
| W6 Caidian | 3 Logistics Park Road | 8,600 | 34 | 1 / 3 | 200 |

Service scope at every Site: design and radio survey, installation, 24×7 monitoring, incident and problem management, firmware and security patching, configuration changes (up to 20 per month), on-site spares, and a monthly report on availability, incidents, changes and capacity.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| One-time set-up charge | surveys, installation, configuration, six Sites | 96,000 |
| Monthly recurring charge | all six Sites, per month | 46,500 |
| Monthly recurring charge, Initial Term | 36 months × CNY 46,500 | 1,674,000 |
| **Total Contract Value** | set-up + Initial Term | **1,770,000** |
| Exit assistance (if requested) | per engineer day | 3,200 |

## Schedule 3 — Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Network availability per Site, per calendar month | 99.95% | 5% of the monthly charge for the Site for each 0.1% or part below target |
| Priority 1 (a Site or a cold room without network) — response | 30 minutes, 24×7 | CNY 500 per started 30 minutes late |
| Priority 1 — restoration | 3 hours | CNY 800 per started hour late |
| Priority 2 (a zone or a device group degraded) — response | 2 hours | CNY 200 per started hour late |
| Monthly service report | by the 5th working day | CNY 300 per day late |

The monthly charge for a Site is one sixth of the monthly recurring charge. Total service credits in a month shall not exceed 25% of the monthly recurring charge.
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Faroe Islands (Tórshavn): data API subscription -> .txt, upper-case headings with numbered clauses
H436E05 = """OCEAN FORECAST DATA API SUBSCRIPTION AGREEMENT

Agreement No. NOD-API-2026-031

PARTIES

Nordlysi Ocean Data P/F, a company registered in the Faroe Islands, with its office at Vaglið 3, 100 Tórshavn, Faroe Islands ("Provider").

Qingdao Blue Harbour Marine Aquaculture Co., Ltd., a company registered in the People's Republic of China, with its office at 266 Haier Road, Laoshan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Provider operates ocean forecast models for wave height, currents, water temperature, dissolved oxygen and storm warnings, and delivers their results through a data API. Customer runs offshore fish farms in the Yellow Sea and wants to feed site-specific forecasts into its feeding, net inspection and vessel planning systems. All fees are stated in Chinese Yuan (CNY) at Customer's request.

1. DEFINITIONS

1.1 "API" means Provider's Ocean Forecast API, version 3, with the endpoints and data products listed in Annex A.
1.2 "Forecast Data" means the forecasts, warnings and derived products delivered to Customer through the API.
1.3 "Customer Observations" means the measurements from Customer's buoys and farm sensors (water temperature, oxygen, current and wave data) that Customer uploads to the API to calibrate the forecasts for its sites.
1.4 "Subscription Year" means each period beginning on the Subscription Start Date or on an anniversary of it and ending on the day before the next anniversary.
1.5 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION AND USE

2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to call the API and to use the Forecast Data in Customer's own operations at the 14 farm sites listed in Annex A.
2.2 The subscription includes up to 2,000,000 API calls per Subscription Year, hourly forecasts on a grid of 1 km around each site, a 10-day forecast horizon, and storm and low-oxygen warnings pushed to Customer's endpoint.
2.3 Customer shall not resell the Forecast Data or make it available to third parties, except to its vessel operators and insurers for Customer's own operations.
2.4 Provider shall issue API keys to Customer's named administrators. Customer is responsible for keeping the keys secure and shall tell Provider at once if a key may have been disclosed, so that Provider can revoke it. The API accepts up to 20 calls per second per key; Provider shall raise this limit on request during storm events.

3. FEES AND PAYMENT

3.1 The fees for the initial term are:
    Subscription fee, Subscription Year 1 ............ CNY 264,000
    Subscription fee, Subscription Year 2 ............ CNY 264,000
    Integration onboarding (one-off) ................. CNY 36,000
    Total Fees for the initial term .................. CNY 564,000
3.2 API calls above the annual allowance are charged at CNY 0.09 per call, invoiced after the end of each Subscription Year. Such usage charges are not part of the Total Fees.
3.3 The subscription fee is invoiced quarterly in arrears (CNY 66,000 per quarter). The onboarding fee is invoiced after Integration Acceptance. No amount is payable before the Subscription Start Date.
3.4 Invoices are payable within 30 days by bank transfer to the CNY account of Provider's agent in Qingdao named in the invoice.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Provider shall, within 45 days after signature, set up the 14 sites, calibrate the models with Customer's historical buoy data, connect the warning push to Customer's endpoint and support Customer's developers in integrating the API.
4.2 Integration Acceptance requires: (a) all endpoints in Annex A return valid data for every site; (b) the warnings reach Customer's endpoint within 2 minutes of issue in three test runs; (c) forecast water temperature for the 14 sites over a 14-day test period has a mean absolute error of no more than 0.8 °C against Customer Observations; and (d) Customer's feeding system imports the forecasts every hour without errors for 7 consecutive days. When the criteria are met, Customer shall sign an Integration Acceptance certificate within 5 business days or state the failures in writing. Use of the API during testing is not acceptance.
4.3 If Integration Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 5 days in advance and performed between 01:00 and 05:00 China Standard Time.
5.2 Severity 1 incidents (the API or the warning push is down, or forecasts are not updated for more than two model cycles) receive a response within one (1) hour, 24×7, and Provider shall work continuously until service is restored. Severity 2 incidents receive a response within 8 business hours.
5.3 If availability falls below the level in clause 5.1, Provider shall credit 5% of the quarterly subscription fee for each started 0.1% below the level, up to 50% of that fee. A missed Severity 1 response time gives a credit of CNY 400 per started hour. Credits are deducted from the next invoice.

6. DATA

6.1 Customer Observations and all information on Customer's sites, stock and operations belong to Customer.
6.2 Provider shall protect Customer Observations and Customer's account data with access controls, encryption in transit and at rest and logging of administrative access. Customer Observations are stored in Provider's processing centre in Tórshavn and its backup site, which Customer accepts. Provider shall notify Customer of any security incident affecting Customer's data within 24 hours, shall take reasonable steps to contain it and is liable for the losses that its breach of this clause 6.2 causes to Customer.
6.3 Customer grants Provider a perpetual, royalty-free licence to use Customer Observations in aggregated and anonymised form to calibrate and improve Provider's forecast models, including the forecasts Provider sells to its other customers, and to include them in Provider's published ocean datasets. This licence continues after the end of this Agreement.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API, its models and the Forecast Data. Customer receives the rights in clause 2.
7.2 Integration code, data mappings and dashboards that Provider builds specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's site locations, stock data and production plans, shall use it only to perform this Agreement and shall not disclose it without prior written consent. This clause survives termination for three years.

9. TERM AND RENEWAL

9.1 The initial term starts on signature and ends at the end of the second Subscription Year.
9.2 After the initial term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
9.3 For each renewal Subscription Year, Provider may increase the subscription fee and the per-call charge in accordance with its price list then in force, by notice to Customer at least 30 days before the renewal.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the operation of the API or the processing of Customer's data without Customer's prior written consent. Provider's existing computing centre operator in Tórshavn is approved. Provider remains responsible for its subcontractors.

11. LIABILITY

11.1 Forecasts are predictions; Provider does not warrant that any forecast will be accurate, but shall deliver them with the skill and care of a professional ocean forecasting service.
11.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees for the initial term. This limit does not apply to breach of clauses 6 or 8, to personal injury or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.2 Customer may also terminate by written notice if the availability in clause 5.1 is missed in three months of any Subscription Year.
12.3 On termination Customer shall pay the fees for the service provided up to the termination date, and Provider shall refund any fees paid for the period after it.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

14. GENERAL

14.1 This Agreement, with Annex A (sites, endpoints and data products), is the entire agreement of the parties. Amendments must be in writing. Notices shall be sent by e-mail and courier to the addresses above.
14.2 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war or failures of public networks, provided that it informs the other party promptly and limits the effects.

SIGNATURES

For Nordlysi Ocean Data P/F: ____________________  Name / Title / Date

For Qingdao Blue Harbour Marine Aquaculture Co., Ltd.: ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# files, formats, labels
NAMES = {
    "h436z01": ("h436z01_forestry_ancient_trees_platform.pdf", "pdf", "zh"),
    "h436z02": ("h436z02_cable_plant_extruder_control_retrofit.docx", "docx", "zh"),
    "h436z03": ("h436z03_elderly_care_chain_nursing_records_saas.txt", "txt", "zh"),
    "h436z04": ("h436z04_archives_bureau_e_records_system_om.txt", "txt", "zh"),
    "h436z05": ("h436z05_soy_sauce_filling_traceability_supplier_template.md", "md", "zh"),
    "h436e01": ("h436e01_norway_seafood_qa_licence_services.pdf", "pdf", "en"),
    "h436e02": ("h436e02_sweden_lms_saas_order_form.md", "md", "en"),
    "h436e03": ("h436e03_denmark_water_dma_sensors_supply.docx", "docx", "en"),
    "h436e04": ("h436e04_finland_managed_warehouse_network.md", "md", "en"),
    "h436e05": ("h436e05_faroe_ocean_forecast_data_api.txt", "txt", "en"),
}
SRC = {"h436z01": H436Z01, "h436z02": H436Z02, "h436z03": H436Z03, "h436z04": H436Z04, "h436z05": H436Z05,
       "h436e01": H436E01, "h436e02": H436E02, "h436e03": H436E03, "h436e04": H436E04, "h436e05": H436E05}

# price sums and arithmetic (asserted)
assert 860000 + 540000 + 176000 + 64000 == 1640000 and 328000 + 738000 + 574000 == 1640000
assert 384000 + 188000 + 232000 + 74000 + 156000 == 1034000 and 1034000 + 118000 + 36000 == 1188000
assert 4 * 96000 == 384000 and 8 * 23500 == 188000 and 4 * 58000 == 232000 and 4 * 18500 == 74000
assert 237600 + 534600 + 415800 == 1188000 and round(1034000 * 0.09) == 93060
assert 11 * 28800 == 316800 and 3 * 316800 + 126000 == 1076400 and 316800 / 4 == 79200
assert 4 * 121500 == 486000
assert 820000 + 126000 + 54000 == 1000000 and round(820000 * 0.22) == 180400
assert 620000 + 60 * 4500 + 80000 == 970000 and 970000 + 286000 + 64000 + 40000 == 1360000
assert 272000 + 612000 + 476000 == 1360000 and round(970000 * 0.11) == 106700
assert 2 * 348000 + 54000 == 750000 and 348000 / 4 == 87000
assert 24 * 26500 + 60 * 4800 + 120 * 2900 + 12 * 9600 + 168000 == 1555200 and 1555200 + 186000 + 18800 == 1760000
assert 176000 + 968000 + 616000 == 1760000 and round(1555200 * 0.07) == 108864
assert 36 * 46500 + 96000 == 1770000
assert 2 * 264000 + 36000 == 564000 and 264000 / 4 == 66000

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(key, category, vals, extra):
    name, _, lang = NAMES[key]
    terms = {k: vals[k] for k in TERM_KEYS}
    return {"file": name, "language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")


def V(**kw):
    d = dict(BASE)
    d.update(kw)
    return d


LABELS = {
    "h436z01": lab("h436z01", "software", V(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                                            warranty_months=24, post_warranty_fee_pct=18),
                   {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                    "acceptance_deemed_on_delivery": False, "contract_value": 1640000}),
    "h436z02": lab("h436z02", "hardware", V(availability_pct=99.5, p1_response_hours=1, confidentiality=False,
                                            ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=24,
                                            post_warranty_fee_pct=9, termination_for_breach=False),
                   {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                    "acceptance_deemed_on_delivery": False, "contract_value": 1188000}),
    "h436z03": lab("h436z03", "cloud", V(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 1076400 * 100,
                                         final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                                         subcontract_without_consent=True, contract_kind="service"),
                   {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1076400}),
    "h436z04": lab("h436z04", "services", V(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
                                            final_payment_on_acceptance=None, contract_kind="service"),
                   {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 486000}),
    "h436z05": lab("h436z05", "software", V(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                                            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
                                            acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                                            post_warranty_fee_pct=22, subcontract_without_consent=None),
                   {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                    "acceptance_deemed_on_delivery": True, "contract_value": 1000000}),
    "h436e01": lab("h436e01", "software", V(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                                            prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=11,
                                            governing_law="Norway"),
                   {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                    "acceptance_deemed_on_delivery": False, "contract_value": 1360000}),
    "h436e02": lab("h436e02", "cloud", V(sla_remedy=False, liability_cap_pct=200, final_payment_on_acceptance=None,
                                         contract_kind="service"),
                   {"sla_clause": False, "ld_stated": False, "acceptance_deemed_on_delivery": False, "contract_value": 750000}),
    "h436e03": lab("h436e03", "hardware", V(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                                            warranty_months=36, post_warranty_fee_pct=7),
                   {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                    "acceptance_deemed_on_delivery": False, "contract_value": 1760000}),
    "h436e04": lab("h436e04", "services", V(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                                            ld_rate_per_day_pct=1200 / 1770000 * 100, liability_cap_pct=6 / 36 * 100,
                                            final_payment_on_acceptance=None, contract_kind="service"),
                   {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1770000}),
    "h436e05": lab("h436e05", "cloud", V(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                                         ld_rate_per_day_pct=500 / 564000 * 100, liability_cap_pct=150,
                                         final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                                         contract_kind="service"),
                   {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 564000}),
}

# design facts that are not label keys: fee base (itemised licence / hardware subtotal) and a forum outside mainland China
FEE_BASE = {"h436z01": 860000, "h436z02": 1034000, "h436z05": 820000, "h436e01": 970000, "h436e03": 1555200}
FOREIGN_FORUM = {"h436e01"}  # Oslo seat

DESIGN = {
    "h436z01": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"],
    "h436z02": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h436z03": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "h436z04": [],
    "h436z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h436e01": ["CR-GOVERNING-LAW"],
    "h436e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h436e03": [],
    "h436e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h436e05": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(key):
    """Policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key):
    """My own reading of policy.md §3, applied to the labels."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


THRESH_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                 "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

# ---------------------------------------------------------------------------------------------------------------
# threshold scan
NUM = r"(?:%|％|‰| ?per ?cent|percent)"
PATTERNS = [
    r"99\.9(?![0-9])", r"99\.90", r"百分之九十九点九(?![0-9一二三四五六七八九])",
    r"(?<![0-9.])4 ?(?:个)?(?:小时|h\b|hrs?\b|hours?\b|-hour)", r"四个?小时", r"(?<![-\w])four[ -]hours?\b", r"(?<![0-9.])240 ?(?:分钟|minutes?)",
    r"(?<![0-9])0?\.05 ?" + NUM, r"万分之五(?![0-9十百千点])", r"百分之零点零五", r"(?<![0-9.])0\.5 ?‰", r"千分之零点五",
    r"(?<![0-9.])100 ?" + NUM, r"百分之(?:一)?百", r"one hundred per ?cent",
    r"(?<![0-9.])30 ?" + NUM, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty per ?cent",
    r"(?<![0-9.])12 ?(?:个月|months?|-month)", r"十二个月", r"\btwelve[ -]months?\b", r"一年", r"\bone[ -]year",
    r"(?<![0-9.])1 ?(?:年|years?\b|-year)",
    r"(?<![0-9.])15 ?" + NUM, r"百分之十五(?![点])", r"fifteen per ?cent",
    r"(?<![0-9.])40 ?" + NUM, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty per ?cent",
    r"(?<![0-9.])5 ?(?:年|years?\b|-year)", r"五年", r"\bfive[ -]years?\b", r"(?<![0-9.])60 ?(?:个月|months?|-month)",
    r"六十个月", r"\bsixty[ -]months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "0.05 %", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year", "15%",
            "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "4h", "12-month"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "1.5%", "140%",
             "130%", "2026年12月31日", "45%", "14 hours", "35%", "0.5%", "15日", "30日", "Subscription Year", "25%",
             "百分之三十五", "三个服务年度", "36 months", "18 months", "5 days", "one (1) hour"]


def hits(text):
    out = []
    for rx in RX:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(text, where):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found += hits(variant)
    assert not found, (where, found)


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        parts += [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources, targets = {}, {}
    for key, (name, kind, lang) in NAMES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (name, kind)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, bad = set(), []
    for key, (name, kind, lang) in NAMES.items():
        lb = LABELS[key]
        rules = my_rules(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        lb["expected_rules"] = rules
        covered |= set(rules)
        for k, thr in THRESH_VALUES.items():
            v = lb["expected_terms"][k]
            assert v is None or v != thr, (key, k, v)
        s = tco_share(key)
        assert s is None or abs(s - 40) > 2, (key, s)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lb, ensure_ascii=False, indent=1), encoding="utf-8")
        scan(SRC[key], key + " source")
        text = read_back(OUT / name, kind)
        scan(text, key + " built")
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'} {'OK' if ok else 'OUT OF RANGE'}; "
              f"rules {rules or '(none)'}; risk {risk(rules)}; tco share {s if s is None else round(s, 2)}")
        if not ok:
            bad.append((name, n))
    assert not bad, bad
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    n_clean = [k for k in NAMES if not DESIGN[k]]
    assert len(n_clean) == 2 and {NAMES[k][2] for k in n_clean} == {"zh", "en"}
    assert len(DESIGN["h436z05"]) >= 8 and DESIGN["h436e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["h436e01"]) == "low"
    assert sum(1 for k in NAMES if 2 <= len(DESIGN[k]) <= 3) == 6
    print("all 20 CR rules covered; labels written")
