"""Builds the holdout1161 drafts (10 files) from the sources below, writes their .json labels and asserts the checks
of the brief: lengths, no threshold value in labels or texts, rules derived from labels = design list, coverage of all
20 CR rules. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市商务局老字号保护与传承服务平台采购合同
P:合同编号：SWJ-ZFCG-2027-0318
P:采购项目编号：ZC2027-0456（公开招标）
P:甲方（采购人）：某市商务局
P:乙方（供应商）：江宁云锦信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就某市老字号保护与传承服务平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供老字号服务平台软件（标准版V5）的永久使用许可，许可范围为甲方及其所属事业单位，不限用户数。
P:1.2 乙方按甲方需求定制开发以下功能：老字号企业档案库（含历史沿革、传统技艺、非遗项目、商标与字号信息）；老字号地图与线上展馆；认定申报、复核及动态监测的网上审批流程；面向公众的小程序展示端。
P:1.3 乙方负责将甲方现有的312家老字号企业纸质及电子档案整理后迁移至平台，并与市政务服务平台、市场监管企业信用信息系统完成数据对接。
P:1.4 乙方负责平台的部署、联调、试运行及对甲方工作人员的培训，培训不少于三期，每期不少于两天。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾肆万元整（¥1,240,000），为含税固定总价，包括：平台软件许可费680,000元；定制开发费412,000元；数据迁移及接口对接费96,000元；部署实施及培训费52,000元。
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
P:2.3 乙方应在合同签订前以银行保函形式向甲方提交合同总价5%的履约保证金，最终验收合格后由甲方无息退还。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即248,000元。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即558,000元。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即434,000元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后90日内完成全部定制开发及部署，并提交初步验收申请。
P:4.2 乙方应指定具备高级工程师职称的项目经理常驻甲方现场，项目经理及关键技术人员未经甲方同意不得更换。
P:4.3 乙方应每周向甲方报送项目进度，遇有可能影响工期的情况应及时书面告知甲方。
P:4.4 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件所列功能全部实现；312家企业档案迁移后逐条核对无误；与政务服务平台及信用信息系统的接口连续运行10日无异常；并发300用户时页面响应时间不超过3秒。
P:5.2 初步验收合格后进入90日试运行期。试运行期内未发生一级故障、且第三方机构出具的安全测评报告无高危漏洞的，甲方组织最终验收，并邀请相关专家参加。
P:5.3 平台上线运行、甲方使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，所需费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过54,400元，且在质保期满后三年内不上调。
P:6.3 质保期内乙方每季度进行一次系统巡检，并向甲方提交巡检报告及优化建议。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三日通知甲方）。
P:7.2 故障分级及响应：一级故障（平台无法访问或审批流程中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内解决；三级故障（一般问题）于下一个工作日内解决。
P:7.3 一级故障响应或恢复每超时一小时，甲方有权扣减500元；平台年度可用率每低于承诺值0.01个百分点，甲方有权扣减1,000元，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的功能模块、源代码、数据库设计、接口程序及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改及再开发。
P:8.3 乙方保证其提供的软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台内的企业档案、申报材料、审批记录及公众访问日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的。
P:9.2 平台部署于甲方政务云，乙方应落实网络安全等级保护第三级要求，运维访问须经甲方审批并通过堡垒机进行，操作全程留痕；乙方不得将数据拷贝至甲方环境之外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，应按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之二支付违约金。
P:10.3 乙方交付的平台不符合合同约定的，应负责返工、修复或更换，并赔偿由此给甲方造成的损失。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项中对应未完成部分的金额、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 本合同一式六份，甲方四份，乙方两份，具有同等法律效力。
P:14.3 因不可抗力不能履行合同的，受影响方应在3日内通知对方并提供证明，双方可协商延期履行或部分免除责任。
P:14.4 双方往来通知应以书面形式送达本合同载明的地址，一方地址变更的应及时书面告知对方。
P:14.5 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:附件一：定制开发功能清单；附件二：验收方案；附件三：培训计划。
P:甲方（盖章）：某市商务局　　乙方（盖章）：江宁云锦信息技术有限公司
P:授权代表：　　　　　　　　　授权代表：
P:签订日期：2027年3月18日
"""

Z02 = """T:生产线控制系统改造采购合同
P:合同编号：HS-SB-2027-041
P:甲方（买方）：浙江恒砂电动工具有限公司（电动砂光机制造）
P:乙方（卖方）：常州智控自动化工程有限公司
P:甲方为提升电动砂光机总装及测试生产线的自动化水平，委托乙方对其两条总装线及一条老化测试线的控制系统进行改造。经双方友好协商，依据《中华人民共和国民法典》，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为PLC控制柜，加装伺服定位、触摸屏操作终端和数据采集网关，并部署产线控制与质量追溯软件，实现工单下达、工位防错、扭矩与电流数据采集、成品老化测试记录和质量追溯。
P:1.2 乙方负责与甲方现有ERP系统对接，按甲方提供的接口规范实现工单、物料及成品入库数据的自动同步。
P:1.3 改造施工须利用甲方安排的停产窗口进行，每条线停线时间不得超过七日。
H:第二条 设备、软件及价格
P:2.1 本合同货物、软件及服务明细如下表（含税价，人民币元）：
TB:序号|名称|数量|单价|金额
TB:1|砂光机产线PLC控制柜（含变频器）|6套|68,000|408,000
TB:2|伺服驱动及定位模块|18套|9,500|171,000
TB:3|工业触摸屏操作终端|6台|7,500|45,000
TB:4|产线数据采集网关|8台|12,000|96,000
TB:5|工业交换机及布线材料|1批|58,000|58,000
TB:6|产线控制与质量追溯软件许可（永久）|1套|378,000|378,000
TB:软硬件小计|||1,156,000|
TB:7|安装调试及系统联调|1项|128,000|128,000
TB:8|操作及维护培训|1项|36,000|36,000
TB:合同总价|||1,320,000|
P:2.2 合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），包含货物、软件许可、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的25%作为预付款，即330,000元。
P:3.2 全部设备到货并经双方清点签收后10个工作日内，甲方支付合同总价的50%，即660,000元。到货签收仅确认数量及外观，不视为验收。
P:3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的25%，即330,000元。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后45日内将全部设备运至甲方厂区，并在甲方书面确认的停产窗口内完成安装调试。
P:4.2 乙方现场施工人员应遵守甲方的安全生产及厂区管理制度，因乙方原因造成的人身或财产损害由乙方负责。
P:4.3 乙方应在停产窗口开始前提交详细的施工方案、停线切换计划及回退方案，经甲方生产部和设备部会签后方可施工；因乙方原因导致停线超过约定时间的，按第十二条承担责任。
P:4.4 乙方应随货提交设备合格证、电气原理图、接线图、PLC程序备份、软件安装介质及操作维护手册，并在培训中向甲方设备维修人员讲解控制逻辑和常见故障处理方法。
H:第五条 验收
P:5.1 安装调试完成后，系统连续带料试生产15个班次，且满足以下标准的，甲方出具最终验收报告：单线节拍不低于改造前的1.2倍；工位防错拦截率达到设计要求且无误判停线；扭矩及电流数据采集完整率不低于98%；老化测试记录可按整机序列号追溯；与ERP系统的工单及入库数据核对一致。
P:5.2 任何一项标准未满足的，乙方应在10日内整改并重新组织验收。设备签收、试生产或甲方投入使用均不代表验收合格。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题引起的故障，乙方免费维修或更换，并免费提供软件缺陷修复和升级。
P:6.2 质保期内每半年乙方应对控制系统进行一次现场巡检，并提交巡检报告。
P:6.3 乙方应保证质保期满后不少于八年内提供同型号或兼容的备品备件；如原型号停产，乙方应提前六个月书面告知甲方并提供替代方案。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方按年提供维保服务（含备件更换、软件升级、现场巡检及故障处理）。年度维保费按软硬件小计的26%计取，即每年300,560元，维保期内该费用固定不变。
P:7.2 维保费按年度预付，甲方可在每个维保年度届满前60日书面通知乙方不再续订。
H:第八条 服务响应
P:8.1 故障等级：一级故障指任一条生产线因控制系统原因停线；二级故障指部分工位功能失效但产线可降级运行；三级故障指其他一般问题。
P:8.2 一级故障乙方应在1小时内响应，6小时内到场，并在到场后8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕；三级故障在三个工作日内处理完毕。
P:8.3 一级故障响应、到场或恢复每超时一小时，乙方向甲方支付800元违约金；同一年度内一级故障超过三次的，乙方应免费派驻工程师驻厂一个月。
P:8.4 乙方应设立7×24小时服务热线，并指定一名服务经理负责甲方项目的日常联络。
H:第九条 知识产权
P:9.1 软件产品的知识产权归乙方所有，乙方授予甲方在本厂范围内永久使用的许可。
P:9.2 乙方为本项目编写的PLC程序、触摸屏画面、ERP接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:第十条 数据与保密
P:10.1 系统采集的生产、工艺及质量数据归甲方所有，乙方仅可为本合同目的使用，不得复制、留存或向第三方提供。
P:10.2 乙方应采取必要的技术措施保护甲方生产网络及数据安全，远程维护须经甲方逐次授权；因乙方原因导致数据泄露、丢失或生产网络遭受攻击的，乙方应立即通知甲方、采取补救措施并承担赔偿责任。
P:10.3 双方对在履行本合同过程中知悉的对方技术秘密、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。
H:第十一条 分包
P:11.1 乙方可将电气安装及布线施工分包给具备相应资质的单位，但应提前五日书面通知甲方，并对分包单位的工作质量及安全承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:12.3 乙方交付的设备或软件不符合约定的，甲方有权要求更换或退货，乙方承担由此产生的全部费用及甲方的停产损失。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或交付的系统经两次整改仍未通过验收，或有其他严重违约行为经甲方书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明；双方可根据影响程度协商延期履行。
P:15.2 本合同附件包括技术规格书、施工方案及验收记录表，与本合同具有同等效力。
P:15.3 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：浙江恒砂电动工具有限公司　　乙方（盖章）：常州智控自动化工程有限公司
P:日期：2027年4月8日
"""

