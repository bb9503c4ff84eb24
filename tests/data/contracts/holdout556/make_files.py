"""holdout556: builds the ten blind drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the labels,
derives each draft's expected rules from its labels (my own reading of policy.md §3), checks them against the design
list, asserts full rule coverage, scans every source and built file for threshold figures, and prints text lengths.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys

sys.dont_write_bytecode = True
from pathlib import Path

OUT = Path(__file__).resolve().parent

H556Z01 = """T:临川市外贸企业服务平台建设项目合同
P:合同编号：LCSW-ZC-2025-017　采购方式：公开招标　项目编号：LCZC2025-0638
P:甲方（采购人）：临川市商务局
P:乙方（供应商）：江南数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临川市外贸企业服务平台（以下简称“平台”）软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及乙方在评标过程中作出的书面澄清均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供外贸企业服务平台软件的永久使用许可，部署于临川市政务云，许可不限用户数，供市、县两级商务部门使用。
P:1.2 乙方按甲方需求开展定制开发，包括：外贸企业画像与分级服务模块、出口信用保险及出口退税政策申报模块、RCEP原产地规则查询模块、企业诉求受理与督办模块，以及领导驾驶舱。
P:1.3 乙方负责将原“外贸运行监测系统”中约1.8万家企业的历史数据迁移至平台，并完成与海关统计数据接口、市场监管企业登记接口及一网通办统一身份认证的对接。
P:1.4 乙方负责平台安装部署、系统联调、操作培训及质保期内的运维服务。
P:1.5 乙方应按甲方要求提供平台操作手册、运维手册、数据字典及接口说明文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000.00），含税，为固定总价，分项如下：
TB:序号|项目|金额（元）
TB:1|外贸企业服务平台软件永久许可|680,000
TB:2|定制开发（四个模块及领导驾驶舱）|742,000
TB:3|历史数据迁移及三项接口对接|156,000
TB:4|部署实施及操作培训|62,000
TB:合计||1,640,000
P:2.2 合同总价包含软件许可、开发、实施、培训、差旅、税费及质保期内全部服务费用，甲方无须另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后10个工作日内，甲方支付合同总价的20%作为预付款，即¥328,000。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的45%，即¥738,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥574,000。
P:3.4 甲方按财政国库集中支付程序付款，乙方应配合提供所需材料。因乙方未按时提供发票或材料导致付款延迟的，甲方不承担逾期付款责任。
H:第四条 交付期限
P:4.1 乙方应在合同签订后10日内提交项目实施方案及进度计划，经甲方确认后执行。乙方项目经理须全程负责本项目，未经甲方同意不得更换。
P:4.2 乙方应于合同签订后120日内完成平台部署、定制开发及数据迁移，并书面提交初步验收申请。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能清单所列功能全部实现；（2）迁移数据与原系统逐项比对一致，差错记录为零；（3）三项接口连续10日运行无差错；（4）在300个并发用户条件下，常用页面响应时间不超过2秒；（5）第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收合格后进入90日试运行。试运行期间未发生一级故障，且平台月度可用率达到本合同第七条要求的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证及后续运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程和现场技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供运维服务，年度运维费不超过平台软件许可费的10%，即每服务年度不超过¥68,000，且在质保期满后的三个服务年度内不上调。运维合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前3个工作日经甲方同意）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或数据错误）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障于下一版本修复。
P:7.3 月度可用率未达到7.1约定的，每低0.01个百分点，乙方支付违约金¥1,000；一级故障响应或恢复每超时1小时，乙方支付违约金¥800。上述款项甲方可从应付款中直接扣除。
H:第八条 数据安全
P:8.1 平台中的企业数据、统计数据、业务数据及日志均属于甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方堡垒机进行运维操作，不得将数据复制至政务云以外的任何介质或系统；测试使用的数据须经甲方脱敏并书面同意。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在发现后1小时内报告甲方并采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政处罚等后果。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、企业商业信息及平台安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本合同项下定制开发的模块、驾驶舱、接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码。甲方有权自行或委托第三方修改、使用。
P:10.3 乙方保证其交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:乙方不得将本项目转包。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:乙方严重违反本合同约定，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市商务局　代表：________　日期：2025年__月__日
P:乙方（盖章）：江南数联信息技术有限公司　代表：________　日期：2025年__月__日
"""

H556Z02 = """T:拉丝炉控制系统改造及维保合同
P:合同编号：DZBX-JS-2025-042
P:甲方：泰安岱宗玻璃纤维有限公司
P:乙方：济南恒控自动化工程有限公司
P:鉴于甲方二车间12台池窑拉丝炉的现有控制系统已运行多年，备件停产、漏板温度波动较大，甲方决定对其实施控制系统改造。经询价比选，甲方确定乙方为供应商。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责12台拉丝炉及配套窑炉的控制系统改造，包括DCS控制器、I/O模块、漏板温控电源、操作员站、工业网络及安全防护设备的供货、安装和调试。
P:1.2 乙方负责DCS组态，编制漏板温度、窑压、液面及冷却风的控制策略，并完成与甲方MES系统的数据接口。
P:1.3 改造须利用甲方计划停炉窗口分批实施，每批停炉时间不超过72小时。
P:1.4 乙方负责拆除旧控制柜及电缆，并按甲方要求运至厂内指定地点，拆除物资归甲方所有。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含13%增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|DCS控制器（冗余配置）|4套|68,000|272,000
TB:2|I/O模块及控制机柜|1批|186,000|186,000
TB:3|漏板温控电源（晶闸管调功）|48台|9,500|456,000
TB:4|操作员站及工程师站|6台|21,000|126,000
TB:5|DCS组态及控制软件许可|1套|268,000|268,000
TB:6|历史数据库及报表软件许可|1套|92,000|92,000
TB:7|工业交换机及工业防火墙|1批|80,000|80,000
TB:软硬件小计||||1,480,000
TB:8|安装、调试及停炉切换服务|1项|236,000|236,000
TB:9|操作及维护培训|1项|24,000|24,000
TB:合计||||1,740,000
P:2.2 上表价格不含质保期满后的维保费，维保费按本合同第7条执行。
H:3. 付款
P:3.1 合同生效后15日内，甲方支付合同总价的10%作为预付款，即¥174,000。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%，即¥957,000。到货签收及安装完毕不构成验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥609,000。
P:3.4 乙方每次请款前应开具相应金额的增值税专用发票。
H:4. 交货与工期
P:4.1 乙方应在合同生效后60日内将全部设备运至甲方二车间，并在甲方停炉窗口内完成安装切换；全部改造应在合同生效后150日内完成。
P:4.2 设备到货时双方共同开箱清点，乙方提供原厂合格证及装箱单。
P:4.3 乙方应在每批停炉切换前5日提交切换方案，经甲方生产部门书面确认后实施；切换失败时，乙方应在2小时内恢复原控制系统运行。
P:4.4 乙方人员在甲方厂区作业，应遵守甲方安全生产、动火作业及高温区域管理规定，并对其人员的人身安全负责。
H:5. 验收
P:5.1 验收标准：（1）漏板温度控制精度±1℃，连续72小时记录合格；（2）控制器冗余切换时间不超过50毫秒，切换过程中温控输出无扰动；（3）与MES的接口数据连续7日一致；（4）拉丝断头率不高于改造前三个月的平均水平；（5）安全防护设备通过甲方信息部门检查。
P:5.2 全部拉丝炉改造完成并连续运行30日，满足上述标准的，双方签署最终验收报告。设备安装、投入运行或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在15日内整改并重新组织验收，相关费用由乙方承担。
H:6. 质保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件，免费提供软件修补和技术支持。
P:6.2 故障分级：一级故障（任一拉丝炉温控失效或控制器全部失效）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 一级故障到场或恢复每超时1小时，乙方支付违约金¥2,000；二级故障每超时1小时，乙方支付违约金¥500。
P:6.4 质保期内同一部件故障两次以上的，乙方应更换为全新部件，并重新计算该部件的质保期。
H:7. 质保期满后的维保
P:7.1 质保期满后，乙方继续为甲方提供维保服务，内容包括定期巡检、备件更换、软件升级、控制策略优化及7×24小时应急支持。
P:7.2 维保费按软硬件小计的28%每服务年度计取，即每服务年度¥414,400，在质保期满后的三个服务年度内固定不变，按季度支付。
P:7.3 维保期间的故障响应标准及违约金按6.2、6.3执行。
P:7.4 乙方应在每个服务年度结束前提交维保总结报告，列明巡检记录、故障处理及备件更换情况。
H:8. 数据与网络安全
P:8.1 控制系统中的工艺参数、生产数据、配方及运行日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、保留或向第三方提供。
P:8.2 乙方远程访问控制系统须事先经甲方书面批准，通过甲方指定的工业防火墙及堡垒机进行，全程录屏。乙方不得在控制网络中接入未经甲方检查的移动介质。
P:8.3 发生数据泄露、病毒感染或其他安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成安全事件的，乙方赔偿甲方全部损失，包括停产损失。
H:9. 保密
P:乙方对在项目中知悉的甲方工艺配方、漏板参数、产能及经营信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:10. 知识产权
P:10.1 DCS组态软件和历史数据库软件的知识产权归其原厂所有，甲方获得永久使用许可。
P:10.2 乙方为本项目编制的组态程序、控制策略、MES接口程序及全部技术文档，知识产权归甲方所有，甲方可自行修改、使用。
H:11. 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 因乙方原因造成单批停炉时间超过1.3条约定的，乙方承担由此造成的损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:12. 分包
P:未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:13. 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:14. 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交泰安仲裁委员会仲裁。
H:15. 其他
P:本合同附件包括技术协议、设备清单及实施计划，附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：泰安岱宗玻璃纤维有限公司（盖章）　代表：________
P:乙方：济南恒控自动化工程有限公司（盖章）　代表：________
"""

H556Z03 = """连锁瑜伽馆排课及会员管理SaaS服务合同