Z03 = """门店预约与会员管理系统（SaaS）订阅及实施服务合同

合同编号：KX-IT-2027-007
甲方：成都快修侠电脑维修连锁有限公司（下设19家直营门店）
乙方：蓉城云店科技有限公司

鉴于甲方拟统一19家门店的维修预约、工单流转和会员管理，乙方拥有“云店通”门店管理SaaS平台，双方依据《中华人民共和国民法典》等法律法规，就平台订阅及实施服务达成如下协议。

一、服务内容
（一）订阅服务
1. 乙方向甲方19家门店开通“云店通”平台专业版账号，功能包括：线上预约（小程序、公众号、电话转录）、维修工单流转、配件出入库、会员积分与储值、短信及消息通知、经营报表。
2. 每家门店不限操作员账号数，总部另开通管理账号，可查看各门店的工单与经营数据。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、服务项目、价格表、配件目录及权限设置。
2. 乙方负责将甲方原有收银系统中约4.6万条会员资料、储值余额及积分迁移至平台，并逐店核对。
3. 乙方负责为甲方定制“以旧换新”估价流程及总部维修质量周报，并对19家门店的店长和前台人员分批培训。
4. 乙方负责平台与甲方现有的电子发票服务商、短信通道及聚合支付账户对接，并在每家门店现场调试扫码枪、小票打印机和标签打印机。
（三）支持服务
1. 服务期内，乙方提供每日8点至22点的在线客服及电话支持，并为甲方指定专属客户成功经理，每季度回访一次，提交使用情况报告和优化建议。
2. 乙方对平台进行的版本升级不得减少本合同约定的功能；涉及门店操作方式重大变化的，应提前7日通知甲方并提供操作指引。
3. 甲方新开门店的，可按本合同约定的单店年费标准增开账号，费用按该服务年度剩余天数折算。

二、服务期限
（一）订阅服务期为两个服务年度。第一服务年度自平台通过上线验收之日起算，第二服务年度自第一服务年度届满次日起算，每个服务年度为365日。
（二）实施服务应在合同签订后40日内完成。

三、费用及支付
（一）合同费用总额为人民币359,600元，其中：
1. 实施费（一次性）：86,000元；
2. 订阅费：每店每年7,200元，19家门店每个服务年度合计136,800元，两个服务年度合计273,600元。
（二）实施费在上线验收合格后15个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（四）乙方应在收款前开具合法有效的增值税发票。
（五）除本合同约定的费用外，短信条数在每店每月2,000条以内不另行收费，超出部分按每条0.04元据实结算。

四、上线验收
（一）实施完成后，乙方提交上线验收申请。验收标准为：
1. 合同约定的功能全部可用，定制估价流程及周报符合甲方确认的需求说明；
2. 会员资料、储值余额和积分迁移后逐店核对一致，差错为零；
3. 19家门店连续试用10日，未发生一级故障；
4. 高峰时段小程序预约页面打开时间不超过2秒。
（二）验收不合格的，乙方应在7日内整改后重新提交验收。平台开通或甲方试用均不视为验收合格。
（三）上线验收由甲方信息部门牵头，门店运营部、财务部参加，验收合格后双方签署上线验收单。

五、服务水平
（一）平台月度可用率不低于99.5%，按每月实际可用分钟数除以当月总分钟数计算，乙方提前通知的计划维护时间除外，计划维护应安排在凌晨0点至6点之间。
（二）一级故障（全部或多数门店无法开单、收银或预约）30分钟内响应，3小时内恢复；二级故障（单店或单项功能异常）1小时内响应，当日解决；三级故障下一工作日解决。
（三）月度可用率未达承诺的，按下列标准抵扣下一期订阅费：低于承诺值但不低于99%的，抵扣当月订阅费的10%；低于99%的，抵扣当月订阅费的25%。一级故障响应每超时30分钟，乙方另行支付200元。
（四）乙方应在每月前5个工作日内向甲方提交上月服务报告，列明可用率、故障清单、处理时长及抵扣金额；甲方有异议的，双方以平台监控日志为准核对。

六、数据安全与数据归属
（一）甲方及其会员的全部数据，包括会员姓名、手机号、消费及维修记录、储值余额，归甲方所有。乙方仅为提供本合同服务处理该数据，不得用于营销、画像或任何其他目的，不得向第三方提供。
（二）乙方应对会员个人信息采取加密存储、访问控制、操作日志留存不少于六个月、异地备份等安全措施，并遵守《个人信息保护法》。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向会员及监管部门报告，并赔偿由此给甲方造成的全部损失。
（四）合同终止后30日内，乙方应以通用格式向甲方完整交付全部数据，经甲方确认后删除平台上的数据并出具书面证明。
（五）平台数据应存储于中国境内的服务器，乙方不得将甲方数据传输至境外，并应定期进行数据恢复演练。

七、保密
双方对履行本合同过程中获知的对方商业信息、价格及经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而失效。

八、知识产权
（一）“云店通”平台的知识产权归乙方所有。
（二）乙方为甲方定制的估价流程配置、报表模板及相关文档归甲方所有，甲方有权自由使用、修改，并可交由其他服务商使用。

九、续期
订阅服务期满前30日，任何一方均未书面提出不续约的，本合同订阅服务自动续期一个服务年度，可多次续期。续期年度的订阅费按乙方届时公布的标准价格执行，乙方无需另行征得甲方同意。

十、违约责任
（一）乙方未在约定期限内完成实施并通过上线验收的，每逾期一日，应向甲方支付违约金300元。
（二）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。
（三）因乙方原因造成甲方门店停业或会员投诉的，乙方应赔偿甲方的实际损失。
（四）乙方违反本合同第六条约定的，除赔偿损失外，甲方有权暂停支付订阅费。

十一、转委托
乙方不得将本合同项下的实施或运维工作委托第三方完成，确需委托的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，或一个服务年度内月度可用率累计三个月未达承诺的，甲方有权书面通知解除合同，乙方应退还未履行期间的订阅费。
（二）任何一方进入破产程序的，对方可解除合同。
（三）合同解除或终止的，乙方应按第六条第（四）项交付数据，并在数据交付完成前保持平台的只读访问。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、甲方义务
（一）甲方应指定项目联系人，及时提供门店资料、价格表、会员原始数据及确认需求说明。
（二）甲方应按乙方的操作指引使用平台，妥善保管管理员账号和密码，门店人员离职时及时停用其账号。

十五、不可抗力
因地震、火灾、电信运营商大面积中断等不可抗力导致平台不可用的时间，不计入可用率考核，但乙方应及时通知甲方并尽力恢复服务。

十六、其他
本合同未尽事宜，双方可另行签订补充协议。本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：成都快修侠电脑维修连锁有限公司
乙方（盖章）：蓉城云店科技有限公司
签订日期：2027年5月6日
"""