合同编号：YH-IT-2025-009
甲方：成都悦禾瑜伽健身管理有限公司
乙方：杭州课栈云科技有限公司

甲方在成都、重庆经营25家瑜伽馆，现有排课、会员卡及门禁系统分散在各门店，数据无法统一。为统一管理会员、课程和教练排班，甲方经比选决定采用乙方的“课栈”排课及会员管理SaaS服务。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

一、服务内容
（一）乙方为甲方25家门店开通“课栈”SaaS服务，包括团课及私教排课、会员卡与储值管理、会员小程序预约、教练排班与课时统计、门店经营报表及总部驾驶舱。
（二）乙方负责实施服务：将各门店现有会员档案、会员卡余额、剩余课时及近两年消费记录迁移至本服务；按甲方品牌要求配置会员小程序；对门店前台、教练及总部人员进行培训。
（三）乙方负责将本服务与甲方25家门店的智能门禁系统对接，实现会员预约后刷码入场。
（四）乙方为甲方总部及门店指定人员开通管理账号，账号数量不设上限。
（五）服务期内乙方免费提供功能升级，并提供每日9:00至21:00的在线客服支持。

二、服务期限
服务期为三个服务年度，自2025年8月1日起至2028年7月31日止。每个服务年度自当年8月1日起至次年7月31日止。服务期内乙方不得单方面停止服务或降低服务功能。

三、费用及支付
（一）本合同总价为人民币捌拾肆万元整（¥840,000），含6%增值税，构成如下：
1. SaaS服务费：每家门店每服务年度¥9,600，25家门店每服务年度¥240,000，三个服务年度合计¥720,000；
2. 实施费（数据迁移、小程序配置、培训）：¥86,000；
3. 智能门禁对接费：¥34,000。
（二）实施费及门禁对接费在本服务通过上线验收后15日内一次性支付。
（三）SaaS服务费按季度支付，每季度¥60,000，甲方在每季度结束后15日内支付上一季度的服务费。
（四）甲方无需预付任何款项。乙方应在每次收款前开具合规发票。
（五）服务期内甲方新增门店的，按每家门店每服务年度¥9,600的标准按月折算计费，并另行签订补充协议。

四、上线与验收
（一）乙方应于2025年8月31日前完成全部25家门店的数据迁移、配置及门禁对接，并提交上线验收申请。
（二）上线验收标准：1. 会员档案、会员卡余额及剩余课时与甲方原系统逐店核对一致，差异为零；2. 小程序预约、签到、取消及候补功能经甲方测试全部通过；3. 25家门店门禁扫码入场成功率不低于98%，且开门时间不超过1秒；4. 在500名会员同时预约的情况下，页面响应时间不超过2秒。
（三）甲方在收到申请后10个工作日内组织验收，验收合格的出具书面验收单。门店开始使用本服务不视为验收合格。
（四）验收不合格的，乙方应在5个工作日内整改并重新提交验收申请。

五、服务水平
（一）乙方保证本服务月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。
（二）一级故障（全部门店无法预约、签到或登录）乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能异常）应在2小时内响应，12小时内恢复。
（三）月度可用率低于99.5%但不低于99.0%的，乙方按当月SaaS服务费（¥20,000）的5%向甲方提供服务抵扣；低于99.0%的，按当月服务费的10%抵扣；一级故障恢复每超时1小时，另扣¥500。抵扣款项从下一季度服务费中扣除。
（四）乙方应每月向甲方提供上月服务报告，列明可用率、故障记录及处理情况。

六、数据权属与数据安全
（一）甲方会员的个人信息、会员卡及储值数据、约课记录、消费记录及门店经营数据均属于甲方所有。
（二）甲方同意，乙方可将去标识化处理后的会员约课及消费数据用于行业分析报告、产品改进及算法模型训练；该项使用在本合同终止后仍可继续。
（三）乙方应将甲方数据存储于中国境内，采取加密存储、访问权限控制及操作日志审计等措施，本服务应通过网络安全等级保护三级测评。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施。因乙方原因导致数据安全事件的，乙方承担由此给甲方及会员造成的全部损失。
（五）乙方应每日对甲方数据进行备份，备份数据保留不少于30日。
（六）本合同终止后30日内，乙方应将甲方数据以通用格式完整导出交付甲方，并在甲方确认后删除其系统中的甲方数据（本条第（二）项所述去标识化数据除外）。

七、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方数据的员工签署保密承诺。本条在合同终止后继续有效。

八、知识产权
“课栈”平台及其标准功能的知识产权归乙方所有。乙方为甲方定制的小程序页面、报表模板及门禁对接程序，知识产权归甲方所有，甲方可自行或委托第三方修改使用。乙方保证其提供的服务不侵犯第三方知识产权，否则由乙方负责处理并承担全部责任。

九、自动续期
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，此后亦同。续期时乙方有权上调SaaS服务费，每次上调幅度不超过上一服务年度服务费的8%，乙方应在服务期满前45日书面告知调整后的价格。

十、违约责任
（一）乙方未能按第四条（一）约定的日期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期支付服务费的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方原因导致数据安全事件造成的损失不受此限。

十一、分包
乙方使用的云服务商为阿里云（华东2地域），变更云服务商或将本合同项下任何工作分包给第三方的，须事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（二）连续两个月月度可用率低于99.0%的，甲方有权解除本合同，乙方应退还已付但未使用的服务费。
（三）合同解除或终止的，乙方应按第六条（六）项导出并交付甲方数据，并配合甲方完成向其他系统的迁移。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、通知
本合同项下的通知应以书面形式送达合同首部所列地址或双方确认的电子邮箱，送达对方即生效。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：成都悦禾瑜伽健身管理有限公司（盖章）
授权代表：__________　日期：2025年7月__日

乙方：杭州课栈云科技有限公司（盖章）
授权代表：__________　日期：2025年7月__日
"""

H556Z04 = """宜州市人民医院PACS系统运维服务合同

项目名称：PACS/RIS系统运维服务（竞争性磋商）
项目编号：YZRMYY-CS-2025-031
甲方（采购人）：宜州市人民医院
乙方（成交供应商）：南京影联医疗信息技术有限公司

根据宜州市人民医院PACS系统运维服务项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》，经协商一致，订立本合同。磋商文件、响应文件及成交通知书均为本合同的组成部分。

1、服务内容
（1）PACS及RIS软件运维：故障处理、补丁及版本升级、接口维护（HIS、电子病历、体检系统）、日常巡检及性能优化。
（2）存储及服务器硬件维保：甲方影像中心在线存储2套、近线存储1套、PACS服务器6台的故障维修和备件更换。
（3）驻场服务：乙方派2名工程师工作日在甲方信息科驻场，节假日安排值班。驻场工作时间为每日8:00至17:30。
（4）影像数据迁移归档：将2019年及以前的约86TB历史影像由在线存储迁移至近线存储，并建立检索索引。
（5）乙方每月提交运维月报，每季度提交系统健康评估报告，并在重大节假日及医院等级评审期间提供保障方案。
（6）配合甲方完成等级保护测评、互联互通测评及电子病历评级中与PACS相关的整改工作。

2、服务期限
服务期自2025年10月1日起至2026年9月30日止。服务期满合同自然终止，不自动续期。服务期满前60日，甲方可根据考核结果决定是否重新组织采购。

3、合同价款
（1）合同总价为人民币捌拾肆万陆仟元整（¥846,000），分项如下：PACS/RIS软件运维¥386,000；存储及服务器硬件维保¥214,000；驻场工程师服务¥198,000；影像数据迁移归档¥48,000。
（2）合同总价包含人工、备件、差旅、税费等全部费用。
（3）服务期内乙方更换的备件应为原厂全新部件，不另收费。

4、付款方式
（1）本合同不设预付款。
（2）前三项运维服务费合计¥798,000，按季度平均支付，每季度¥199,500，甲方在季度考核合格后20个工作日内支付上一季度费用。
（3）影像数据迁移归档费¥48,000在迁移验收合格后20个工作日内支付。
（4）乙方应在每次收款前开具合规发票；付款受财政资金拨付进度影响的，甲方应及时通知乙方。

5、服务水平
（1）PACS系统月度可用率不低于99.95%（经甲方同意的计划维护除外）。
（2）一级故障（PACS全院无法调阅影像、无法接收设备图像或数据库异常）：15分钟内响应，驻场工程师30分钟内到场，2小时内恢复；二级故障（单个科室或单台设备影像传输异常）：30分钟内响应，8小时内恢复；三级故障：24小时内处理。
（3）硬件故障需更换部件的，备件应在8小时内到场。
（4）月度可用率每低0.01个百分点，扣减当季服务费¥1,000；一级故障恢复每超时1小时，扣减¥1,500；二级故障恢复每超时1小时，扣减¥300。扣减款项从当季服务费中扣除。
（5）乙方应建立故障工单记录，所有故障处理过程须在甲方运维平台登记。
（6）每月第一周，乙方应对存储容量、数据库表空间及备份完整性进行检查，并在月报中报告。

6、季度考核与验收
（1）每季度末，甲方按本合同第5条对乙方进行考核，考核内容包括可用率、故障响应与恢复时间、巡检报告及驻场出勤，考核结果经双方签字确认。季度考核得分低于80分的为不合格。
（2）影像数据迁移完成后，甲方按以下标准组织验收：迁移影像与原存储逐检查号校验一致；随机抽取2000个历史检查，调阅时间不超过3秒；检索索引覆盖全部迁移影像。迁移操作完成但未经甲方书面验收的，不视为验收合格。
（3）季度考核不合格的，乙方应在10个工作日内提交整改报告。

7、数据安全
（1）PACS系统中的医学影像、检查报告、患者信息及系统日志均属于甲方所有，乙方仅为提供本合同服务使用，不得用于其他任何目的。
（2）乙方人员须通过甲方堡垒机操作，不得拷贝、下载、截屏或带离任何患者数据；更换的硬盘须经甲方登记后在甲方现场消磁或物理销毁。
（3）乙方应遵守《个人信息保护法》《数据安全法》及医疗卫生行业数据安全管理规定。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
（4）服务期满或合同解除后，乙方应交回全部账号及资料，并书面确认未留存任何甲方数据。

8、保密
乙方及其人员对在服务中接触的患者隐私、医院运营数据及系统配置信息负有保密义务，须签署保密承诺书。乙方人员离岗时，乙方应督促其交接全部资料并重申保密义务。保密义务在合同终止后继续有效。

9、驻场人员与应急保障
（1）驻场工程师应具备三年以上PACS运维经验，乙方更换驻场人员须提前15日书面征得甲方同意。
（2）驻场人员应遵守甲方医院管理制度、院感要求及信息安全制度，统一佩戴工作牌。
（3）乙方应制定PACS系统应急预案，每半年配合甲方开展一次应急演练；发生一级故障时，乙方应协调原厂技术专家远程支持，必要时启用应急影像调阅方案，保障急诊及住院影像调阅。

10、知识产权
乙方在服务中为甲方编写的运维脚本、巡检报告、迁移方案及技术文档，知识产权归甲方所有。PACS软件的知识产权仍归其原权利人。

11、分包
乙方可将存储设备及服务器硬件维保工作分包给原厂或原厂授权服务商，但应提前5个工作日书面告知甲方分包单位名称及人员名单。乙方对分包单位的服务承担全部责任。

12、违约责任
（1）乙方未能在2025年12月31日前完成影像数据迁移归档的，每逾期一日，向甲方支付违约金¥600。
（2）驻场工程师无故缺勤的，每人每日扣减¥800。
（3）乙方在本合同项下的累计赔偿总额不超过合同总价的50%。
（4）甲方逾期付款的，按同期贷款市场报价利率支付利息。

13、合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。合同解除的，甲方按实际服务期间及考核结果结算服务费。

14、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15、其他
本合同未尽事宜，按政府采购相关规定执行或由双方签订补充协议。本合同附件包括：磋商文件、响应文件、成交通知书、服务人员名单。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方：宜州市人民医院（盖章）　　　　　　乙方：南京影联医疗信息技术有限公司（盖章）
代表：__________　　　　　　　　　　　代表：__________
日期：2025年9月__日　　　　　　　　　日期：2025年9月__日
"""

H556Z05 = """# 味研配方管理系统软件许可及实施合同

**（味研标准合同文本 V3.0）**

合同编号：WY-2025-HT-0187

甲方（用户）：临沂鲁香食品有限公司

乙方（供应商）：青岛味研软件科技有限公司

甲方为花生酱、芝麻酱及复合调味酱生产企业，拟引入配方管理系统，统一管理产品配方、原料规格、过敏原信息及生产批次。乙方是“味研配方管理系统”的开发商。双方经协商，就软件许可及实施事宜订立本合同，以资共同遵守。本合同文本为乙方标准合同文本，双方确认已充分阅读并理解全部条款。

## 第一条 合同标的

1.1 乙方向甲方提供“味研配方管理系统”标准版软件永久许可（50个并发用户），部署于甲方自有服务器。

1.2 乙方按甲方需求进行定制开发，包括：过敏原标签自动生成、原料及成品批次追溯、营养成分表计算，以及与甲方用友U8系统的物料和BOM对接。

1.3 乙方负责系统部署实施及用户培训。

1.4 标准版许可包括配方库、原料库、研发试制、工艺文件、成本核算及审批流程等模块，具体功能以乙方产品说明书为准。

1.5 甲方应确保部署环境满足乙方提出的软硬件配置要求。

## 第二条 合同价款

2.1 本合同总价为人民币柒拾贰万元整（¥720,000），含税，明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 味研配方管理系统标准版永久许可（50并发用户） | 1套 | 360,000 |
| 2 | 定制开发（过敏原标签、批次追溯、营养成分表、U8对接） | 1项 | 298,000 |
| 3 | 部署实施 | 1项 | 46,000 |
| 4 | 用户培训（两期） | 1项 | 16,000 |
| | **合计** | | **720,000** |

2.2 上述价款不含免费维护期满后的维护服务费。

2.3 上述价款不含甲方服务器、数据库及操作系统软件费用，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥468,000，乙方收到该款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥252,000。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施及技术支持。

3.4 乙方在收到每笔款项后开具增值税专用发票。

## 第四条 实施计划

4.1 乙方计划在收到首笔款项后90日内完成部署、定制开发及培训，具体计划以双方确认的实施计划书为准。

4.2 实施过程中如出现进度延误，双方应友好协商调整实施计划。乙方将尽合理努力按计划上线。

4.3 甲方应及时提供配方资料、原料规格、服务器环境及U8接口账号，并指定项目联系人。

4.4 因甲方原因导致实施延误的，乙方有权相应顺延，并就额外工作量按每人天¥2,800收取费用。

4.5 乙方实施以远程方式为主，确需现场实施的，现场人天不超过20人天；超出部分按4.4约定的人天费用计算。

## 第五条 上线与验收

5.1 乙方完成部署及定制开发后，通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后对系统功能有异议的，应以书面形式向乙方提出，乙方视情况予以修正，但不影响验收结论及付款义务。

5.3 甲方在上线后提出的新增需求，双方另行签订合同。

## 第六条 免费维护期及技术支持

6.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 故障分级及响应：紧急故障（系统无法登录或配方数据无法调用）乙方在工作日8小时内响应；一般故障乙方在3个工作日内响应。

6.3 乙方将尽力在合理时间内修复故障，但不因响应或修复超时向甲方承担任何扣款、赔偿或违约金。