Z04 = """某市消防救援支队电动自行车充电监管系统年度运维服务合同

项目名称：电动自行车充电监管系统2027年度运维服务
采购方式：竞争性磋商（项目编号：XF-CS-2026-112）
甲方（采购人）：某市消防救援支队
乙方（成交供应商）：安澜物联消防技术有限公司

根据竞争性磋商文件、乙方的响应文件及成交通知书，双方经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同不可分割的组成部分。

第一条 服务对象与范围
（一）服务对象为甲方建设的电动自行车充电监管系统，包括：监管平台（部署于市电子政务云）；全市1,260个集中充电场所的智能充电桩监测终端、烟感及温感探测器、视频抓拍设备；以及与119接处警系统、城市运行管理平台的数据接口。
（二）服务内容包括：平台软件运维、数据库及中间件维护、接口运行监控；前端设备季度巡检、故障维修及更换；告警数据核查与推送；备品备件供应；驻场值守；运维报表编制。
（三）服务期：2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；甲方如需继续采购，应重新履行采购程序。

第二条 服务费用
（一）本合同总额为人民币486,000元（含税），包括：平台运维费216,000元；前端设备巡检维修费178,000元；备品备件费62,000元；驻场值守费30,000元。
（二）上述费用为固定总价，包含人工、交通、工具、备件、税费等全部费用，甲方不再支付其他费用。
（三）服务期内如新增充电场所，双方按磋商单价另行签订补充协议，不计入本合同总额。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按第七条进行季度考核，考核合格后15个工作日内支付当季服务费121,500元；考核扣款在当季服务费中扣除。
（三）甲方按财政资金支付程序付款，乙方应提前开具发票。

第四条 服务水平
（一）监管平台年度可用率不低于99.95%，可用率按平台监控系统的记录计算，经甲方同意的计划维护时间除外。
（二）故障分级：一级故障指监管平台整体不可用、告警无法推送至119接处警系统或大面积终端离线（同一时间离线终端超过总数的5%）；二级故障指单个充电场所设备失效或部分功能异常；三级故障指其他一般性问题。
（三）一级故障乙方应在20分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，24小时内修复；三级故障3个工作日内修复。
（四）乙方应在每个季度对全部前端设备完成一次巡检，巡检记录应包括设备编号、照片、检测数据及处理情况，上传至平台备查。
（五）乙方应安排两名工程师在甲方指挥中心工作日驻场值守，节假日及夜间实行远程值守和电话待命。
（六）重大节日、重要活动及汛期、高温等火灾高发时段，乙方应按甲方要求增派人员开展专项巡查和平台保障，并提前制定保障方案报甲方审定。
（七）乙方应每月对告警数据进行抽样核查，对同一场所连续误报的设备及时校准或更换，并将核查结果和处理情况纳入运维月报。
（八）乙方应配合甲方完成年度等级保护测评、密码应用安全性评估及上级部门组织的检查，对测评发现的问题在甲方规定期限内完成整改。

第五条 服务水平未达标的处理
（一）一级故障响应、到场或恢复每超时1小时，扣减服务费1,000元；二级故障每超时1天，扣减服务费300元。
（二）平台年度可用率每低于承诺值0.01个百分点，扣减服务费2,000元。
（三）季度巡检未按期完成的，每少巡检一个场所扣减100元。
（四）上述扣减从当季服务费中直接扣除，单季扣减总额不超过当季服务费的20%，超出部分由甲方另行追偿。

第六条 交付成果与知识产权
（一）乙方应按月提交运维月报，按季提交巡检报告，年末提交年度运维总结及系统优化建议。
（二）乙方在服务期内形成的运维记录、巡检报告、配置文档、脚本及为本项目编写的程序修改部分，其知识产权归甲方所有，甲方可自由使用、修改并交由其他服务商使用。

第七条 考核与验收
（一）甲方每季度按磋商文件所附考核细则对乙方进行考核，考核内容包括：故障响应及修复时效、平台可用率、巡检完成率（不低于98%）、告警推送准确率、文档完整性、驻场人员到岗率。考核得分不低于80分的为合格。
（二）服务期满后，甲方组织年度验收，以四个季度考核结果、系统运行记录及年度运维总结为依据，出具验收意见。
（三）季度考核不合格的，乙方应在15日内提交整改报告，整改完成并经甲方确认后方可支付当季服务费。
（四）年度验收合格后，甲方应在15个工作日内出具年度验收报告，作为乙方履约评价的依据。

第八条 数据安全
（一）系统中的充电场所信息、告警记录、视频图像及相关单位、人员信息均归甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制或用于其他任何用途。
（二）乙方应严格执行网络安全等级保护制度和甲方的网络安全管理规定，远程运维须通过甲方指定的堡垒机，账号实名管理，操作日志保存不少于180日。
（三）发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在30分钟内报告甲方，按应急预案处置；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。

第九条 保密
乙方及其人员对履行合同过程中知悉的消防监督信息、系统架构、账号口令及甲方工作秘密负有保密义务，不得以任何方式向第三方披露。乙方驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

第十条 人员与分包
（一）乙方投入的项目负责人及驻场工程师应与响应文件一致，确需更换的，应提前10日书面申请并经甲方同意。
（二）乙方不得将本合同的任何服务内容分包或转包给第三方。
（三）乙方人员进入甲方指挥中心应遵守甲方的安全保卫和出入管理规定，乙方应为其人员购买意外伤害保险。

第十一条 违约责任
（一）乙方未按期完成季度巡检、隐患整改或甲方书面要求的其他运维事项的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）因乙方原因导致火灾告警漏报、误报并造成损失的，乙方应承担赔偿责任。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或有其他严重违约行为经书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）合同解除或终止时，乙方应在10日内移交全部运维资料、账号口令及备品备件清单，并配合新服务商完成交接。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）备品备件由乙方按磋商文件清单储备，更换下的旧设备归甲方所有，由乙方登记后交回甲方。
（二）因不可抗力造成服务中断的，不计入考核，但乙方应及时通知甲方并尽快恢复服务。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市消防救援支队
乙方（盖章）：安澜物联消防技术有限公司
签订日期：2026年12月21日
"""