6.4 下列情形不属于免费维护范围：甲方自行修改系统或数据库；甲方服务器、网络或操作系统故障；因U8系统升级导致的接口调整；超出定制需求范围的新增功能。

6.5 免费维护期内的现场服务，乙方按每人天¥2,800收取费用并由甲方承担差旅费。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复及版本升级，应与乙方签订年度维护服务协议。

7.2 年度维护服务费按乙方当年度公布的服务价格标准收取，乙方有权根据成本变化调整价格标准。

7.3 维护服务协议每服务年度签订一次，甲方未续签期间乙方不再提供技术支持及版本升级。

## 第八条 知识产权

8.1 味研配方管理系统标准版的知识产权归乙方所有。

8.2 乙方在本合同项下为甲方定制开发的功能模块、标签模板、对接程序及其源代码的知识产权归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。乙方不提供源代码。

8.3 甲方关联企业使用本系统的，需事先书面通知乙方并按用户数另行购买许可。

## 第九条 数据

9.1 甲方录入系统的配方、原料、供应商及批次数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方在实施及技术支持中接触甲方数据的，应通过甲方提供的VPN账号访问，采取账号权限控制、操作记录及传输加密等安全措施，不得将数据拷贝至乙方设备。发生数据泄露或丢失的，乙方应在24小时内通知甲方。因乙方原因导致甲方数据泄露或丢失的，乙方承担相应赔偿责任。

9.3 甲方应自行做好系统数据的日常备份，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十条 责任限制

10.1 乙方在本合同项下对甲方的全部赔偿责任，累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、产品召回损失承担责任。

## 第十一条 违约与解除

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 一方严重违约，经对方书面通知后30日内仍未改正的，对方有权解除本合同。甲方因乙方违约解除合同的，乙方退还甲方已付款项中对应未交付部分的金额。

11.3 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十二条 不可抗力

因地震、台风、火灾、疫情、政府行为等不可抗力导致无法履行合同的，受影响一方不承担违约责任，但应及时通知对方并提供证明。

## 第十三条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：临沂鲁香食品有限公司　　　　授权代表：__________　　日期：2025年__月__日

乙方（盖章）：青岛味研软件科技有限公司　　授权代表：__________　　日期：2025年__月__日
"""

H556E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRS-FS-2025-0412
P:This Software Licence and Services Agreement (the "Agreement") is made between Cascade Ridge Software, Inc., a Washington corporation with its principal office at 1120 West Riverside Avenue, Spokane, Washington 99201, USA ("Vendor"), and Foshan Shunhe Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong Province ("Customer").
P:Recitals. Customer manufactures panel and upholstered furniture in three plants and wishes to replace spreadsheet-based production planning with an advanced planning and scheduling system. Vendor licenses the RidgePlan APS software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RidgePlan APS server software and client software in object code, with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scheduling rules and configuration developed by Vendor specifically for Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all orders, bills of materials, routings, capacity data, schedules and other data entered into or generated by the Software for Customer.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's plants in Foshan for its internal business, for one production server, one test server and sixty named users.
P:2.2 Customer may make backup copies and may allow its contractors to use the Software on Customer's behalf. Additional named users may be purchased at the unit price in Article 3.
H:Article 3 Fees
P:3.1 At Customer's request all prices are stated and invoiced in Chinese Yuan (CNY). The total contract price is CNY 1,210,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:RidgePlan APS server licence (perpetual)|1|520,000|520,000
TB:Named user licences (perpetual)|60|4,800|288,000
TB:Licence subtotal|||808,000
TB:Implementation services (fixed price)|1|364,000|364,000
TB:Training (key users and administrators)|1|38,000|38,000
TB:Total contract price|||1,210,000
P:3.2 The price is fixed. Travel, accommodation and all costs of Vendor's personnel in China are included.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the total contract price (CNY 242,000) within 20 days after signature, against Vendor's invoice.
P:4.2 Customer shall pay 45% of the total contract price (CNY 544,500) within 20 days after Go-Live, being the first production scheduling run in all three plants.
P:4.3 Customer shall pay the remaining 35% (CNY 423,500) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to Vendor's account in China through its authorised reseller, Guangzhou Ridge Solutions Co., Ltd., named in Annex 2.
H:Article 5 Implementation and Acceptance
P:5.1 Vendor shall deliver the Software, install it on Customer's servers, configure it, develop the Custom Deliverables and train Customer's users in accordance with the project plan in Annex 1. Go-Live shall take place no later than 150 days after signature.
P:5.2 The acceptance criteria are: (a) all functions in the Annex 1 requirements list work as specified; (b) the interface with Customer's ERP system transfers sales orders, bills of materials and inventory without error for ten consecutive working days; (c) a full weekly schedule for all three plants is calculated in less than ten minutes; (d) the schedule respects all capacity and material constraints in a test set agreed by the parties; and (e) no Severity 1 defect remains open.
P:5.3 After Go-Live, the Software runs in production for 45 days. If the criteria in Article 5.2 are met, Customer signs a Final Acceptance certificate within ten working days. Go-Live, production use or any payment does not by itself constitute acceptance.
P:5.4 If acceptance fails, Vendor shall correct the defects within 15 days and the tests shall be repeated at Vendor's cost.
P:5.5 Customer shall provide Vendor's team with workspace, network access and timely answers from its key users. Delays caused by Customer extend the dates in this Article accordingly.
H:Article 6 Delay
P:6.1 If Go-Live or Final Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.08% of the total contract price for each day of delay, up to 10% of the total contract price.
P:6.2 If the delay exceeds 60 days, Customer may terminate this Agreement under Article 14 in addition to claiming the liquidated damages.
H:Article 7 Warranty
P:7.1 Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and the Annex 1 requirements for a warranty period of 24 months from Final Acceptance.
P:7.2 During the warranty period Vendor shall correct defects free of charge, provide all updates and new versions of the Software, and provide remote support by telephone, e-mail and remote session.
P:7.3 Severity 1 means that the Software cannot be used to schedule production in any plant. For Severity 1, Vendor shall respond within one hour, 24 hours a day, and provide a workaround or fix within 12 hours. For Severity 2 (a major function is impaired), Vendor shall respond within two business hours and fix within three business days.
P:7.4 For each full hour by which Vendor exceeds a Severity 1 response or fix time, Vendor shall credit Customer CNY 1,000 against the next payment or the next support invoice.
H:Article 8 Support after Warranty
P:8.1 After the warranty period, Customer may purchase annual support, covering the services in Articles 7.2 to 7.4, for each Support Year by purchase order.
P:8.2 The annual support fee is 13% of the licence subtotal, that is CNY 105,040 per Support Year, and is fixed for the first three Support Years. Any later increase shall not exceed 3% per Support Year and requires Customer's written agreement. Support does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 Vendor retains all rights in the Software, subject to the licence in Article 2.
P:9.2 All intellectual property rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including by third parties.
P:9.3 Vendor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to Customer. Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:10.2 The Software is installed on Customer's servers in Foshan. Vendor's personnel may access Customer's systems only through the remote access channel provided by Customer, with Customer's approval for each session, using individual accounts and multi-factor authentication. Vendor shall not copy Customer Data outside Customer's systems. Test data shall be prepared by Customer.
P:10.3 Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Customer Data. Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data and shall cooperate in remedial measures. Vendor is liable for all losses caused by a security incident attributable to Vendor or its personnel.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including Customer's product designs, costs, customer lists and production volumes, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 12 Liability
P:Each party's total liability under this Agreement is limited to 150% of the total contract price. The limit does not apply to breach of Article 10 or Article 11, infringement claims under Article 9.3, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent, except to its reseller named in Annex 2, which Customer approves by signing this Agreement. Vendor remains responsible for all subcontracted work.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 On termination for Vendor's breach before Final Acceptance, Vendor shall refund all amounts paid for work not accepted, and Customer shall return the Software.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Washington, USA, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the American Arbitration Association under its International Arbitration Rules, seated in Seattle, Washington, in English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Requirements and Project Plan) and Annex 2 (Reseller and Bank Details), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be sent to the addresses above by courier or e-mail with confirmation of receipt.
P:16.3 Neither party is liable for a failure to perform caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:Signed by the authorised representatives of the parties.
P:For Cascade Ridge Software, Inc.: ____________________ Date: __________
P:For Foshan Shunhe Furniture Manufacturing Co., Ltd.: ____________________ Date: __________
"""

H556E02 = """# Sawtooth Demand Labs — Order Form No. SDL-OF-2025-0783

This Order Form is entered into between **Sawtooth Demand Labs, LLC**, an Idaho limited liability company, 410 South Capitol Boulevard, Boise, Idaho 83702, USA ("Sawtooth"), and **Hangzhou Mingqian Tea Trading Co., Ltd.**, Xihu District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer"). It is governed by the Sawtooth General Terms set out below, which form part of it.

Customer sells packaged green tea through its own online stores, two e-commerce platforms and 46 franchise shops, and wishes to use Sawtooth's cloud service to forecast demand and plan replenishment from its two warehouses in Hangzhou and Chengdu.

## Part A — Order details

| Item | Detail |
|---|---|
| Service | Sawtooth Forecast Cloud, Professional edition |
| Scope | 2 warehouses, 46 franchise shops, 3 online channels, up to 1,200 active SKUs |
| Users | 25 named users |
| Subscription Term | 1 September 2025 to 31 August 2028 (three Subscription Years) |
| Subscription Year | each period from 1 September to the following 31 August |
| Annual Subscription Fee | CNY 186,000 per Subscription Year |
| Total Subscription Fees | CNY 558,000 |
| Onboarding | included in the fees, no separate charge |
| Hosting region | Alibaba Cloud, China (Shanghai) region |
| Currency | CNY, at Customer's request; fees include VAT |

### A.1 Invoicing and payment

The Annual Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date. There is no other charge under this Order Form. Additional SKUs above 1,200 may be ordered at CNY 95 per SKU per Subscription Year by a separate order.

### A.2 Onboarding and Go-Live Acceptance

Sawtooth will connect the Service to Customer's ERP system and to the order exports of the three online channels, load two years of sales history, configure the forecasting models and replenishment rules, and train Customer's planners. Sawtooth will request Go-Live Acceptance no later than 31 October 2025.

Go-Live Acceptance requires that: (a) the sales history loaded into the Service reconciles with Customer's ERP totals for each month and channel; (b) the daily data feeds from the ERP system and the three channels run without error for ten consecutive days; (c) forecasts and replenishment proposals are produced every day for all active SKUs; and (d) Customer's planners have completed training. Customer confirms Go-Live Acceptance in writing when these criteria are met. Use of the Service before that confirmation is not acceptance.

If Go-Live Acceptance is not achieved by 31 October 2025 for reasons attributable to Sawtooth, Sawtooth will credit Customer CNY 400 for each day of delay, up to CNY 40,000, against the next invoice.

### A.3 Renewal

The Subscription Term ends on 31 August 2028 and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## Part B — Sawtooth General Terms

### Section 1. The Service

1.1 Sawtooth will make the Service available to Customer's named users during the Subscription Term and will provide the functions described in the Service documentation for the edition ordered.

1.2 Sawtooth will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Customer's business hours where practicable. Sawtooth does not commit to any particular level of availability, response time or resolution time.

1.3 Support is provided by e-mail and through the online help centre during Sawtooth's business hours. Sawtooth will handle support requests in the order it considers appropriate.

1.4 Sawtooth may update the Service from time to time, provided that an update does not materially reduce the functions ordered.

1.5 Sawtooth will provide user guides and training videos in Chinese and English and will keep them current with each update.

### Section 2. Customer obligations

2.1 Customer is responsible for its users' accounts, for the accuracy of the data it provides and for the use of the Service under its accounts.

2.2 Customer shall not resell the Service, attempt to access its source code, or use it to build a competing product.

2.3 During onboarding Customer will name a project lead, provide ERP export files and channel credentials on time, and make its planners available for workshops and training. Delays caused by Customer extend the Go-Live date by the same period.

### Section 3. Customer Data

3.1 "Customer Data" means all data that Customer or its users submit to the Service, and all forecasts and plans the Service produces from it. Customer Data belongs to Customer.

3.2 Sawtooth will use Customer Data only to provide the Service to Customer and will not use it, in identifiable, de-identified or aggregated form, for any other purpose.

3.3 Customer Data is stored in the hosting region stated in the Order Form and is not transferred outside mainland China.

3.4 Within 30 days after the Subscription Term ends, Sawtooth will return Customer Data in CSV format and then delete it, confirming the deletion in writing.

### Section 4. Data security

4.1 Sawtooth will maintain technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for its administrators, logging of administrative access, and daily encrypted backups kept for 30 days.

4.2 Sawtooth will notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, will investigate it, and will take reasonable steps to contain it.

4.3 Sawtooth is responsible for, and will compensate Customer for, losses caused by a security incident attributable to Sawtooth's failure to comply with this Section 4.

### Section 5. Confidentiality

Each party will keep confidential the non-public information of the other party that it receives in connection with this Order Form, will use it only to perform this Order Form, and will disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This obligation continues for three years after the Subscription Term ends.

### Section 6. Intellectual property

6.1 Sawtooth retains all rights in the Service, its software, models and documentation.

6.2 The replenishment rules, planning parameters, reports and data mappings configured for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may export, use, modify and allow third parties to use the Customer Configurations freely, during and after the Subscription Term.

### Section 7. Subcontracting

Sawtooth uses Alibaba Cloud as its hosting provider, which Customer approves by signing this Order Form. Sawtooth will not subcontract any other part of the Service, or change its hosting provider, without Customer's prior written consent, and remains responsible for any subcontractor.

### Section 8. Warranties

8.1 Sawtooth warrants that the Service will perform materially in accordance with its documentation and that onboarding will be performed with reasonable skill and care.

8.2 If the Service does not so perform, Sawtooth will correct it; if Sawtooth cannot do so within a reasonable time, Customer may terminate under Section 10.

8.3 Forecasts are statistical estimates. Customer remains responsible for its purchasing and stock decisions based on them.

### Section 9. Liability

9.1 Each party's total liability under this Order Form is limited to two times the Total Subscription Fees.

9.2 The limit in Section 9.1 does not apply to breach of Section 3 or Section 4, breach of Section 5, infringement of the other party's intellectual property, or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss, except in the cases listed in Section 9.2.

### Section 10. Term and termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

10.2 If Customer terminates under Section 10.1, Sawtooth will refund the prepaid fees for the remaining part of the Subscription Year and will return Customer Data under Section 3.4.

10.3 Sawtooth may suspend the Service if an undisputed invoice remains unpaid 30 days after written reminder, until payment is made.

### Section 11. Governing law and disputes

11.1 This Order Form and the General Terms are governed by the laws of the State of Idaho, USA, excluding its conflict of laws rules.

11.2 Any dispute shall be resolved by binding arbitration in Boise, Idaho, under the Commercial Arbitration Rules of the American Arbitration Association, in English. Either party may seek urgent interim relief from any competent court.

### Section 12. General

12.1 This Order Form, including these General Terms, is the entire agreement between the parties about the Service and replaces any earlier proposals.

12.2 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party and uses reasonable efforts to resume performance.

12.4 Notices must be in writing and sent by courier or e-mail to the addresses above.

12.5 This Order Form is signed in English and Chinese. Both versions have equal effect; the parties will resolve any difference between them in good faith, by reference to the purpose of the clause concerned.

**Signed for Sawtooth Demand Labs, LLC:** ____________________ Name / Title / Date

**Signed for Hangzhou Mingqian Tea Trading Co., Ltd.:** ____________________ Name / Title / Date
"""