Z05 = """# 伞匠云工序追溯系统 软件许可及定制开发合同

（伞匠云标准合同文本 V3.0，乙方提供）

合同编号：SJY-2027-0219

- 甲方（买方）：泸州分水古法油纸伞工坊有限公司
- 乙方（卖方）：杭州伞匠云软件有限公司

甲方拟引入工序追溯系统，对油纸伞从选竹、制骨、裱纸、绘花到上桐油、晾晒的全部工序进行记录和追溯。乙方是“伞匠云工序追溯系统”的开发商。双方经友好协商，就软件许可及定制开发事宜达成如下条款。

## 第一条 合同标的

1.1 乙方向甲方提供“伞匠云工序追溯系统”标准版V3.0的永久使用许可，授权点数为30个。

1.2 乙方根据甲方需求进行以下定制开发：伞骨、伞面批次与工匠绑定的扫码流转；桐油配比及晾晒温湿度记录；每把伞的唯一追溯码及面向顾客的扫码溯源页面；非遗技艺传承人作品档案。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训以线上方式为主，共计两次，每次不超过半天；甲方需要现场培训的，差旅费用由甲方承担。

1.4 本合同所称“上线”，指乙方完成系统安装部署并向甲方开通正式账号。

1.5 系统标准功能包括：工序模板配置、工匠及工位管理、批次流转、质检记录、库存与出货登记、统计报表及手机端应用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯系统标准版V3.0许可（30点） | 96,000 |
| 2 | 定制开发（扫码流转、配比记录、溯源页面、传承人档案） | 128,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 242,000 |

2.1 合同总价为人民币贰拾肆万贰仟元整（¥242,000），含增值税。

2.2 扫码终端、标签打印机及耗材由甲方自行采购，不包含在本合同价款内。

2.3 合同价款不包含服务器、数据库、操作系统等第三方软硬件费用，也不包含第七条所述的后续维护费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即157,300元，乙方收到该款项后启动开发工作。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即84,700元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发和服务，工期相应顺延。

3.4 乙方在收到每笔款项后10个工作日内开具增值税普通发票。

## 第四条 开发与交付

4.1 乙方计划在收到首付款后60日内完成定制开发并部署上线，具体进度以乙方的项目计划为准。

4.2 因甲方需求变更、资料提供不及时、现场环境不具备等原因导致工期延误的，工期相应顺延。

4.3 乙方交付的内容为可运行的系统及用户操作手册。源代码不属于交付内容。

4.4 甲方在开发过程中提出的需求变更，乙方评估后另行报价，经甲方确认并支付相应费用后实施。

4.5 乙方在上线前进行内部测试，测试结果以乙方出具的测试报告为准。

## 第五条 验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道反馈，乙方将在后续版本中酌情处理。

## 第六条 免费维护

6.1 乙方提供自系统上线之日起六个月的免费维护，包括软件缺陷修复及远程技术支持。

6.2 乙方通过电话、微信服务群等方式提供远程技术支持，工作时间为工作日9:00至18:00。乙方将尽合理努力尽快解决甲方反馈的问题，但不对处理时间作出承诺。

6.3 因甲方操作不当、擅自修改配置、硬件或网络故障引起的问题，不属于免费维护范围，乙方可按次收取服务费。

6.4 系统的版本升级由乙方统一安排，升级后部分功能的操作方式可能调整，乙方不保证与甲方定制内容的兼容性。

6.5 远程支持不包括现场服务；甲方要求现场服务的，按每人每天2,000元另行计费。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护合同，年度维护费按乙方当年公布的价目表执行。

7.2 甲方未签订年度维护合同的，乙方不再提供任何技术支持和版本升级。

## 第八条 知识产权

8.1 “伞匠云工序追溯系统”及其所有版本的著作权及其他知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的功能模块、扫码流程、溯源页面及相关程序、文档，其知识产权均归乙方所有。甲方仅在合同约定的范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

8.3 乙方有权将本合同定制开发的成果用于其他客户或纳入乙方的标准产品。

8.4 甲方在使用过程中提出的改进建议，乙方可无偿纳入标准产品。

## 第九条 数据

9.1 甲方录入系统的工序、工匠、批次及销售数据归甲方所有。

9.2 乙方应采取访问控制、传输加密、每日备份等安全措施保护甲方数据。发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方过错造成数据泄露的，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于产品改进、行业分析及乙方的其他业务。

9.4 合同终止后，甲方可在30日内申请导出其业务数据，乙方按标准格式提供；逾期未申请的，乙方有权删除相关数据。

## 第十条 保密

10.1 双方对在合作过程中获知的对方技术信息、经营信息及本合同价格负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 本条保密义务在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不承担因开发延期产生的任何违约金，亦不承担甲方的间接损失、利润损失或商誉损失。

## 第十二条 合同解除

12.1 任何一方严重违约，经另一方书面通知后30日内仍未纠正的，另一方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

12.3 合同解除后，甲方应停止使用定制开发内容，乙方已交付的标准软件许可继续有效。

## 第十三条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。诉讼费、律师费由败诉方承担。

## 第十四条 甲方的义务

14.1 甲方应指定专人负责项目对接，及时提供工序说明、工匠名册、批次编码规则等资料，并在乙方提交需求确认书后3个工作日内书面确认。

14.2 甲方应提供满足系统运行要求的服务器或云主机、网络环境及扫码终端，并负责日常的数据录入和账号管理。

14.3 甲方不得将系统账号提供给第三方使用，不得对系统进行破解、复制或二次销售。

## 第十五条 不可抗力

因不可抗力或第三方云服务、电信网络故障导致合同不能履行或延迟履行的，受影响方不承担责任，但应及时通知对方。

## 第十六条 通知

双方的通知可通过电子邮件、微信服务群或书面方式发出，发出即视为送达。

## 第十七条 其他

17.1 本合同未尽事宜以乙方官网公布的《用户服务协议》为准；该协议与本合同不一致的，以本合同为准。

17.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：泸州分水古法油纸伞工坊有限公司　　乙方（盖章）：杭州伞匠云软件有限公司

日期：2027年2月19日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NRS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Nene Reliability Systems Limited, a company incorporated in England and Wales (company number 07815532), whose registered office is at 14 West Street, Oundle, Peterborough PE8 4EF, England (the "Supplier"); and
P:(2) Changzhou Huaxin Textile Machinery Co., Ltd., a company established in the People's Republic of China, whose registered address is at 88 Longjin Road, Wujin District, Changzhou, Jiangsu Province (the "Buyer").
P:The Buyer wishes to acquire a perpetual licence to the Supplier's maintenance-management software, known as Nene Asset Care, together with configuration, integration, data migration and training services, and the Supplier has agreed to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Nene Asset Care version 9, in object code, with its standard modules for work orders, preventive maintenance planning, spare-parts inventory, condition monitoring and mobile technician applications, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, data-migration scripts, workflow templates and documentation created by the Supplier specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or migrated to the Software by or for the Buyer, including equipment registers, maintenance histories, sensor readings and personnel records.
P:1.4 "Initial Acceptance" and "Final Acceptance" have the meanings given in Article 5.
P:1.5 "Warranty Period" means the period stated in Article 6.1.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers at its plants in Changzhou and Yancheng, for up to 260 named users and 40 concurrent mobile users, for the Buyer's internal business purposes.
P:2.2 The Supplier shall configure the Software to the Buyer's maintenance processes, build interfaces with the Buyer's ERP system (purchase requisitions and spare-parts stock) and its energy-monitoring platform, migrate the Buyer's existing equipment and maintenance records, and train the Buyer's maintenance planners, technicians and system administrators.
P:2.3 The detailed scope, milestones and deliverables are set out in Schedule 1 (Statement of Work), which forms part of this Agreement.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,948,000, inclusive of VAT, made up as follows: (a) perpetual Software licence: CNY 1,360,000; (b) configuration and integration: CNY 420,000; (c) data migration: CNY 110,000; (d) training: CNY 58,000.
P:3.2 The Contract Price is fixed and includes all travel, accommodation and expenses of the Supplier's personnel. No other charges are payable for the scope described in Schedule 1.
H:Article 4 Payment
P:4.1 The Buyer shall pay the Contract Price in three instalments against valid VAT invoices: (a) 20% (CNY 389,600) within 15 days after signature of this Agreement; (b) 45% (CNY 876,600) within 15 days after Initial Acceptance; and (c) 35% (CNY 681,800) within 15 days after Final Acceptance.
P:4.2 All payments shall be made in CNY by bank transfer to the account designated by the Supplier's appointed reseller in China, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration, interfaces and data migration within 110 days after signature and shall then notify the Buyer that the system is ready for acceptance testing.
P:5.2 Initial Acceptance is achieved when all of the following criteria are met in tests witnessed by both parties: (a) every function listed in Schedule 1 operates as specified; (b) the migrated equipment register and maintenance histories reconcile record by record with the Buyer's source data; (c) the ERP and energy-monitoring interfaces exchange data without error for ten consecutive working days; and (d) the main screens open within three seconds with 40 concurrent users.
P:5.3 After Initial Acceptance the system shall run in production for 60 days. Final Acceptance is achieved when no Severity 1 fault has occurred during that period, all Severity 2 faults have been corrected and the Buyer's maintenance managers confirm in writing that the acceptance report is complete.
P:5.4 If any test fails, the Supplier shall correct the defects and repeat the test within 15 days at its own cost. Installation, go-live, use of the system in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 18 months from Final Acceptance. During the Warranty Period the Supplier shall correct all defects in the Software and the Custom Deliverables free of charge and shall supply all new versions and updates of the Software.
P:6.2 After the Warranty Period the Buyer may purchase annual support. The annual support fee is 12% of the licence fee, being CNY 163,200 per year, and shall not be increased for the three years following the end of the Warranty Period. Support renews only if the Buyer issues a purchase order for the next year.
P:6.3 Faults are classified as follows. Severity 1: the system is unavailable or work orders cannot be issued at a plant. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other fault or query.
P:6.4 The Supplier shall respond to a Severity 1 fault within one hour, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 faults shall be answered within two hours and fixed within three working days. Severity 3 faults shall be answered on the next working day.
P:6.5 For each hour by which the Supplier misses the Severity 1 response or workaround time, the Supplier shall pay a service credit of CNY 1,500, deducted from the next amount payable or paid on demand. Service credits do not limit the Buyer's other rights.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including to other service providers.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics.
P:8.2 The Supplier shall access the Buyer's systems only through the remote-access gateway approved by the Buyer, using named accounts, and shall not copy Buyer Data outside the Buyer's environment. The Supplier shall comply with the Buyer's information-security policies and with applicable PRC laws on cybersecurity, data security and personal information.
P:8.3 The Supplier shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take immediate remedial action and shall compensate the Buyer for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for the purposes of this Agreement and not disclose it to any third party without the other party's prior written consent, except to its professional advisers bound by equivalent duties or as required by law.
P:9.2 This Article survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to achieve Initial Acceptance by the date in Schedule 1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 7, 8 or 9, for death or personal injury, or for fraud or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 Either party may terminate this Agreement by notice if the other becomes insolvent.
P:12.3 On termination by the Buyer under Article 12.1, the Supplier shall refund the amounts paid for undelivered services and the licence shall remain in force for the parts of the Software already paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement and any dispute arising out of or in connection with it are governed by the laws of England and Wales.
P:13.2 Any dispute shall be finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language shall be English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effect.
P:14.2 Any amendment to this Agreement must be in writing and signed by both parties.
P:14.3 This Agreement is executed in English and Chinese. Both versions are equally authentic.
P:Schedule 1: Statement of Work, milestones and acceptance test plan.
P:For the Supplier: ____________________    For the Buyer: ____________________
"""