H556E03 = """T:Supply and Installation Contract — Grain Storage Monitoring Sensors
P:Contract No. ZYGR-EQ-2025-066
P:Buyer: Henan Zhongyuan Grain Reserve Depot Co., Ltd., No. 18 Cangchu Road, Xinzheng, Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Big Sky Sensing Systems, Inc., 2150 Analysis Drive, Bozeman, Montana 59718, USA (the "Supplier").
P:Whereas the Buyer operates twelve flat warehouses and six silos at its Xinzheng depot and wishes to monitor grain temperature, humidity and fumigation gas continuously; and whereas the Supplier manufactures grain monitoring cables, sensors and software and has offered to supply and install them; the parties agree as follows.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2 at the Buyer's Xinzheng depot (the "Site"), integrate the monitoring software with the Buyer's depot management system, and train the Buyer's staff.
P:1.2 The equipment shall be new, of the Supplier's current production, and suitable for use in grain bulk at temperatures from minus 20 to plus 60 degrees Celsius.
P:1.3 The Supplier shall provide operating manuals, calibration certificates and as-built drawings in Chinese and English.
P:1.4 The Supplier has inspected the Site and accepts the access conditions, including the Buyer's rules on fire safety, work at height inside silos and entry to fumigated warehouses. The Supplier's personnel shall follow the Buyer's safety instructions at all times.
P:1.5 The Buyer shall provide power points, a server room position and escorted access to the warehouses on working days, and shall empty or level the grain surface where the installation plan so requires.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,164,000, fixed, including VAT, customs duties, freight to Site and insurance, as set out below:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 18 sensing points each|360|1,150|414,000
TB:2|Temperature and humidity nodes|48|2,600|124,800
TB:3|Phosphine and CO2 gas sensors|24|7,800|187,200
TB:4|LoRa wireless gateways|6|14,500|87,000
TB:5|GrainView monitoring software, perpetual site licence|1|168,000|168,000
TB:6|Weather station|1|39,000|39,000
TB:|Equipment and Licence Subtotal|||1,020,000
TB:7|Installation, calibration and commissioning|1|126,000|126,000
TB:8|Training|1|18,000|18,000
TB:|Contract Price|||1,164,000
P:2.2 Prices are stated in CNY and are not subject to exchange rate adjustment.
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 116,400) as an advance payment within 15 days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 640,200) within 20 days after all equipment has been delivered and installed at the Site. Delivery and installation do not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 407,400) within 20 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's authorised agent in China for the amount due, and the advance payment guarantee is released on Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Site within 75 days after signature and complete installation and commissioning within 120 days after signature.
P:4.2 For each day of delay in delivery or completion for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this Contract under Section 13.
P:4.3 The equipment shall be packed for sea and road transport and marked with the contract number. The parties shall open and check the packages together at the Site and record any shortage or damage, which the Supplier shall make good within 20 days.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every sensing point reports to the software, with no more than two faulty points per warehouse, which shall be replaced before acceptance; (b) temperature readings are within plus or minus 0.5 degrees Celsius of a calibrated reference thermometer at 30 sample points; (c) gas sensors detect phosphine within the range stated in the technical specification; (d) readings reach the software within five minutes; (e) data is transferred correctly to the depot management system for seven consecutive days; and (f) the system runs for 30 days without a Severity 1 fault.
P:5.2 When the tests are passed, the parties sign the Final Acceptance Certificate. Installation, use of the system or any payment does not constitute acceptance.
P:5.3 If the tests fail, the Supplier shall correct the defects within 15 days at its cost and the tests shall be repeated.
P:5.4 The Buyer shall carry out the tests with the Supplier within ten working days after the Supplier's written notice that the system is ready.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including freight and labour, and provide software updates.
P:6.2 Severity 1 means that monitoring is lost for a whole warehouse or silo, or the software is unavailable. For Severity 1, the Supplier or its service partner shall respond within one hour by telephone or remote session and arrive at the Site within 24 hours. For Severity 2 (individual cables or sensors fail), the Supplier shall respond within eight hours and repair within five working days.
P:6.3 For each hour by which a Severity 1 response or arrival time is exceeded, the Supplier shall pay the Buyer CNY 500, deductible from any amount due.
P:6.4 After the warranty period, the Supplier shall offer annual support, covering the services in Sections 6.1 to 6.3, at 8% of the Equipment and Licence Subtotal, that is CNY 81,600 per year. This fee is fixed for the first two years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare cables, sensors and one gateway at its service partner in Zhengzhou during the warranty period, and shall make spare parts available for at least eight years after Final Acceptance.
H:Section 7 Data and Security
P:7.1 All measurement data, alarms, logs and configuration stored in the system are the Buyer's data and belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The software is installed on the Buyer's server at the Site. The gateways transmit only to that server. The Supplier shall not have remote access except by a session approved by the Buyer for a specific fault, through the Buyer's VPN and under its supervision, and shall not copy the Buyer's data.
P:7.3 Laptops and storage media used by the Supplier's personnel at the Site shall be checked by the Buyer before connection. Any replaced storage device remains with the Buyer.
P:7.4 The Supplier shall notify the Buyer within 12 hours of any suspected security incident affecting the system and shall be liable for all losses caused by a security incident attributable to it.
H:Section 8 Confidentiality
P:The Supplier shall keep confidential all information about the Buyer's depot, stock quantities, grain quality and security arrangements, and shall not disclose it without the Buyer's prior written consent. This obligation survives termination of this Contract.
H:Section 9 Intellectual Property
P:9.1 The Supplier retains the intellectual property in its standard equipment firmware and software, which the Buyer may use perpetually at the Site.
P:9.2 The interface with the depot management system, the site configuration, the sensor layout drawings and the reports developed for the Buyer belong to the Buyer, which may use and modify them freely.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 8.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Its local service partner, Zhengzhou Hengan Instrument Service Co., Ltd., is approved by signature of this Contract.
H:Section 12 Export and Compliance
P:The Supplier is responsible for obtaining any export licence required for the equipment and shall inform the Buyer without delay if such a licence is refused.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the maximum delay damages under Section 4.2 are reached.
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:Section 15 Miscellaneous
P:15.1 Neither party is liable for a delay caused by force majeure, provided that it notifies the other party within seven days and resumes performance as soon as possible.
P:15.2 Notices under this Contract shall be in writing and sent to the addresses above.
P:15.3 This Contract is made in Chinese and English, both equally authentic, in four originals. Annex 1: Technical specification. Annex 2: Site layout and installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H556E04 = """# MANAGED SERVICE DESK AND ENDPOINT SERVICES AGREEMENT

**Agreement No.** FRM-LJH-2025-021

**Provider:** Front Range Managed IT, Inc., 3528 Precision Drive, Fort Collins, Colorado 80528, USA, acting through its service centre in Guangzhou ("Provider").

**Customer:** Guilin Lijiang Hospitality Group Co., Ltd., Qixing District, Guilin, Guangxi Zhuang Autonomous Region, People's Republic of China ("Customer").

**Background.** Customer operates fourteen hotels in Guangxi and Guangdong with about 1,200 desktop computers, laptops and front-desk terminals. Customer wishes to outsource its IT service desk, endpoint management and on-site desktop support to Provider. Provider has offered these services under the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Endpoints" means the devices listed in the inventory agreed at Service Commencement, as updated under clause 3.4.

1.3 "Service Commencement" means the date on which Customer signs the transition acceptance certificate under clause 4.3.

1.4 "Customer Data" means all data of Customer, its guests and its employees that Provider receives or accesses in performing the Services, including data stored on Endpoints, tickets and device inventories.

## 2. Term

2.1 The Services start on Service Commencement and continue for 24 months (the "Service Term").

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, at charges agreed at that time.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2. At Customer's request all charges are stated and invoiced in CNY and include VAT.

3.2 The Transition Fee is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears, after the monthly service report for that month has been delivered.

3.3 Customer pays each correct invoice within 30 days after receipt. No amount is payable in advance.

3.5 If Customer disputes part of an invoice in good faith, it pays the undisputed part on time and the parties settle the disputed part at the next monthly service review.

3.4 If the number of Endpoints changes by more than 5% from the agreed inventory, the Monthly Service Charge is adjusted at the unit rate in Schedule 2 from the following month.

## 4. Transition

4.1 Provider shall take over the Services from Customer's internal team within 60 days after signature, following the transition plan agreed at the kick-off meeting.

4.2 During transition, Provider shall install its endpoint management agent on all Endpoints, build the asset inventory, document the hotels' local networks and front-desk applications, set up the service desk telephone line and portal in Chinese and English, and run the service desk in parallel with Customer's team for ten working days.

4.3 Customer signs the transition acceptance certificate when: (a) at least 98% of the Endpoints report to the management console; (b) the asset inventory has been reconciled with Customer's records for every hotel; (c) the service desk has handled tickets in parallel for ten working days meeting the Schedule 3 response times; and (d) the runbooks for the front-desk, point-of-sale and key-card applications have been approved by Customer. Start of service desk operations alone does not constitute acceptance.

4.5 Customer shall give Provider timely access to the hotels, administrator accounts for the endpoint management console, existing documentation and the contact details of its application vendors, and shall name an IT coordinator at each hotel.

4.4 If Service Commencement is delayed beyond 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 5. Service levels

5.1 Provider shall meet the service levels in Schedule 3.

5.2 If a service level is missed in a month, Provider shall grant the service credits in Schedule 3 against the next invoice. Service credits in a month are limited to 20% of the Monthly Service Charge.

5.3 Provider shall deliver a monthly service report by the fifth working day of the following month, with ticket statistics, service level results, open problems and recommendations.