E02 = """# Order Form WFS-OF-2027-0093

**Watling Field Software Ltd — Quality Cloud subscription**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

- **Supplier:** Watling Field Software Ltd, a company registered in England and Wales (company number 09244817), 3 Richmond Road, Towcester, Northamptonshire NN12 6EX, England.
- **Customer:** Foshan Jiahe Food Co., Ltd., No. 18 Nanhai Industrial Avenue, Foshan, Guangdong Province, People's Republic of China.

### A2. Subscribed Services

- Quality Cloud Enterprise edition: supplier audits, HACCP plans, non-conformance and CAPA workflows, document control, laboratory results and complaint handling.
- Up to 320 named users across the Customer's three factories and its head office; 2 sandbox environments.
- Hosting: the Supplier's tenancy in a data centre located in mainland China, operated by a licensed local cloud provider.
- Onboarding Services: configuration of the Customer's quality processes, migration of 14,000 open documents and 6,500 supplier records, two interfaces (to the Customer's ERP and laboratory information system), and train-the-trainer sessions, as described in Schedule A.

### A3. Subscription Term

The Subscription Term is 24 months, divided into two Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date on which the Customer signs the Onboarding acceptance certificate under Section 4 of Part B. The planned Go-Live Date is 1 July 2027. The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Services | one-time, fixed price | 42,000 |
| Subscription fee, Subscription Year 1 | 320 users | 268,000 |
| Subscription fee, Subscription Year 2 | 320 users | 268,000 |
| **Total fees for the Subscription Term** | | **578,000** |

All amounts include VAT. The Subscription fee for Subscription Year 2 is fixed and will not be increased.

### A5. Invoicing and Payment

- Onboarding Services: invoiced on the Go-Live Date, payable within 30 days of invoice.
- Subscription fees: invoiced at the start of each Subscription Year, payable within 30 days of invoice.
- No amount is payable before the Go-Live Date.
- Payments in CNY to the account of the Supplier's authorised distributor in Shanghai named in the invoice.

### A6. Service Levels and Special Terms

- Target monthly availability of the production environment: 99.95%, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.
- Priority 1 incident (production environment unavailable, or the CAPA or document-control module unusable for all users): response within one hour, workaround or restoration target of six hours.
- Priority 2 incident (a module degraded for a group of users): response within two hours, resolution target of two business days.
- Priority 3 (minor issue or question): response within one business day.
- The service levels in this A6 are performance targets. The Supplier will use them to measure and report its service, but a failure to meet them does not entitle the Customer to any service credit, fee reduction, refund or damages.
- Special term: the Supplier's project manager for onboarding is named in Schedule A and may only be replaced with the Customer's agreement, which shall not be unreasonably withheld.

Signed for the Supplier: ____________________  Name / Title / Date

Signed for the Customer: ____________________  Name / Title / Date

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and records uploaded, entered or generated by or for the Customer in the Services, including supplier information, audit results, laboratory results and personal information of the Customer's staff and consumers.

1.2 "Services" means the Subscribed Services and the Onboarding Services described in Part A.

1.3 "Deliverables" means the configurations, workflow templates, report layouts, interface mappings and migration scripts prepared by the Supplier for the Customer.

### 2. Provision of the Services

2.1 The Supplier shall provide the Services with reasonable skill and care, in accordance with Part A and its documentation.

2.2 The Supplier may update the Services from time to time, provided that no update materially reduces the functionality subscribed by the Customer.

2.3 The Customer shall keep its user credentials secure and shall be responsible for the use of the Services by its users.

2.4 The Supplier shall provide a customer success manager who will hold a quarterly service review with the Customer and report availability and incident statistics for the previous quarter.

### 3. Onboarding

3.1 The Supplier shall complete the Onboarding Services by the planned Go-Live Date in Part A3, subject to the Customer providing the information listed in Schedule A on time.

3.2 If the Go-Live Date is delayed beyond the planned date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 500 for each day of delay, deducted from the Onboarding invoice.

### 4. Acceptance

4.1 When onboarding is complete, the Supplier shall notify the Customer and the Customer shall carry out acceptance tests within ten business days.

4.2 The Onboarding Services are accepted when: (a) all workflows in Schedule A run end to end in the production environment; (b) the migrated documents and supplier records reconcile with the source lists, with no missing records; (c) both interfaces have exchanged data without error for five consecutive business days; and (d) the key user group confirms that the training has been delivered. The Customer then signs the acceptance certificate.

4.3 If the criteria are not met, the Supplier shall correct the defects and repeat the tests. Use of the sandbox environments does not amount to acceptance.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Supplier acquires no rights in Customer Data and shall process it only to provide the Services to the Customer, and not for analytics, benchmarking, product training or any other purpose.

5.2 Customer Data shall be stored and processed in mainland China. The Supplier shall not transfer it outside mainland China.

5.3 Within 30 days after the end of the Subscription Term, the Supplier shall return all Customer Data in a commonly used format and then delete it, confirming deletion in writing.

### 6. Data Security

6.1 The Supplier shall maintain technical and organisational security measures appropriate to the Customer Data, including encryption in transit and at rest, role-based access control, logging of administrator access, daily backups and annual penetration testing by an independent tester.

6.2 The Supplier shall notify the Customer of any security incident affecting Customer Data within 24 hours, shall cooperate with the Customer's investigation and any notification to authorities, and shall be liable for the Customer's losses arising from an incident caused by the Supplier's breach of this Section 6.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, use it only for the purposes of this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

7.2 This Section 7 survives for three years after the end of the Subscription Term.

### 8. Intellectual Property

8.1 The Supplier retains all rights in the Quality Cloud platform and its standard features.

8.2 The Deliverables belong to the Customer, which may use, copy, modify and license them freely, including after the Subscription Term.

### 9. Sub-processors and Subcontractors

9.1 The Supplier shall not engage any subcontractor or sub-processor to perform the Services, other than the hosting provider named in Schedule A, without the Customer's prior written consent.

### 10. Liability

10.1 Neither party shall be liable for any indirect, special or consequential loss, or for loss of profit.

10.2 The Supplier's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 If the Customer terminates under Section 11.1, the Supplier shall refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Order Form without the other's written consent.

13.2 Notices shall be in writing and sent to the addresses in Part A1.

13.3 Neither party is responsible for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.4 This Order Form may be amended only by a written document signed by authorised representatives of both parties. It is executed in English and Chinese, and both versions have equal effect.
"""

E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. TR-EQ-2027-066
P:Buyer: Wuhu Tianrun Cement Co., Ltd., No. 6 Jiangbin Road, Fanchang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Brackley Condition Sensing Limited, a company registered in England and Wales (company number 10377261), Unit 5, Tramway Industrial Estate, Brackley, Northamptonshire NN13 7EZ, England (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to monitor the vibration and temperature of the main drives, fans, mills and kiln rollers on its two clinker lines, and the Supplier has agreed to supply and commission a wireless condition-monitoring system on the following terms.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's BCS Monitor condition-monitoring software, including its analytics, alarm and reporting modules, licensed under Clause 3.
P:1.3 "System" means the Equipment and Software as installed, configured and integrated at the Buyer's plant.
P:1.4 "Custom Work" means the asset models, alarm rules, dashboards, reports and the interface to the Buyer's distributed control system (DCS) and maintenance system, prepared by the Supplier for the Buyer.
P:1.5 The following documents form part of this Contract, in this order of priority: this Contract; Annex 1 (Technical Specification); Annex 2 (Acceptance Test Plan); the Supplier's technical proposal dated 9 February 2027.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System and train the Buyer's staff. The price of each item is fixed as follows (CNY, VAT included):
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated, with mounting studs|240|3,800|912,000
TB:2|Industrial gateway with 4G backup link and power-over-Ethernet injector|14|9,500|133,000
TB:3|BCS Monitor software, perpetual site licence (up to 400 assets)|1|386,000|386,000
TB:Subtotal, Equipment and Software|||1,431,000|
TB:4|Installation, configuration, DCS and maintenance-system interfaces, commissioning|1 lot|164,000|164,000
TB:5|Training of operators, vibration analysts and administrators|1 lot|25,000|25,000
TB:Total Contract Price|||1,620,000|
P:2.2 The total Contract Price is CNY 1,620,000. It includes packing, carriage to the Buyer's plant, insurance, import duties, installation materials, travel and all taxes, and is not subject to adjustment.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to install and use the Software on the Buyer's servers for up to 400 monitored assets at the Buyer's Wuhu plant.
P:3.2 The Buyer may make copies of the Software for backup and disaster-recovery purposes.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 162,000) within 20 days after signature, against a bank advance-payment guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 891,000) within 20 days after delivery of all Equipment to the plant and signature of the delivery note. The delivery note confirms quantity and visible condition only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 567,000) within 20 days after Final Acceptance under Clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 75 days after signature and complete installation and commissioning within 45 days after delivery, during the kiln maintenance shutdown notified by the Buyer.
P:5.2 The Supplier's personnel on site shall comply with the Buyer's safety rules, including permits for work at height and hot work, and the Supplier is responsible for their safety.
P:5.3 With the Equipment, the Supplier shall deliver certificates of origin and conformity, calibration certificates for every sensor, installation drawings showing each measuring point, the Software installation media and licence keys, and operation and maintenance manuals in Chinese and English.
H:6. Acceptance
P:6.1 After commissioning, the Supplier shall carry out the acceptance tests in Annex 2 in the presence of the Buyer. The System passes when: (a) all 240 sensors report data to the Software with at least 98% of scheduled readings received over 14 consecutive days; (b) vibration readings on ten reference machines agree with the Buyer's portable analyser within ±5%; (c) alarms reach the DCS operator station within ten seconds; and (d) work requests are created automatically in the maintenance system for test alarms.
P:6.2 If the System passes, the parties sign the Final Acceptance certificate. If it fails, the Supplier shall remedy the defects within 15 days and repeat the tests at its own cost.
P:6.3 Delivery, installation, operation of the System by the Buyer or payment of any amount does not amount to acceptance.
H:7. Warranty and After-Warranty Support
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including battery replacement for sensors whose batteries fail early, and shall provide all Software updates and corrections free of charge.
P:7.2 After the warranty period, the Buyer may purchase annual support covering hardware replacement, Software updates and remote diagnosis. The annual support fee shall be 9% of the Equipment and Software subtotal, that is CNY 128,790 per year, and shall remain fixed for the first two years after the warranty period.
P:7.3 The Supplier shall make spare parts available for at least eight years after Final Acceptance.
P:7.4 During the warranty period the Supplier shall visit the plant twice a year to check sensor mounting and battery levels, review alarm thresholds with the Buyer's vibration analysts and deliver a written health report.
H:8. Service Levels
P:8.1 A critical fault is a failure of the Software server or of two or more gateways, or any fault that stops alarms reaching the DCS. The Supplier shall respond to a critical fault within 30 minutes, start remote diagnosis within one hour and restore the System within 24 hours, including on-site attendance where needed.
P:8.2 Other faults shall be answered within two hours and corrected within three working days.
P:8.3 For each hour of delay beyond the response or restoration time for a critical fault, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any amount due.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier.
P:9.2 The Custom Work belongs to the Buyer. The Supplier shall hand over the source files of the interfaces and the configuration exports, and the Buyer may use, modify and license the Custom Work freely.
H:10. Plant Data and Data Security
P:10.1 All data collected by the System, including vibration spectra, temperatures, alarms and maintenance records, belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 The System shall be installed on the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's VPN, case by case, with the Buyer's approval and logging. The Supplier shall comply with the Buyer's cybersecurity policies and applicable PRC law.
P:10.3 The Supplier shall report any security incident affecting the System or the Buyer's data within two hours, take remedial action and compensate the Buyer for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it without prior written consent. This obligation lasts for three years after the end of the warranty period.
H:12. Delay Damages and Liability
P:12.1 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Civil works for gateway cabinets may be carried out by a local contractor approved in writing by the Buyer.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not cure the breach within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts received for undelivered items.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules. The award is final.
H:16. Miscellaneous
P:16.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days, either party may terminate the unperformed part of the Contract.
P:16.2 Notices shall be given in writing to the addresses above, by courier or by e-mail confirmed by courier.
P:16.3 This Contract enters into force on signature by both parties and is made in English and Chinese, both versions being equally valid.
P:Annex 1: Technical Specification. Annex 2: Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement reference:** FSM-MSA-2027-031

**Date:** 12 April 2027

**Between**

1. **Faringdon Systems Management Ltd**, a company registered in England and Wales (company number 08653390), whose registered office is at 7 Market Place, Faringdon, Oxfordshire SN7 7HL, England, acting through its branch office in Shanghai (the "Supplier"); and
2. **Ningbo Haitong Cold Chain Logistics Co., Ltd.**, a company established in the People's Republic of China, whose registered address is at 200 Chuangye Road, Beilun District, Ningbo, Zhejiang Province (the "Customer").

**Background.** The Customer runs its warehouse management, transport management and temperature-monitoring systems on servers in its own data room in Ningbo and in a co-location facility in Hangzhou. It wishes to outsource the operation of this infrastructure and its IT service desk to the Supplier for a fixed term of 36 months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the availability, response and resolution levels in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 3.

1.5 "Customer Data" means all data of the Customer and its clients stored on or processed by the managed infrastructure, including shipment records, temperature logs, customer lists and personal information of drivers and staff.

1.6 "Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 The Supplier shall provide the Services from the Service Commencement Date until the end of the Term, in accordance with this Agreement, good industry practice and the Customer's reasonable IT policies.

2.2 The Supplier shall appoint a service delivery manager based in Ningbo, who shall attend a monthly service review with the Customer and present a report on Service Levels, incidents, changes, capacity and security events.

2.3 The Supplier shall maintain the Customer's configuration management database, runbooks and network diagrams up to date at all times.

2.4 The Supplier shall run half-yearly disaster-recovery drills with the Customer, switching the warehouse management system to the Hangzhou facility, and shall report the results and any corrective actions in writing.

## 3. Transition

3.1 The Supplier shall complete the transition of the Services within 60 days after the date of this Agreement, including discovery, knowledge transfer from the Customer's current staff, installation of monitoring tools, and set-up of the service desk.

3.2 Transition is accepted when: (a) all servers, storage systems, network devices and backup jobs listed in Schedule 1 are under monitoring with alerts routed to the Supplier's operations centre; (b) a full restore test of the warehouse management database has been completed successfully; (c) runbooks for all critical systems have been delivered and reviewed by the Customer; and (d) the service desk has handled live tickets for ten consecutive working days in parallel with the Customer's staff. The Customer then signs the transition acceptance certificate.

3.3 If transition is not accepted by the planned date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 3,000 for each day of delay.

## 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 3,600,000, including VAT.

4.2 The transition fee is invoiced after transition acceptance. The monthly service charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days.

4.3 The Charges are fixed for the Term. Additional work outside Schedule 1 shall be agreed by written change request before it starts.

4.4 The Supplier shall issue a valid VAT invoice for every payment and shall provide a monthly statement of service credits applied.

## 5. Service Levels and Service Credits

5.1 The Supplier shall meet the Service Levels in Schedule 2.

5.2 If a Service Level is missed, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice. Service credits are a price adjustment and do not limit the Customer's right to claim damages.

## 6. Customer Data and Security

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to perform the Services and shall not copy, analyse, aggregate or disclose it for any other purpose.