5.4 At each quarterly service review the parties shall review trends, recurring problems and improvement actions, and Provider shall present a plan to correct any service level missed twice in the quarter.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not sell it, disclose it to third parties except as permitted by clause 9, or use it for any other purpose.

6.2 At the end of the Service Term, Provider shall hand over all tickets, inventories and documentation to Customer or to a successor provider named by Customer.

## 7. Intellectual property

7.1 Provider retains its tools, the endpoint management software and its standard processes.

7.2 The asset inventory, runbooks, knowledge articles, scripts and documentation prepared for Customer under this Agreement belong to Customer. Customer may use, modify and give them to a successor provider without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's guest information, rates, occupancy figures and network details, and shall use it only for this Agreement.

8.2 Provider shall ensure that its staff and subcontractors working on the Services are bound by written confidentiality obligations at least as strict as this clause 8. This clause survives for three years after the end of this Agreement.

## 9. Subcontracting

9.1 Provider may subcontract on-site desktop support at any hotel to its affiliates or to local field-service partners, by giving Customer written notice of the subcontractor's name and the hotels concerned at least ten days in advance.

9.2 Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Service Term under Schedule 2.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

10.3 Neither party is liable for loss of profit or indirect loss.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 Customer may also terminate by written notice if Provider misses the Priority 1 resolution target in three months of any six consecutive months.

11.3 On termination or expiry, Provider shall provide exit assistance for up to 60 days at the Monthly Service Charge rate pro rata, including hand-over to a successor provider.

## 12. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties regarding the Services.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party is liable for failure to perform caused by force majeure, provided it promptly notifies the other party and resumes performance as soon as possible.

13.4 Neither party may assign this Agreement without the prior written consent of the other party.

13.5 Notices shall be in writing, in Chinese or English, and delivered by courier or e-mail to the addresses above or to another address a party notifies.

## Schedule 1 — Services

| Service | Description |
|---|---|
| Service desk | Telephone, portal and e-mail support in Chinese and English, 24 hours a day, 7 days a week, for all hotel staff |
| Endpoint management | Patch deployment, software distribution, antivirus monitoring, remote control and asset inventory for all Endpoints |
| On-site support | Desktop and front-desk terminal support at each hotel, next business day, and same day for Priority 1 |
| Moves and changes | Up to 40 installs, moves or changes per month included |
| Reporting | Monthly service report and quarterly service review meeting |
| New hotel openings | Set-up of front-desk and back-office Endpoints for a new hotel on request, charged as Additional Endpoints from go-live of that hotel |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Service Commencement | 68,000 |
| Monthly Service Charge | 1,200 Endpoints at CNY 48 per Endpoint per month | 57,600 per month |
| Monthly Service Charges for the Service Term | 24 months | 1,382,400 |
| Total charges for the Service Term | | 1,450,400 |
| Additional Endpoints | per Endpoint per month | 48 |

## Schedule 3 — Service levels and credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Front desk, point of sale or key-card system down at a hotel | 30 minutes | 6 hours | 5% of the Monthly Service Charge per incident |
| Priority 2 | A department or several users cannot work | 1 hour | 8 business hours | 2% per incident |
| Priority 3 | A single user affected | 2 business hours | 3 business days | 1% if fewer than 90% are met in the month |
| Calls answered | Service desk telephone | 80% within 30 seconds | | 1% if missed in the month |

**For Provider:** ____________________ Name / Title / Date

**For Customer:** ____________________ Name / Title / Date
"""

H556E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. KOD-ZHY-2025-114

BETWEEN

Kona Ocean Data, LLC, a Hawaii limited liability company, 1001 Bishop Street, Suite 2100, Honolulu, Hawaii 96813, USA ("Vendor")

AND

Zhoushan Haiyuan Pelagic Fishery Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China ("Customer")

BACKGROUND

(A) Customer operates a fleet of 38 pelagic fishing and carrier vessels in the Pacific and Indian Oceans and plans voyages, transhipments and fishing effort from its operations centre in Zhoushan.

(B) Vendor publishes marine weather, sea-state, sea-surface temperature, chlorophyll and ocean-current data, and forecasts derived from them, through an application programming interface (the "API").

(C) Customer wishes to subscribe to the API and to integrate it into its fleet management system. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the data sets and forecasts listed in Schedule A, as delivered through the API.

1.2 "Customer Inputs" means vessel positions, routes, catch areas, queries and any other information that Customer sends to the API or to Vendor.

1.3 "Subscription Term" means the period from 1 October 2025 to 30 September 2027, consisting of two Subscription Years, each from 1 October to the following 30 September.

1.4 "Integration Acceptance" means Customer's written confirmation under clause 4.3.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API and to use the Data Products for Customer's internal fleet operations, including display to its vessel masters on board.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 60 per 10,000 calls, invoiced quarterly in arrears. Customer may set a monthly ceiling in its account.

2.3 Customer shall not resell the Data Products or publish them except in reports to its own customers and regulators.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and invoiced in CNY and include applicable taxes.

3.2 The fees are:
   (a) Subscription Fee: CNY 264,000 per Subscription Year, CNY 528,000 for the Subscription Term;
   (b) Integration Support (one time): CNY 36,000;
   (c) Total contract value: CNY 564,000, excluding any usage charges under clause 2.2.

3.3 The Subscription Fee is invoiced quarterly in arrears, in instalments of CNY 66,000. The Integration Support fee is invoiced after Integration Acceptance.

3.4 Customer pays each invoice within 30 days after receipt. No fee is payable in advance.

4. INTEGRATION SUPPORT AND ACCEPTANCE

4.1 Vendor shall provide API credentials for test and production, technical documentation in English, sample code, and up to 20 days of remote engineering support to Customer's developers to integrate the Data Products into Customer's fleet management system.

4.2 Vendor shall make the production API and all Data Products in Schedule A available to Customer by 31 October 2025 and shall complete its integration support by 30 November 2025.

4.3 Integration Acceptance takes place when: (a) all Data Products in Schedule A are returned by the API for the whole of Customer's operating areas; (b) forecast updates arrive at the intervals stated in Schedule A for 14 consecutive days; (c) the median API response time measured from Zhoushan is under 800 milliseconds over those 14 days; and (d) data values for 50 sample points match Vendor's published reference files. Customer confirms Integration Acceptance in writing within five business days after these criteria are met. Use of the API in production does not by itself constitute acceptance.

4.4 If Vendor fails to achieve Integration Acceptance by 30 November 2025 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 30,000, by credit against the next invoices.

5. SERVICE LEVELS

5.1 Vendor shall ensure that the production API is available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 02:00 and 04:00 Hawaii time.

5.2 If monthly availability falls below 99.95%, Vendor shall credit 10% of that month's share of the Subscription Fee; below 99.5%, 25%; below 99.0%, 50%.

5.3 Vendor provides support through a ticket portal and e-mail. Priority 1 means that the production API is unavailable or returns no data for all areas. For Priority 1, Vendor shall respond within 8 business hours of its Honolulu support centre. For Priority 2 (a single Data Product is delayed or incomplete), Vendor shall respond within two business days.

5.4 Service credits are Customer's only financial remedy for missed availability. Credits are applied to the next invoice and are paid in cash at the end of the Subscription Term if no invoice remains.

6. DATA PRODUCTS AND WARRANTY

6.1 The Data Products are derived from satellite, buoy and model sources. Vendor shall deliver them with the coverage, resolution and update intervals stated in Schedule A and shall correct any Data Product that does not conform within two business days after notice.

6.2 Forecasts are predictions. Decisions on navigation, fishing and safety at sea remain the responsibility of Customer and its vessel masters.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Vendor shall use Customer Inputs only to provide the API to Customer and shall not use them, in identifiable, de-identified or aggregated form, for any other purpose, and shall not disclose them to any third party.

7.2 Vendor shall protect Customer Inputs with encryption in transit and at rest, access restricted to named support engineers, multi-factor authentication and logging of all access. Vendor shall delete Customer Inputs from its systems 90 days after receipt, except for billing records.

7.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Inputs, shall cooperate in investigating it, and shall be liable for the losses caused to Customer by a security incident attributable to Vendor.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information received from the other party under this Agreement, including Customer's vessel positions, fishing areas and commercial terms, and shall use it only to perform this Agreement. This obligation survives for three years after the Subscription Term.

9. INTELLECTUAL PROPERTY

9.1 Vendor retains all rights in the API and the Data Products, subject to the subscription right in clause 2.

9.2 The custom area definitions, alert rules and integration scripts prepared by Vendor for Customer during integration support belong to Customer, which may use, modify and license them without restriction.

10. SUBCONTRACTING

Vendor shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent. Vendor's cloud hosting provider and satellite data suppliers named in Schedule A are approved by signature of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the total contract value stated in clause 3.2(c).

11.2 The limit does not apply to breach of clause 7 or clause 8, infringement of intellectual property, or wilful misconduct.

12. TERM AND NO EARLY TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

12.2 The subscription is non-cancellable. Neither party may terminate this Agreement before the end of the Subscription Term, whether for breach or otherwise. If Vendor breaches this Agreement, Customer's remedies are the service credits under clause 5, the payments under clause 4.4 and damages under clause 11; Customer shall continue to pay the fees for the Subscription Term.

12.3 Vendor may suspend access to the API if an undisputed invoice remains unpaid 30 days after written reminder, until payment is made.

13. GOVERNING LAW AND DISPUTES

13.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English and Chinese.

14. GENERAL

14.1 This Agreement, with Schedule A, is the entire agreement of the parties about the API.

14.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

14.3 Neither party is liable for delay caused by events beyond its reasonable control, including the failure of a satellite, provided it notifies the other party promptly and uses reasonable efforts to restore performance.

14.4 Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses above, or to another address that a party notifies in writing.

SCHEDULE A - DATA PRODUCTS

(1) Marine weather forecast: wind, gusts, pressure and precipitation, 0.25 degree grid, 10-day horizon, updated every six hours.
(2) Sea state forecast: significant wave height, swell direction and period, 0.25 degree grid, 7-day horizon, updated every six hours.
(3) Sea-surface temperature and chlorophyll: daily analysis, 4 km resolution, cloud-gap filled.
(4) Ocean currents: surface and 100 m currents, daily, 7-day forecast.
(5) Tropical cyclone advisories for the Pacific and Indian Oceans, as issued.
Approved providers: Amazon Web Services (US West region) for hosting; NOAA and EUMETSAT public data; Pacific Satellite Analytics, Inc. for chlorophyll processing.

SIGNATURES

For Kona Ocean Data, LLC: ____________________ Name / Title / Date

For Zhoushan Haiyuan Pelagic Fishery Co., Ltd.: ____________________ Name / Title / Date
"""

FILES = {  # key -> (file name, format, source)
    "z01": ("h556z01_commerce_bureau_trade_platform.pdf", "pdf", H556Z01),
    "z02": ("h556z02_glass_fibre_bushing_control_retrofit.docx", "docx", H556Z02),
    "z03": ("h556z03_yoga_chain_scheduling_saas.txt", "txt", H556Z03),
    "z04": ("h556z04_hospital_pacs_annual_maintenance.txt", "txt", H556Z04),
    "z05": ("h556z05_peanut_butter_recipe_software_supplier_template.md", "md", H556Z05),
    "e01": ("h556e01_furniture_aps_licence_washington_vendor.pdf", "pdf", H556E01),
    "e02": ("h556e02_tea_trader_forecast_saas_order_form_idaho.md", "md", H556E02),
    "e03": ("h556e03_grain_depot_sensors_montana_supplier.docx", "docx", H556E03),
    "e04": ("h556e04_hotel_group_managed_service_desk_colorado.md", "md", H556E04),
    "e05": ("h556e05_fishery_marine_data_api_hawaii.txt", "txt", H556E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: category, terms (KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      design: fee base, forum outside mainland, designed rules
LABELS = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 10, F, T, F, "PRC", G],
            (T, T, T, F, 1640000), (680000, F, [])),
    "z02": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.02, N, 10, T, T, 18, 28, F, T, F, "PRC", G],
            (T, T, T, F, 1740000), (1480000, F, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, F, T, 0.08, 150, N, T, N, N, N, T, T, F, "PRC", S],
            (T, T, N, F, 840000), (N, F, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])),
    "z04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 600 / 846000 * 100, 50, N, T, N, N, N, F, T, T, "PRC", S],
            (T, T, N, F, 846000), (N, F, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"])),
    "z05": ("software", [N, 8, F, "supplier", T, T, F, N, 20, 65, F, F, 6, N, F, T, N, N, G],
            (T, F, F, T, 720000), (360000, F, ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                                               "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                                               "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"])),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 13, F, T, F, "Washington", G],
            (T, T, T, F, 1210000), (808000, T, ["CR-GOVERNING-LAW"])),
    "e02": ("cloud", [N, N, F, "buyer", T, T, T, 400 / 558000 * 100, 200, N, T, N, N, N, F, T, F, "Idaho", S],
            (F, T, N, F, 558000), (N, T, ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])),
    "e03": ("hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
            (T, T, T, F, 1164000), (1020000, F, [])),
    "e04": ("services", [N, 0.5, T, "buyer", F, T, T, 1200 / 1450400 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
            (T, T, N, F, 1450400), (N, F, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"])),
    "e05": ("cloud", [99.95, 8, T, "buyer", T, T, T, 500 / 564000 * 100, 200, N, T, N, N, N, F, F, F, "PRC", S],
            (T, T, N, F, 564000), (N, F, ["CR-SLA-RESPONSE", "CR-TERMINATION"])),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty ends."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy.md §3 (not project code)."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] is None
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
CN = "〇零一二两三四五六七八九十百千万"
PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)", r"(?<![\d.,])4\s*-?\s*(?:小时|hours?\b|hrs?\b)", rf"(?<![{CN}])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*hours?\b", r"(?<![\d.,])240\s*(?:分钟|minutes?)",
    r"(?<![\d.,])0\.050*(?!\d)\s*%", r"万分之五(?![十百千\d点])", r"(?<![\d.,])0\.0005(?!\d)",
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之(?:一)?百(?![分])", r"one hundred per\s*cent", r"\b100 per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:个\s*月|months?\b)", rf"(?<![{CN}])十二\s*个\s*月", r"\btwelve[\s-]*months?\b",
    rf"(?<![{CN}第])一\s*年", r"\bone[\s-]*years?\b", r"(?<![\d.,])1\s*-?\s*(?:年|years?\b)", r"\bannual(?:ly)?\b__never",
    r"(?<![\d.,])15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"\bfifteen per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty per\s*cent",
    r"(?<![\d.,])5\s*-?\s*(?:年(?!度)|years?\b)", rf"(?<![{CN}])五\s*年(?!度)", r"\bfive[\s-]*years?\b",
    r"(?<![\d.,])60\s*-?\s*(?:个\s*月|months?\b)", r"六十\s*个\s*月", r"\bsixty[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "twelve months", "12 months", "一年", "one year", "1 year", "1年", "15%", "15 %", "百分之十五",
            "40%", "百分之四十", "四成", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月",
            "thirty per cent", "one hundred per cent", "fifteen per cent", "forty per cent", "twelve-month", "five-year"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "130%", "0.055%", "330%", "140%", "1,240 minutes", "2028年", "45%", "35%", "13%", "14小时",
             "Subscription Year", "first year", "第一年度", "212 months", "120日", "十一年度"]


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


def scan(name, text):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        bad += hits(variant)
    assert not bad, (name, sorted(set(bad)))


# ---- reading back ----------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    words = text.split()
    return len(words), len([w for w in words if re.search(r"[A-Za-z0-9]", w)])


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, fmt, src) in FILES.items():
        scan(key + " source", src)
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, fmt, src) in FILES.items():
        lang = "zh" if key.startswith("z") else "en"
        text = read_back(OUT / name)
        scan(name, text)
        n_raw, n_alt = measure(lang, text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        cat, vals, extra, (base, forum_outside, designed) = LABELS[key]
        terms = dict(zip(KEYS, vals))
        sla, ld, capped, deemed, value = extra
        x = {"sla_clause": sla, "ld_stated": ld}
        if terms["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules, share = derive(terms, x, base, forum_outside)
        assert rules == sorted(designed), (key, rules, designed)
        # no label on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] != 0.05 and terms["liability_cap_pct"] != 100
        assert terms["prepayment_pct"] != 30 and terms["warranty_months"] != 12
        assert terms["post_warranty_fee_pct"] != 15
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print(f"{name}: {lang} {n_raw} ({n_alt}) rules={rules} risk={risk(rules)}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
        assert lo <= n_raw <= hi, (name, n_raw)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = [k for k in LABELS if not LABELS[k][3][2]]
    assert sorted(mix) == ["e03", "z01"], mix
    print("all 20 rules covered; threshold scan clean")


if __name__ == "__main__":
    main()