6.2 The Supplier shall implement and maintain security measures consistent with MLPS level 2 requirements, including privileged-access management, multi-factor authentication for all administrator accounts, logging and monthly log review, patching within the timelines agreed in the runbooks, and encrypted backups kept in mainland China.

6.3 The Supplier shall report any actual or suspected security incident affecting Customer Data or the managed infrastructure within one hour, contain it, and provide a written root-cause report within five working days. The Supplier is liable for losses caused by incidents resulting from its breach of this Section 6.

## 7. Confidentiality

7.1 Each party shall treat the other party's non-public information as confidential, use it only for this Agreement and not disclose it to third parties without prior written consent, except as required by law. This obligation continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 The Supplier keeps its monitoring tools, service-management platform and know-how.

8.2 Runbooks, scripts, configurations, diagrams and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to any successor supplier.

## 9. Personnel and Subcontracting

9.1 The Supplier shall use suitably qualified staff and shall replace any person whom the Customer reasonably objects to. Key personnel named in the Supplier's proposal, including the service delivery manager and the lead network engineer, may not be replaced during the first year of the Term without the Customer's agreement.

9.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for breach of Sections 6 and 7, death or personal injury, and wilful misconduct.

## 11. Duration and Termination

11.1 This Agreement starts on its date and continues until the end of the Term. It does not renew automatically.

11.2 Given the Supplier's investment in transition and tooling, neither party may terminate this Agreement before the end of the Term. If the Supplier breaches this Agreement, the Customer's remedies are service credits, damages and an order for performance; the Customer may not terminate the Agreement on account of such breach.

11.3 At the end of the Term, the Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all runbooks, credentials and Customer Data, and cooperate with any successor supplier.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided that it gives prompt notice and takes reasonable steps to resume performance.

13.2 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, both texts being equally authentic.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Server and virtualisation management | 64 virtual servers and 11 physical hosts in Ningbo and Hangzhou: monitoring, patching, capacity management | 24 x 7 |
| Storage and backup | two storage arrays, daily backups, monthly restore tests, off-site copy in Hangzhou | 24 x 7 |
| Network management | core and access switches, firewalls, Wi-Fi in four warehouses, SD-WAN links | 24 x 7 |
| Service desk | telephone, e-mail and portal support in Chinese for about 620 users | 07:00 to 23:00 daily |
| On-site support | one engineer at the Ningbo head office on working days; site visits to warehouses on request | working days |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of the warehouse and transport management systems | 99.95% per month | 5% of the monthly service charge for each 0.02 percentage point below the level, up to 20% |
| Priority 1 incident (critical system down, or all users of a warehouse unable to work): response | within 6 hours | CNY 2,000 per hour late |
| Priority 1 incident: restoration | within 10 hours | CNY 2,000 per hour late |
| Priority 2 incident: response | within 8 hours | CNY 500 per hour late |
| Service desk calls answered within 60 seconds | at least 90% per month | 2% of the monthly service charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after transition acceptance | 126,000 |
| Monthly service charge | 96,500 per month, 36 months | 3,474,000 |
| **Total Charges for the Term** | | **3,600,000** |
| Exit assistance and additional work | per engineer day, on written request | 2,800 |
"""

E05 = """MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. VAD-SUB-2027-112

THIS AGREEMENT is made on 10 May 2027 between:

VALE AGRI-DATA LIMITED, a company registered in England and Wales (company number 11590274), whose registered office is at 21 Mill Street, Wantage, Oxfordshire OX12 9AB, England (the "Vendor"); and

SHANDONG HENGFENG FEED GROUP CO., LTD., a company established in the People's Republic of China, whose registered address is at 9 Jingshi Road, Linyi, Shandong Province (the "Customer").

The Customer buys soybean meal, maize and other feed ingredients on domestic and international markets and wishes to receive the Vendor's market prices, crop-condition indices and weather forecasts through an application programming interface (API) for use in its purchasing and risk-management systems.

1. DEFINITIONS

1.1 "Data" means the price series, crop-condition indices derived from satellite imagery, weather forecasts and related content made available by the Vendor through the Service.

1.2 "Service" means access to the Data through the Vendor's REST API and web portal, as described in Schedule 1.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term. The first Subscription Year starts on the date on which the Vendor issues production API credentials to the Customer (the "Start Date").

1.4 "Subscription Term" means the first and second Subscription Years.

1.5 "Customer Materials" means the queries, portfolios, purchase volumes, farm and warehouse locations and other information submitted by the Customer to the Service.

1.6 "Onboarding Work" means the set-up of the Customer's account, the loading of ten years of historical Data into the Customer's data warehouse, and the mapping of the Data to the Customer's ingredient codes.

2. SERVICE

2.1 The Vendor shall provide the Service to the Customer for the Subscription Term, for up to 50 named users and up to two million API calls per month.

2.2 The Data covered by the Service comprises: daily settlement and spot prices for soybeans, soybean meal, maize, wheat and rapeseed meal on the main international and Chinese exchanges; weekly crop-condition indices for the main producing regions of Brazil, Argentina, the United States and north-east China; and ten-day weather forecasts for the same regions.

2.3 The Vendor may improve the Service and change the format of the Data, provided that it gives the Customer at least 60 days' notice of any change to the API that is not backward compatible.

2.4 The Vendor shall provide a technical account manager and quarterly reviews of data coverage and usage.

2.5 The Vendor shall provide API documentation, sample code in Python and Java, and a test environment with delayed Data for the Customer's developers throughout the Subscription Term.

3. ONBOARDING AND ACCEPTANCE

3.1 The Vendor shall complete the Onboarding Work and issue production API credentials within 30 days after receipt of the first payment under Clause 5.2.

3.2 The Onboarding Work is accepted when the Customer confirms in writing that: (a) every Data series listed in Schedule 1 is returned by the API in the agreed format; (b) the historical Data loaded into the Customer's data warehouse reconciles with the Vendor's control totals; and (c) the ingredient-code mapping has been tested on the Customer's purchase records for the previous quarter without unmapped items. The Customer shall complete these checks within ten working days after the Vendor's notice of completion.

3.3 If the Vendor fails to issue production API credentials or complete the Onboarding Work on time for reasons attributable to it, the Vendor shall pay the Customer CNY 600 for each day of delay.

4. LICENCE AND INTELLECTUAL PROPERTY

4.1 The Vendor grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data and to use it within its group for internal purchasing, pricing, risk management and reporting. Data stored in the Customer's systems before the end of the Subscription Term may continue to be used internally after it ends.

4.2 The Customer shall not resell or publish the Data, except in internal reports and in summaries shared with its auditors and banks.

4.3 The Vendor retains all rights in the Data and the Service.

4.4 The ingredient-code mapping, custom dashboards and any other deliverables made specifically for the Customer belong to the Customer, which may use, modify and license them freely.

5. FEES AND PAYMENT

5.1 The fees for the Subscription Term are:
    Onboarding Work (one-time):                 CNY  58,000
    Subscription fee, first Subscription Year:  CNY 312,000
    Subscription fee, second Subscription Year: CNY 312,000
    Total:                                      CNY 682,000
All amounts include VAT and are fixed for the Subscription Term.

5.2 The Vendor shall invoice the Onboarding Work fee and the subscription fee for the first Subscription Year together on signature of this Agreement. The Customer shall pay that invoice within 15 days, before any Onboarding Work starts or any credentials are issued.

5.3 The subscription fee for the second Subscription Year is invoiced at its start and payable within 30 days.

5.4 Payments are made in CNY to the Vendor's appointed distributor in Beijing as stated in the invoice.

5.5 The Vendor shall issue a valid VAT invoice for each payment through its distributor, and the Customer may withhold any amount that is not properly invoiced.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance.

6.2 The Vendor shall publish each daily price series within 60 minutes after the official close of the relevant exchange.

6.3 Incidents are classified as: Priority 1, the API is unavailable or returns wrong prices for a whole exchange; Priority 2, a Data series is late or incomplete; Priority 3, any other issue. The Vendor shall respond to a Priority 1 incident within one hour and restore correct service within six hours, respond to a Priority 2 incident within two hours and resolve it within one working day, and respond to a Priority 3 issue within two working days.

6.4 If monthly availability is below the level in Clause 6.1, or if a Priority 1 incident is not restored within the time in Clause 6.3, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each breach, up to 25% in any month, credited against the next invoice or refunded at the end of the Subscription Term.

7. CUSTOMER MATERIALS

7.1 Customer Materials belong to the Customer. The Vendor shall use Customer Materials only to provide the Service to the Customer and shall not use them to create or improve Data, indices or products for others, or for any other purpose.

7.2 At the end of the Subscription Term the Vendor shall delete the Customer's portfolios and saved queries from the portal, unless the parties renew.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information of the other party, including the Customer's purchase volumes and strategies and the Vendor's pricing, and shall not disclose it to any third party without prior written consent, except to professional advisers bound by confidentiality or as required by law.

8.2 This Clause 8 continues for three years after the end of the Subscription Term.

9. SUBCONTRACTING

9.1 The Vendor shall not subcontract the provision of the Service or the Onboarding Work without the Customer's prior written consent.

10. LIABILITY

10.1 The Vendor does not guarantee any trading or purchasing result obtained by using the Data.

10.2 Each party's total liability under this Agreement is limited to 200% of the total fees stated in Clause 5.1, except for fraud, wilful misconduct and breach of Clause 8.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement ends at the end of the Subscription Term. Any renewal shall be agreed in writing by both parties, including the fees for the renewal period.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

11.3 On expiry or termination, the Vendor shall cooperate in good faith with the Customer for up to 30 days so that the Customer can switch its systems to another data source without interruption.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for delay caused by events beyond its reasonable control, including failures of public satellite or meteorological sources, provided that it notifies the other party promptly.

13.2 This Agreement is made in English and Chinese, both versions being equally authentic, and may be amended only in writing signed by both parties.

SCHEDULE 1 - SERVICE DESCRIPTION

Price series: 46 series from the exchanges listed in Clause 2.2, daily. Crop-condition indices: 18 regions, weekly. Weather forecasts: 18 regions, ten days ahead, updated twice daily. Historical Data: ten years for all price series and indices. Delivery: REST API (JSON), portal download (CSV), documentation in English and Chinese.

Signed for the Vendor: ____________________

Signed for the Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Targets: key -> (file name, format). .txt / .md are written as is; .docx / .pdf through ../word_pdf.py.
TARGETS = {
    "z01": ("h1161z01_commerce_bureau_heritage_brand_platform.pdf", "pdf", Z01),
    "z02": ("h1161z02_sander_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1161z03_repair_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h1161z04_fire_brigade_ebike_charging_om_service.txt", "txt", Z04),
    "z05": ("h1161z05_umbrella_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1161e01_cmms_perpetual_licence_oundle_vendor.pdf", "pdf", E01),
    "e02": ("h1161e02_quality_saas_order_form_towcester_vendor.md", "md", E02),
    "e03": ("h1161e03_condition_sensors_monitoring_licence_brackley.docx", "docx", E03),
    "e04": ("h1161e04_managed_infrastructure_36_months_faringdon.md", "md", E04),
    "e05": ("h1161e05_market_data_api_subscription_wantage.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (language, category, terms in TERM_KEYS order, extra, fee base for TCO or None, design rule list)
DESIGN = {
    "z01": ("zh", "software",
            [99.95, 0.5, True, "buyer", True, True, False, 0.03, None, 20, True, True, 24, 8, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1240000), 680000, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "z02": ("zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, None, 25, True, True, 18, 26, False, True, True,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1320000), 1156000,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 300 / 359600 * 100, None, None, True, None, None, None, True,
             True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=359600), None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            [99.95, 20 / 60, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
             False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None,
            []),
    "z05": ("zh", "software",
            [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True,
             None, None, G],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=242000), 96000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 12, False, True, False,
             "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1948000), 1360000, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            [99.95, 1, False, "buyer", True, True, True, 500 / 578000 * 100, 6 / 24 * 100, None, True, None, None,
             None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=578000), None,
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "e03": ("en", "hardware",
            [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1620000), 1431000, []),
    "e04": ("en", "services",
            [99.95, 6, True, "buyer", True, True, True, 3000 / 3600000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3600000), None,
            ["CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "e05": ("en", "cloud",
            [99.95, 1, True, "buyer", False, True, True, 600 / 682000 * 100, 200, (58000 + 312000) / 682000 * 100,
             True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=682000), None,
            ["CR-DATA-SECURITY", "CR-PREPAYMENT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy §3 thresholds (defaults of the shipped pack)
AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = \
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, x, base):
    """Post-warranty fee share of a 5-year TCO from acceptance (policy §4), in %; None when not computable."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    if not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_HOURS:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > PWF_MAX):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")  # in this set every non-PRC law also comes with a forum outside mainland China
    share = tco_share(t, x, base) if base else None
    if share is not None and share > TCO_MAX:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold scan ---------------------------------------------------------------------------------------------------
D = r"(?<![\d.,])"
PC = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    D + r"99\.9(?!\d)",
    D + r"4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"four\s*(?:\(\s*4\s*\)\s*)?-?\s*hours?",
    r"(?<![十])四\s*(?:个)?\s*小时",
    D + r"0?\.05" + PC, r"万分之\s*五(?![十百])", r"千分之\s*零点五", D + r"0\.5\s*‰",
    D + r"100" + PC, r"百分之\s*(?:百|一百)", r"(?:one\s*)?hundred" + PC,
    D + r"30" + PC, r"百分之\s*三十(?![一二三四五六七八九点])", r"thirty" + PC, r"三成",
    D + r"15" + PC, r"百分之\s*十五(?![点])", r"fifteen" + PC,
    D + r"40" + PC, r"百分之\s*四十(?![一二三四五六七八九点])", r"forty" + PC, r"四成",
    D + r"12\s*-?\s*(?:months?|个月)", r"十二\s*个\s*月", r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?",
    D + r"5\s*-?\s*(?:years?|年)(?!\d)", r"five\s*(?:\(\s*5\s*\)\s*)?-?\s*years?", r"(?<![〇零一二三四五六七八九十])五\s*年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.9", "4小时", "4 hours", "four hours", "4-hour", "0.05%",
            "万分之五", "100%", "100 per cent", "12个月", "十二个月", "12 months", "twelve months", "15%", "百分之十五",
            "40%", "百分之四十", "五年", "5 years", "five years", "5年", "四小时"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "0.15%", "115%", "2025年", "130%", "2026年12月1日", "45%",
             "3.15%", "百分之三十五", "14 hours", "0.5 hours", "18 months", "150%", "25%", "二十四小时", "35%", "10%",
             "60%", "万分之三", "0.08%"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(form)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    lang, cat, terms, extra, base, design = DESIGN[key]
    t = dict(zip(TERM_KEYS, terms))
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive_rules(t, extra, base)}


def check_label_values(lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    for k, thr in (("availability_pct", AVAIL), ("p1_response_hours", P1_HOURS), ("ld_rate_per_day_pct", LD_MIN),
                   ("liability_cap_pct", CAP_MIN), ("prepayment_pct", PREPAY_MAX), ("warranty_months", WARRANTY_MIN),
                   ("post_warranty_fee_pct", PWF_MAX)):
        v = t[k]
        assert v is None or abs(v - thr) > 1e-9, (lab["file"], k, v)
    assert t["contract_kind"] == G or (t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
                                       and "post_warranty_fee_capped" not in x), lab["file"]
    assert t["contract_kind"] == S or "post_warranty_fee_capped" in x, lab["file"]


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))

    office = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(office, {k: TARGETS[k][:2] for k in office}, OUT, wrap_words=True)
    for k, (name, fmt, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, fmt, src) in TARGETS.items():
        lab = label(k)
        lang, _, _, extra, base, design = DESIGN[k]
        assert lab["expected_rules"] == sorted(design), (k, lab["expected_rules"], design)
        check_label_values(lab)
        share = tco_share(lab["expected_terms"], extra, base) if base else None
        assert share is None or abs(share - TCO_MAX) > 2, (k, share)
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        hits = threshold_hits(text)
        assert not hits, (name, hits)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-60s %5d %s  rules=%s risk=%s tco=%s" % (k, name, n, "chars" if lang == "zh" else "words",
                                                             ",".join(r[3:] for r in lab["expected_rules"]) or "-",
                                                             risk(lab["expected_rules"]),
                                                             "%.1f%%" % share if share is not None else "-"))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    assert [k for k in TARGETS if not DESIGN[k][5]] == ["z04", "e03"]
    print("all checks passed; rules covered:", len(covered))
