"""holdout1042: builds the ten blind held-out draft contracts, their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .txt/.md are written as they are; .docx/.pdf are
built from a small markup by ../word_pdf.py. Labels are written from DESIGN below; expected rules are derived from the
labels with this author's reading of policy §3 and compared with the design list. Asserts lengths, coverage and that
no value or text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青禾市农村产权交易平台建设项目政府采购合同
P:合同编号：QHNY-ZC-2027-016    采购项目编号：QHCG2027-G-0093（公开招标）
P:甲方（采购人）：青禾市农业农村局
P:乙方（供应商）：禾联数科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青禾市农村产权交易平台（以下简称“平台”）软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供农村产权交易平台软件的永久使用许可，包括交易管理、挂牌竞价、信息披露、资金结算监管、电子合同、统计分析六个模块，许可范围为甲方及所辖十四个乡镇农村产权交易服务站，不限用户数和终端数。
P:1.2 乙方按甲方确认的需求规格说明书完成定制开发：土地经营权流转、集体经营性资产出租、林权、农业生产设施、小型水利设施等八类交易品种的挂牌、审核与竞价流程；与省级农村产权交易监管平台、市不动产登记系统、农经统计系统的数据接口；面向农户和经营主体的移动端交易服务小程序。
P:1.3 乙方负责历史交易数据迁移、系统部署、联调测试、试运行、操作培训及上线保障。平台部署在甲方政务云，乙方不另行提供服务器。
P:1.4 乙方应指定具有同类项目经验的项目经理，组建不少于八人的项目团队，名单报甲方备案；项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，重大问题随时报告。
P:1.5 乙方应为甲方及各乡镇服务站工作人员提供不少于两期集中培训和一期现场指导，并提供操作手册和视频教程。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾玖万捌仟元整（¥1,598,000），为固定总价，包含软件许可、定制开发、数据迁移、实施培训、税费以及质保期内全部服务费用，甲方不再支付其他费用。
P:2.2 分项价格：平台软件许可费¥820,000；定制开发费¥546,000；数据迁移与接口费¥168,000；实施及培训费¥64,000。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额合法发票后10个工作日内，甲方支付合同总价的20%作为预付款，即¥319,600。
P:3.2 平台初验合格后10个工作日内，甲方支付合同总价的45%，即¥719,100。
P:3.3 平台最终验收合格并由甲方出具书面验收报告后10个工作日内，甲方支付合同总价的35%，即¥559,300。
P:3.4 上述款项以国库集中支付方式支付至乙方在投标文件中载明的银行账户。乙方账户变更的，应提前书面通知甲方。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提交初验申请，于合同签订后150日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因或相关接口单位原因造成延误的，经甲方书面确认后交付期限相应顺延。
P:4.3 乙方应在部署前提交系统部署方案和数据迁移方案，经甲方审核同意后实施；数据迁移前应对原系统数据进行完整备份。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；八类交易品种各完成不少于十笔模拟交易且流程和结果正确；历史数据迁移后逐条核对无差错；与省级监管平台等接口连续十个工作日数据交换无差错；在500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：初验遗留问题全部整改完毕；试运行满60日且期间未发生一级故障；通过第三方网络安全等级保护测评（第二级）和软件安全检测；用户手册、源代码、接口文档、部署文档等资料齐全。
P:5.3 验收由甲方组织，可邀请行业专家和使用单位参加，验收结论以双方签字的书面报告为准。平台上线运行、甲方使用或支付款项，均不视为验收合格。
H:第六条 质量保证及后续运维
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配、远程及现场技术支持，每季度进行一次巡检并提交巡检报告。
P:6.2 质保期满后，如甲方续购运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过¥73,800，且质保期满后三年内不得上调。运维服务合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%。计划内维护应提前三日经甲方同意，并安排在非交易时段进行，不计入不可用时间。
P:7.2 一级故障（平台无法访问，或竞价、资金结算功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 响应或恢复每超时一小时，甲方从应付款项中扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台标准软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其提供的软件不侵犯第三方权利。
P:8.2 定制开发的程序、接口、小程序及其源代码和文档，知识产权归甲方所有，乙方应于最终验收时交付全部源代码。甲方可自行或委托第三方修改、使用和再许可，无需另行付费。
H:第九条 数据安全与数据权属
P:9.1 平台运行中产生和存储的交易数据、主体信息、合同及资金数据均属于甲方，乙方不得用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计，运维操作须经甲方堡垒机进行，未经甲方批准不得远程接入。
P:9.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、交易主体信息、系统设计和网络资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的万分之八支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得转包，也不得将合同权利义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应向甲方移交已完成的开发成果、源代码和全部数据。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响方应在三日内书面通知对方，并在不可抗力影响范围内部分或全部免除责任，但应尽力减少损失。
H:第十六条 其他
P:16.1 本合同一式六份，甲乙双方各执二份，采购代理机构和政府采购监督管理部门各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾市农业农村局    乙方（盖章）：禾联数科信息技术有限公司
P:签订日期：2027年3月    日
"""

Z02 = """T:产线控制系统改造合同
P:合同编号：HX-SB-2027-0412
P:甲方：慈溪禾馨电器有限公司
P:乙方：宁波智衡自动化工程有限公司
P:甲方为电动泡脚桶生产企业，现有六条总装及检测生产线的控制系统老化，需进行改造。乙方具备工业自动化系统集成能力。双方经协商一致，就产线控制系统改造（设备及软件）事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方一号至六号总装线的控制系统进行改造，包括PLC控制柜更换、伺服驱动改造、触摸屏人机界面、漏电及防水在线检测工位、产线数据采集网关，以及产线监控软件与甲方MES系统的对接。
P:1.2 乙方应编制改造方案，经甲方书面确认后实施。改造应分线进行，每条线停线时间不超过五个自然日，不得影响其余产线生产。
P:1.3 改造方案应包括电气原理图、控制逻辑说明、检测工位参数设定、停线计划、应急回退措施和人员安排。乙方应在改造前对原有控制程序进行完整备份，并交甲方留存。
P:1.4 改造后产线应兼容甲方现有的三种桶型（折叠款、按摩款、恒温款），换型时间不超过二十分钟。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾叁万元整（¥1,430,000），含设备、软件、运输、安装调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜及扩展模块|6套|68,000|408,000
TB:2|伺服驱动改造套件|6套|42,000|252,000
TB:3|触摸屏人机界面|12台|9,500|114,000
TB:4|漏电及防水在线检测工位|6套|38,000|228,000
TB:5|产线数据采集网关|6台|11,000|66,000
TB:6|产线监控软件许可及MES对接|1套|180,000|180,000
TB:设备及软件小计| | | |1,248,000
TB:7|安装调试|1项|156,000|156,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:合计| | | |1,430,000
H:第三条 付款
P:3.1 合同生效后7个工作日内，甲方支付合同总价的20%作为预付款，即¥286,000。
P:3.2 全部设备到货并完成安装调试、产线恢复生产后，甲方支付合同总价的45%，即¥643,500。到货安装不视为验收。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的35%，即¥500,500。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后45日内完成全部设备到货，于合同生效后100日内完成六条产线的改造并提交最终验收申请。
P:4.2 设备到货时，双方共同开箱清点，核对型号、数量和随机资料，并签署到货清单。到货清单仅确认数量和外观，不代表质量合格。
P:4.3 停线改造应安排在甲方生产淡季或周末，具体日期由甲方生产部门书面确认。
H:第五条 验收
P:5.1 验收标准：每条产线连续生产二十个班次无控制系统原因停线；节拍达到每分钟不少于六台；漏电检测工位误判率不高于千分之二；防水检测结果与人工抽检一致；采集网关数据与MES记录逐条核对一致；监控软件画面刷新不超过1秒。
P:5.2 甲方按上述标准逐线组织验收并出具书面验收单，六条产线全部合格后出具最终验收报告。产线恢复生产或甲方使用设备，不视为验收合格。
P:5.3 验收不合格的，乙方应在七日内完成整改并重新申请验收，整改期间产生的费用由乙方承担；同一产线两次验收仍不合格的，甲方有权要求乙方更换相关设备。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换和软件修复均由乙方免费负责。
P:6.2 质保期满后，乙方提供年度维保服务（含每月巡检、备件更换、程序维护及驻厂工程师值守），维保费为每年人民币叁拾叁万陆仟元整（¥336,000），质保期满后四年内固定不变，按年支付。
P:6.3 一级故障（整条产线停线）乙方应在1小时内响应，6小时内到达现场；二级故障（单工位故障）2小时内响应，次日内解决。乙方每超时一小时，向甲方支付¥500。
P:6.4 乙方应在甲方厂区常备PLC模块、伺服驱动器、触摸屏等关键备件，保证一级故障时备件到场及时。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、人机界面组态、数据采集配置及MES对接程序，连同源程序和文档，知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 产线监控软件的标准产品著作权归乙方，乙方授予甲方永久使用许可。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量检测数据和订单数据均属甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的VPN和账号进行，操作留痕；不得在现场设备中留存后门或未告知的账户。
P:8.3 因乙方原因造成数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方并承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的产品设计、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方原因造成产线停线超出方案约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 安全生产与现场管理
P:11.1 乙方人员进入甲方厂区应遵守甲方安全生产、消防和门禁管理制度，电气作业人员应持有有效的特种作业操作证。
P:11.2 乙方在施工中应采取停电挂牌、上锁等安全措施，因乙方原因发生安全事故的，由乙方承担全部责任。
P:11.3 施工结束后乙方应清理现场，拆除的旧设备按甲方要求堆放或处置。
H:第十二条 培训与技术资料
P:12.1 乙方应对甲方设备、电气维修人员和班组长进行操作与维护培训，培训不少于三期，确保受训人员能独立完成日常操作、参数调整和一般故障处理。
P:12.2 乙方应在最终验收前交付电气图纸、PLC源程序、接线表、备件清单和维护手册的纸质版及电子版各一套。
P:12.3 质保期内乙方对控制程序进行修改的，应事先经甲方同意，修改后及时提交更新的源程序和修改说明，并在现场保留修改前的程序版本。
H:第十三条 分包
P:13.1 乙方不得将本项目转包。电气辅材安装等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:14.2 合同解除后，乙方应配合甲方恢复产线原有控制系统或完成过渡安排，保证甲方生产不中断，所需费用由违约方承担。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十七条 其他
P:17.1 双方通知应以书面形式送达本合同所列地址，或发送至双方项目负责人的电子邮箱。
P:17.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。改造方案、设备清单和验收记录为本合同附件。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年  月  日
"""

Z03 = """琴韵尤克里里连锁门店预约及会员管理系统服务合同

合同编号：QY-IT-2027-008

甲方：成都琴韵艺术培训管理有限公司（以下简称“甲方”）
乙方：蓉约云科技有限公司（以下简称“乙方”）

甲方在成都、重庆、绵阳等地经营三十五家尤克里里培训门店。为统一管理课程预约、排课、会员储值和课消，甲方向乙方订购“约课通”预约及会员管理系统的云服务及实施服务。双方经平等协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供预约及会员管理系统服务，覆盖甲方全部三十五家门店，包括：
1. 课程预约与排课：学员小程序约课、老师排班、琴房占用管理、上课提醒；
2. 会员管理：会员卡、储值、课时包、课消核销、续费提醒；
3. 经营报表：门店课消、续费率、老师课时统计，支持按门店和区域汇总，并可按月导出；
4. 收银对接：与甲方现有微信支付商户号对接。
（二）实施服务包括：三十五家门店基础数据和在册会员数据迁移、甲方品牌小程序配置、课程体系和价格规则配置、店长及前台培训、上线保障。
（三）乙方应在服务期内持续对系统进行版本更新和安全修补，新增的标准功能向甲方免费开放。版本更新影响门店操作的，应提前7日通知甲方并提供操作说明。
（四）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。

二、费用及支付
（一）云服务费按门店计收，每家门店每个服务年度人民币6,800元，三十五家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元。
（二）实施费为一次性费用人民币58,000元。
（三）本合同总金额为人民币534,000元（伍拾叁万肆仟元整）。
（四）支付方式：
1. 实施费在系统上线验收合格后10个工作日内支付；
2. 每个服务年度的云服务费，在该服务年度开始后10个工作日内支付；
3. 服务期内新增门店的，按每家门店每个服务年度6,800元折算剩余月份计费。
（五）乙方应在每次收款前向甲方开具合法有效的增值税专用发票。

三、实施与上线验收
（一）乙方应在合同签订后40日内完成数据迁移和配置，并提交上线验收申请。
（二）上线验收标准：
1. 在册会员数据、剩余课时和储值余额逐条核对一致；
2. 三十五家门店均能完成约课、签到、课消核销全流程；
3. 小程序在高峰时段500人同时约课时，页面响应不超过2秒；
4. 报表数据与抽查门店的手工台账一致；
5. 会员储值退款、转卡和课时包冻结等操作按甲方规则正确执行，并有完整操作日志。
（三）甲方在收到申请后7个工作日内组织验收，合格的出具书面验收单。系统试用或门店开始使用，不视为验收合格。
（四）乙方应为每家门店的店长和前台提供线上培训，并在成都总部组织两次集中培训，培训材料交甲方留存。
（五）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金人民币400元。

四、服务水平
（一）系统月可用率不低于99.5%，按每月实际可用时间计算，经甲方同意的计划内维护除外。计划内维护应安排在晚上十一点至次日早上七点之间。
（二）故障分级：
1. 一级故障：系统整体无法访问，或约课、签到、收银功能中断，乙方应在8小时内响应，并在响应后尽快恢复；
2. 二级故障：部分门店或部分功能异常，乙方应在当日内响应，两个工作日内解决；
3. 三级故障：界面显示或报表格式问题，在下一次版本更新时解决。
（三）月可用率未达到承诺值的，每低于0.5个百分点，乙方按当月应计云服务费的5%抵扣下一期服务费，单月抵扣不超过当月应计服务费的一半。

五、数据与安全
（一）甲方的学员信息、家长联系方式、会员储值和消费记录、课程和价格数据均属甲方所有。乙方仅可为提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）学员中包括未成年人，乙方应按《个人信息保护法》对未成年人个人信息采取专门保护措施，包括数据加密存储、访问权限最小化、操作日志留存不少于六个月。
（三）发生数据泄露、篡改或丢失的，乙方应在发现后24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向学员或家长承担的赔偿。
（四）服务终止后，乙方应在20日内向甲方完整导出全部数据，并在甲方确认后删除平台上的甲方数据。
（五）乙方应按国家网络安全等级保护要求运行云平台，每年至少进行一次渗透测试，并将测试结论摘要提供给甲方。
（六）乙方员工访问甲方数据须经授权并留存记录，离职员工的账号应在当日注销。

六、知识产权
（一）“约课通”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门配置或开发的小程序界面、品牌素材、报表模板和数据导入脚本，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。

七、保密
双方对在合作中知悉的对方商业信息负有保密义务，包括甲方的门店经营数据、课程价格体系和招生计划。未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

八、续期
服务期满前45日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方按其届时公布的价格标准确定，每家门店的年度服务费上调幅度不超过百分之二十；乙方应在服务期满前60日书面告知新价格。

九、违约责任与责任限制
（一）乙方违反本合同第五条的，应赔偿甲方因此遭受的全部损失。
（二）除第五条及乙方故意或重大过失外，乙方在本合同项下的累计赔偿责任以本合同总金额的150%为限。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

十、分包
乙方不得将本合同项下的服务转包。数据迁移等辅助工作需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，或连续两个月月可用率未达承诺值，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的已付服务费。
（二）一方进入破产程序的，另一方可书面通知解除本合同。
（三）合同解除或服务期满后，乙方应继续提供不少于三十日的只读访问，便于甲方核对会员余额并完成数据导出；在此期间乙方不得以任何理由删除或锁定甲方数据。

十二、不可抗力
因自然灾害、疫情、基础电信运营商大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方，并在影响范围内免除责任；不可抗力持续超过三十日的，任何一方可书面通知解除合同。

十三、通知
双方的通知应以书面形式发送至本合同首部所列地址或双方确认的电子邮箱。电子邮件发出即视为送达。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同附件包括：服务功能清单、实施计划、数据迁移方案。附件与本合同正文具有同等效力。本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：2027年  月  日              日期：2027年  月  日
"""

Z04 = """气象局雷电监测系统年度运维服务合同

合同编号：LZQX-YW-2027-03
采购方式：竞争性磋商
项目编号：LZCG-2026-C-1187

甲方：澜州市气象局
乙方：澜州天衡电子技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就澜州市雷电监测系统2027年度运维服务事宜，经协商一致，订立本合同。

第一条 服务对象
澜州市雷电监测系统包括：全市32个闪电定位探测站、18个大气电场仪站点、雷电监测数据处理中心（服务器、存储、网络设备及数据处理软件）以及雷电预警信息发布终端。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方将依法重新组织采购，本合同不自动延续。

第三条 服务内容
（一）日常监控：乙方每日通过数据处理中心监控全部站点运行状态和数据到报情况，发现异常及时处置，并在每日上午十点前向甲方提交运行日报。
（二）定期巡检：乙方每季度对全部探测站和电场仪站点进行现场巡检一次，内容包括设备外观、供电、防雷接地、通信链路、时钟同步和探测灵敏度检查，每次巡检后10个工作日内提交巡检报告。
（三）年度维护：乙方应在每年三月底前完成雷暴季前全面维护，包括天线校准、蓄电池检测更换、接地电阻测试和数据处理软件参数核查。
（四）故障维修：乙方负责全部设备的故障诊断和维修，维修所需一般备件由乙方提供，单件价值超过人民币5,000元的备件经甲方确认后另行采购。
（五）重大天气保障：在强对流天气预警期间，乙方应安排技术人员在数据处理中心值守，保障系统连续运行，并按甲方要求每两小时报告一次系统运行情况。
（六）技术资料：乙方应建立和更新设备档案、维修记录和配置清单，并于服务期满时移交甲方。
（七）应急演练：乙方每年至少配合甲方开展一次雷电监测系统故障应急演练，演练方案报甲方审定。
（八）技术咨询：乙方应根据甲方需要，对系统扩容、站点迁移和设备更新提出技术建议。

第四条 服务响应
（一）一级故障：数据处理中心整体停止运行，或3个以上探测站同时中断。乙方应在1小时内响应，6小时内到达现场，24小时内恢复。
（二）二级故障：单个探测站或电场仪站点中断。乙方应在2小时内响应，48小时内到达现场并修复。
（三）三级故障：单项功能异常但不影响数据采集。乙方应在一个工作日内响应，5个工作日内解决。
（四）乙方未达到上述响应、到场或恢复时限的，应向甲方提交书面说明并限期整改。乙方不因超时承担扣款、服务费抵扣或违约金。

第五条 服务费用及支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人工、差旅、一般备件、工具仪器、车辆及税费。
（二）服务费按季度支付。每季度结束后，甲方对乙方当季度服务进行考核，考核合格后10个工作日内支付当季度服务费人民币121,500元。
（三）乙方应在每次付款前开具合法有效的发票。
（四）本合同价款为固定价格，服务期内不因人工、材料或差旅费用变化而调整。因甲方新增站点而增加的服务内容，双方另行协商确定费用。

第六条 考核与验收
（一）季度考核内容：运行日报提交及时率、巡检完成情况、故障处置记录、技术资料完整性。考核由甲方组织，结果书面通知乙方。
（二）年度验收标准：全年巡检和年度维护按计划全部完成；全部故障均有完整处置记录并已关闭；设备档案、维修记录和配置清单完整移交；甲方组织的现场抽查不少于6个站点且检查结果符合要求。
（三）年度验收由甲方组织，以书面验收报告为准。甲方支付季度服务费不视为年度验收合格。

第七条 数据安全
（一）雷电监测数据、站点信息、系统配置和运行日志均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
（二）乙方应严格执行气象部门网络安全管理要求，远程维护须经甲方批准并通过甲方指定的安全通道进行，账号专人专用，操作全程留痕。
（三）乙方不得在系统中安装与运维无关的软件，不得擅自变更网络边界配置。
（四）发生网络安全事件或数据丢失、篡改的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。

第八条 人员要求
（一）乙方应为本项目配备项目负责人1名、驻场工程师2名及巡检人员若干，名单报甲方备案，人员变更应提前7日书面告知甲方并取得甲方同意。
（二）驻场工程师应具有雷电防护或电子信息类专业背景，熟悉闪电定位系统原理，并经过设备厂家的技术培训。
（三）乙方人员应遵守甲方的工作纪律和值班制度，服从甲方的工作安排。乙方人员不能胜任工作的，甲方有权要求更换，乙方应在7日内安排合格人员到岗。

第九条 甲方义务
（一）甲方应为乙方进入探测站和数据处理中心提供必要的便利，协调站点所在单位配合巡检和维修。
（二）甲方应指定专人负责本项目的联络、监督和考核，及时审核乙方提交的报告。
（三）甲方应按本合同约定支付服务费。
（四）甲方负责探测站的场地租赁、市电供应和通信线路费用，并在站点环境发生变化时及时通知乙方。

第十条 安全作业
（一）乙方人员登高、带电作业应遵守安全操作规程，配备安全防护用品，并为现场作业人员购买意外伤害保险。
（二）雷暴天气期间，乙方不得安排人员在室外探测站开展作业。需要紧急抢修的，应在雷暴过境后进行，并事先报告甲方值班人员。
（三）因乙方原因造成人身伤害或财产损失的，由乙方承担责任。

第十一条 知识产权
乙方在服务期间编写的巡检报告、维护方案、配置脚本和技术资料，知识产权归甲方所有，甲方可自由使用、修改和提供给后续服务单位。

第十二条 违约责任
（一）乙方未按第三条约定完成季度巡检或年度维护的，每逾期一日按本合同总价的千分之一支付违约金。
（二）季度考核不合格的，甲方有权暂缓支付当季度服务费，直至乙方整改合格；整改后仍不合格的，甲方可按考核办法核减当季度服务费。
（三）因乙方原因造成设备损坏的，乙方应负责修复或按原价赔偿。
（四）乙方未按约定提交运行日报或巡检报告的，甲方可在季度考核中相应扣分，并要求乙方补交。

第十三条 分包与转让
乙方不得将本合同项下服务分包或转包给第三方。

第十四条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期限结算费用；由此给甲方造成损失的，乙方应予赔偿。

第十五条 不可抗力
因不可抗力导致不能履行的，受影响方应及时通知对方，并在影响范围内免除责任，但应采取措施减少损失。

第十六条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（二）磋商文件、乙方响应文件、成交通知书及服务方案为本合同附件，与本合同具有同等效力。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：澜州市气象局            乙方（盖章）：澜州天衡电子技术服务有限公司
法定代表人或授权代表：                法定代表人或授权代表：
签订日期：2026年12月  日
"""

Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

**（匠迹科技标准合同文本 JJ-HT-V3.0）**

合同编号：JJ-2027-0219

甲方（用户）：杭州錾华铜艺工作室

乙方（服务商）：杭州匠迹信息科技有限公司

鉴于甲方从事錾铜、铜雕及铜器定制业务，需对作品从设计、下料、退火、錾刻、焊接、鎏金、做旧到包装的工序进行追踪管理，乙方拥有“匠迹工序追踪系统”软件著作权，双方根据乙方标准合同文本，经协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工序追踪系统”标准版软件使用许可（10个并发用户），安装于甲方自备服务器。

1.2 乙方按甲方提出的需求进行定制开发，包括：錾刻及鎏金工序专用流程模板、定制订单全流程追溯、作品档案与工艺卡片、师傅工时与计件统计、扫码报工小程序。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训以远程方式为主，乙方提供一次现场培训，培训对象为甲方指定的管理人员和工序负责人。

1.4 本合同所称定制开发，以双方签署的需求确认书为准。需求确认书未列明的功能，不属于本合同交付范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可（10并发用户） | 128,000 |
| 2 | 定制开发（流程模板、订单追溯、作品档案、工时统计、扫码报工小程序） | 176,000 |
| 3 | 安装部署及培训 | 22,000 |
| | 合计 | 326,000 |

合同总价为人民币叁拾贰万陆仟元整（¥326,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即人民币211,900元，乙方收款后启动开发。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即人民币114,100元。

3.3 甲方逾期付款的，乙方有权暂停开发和技术支持，工期相应顺延，并按逾期金额每日千分之一收取滞纳金。

## 第四条 开发与交付

4.1 乙方计划于收到首期款后60日内完成开发和部署。开发进度以乙方项目计划为准，乙方可根据实际情况调整。

4.2 因需求变更、甲方资料提供不及时或其他非乙方原因造成延期的，交付时间相应顺延，乙方不承担责任。

4.3 甲方提出超出本合同第一条范围的需求，双方另行签订补充协议并另行计费。

4.4 需求确认后，甲方应在5个工作日内签署需求确认书。需求确认书签署后甲方再提出修改的，视为需求变更。

4.5 甲方未按时提供开发所需资料或未及时签署需求确认书的，乙方有权暂停开发，由此产生的延期及额外费用由甲方承担。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，乙方在维护期内予以处理，但不影响验收结论和付款。

5.3 乙方在部署完成时向甲方提供用户操作手册电子版一份。甲方要求提供其他技术文档的，由双方另行商定。

## 第六条 维护服务

6.1 乙方自系统安装部署完成之日起提供6个月免费维护，内容包括软件缺陷修复和远程操作指导。

6.2 免费维护期内，乙方将尽商业上合理的努力，通过电话、微信和远程桌面提供技术支持，工作时间为工作日9:00至18:00。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费用按乙方当年度公布的服务价格标准收取。

6.4 因甲方自行修改系统、硬件故障或不当操作导致的问题，不属于免费维护范围。

6.5 乙方可根据产品规划对系统进行版本升级，升级内容和时间由乙方确定。甲方未签订维护协议的，乙方不再提供升级，也不保证系统与新版操作系统或浏览器的兼容性。

## 第七条 甲方义务

7.1 甲方应按乙方要求自行准备服务器、网络环境和操作系统，并保证其符合乙方公布的配置要求。

7.2 甲方应指定项目联系人，及时提供工序资料、产品分类、员工名单和历史订单数据，并对资料的真实性负责。

7.3 甲方应妥善保管系统账号和密码，因甲方账号泄露或员工操作造成的损失由甲方自行承担。

7.4 甲方不得超出许可用户数使用系统。需增加用户数的，应按乙方当时的价格另行购买。

## 第八条 知识产权

8.1 匠迹工序追踪系统及其全部组成部分的著作权归乙方所有。

8.2 乙方在本合同项下完成的定制开发成果（包括流程模板、程序代码、小程序及相关文档）的知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对其进行修改、反编译或提供给第三方使用。

8.3 乙方不向甲方交付源代码。乙方可将本项目中形成的流程模板和功能模块纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的订单、客户、作品图片和工艺数据归甲方所有。

9.2 乙方应采取必要的技术措施保障系统数据安全，包括账号权限管理、数据定期备份和传输加密。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，采取补救措施，并赔偿甲方由此遭受的直接损失。

9.3 甲方同意，乙方可对甲方数据进行脱敏处理后，用于乙方产品优化、行业工艺模板开发，并可将甲方作品图片用于乙方的案例展示和市场宣传。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 本条约定不适用于已经公开的信息，以及依法律规定或有权机关要求披露的信息。

10.3 保密义务自本合同生效之日起至本合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应当承担相应的违约责任。

11.2 乙方对因系统使用产生的间接损失、利润损失和经营中断损失不承担责任。

11.3 乙方提供的开发进度计划仅为预估，乙方不因开发或部署延期承担违约金或赔偿责任。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经另一方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

12.2 乙方已启动开发后甲方单方解除合同的，已支付款项不予退还。

12.3 合同解除后，甲方应停止使用定制开发成果，并按乙方要求删除相关程序。

## 第十三条 税费与发票

13.1 本合同价款为含税价，已包含乙方为履行本合同所需的人工、差旅和远程服务费用，但不包括甲方服务器、网络及第三方软件的费用。乙方收到款项后向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知乙方并提供开票信息。

## 第十四条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同为乙方标准文本，双方对条款均已充分阅读和理解。

16.2 双方往来通知可通过电子邮件或微信发送，发出即视为送达。

16.3 本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州錾华铜艺工作室

乙方（盖章）：杭州匠迹信息科技有限公司

签订日期：2027年  月  日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BSS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Chongli Snowfield Resort Management Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chongli District, Zhangjiakou, Hebei Province (the "Customer"), and Beartooth Snowmaking Systems LLC, a Montana limited liability company with its principal office at 112 South Broadway Avenue, Red Lodge, Montana 59068, USA (the "Vendor").
P:The Customer operates a ski resort with 46 trails and wishes to replace the control software of its snowmaking system. The Vendor develops and licenses snowmaking management software and provides related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SnowPilot snowmaking management software, version 8, in object code, including its server, operator console and mobile modules and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, scripts, configurations, reports and documentation that the Vendor creates specifically for the Customer under this Agreement, including the interfaces to the Customer's weather stations, pump houses, compressors and the resort operations system.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's site, including weather readings, water and energy consumption, equipment logs and operating records.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the system has passed the tests in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Customer's resort in Chongli for its own operations, on up to 6 servers and 40 operator workstations and mobile devices.
P:2.2 The Customer may make backup copies and may allow its contractors to use the Software on its behalf. The Customer shall not resell or sublicense the Software to third parties.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Software on servers supplied by the Customer, configure it for 210 snow guns and 9 pump stations, develop and test the Custom Deliverables, migrate historical operating data from the existing system, and train the Customer's operators and IT staff.
P:3.2 The Vendor shall deliver a project plan within 15 days after the Effective Date, complete installation within 75 days, and submit the system for Final Acceptance testing within 120 days after the Effective Date.
P:3.3 The Vendor's engineers shall work on site in Chongli during installation and commissioning. Remote work on the Customer's systems is allowed only as set out in Article 8.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,750,000, fixed, inclusive of all taxes, travel and expenses, made up of: Software licence fee CNY 1,260,000; implementation and Custom Deliverables CNY 438,000; training CNY 52,000.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price, CNY 350,000, within 20 days after signature against the Vendor's invoice; (b) 45% of the Contract Price, CNY 787,500, after completion of installation; and (c) 35% of the Contract Price, CNY 612,500, within 20 days after Final Acceptance.
P:4.3 All payments are made in CNY by bank transfer to the account of the Vendor's designated collection agent in China, stated in the invoice. Completion of installation is not acceptance.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) all functions in the agreed specification work as described; (b) every snow gun and pump station can be controlled and monitored from the operator console; (c) automatic start and stop follow wet-bulb temperature thresholds set by the Customer without error over 20 consecutive operating nights; (d) the interfaces exchange data with the weather stations and the resort operations system without loss; and (e) migrated historical data reconcile with the old system.
P:5.2 The Customer shall conduct the tests with the Vendor within 10 days after the Vendor's notice and shall either sign the Final Acceptance certificate or give written reasons for refusal. The Vendor shall correct the defects and repeat the tests.
P:5.3 Use of the Software in production before Final Acceptance does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with the specification for 24 months after Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates, remote support and on-site visits free of charge.
P:6.2 After the warranty period the Customer may order annual support. The annual support fee shall not exceed 11% of the Software licence fee, being CNY 138,600 per year, and shall not increase for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Support Service Levels
P:7.1 Severity 1 (snowmaking cannot be started or stopped, or the control server is down): response within 1 hour, engineer working continuously until restored, and a workaround within 8 hours. Severity 2 (part of the system or one pump station affected): response within 2 hours and resolution within 2 business days. Severity 3 (minor issues): response within one business day and correction in the next release.
P:7.2 During the snowmaking season (1 November to 31 March) the Vendor shall provide support 24 hours a day, 7 days a week.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 or Severity 2 response or workaround time, the Vendor shall credit CNY 1,000 against the next support invoice or, during the warranty period, pay that amount to the Customer.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use it only to perform this Agreement and shall not copy it outside the Customer's premises, keep it after the work is done, or disclose it to any third party.
P:8.2 The Vendor shall comply with the Cybersecurity Law, Data Security Law and Personal Information Protection Law of the PRC. Remote access requires the Customer's approval for each session, is made through the Customer's VPN with multi-factor authentication, and is logged. No Customer Data shall be transferred outside mainland China.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and remediation, and bear all losses caused by its own breach of this Article.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software. The Customer owns all intellectual property in the Custom Deliverables from creation, and the Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:9.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's resort layout, network design and operating figures, and use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to submit the system for Final Acceptance testing by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price in total.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 8 and 9, wilful misconduct or gross negligence, and personal injury.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
P:12.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature by both parties and continues until the end of the warranty period. The licence in Article 2 survives termination, except termination by the Vendor for non-payment of the licence fee.
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 11.1 reach their maximum. The Vendor shall then refund payments for undelivered services.
P:13.3 The Vendor may terminate this Agreement by written notice if the Customer fails to pay an undisputed amount within 45 days after written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Montana, USA, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Montana, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:15.2 This Agreement is made in English and Chinese; both texts have equal effect. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________    Date: ____________________
"""

E02 = """# HerdLine Cloud Order Form

**Order Form No. HL-OF-2027-0088**

This Order Form is entered into between **Sweetgrass HerdLine Software, Inc.**, a Montana corporation with its office at 201 McLeod Street, Big Timber, Montana 59011, USA ("Vendor"), and **Hulun Grassland Dairy Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Hailar District, Hulunbuir, Inner Mongolia ("Customer"). This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Subscribed Services

HerdLine Cloud, Enterprise edition, for herd management at the Customer's 7 dairy farms (approximately 21,000 head), including: animal records and ear-tag identification; breeding, calving and health events; milking parlour data import; feed ration planning; mobile app for farm staff; and management dashboards. Onboarding Services as described in A3.

### A2. Subscription Term

The Subscription Term is 24 months starting on the Go-Live Date defined in A3. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Onboarding and Go-Live

Vendor shall, within 60 days after signature of this Order Form: configure the 7 farm sites; migrate animal records from the Customer's current spreadsheets and parlour software; build the interfaces to the Customer's parlour controllers and the Customer's ERP; and train farm managers and veterinarians. Go-Live Acceptance requires that (a) all active animals are migrated and reconcile with the Customer's farm headcounts; (b) parlour data from every farm is imported daily without gaps for 10 consecutive days; (c) the ERP interface posts feed and milk data correctly; and (d) every farm manager has completed training. The Go-Live Date is the date the Customer signs the Go-Live Acceptance certificate. Use of the service before that date is not acceptance. If Go-Live Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay CNY 600 for each day of delay.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, first Subscription Year | 7 farms, Enterprise edition | 396,000 |
| Subscription, second Subscription Year | 7 farms, Enterprise edition | 396,000 |
| Onboarding Services | fixed, one-time | 46,000 |
| Total Contract Value | | 838,000 |

All fees include VAT and all other taxes, and Vendor shall issue valid VAT special invoices.

### A5. Invoicing and Payment

The Onboarding Services fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears, CNY 99,000 per quarter, starting at the end of the first quarter after the Go-Live Date. Invoices are payable within 30 days of receipt. No amount is payable before the Go-Live Date.

### A6. Contacts and Hosting

Customer Data is hosted in Vendor's cloud environment at a data centre located in Beijing, operated by a licensed Chinese cloud provider. Vendor's support desk serves the Customer in Chinese and English by telephone, e-mail and the in-app ticket system, and keeps a record of every ticket that the Customer can view. Customer contact: IT Manager, Hailar. Vendor contact: Account Director, Big Timber.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscribed HerdLine Cloud service described in A1. 1.2 "Customer Data" means all data submitted to or generated in the Service by or for the Customer, including animal, production, health and employee data. 1.3 "Customer Configurations" means the reports, dashboards, import templates and interfaces built by Vendor specifically for the Customer.

### 2. Service Levels

2.1 Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified 5 days in advance and performed between 00:00 and 05:00 Beijing time.

2.2 Vendor shall respond to incidents as follows: Priority 1 (Service unavailable, or milking data cannot be imported at any farm) within 30 minutes, with continuous work until restored; Priority 2 (a major function impaired) within 2 hours; Priority 3 (other issues) within one business day.

2.3 If availability in a month falls below the level in 2.1, Vendor shall credit 5% of the monthly subscription fee for each started 0.1 percentage point below that level, up to half of the monthly fee. For each Priority 1 response more than 30 minutes late, Vendor shall credit CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. Vendor shall process Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, share or analyse it for any other purpose.

3.2 Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrator access, daily backups kept in mainland China, and logging of all administrative access. The hosting environment holds a valid MLPS level-3 filing.

3.3 Vendor shall notify the Customer of any security breach affecting Customer Data within 24 hours after becoming aware of it, take immediate containment measures, and bear the losses caused to the Customer by a breach resulting from Vendor's failure to meet this Section 3.

3.4 On expiry or termination, Vendor shall make all Customer Data available for export in CSV format for 60 days and shall then delete it and confirm the deletion in writing.

### 4. Subcontractors and Subprocessors

4.1 Vendor may use subcontractors and subprocessors, including its hosting provider and its implementation partners in China, to perform any part of the Service or the Onboarding Services. Vendor maintains a list of its current subcontractors and subprocessors on its website and will inform the Customer of changes by updating that list. Vendor remains responsible for their performance.

### 5. Intellectual Property

5.1 Vendor owns the Service and all its software, and grants the Customer a right to use the Service during the Subscription Term. 5.2 The Customer owns the Customer Configurations, and Vendor shall deliver them, with their source files, on request and at the end of the Subscription Term. The Customer may use, modify and license them freely, including with other providers.

### 6. Confidentiality

6.1 Each party shall keep the other party's Confidential Information secret, use it only for this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar duties. Confidential Information includes the terms of this Order Form, the Customer's herd performance and business plans, and Vendor's non-public product information. 6.2 These duties continue for three years after the end of the Subscription Term.

### 7. Warranties

7.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that the Onboarding Services will be performed with reasonable skill and care. 7.2 Vendor warrants that it will not materially reduce the functions of the Service during the Subscription Term. 7.3 If the Service or the Onboarding Services do not meet these warranties, Vendor shall correct the failure promptly at its own cost, without prejudice to the Customer's other rights under this Order Form.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses, including loss of profits. 8.2 Vendor's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid or payable by the Customer in the nine (9) months preceding the event giving rise to the claim. 8.3 The limits in this Section 8 do not apply to personal injury or to wilful misconduct.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term. 9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. The Customer may also terminate by written notice if availability falls below the level in 2.1 in any three months of a Subscription Year. 9.3 On termination by the Customer under 9.2, Vendor shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China. 10.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at that time. The award is final and binding.

### 11. General

11.1 Neither party is liable for delay caused by force majeure. 11.2 Notices must be in writing and sent to the contacts in A6. 11.3 Neither party may assign this Order Form without the prior written consent of the other party. 11.4 This Order Form is made in English and Chinese; both texts are equally valid. 11.5 This Order Form is the entire agreement of the parties about its subject matter and may be amended only in writing signed by both parties.

**Signed for Vendor:** ____________________ Name / Title / Date

**Signed for Customer:** ____________________ Name / Title / Date
"""

E03 = """T:Supply Contract for Grain Bin Monitoring Sensors and Monitoring Software
P:Contract No. LJ-GR-2027-031
P:Buyer: Longjiang Grain Reserve Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qiqihar, Heilongjiang Province (the "Buyer").
P:Supplier: Teton Grain Sensing Inc., a Montana corporation with its office at 18 Main Avenue North, Choteau, Montana 59422, USA, acting with its appointed installation partner in Harbin (the "Supplier").
P:The Buyer stores wheat, maize and soybeans in 48 steel bins at three reserve depots and wishes to monitor grain temperature, moisture and carbon dioxide continuously. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways and headspace sensors listed in Clause 2.
P:1.2 "Software" means the BinSense monitoring software, perpetual licence, installed on the Buyer's servers.
P:1.3 "System" means the Equipment, the Software and the integration with the Buyer's depot management system.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's Fularji, Nehe and Baiquan depots, integrate it with the Buyer's depot management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 2,272,000, fixed and inclusive of all taxes, duties, transport to site, insurance, installation and training, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensor cables|960|1,150|1,104,000
TB:2|Wireless gateways|48|6,800|326,400
TB:3|Headspace CO2 sensors|96|2,250|216,000
TB:4|BinSense monitoring software, perpetual licence|1|385,000|385,000
TB:Equipment and Software subtotal| | | |2,031,400
TB:5|Installation, commissioning and integration|1 lot|212,000|212,000
TB:6|Training|1 lot|28,600|28,600
TB:Contract Price| | | |2,272,000
P:2.3 The Equipment shall be new, unused, of the models stated in the technical annex, and suitable for operation at ambient temperatures down to minus 35 degrees Celsius.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 227,200, within 20 days after signature against a bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 1,249,600, after all Equipment has been installed at the three depots and the Installation Certificate has been signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price, CNY 795,200, within 20 days after Final Acceptance.
P:3.4 Each payment is made in CNY by bank transfer against the Supplier's valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the three depots within 70 days after signature and complete installation within 110 days after signature. Installation work inside bins shall follow the Buyer's confined-space and fumigation safety rules.
P:4.2 The Supplier shall submit the System for Final Acceptance testing within 140 days after signature.
P:4.3 The Equipment shall be packed for long-distance transport and cold storage, marked with the Contract number and the destination depot, and delivered with packing lists, certificates of origin and quality, and operating manuals in Chinese.
P:4.4 The Supplier bears the risk of loss of the Equipment until it has been delivered to the depot and the delivery note has been signed by the depot manager.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every sensor point reports to the Software at the configured interval; (b) temperature readings agree with calibrated reference probes within 0.5 degrees Celsius at a sample of not less than one cable per bin; (c) moisture readings agree with laboratory results within the tolerance stated in the technical annex; (d) alarms reach the depot duty officer within 2 minutes of a threshold being exceeded; (e) data reach the depot management system without loss; and (f) the System runs for 45 consecutive days without a Severity 1 incident.
P:5.2 The Buyer shall carry out the tests with the Supplier and record the results. Defects shall be corrected and the relevant tests repeated at the Supplier's cost.
P:5.3 When all tests are passed the Buyer shall sign the Final Acceptance certificate. Installation, commissioning or use of the System by the Buyer is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including parts, labour and travel.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall not exceed 7% of the Equipment and Software subtotal, being CNY 142,198 per year, and is fixed for the fourth and fifth years after Final Acceptance. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.3 The Supplier shall keep spare sensor cables and gateways in stock in Harbin throughout the warranty period, and shall guarantee the supply of spare parts and compatible replacement models for at least eight years after Final Acceptance.
H:7. Service Levels
P:7.1 Severity 1 (a depot's monitoring stopped, or alarms not delivered): response within 1 hour, engineer on site within 24 hours, restoration within 48 hours.
P:7.2 Severity 2 (one bin or one gateway not reporting): response within 2 hours, restoration within 3 business days.
P:7.3 Severity 3 (other defects): response within one business day, correction in the next update.
P:7.4 For each hour by which a Severity 1 or Severity 2 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:8. Data
P:8.1 All data generated by the System, including sensor readings, alarms, logs and stock information, belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, copy or disclose them.
P:8.2 The Software is installed in the Buyer's data centre. The Supplier shall not build any link from the System to servers outside the Buyer's network. Remote support requires the Buyer's prior approval for each session, uses the Buyer's VPN and is logged.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, report any security incident affecting the System within 12 hours, and bear all losses caused by its breach of this Clause 8.
H:9. Intellectual Property
P:9.1 The Supplier retains ownership of the Software and grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's depots.
P:9.2 The interfaces, configuration files and reports developed for the Buyer, with their source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's reserve quantities, depot locations, network and security arrangements and any other non-public information obtained under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives the end of this Contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery, installation or submission for Final Acceptance testing beyond the dates in Clause 4, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier's installation partner named above is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for all subcontracted work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund payments for Equipment not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:15. Miscellaneous
P:15.1 Force majeure excuses delay only for its duration and only if notified within 5 days. The affected party shall provide evidence from a competent authority and shall resume performance as soon as the event ends.
P:15.2 Notices shall be in writing and sent to the addresses stated above or to such other address as a party notifies. A notice sent by e-mail is received when sent, unless the sender receives a delivery failure message.
P:15.3 The technical annex and the acceptance test plan form part of this Contract. If they conflict with these clauses, these clauses prevail.
P:15.4 This Contract is signed in English and Chinese, both equally valid, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Services Agreement

**Agreement No. SMK-MSA-2027-06**

**Between:** Smelter Stack Managed Services LLC, a Montana limited liability company with its office at 401 East Park Avenue, Anaconda, Montana 59711, USA ("Provider"); and **Jiangxi Xinyue Copper Smelting Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Guixi, Jiangxi Province ("Customer").

**Background.** The Customer operates a copper smelter and refinery with a distributed control system, plant historian, laboratory systems and an office network. The Provider offers managed monitoring and operations services for industrial sites. The Customer wishes to engage the Provider for 36 months on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date the Customer signs the Service Commencement certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer that the Provider receives or accesses in performing the Services, including process data, historian records, network configurations, user accounts and logs.

## Section 2. Services

2.1 The Provider shall provide the Services at the service levels in Schedule 2, using a 24x7 operations centre and a resident team of two engineers at the Customer's Guixi site.

2.2 The Provider shall perform the transition described in Schedule 1, Part B, before the Service Commencement Date, including discovery of all in-scope devices, installation of monitoring collectors, documentation of runbooks and knowledge transfer from the Customer's current contractor.

2.3 The Provider shall provide monthly service reports and attend a monthly service review with the Customer. The reports shall show incidents, changes, availability, capacity trends and open risks.

2.4 The Provider shall follow the Customer's plant safety rules, permit-to-work procedures and change management process. No change to the distributed control system may be made without the Customer's written approval of the change request.

2.5 The Provider shall keep its tools, runbooks and configuration records up to date, so that the Customer or a successor provider can take over the Services at the end of the Term without loss of knowledge. The Provider shall also nominate a service manager who attends the Customer's site at least once a month and acts as the single point of contact for escalations.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value is CNY 2,162,000, consisting of a one-time Transition Charge of CNY 74,000 and a Monthly Service Charge of CNY 58,000 for each of the 36 months of the Term.

3.2 The Transition Charge is invoiced after the Service Commencement certificate is signed. The Monthly Service Charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days of receipt. No advance payment is due.

3.3 Service credits under Schedule 2 are deducted from the next invoice.

3.4 The charges are fixed for the Term and include VAT, travel, tools and the resident engineers' costs.

## Section 4. Transition and Service Commencement

4.1 The Provider shall complete the transition within 75 days after signature of this Agreement.

4.2 The Service Commencement certificate shall be signed when: (a) all devices listed in Schedule 1, Part A, are monitored and visible in the operations centre; (b) runbooks for the top 35 recurring events have been approved by the Customer; (c) a joint test of incident handling for three simulated Priority 1 events has been passed; and (d) the Provider has operated in parallel with the current contractor for 14 days without a missed alarm.

4.3 If the Service Commencement Date is delayed beyond the date in 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay.

4.4 Operation of the Services during the parallel period is not acceptance.

## Section 5. Customer Data

5.1 All Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of the Term.

## Section 6. Intellectual Property

6.1 The Provider retains its monitoring tools and pre-existing know-how.

6.2 The runbooks, scripts, configuration baselines, diagrams and reports prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to any successor provider.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's process parameters, production figures, plant layouts and commercial terms, and shall not disclose it to third parties except to its professional advisers under similar duties. This Section survives for three years after the end of the Term.

## Section 8. Personnel and Subcontracting

8.1 The Provider shall assign suitably qualified staff, including at least one engineer with experience of the Customer's control system vendor.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value.

9.2 Neither party is liable for indirect losses or loss of profit, except in case of wilful misconduct.

## Section 10. Term and Termination

10.1 This Agreement takes effect on signature and ends at the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties, at charges to be agreed.

10.2 This Agreement is a fixed-term commitment. Neither party may terminate it before the end of the Term, whether for breach or otherwise. If the Provider fails to meet the service levels, the Customer's remedies are the service credits in Schedule 2 and damages under Section 9.

10.3 At the end of the Term the Provider shall provide up to 30 days of exit assistance to the Customer or its new provider at no extra charge.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.

## Section 12. General

12.1 Force majeure excuses performance only for its duration, and the affected party shall notify the other promptly.

12.2 Notices shall be in writing and sent to the addresses stated above. Notices by e-mail are valid if confirmed by the recipient.

12.3 This Agreement is made in English and Chinese, both equally valid.

12.4 This Agreement consists of these Sections and Schedules 1 to 3. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

**Part A - Services in scope**

| Service | Scope | Hours |
|---|---|---|
| Infrastructure monitoring | 86 servers, 214 network devices, 11 storage arrays, historian and laboratory systems | 24x7 |
| Incident management | detection, diagnosis, restoration, escalation to vendors | 24x7 |
| Change management | preparing, testing and implementing approved changes | business hours, emergency 24x7 |
| Patch and backup management | monthly patching cycle, daily backup checks, quarterly restore test | business hours |
| Capacity and performance | monthly trend report and recommendations | business hours |
| Resident engineering | two engineers at Guixi, shift pattern agreed with the Customer | day shifts |

**Part B - Transition**

| Step | Deliverable | Due |
|---|---|---|
| Discovery | device inventory and network diagrams | day 20 |
| Collector installation | monitoring collectors installed and tested | day 45 |
| Runbooks | runbooks for the top 35 recurring events | day 55 |
| Parallel run | 14 days alongside the current contractor | day 75 |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | production control or historian unavailable, or site network down | 15 minutes | 3 hours |
| P2 | a plant area or major system degraded | 1 hour | 8 hours |
| P3 | single device or user affected | 8 business hours | 3 business days |

| Measure | Target | Service credit |
|---|---|---|
| Monitoring platform availability (monthly) | 99.95% | 5% of the Monthly Service Charge for each started 0.1 percentage point below target |
| P1 response | 15 minutes | CNY 2,000 per late P1 response |
| P1 restoration | 3 hours | CNY 3,000 per started hour late |
| Monthly report | by the 5th business day | CNY 500 per late report |

Total service credits in a month shall not exceed 25% of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement | 74,000 |
| Monthly Service Charge | 58,000 x 36 months, monthly in arrears | 2,088,000 |
| Total contract value | | 2,162,000 |

**Signed for the Provider:** ____________________ Name / Title / Date

**Signed for the Customer:** ____________________ Name / Title / Date
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CFD-API-2027-011

This Data and API Subscription Agreement (the "Agreement") is made between:

(1) Clark Fork Forage Data LLC, a Montana limited liability company with its office at 512 Main Street, Deer Lodge, Montana 59722, USA (the "Vendor"); and

(2) Tianjin Haiyun Feed Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Binhai New Area, Tianjin (the "Customer").

The Customer imports alfalfa hay and other forage from North America for dairy farms in China. The Vendor collects and publishes forage market data, including auction and contract prices, quality test results, crop condition reports and export shipment data. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the forage market data sets described in Clause 2, as updated by the Vendor from time to time.

1.2 "API" means the Vendor's application programming interface through which the Customer retrieves the Data.

1.3 "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next. The Subscription Term consists of two Subscription Years.

1.4 "Subscription Start Date" means the date on which the Vendor activates the Customer's production API keys.

1.5 "Customer Inputs" means the data that the Customer submits through the API, including queried regions, hay grades, shipment volumes, supplier names and portfolio watch lists, together with records of the Customer's queries.

1.6 "Custom Deliverables" means the integration code, data mappings and report templates that the Vendor creates specifically for the Customer under Clause 4.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and use the Data for its internal business purposes, by up to 25 named users and the Customer's own systems.

2.2 The Data include: weekly hay prices for Montana, Idaho, Washington, Oregon, Utah and California by grade; laboratory quality results (RFV, crude protein, moisture); monthly crop condition and acreage estimates; and weekly export shipment data for ports on the US West Coast. Historical Data from January 2012 onward are included.

2.3 The Customer may not resell the Data or publish it to third parties, except in summarised form in its internal reports and in reports to its own customers that do not allow the Data to be reconstructed.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee for the first Subscription Year: CNY 286,000;
(b) subscription fee for the second Subscription Year: CNY 286,000;
(c) one-time integration and historical data load fee: CNY 64,000.
The total contract value is CNY 636,000, inclusive of VAT and all other taxes.

3.2 The Vendor shall invoice the integration fee and the first Subscription Year fee together on signature. The Customer shall pay that invoice, CNY 350,000, within 15 days after signature and in any case before the Subscription Start Date. The Vendor is not obliged to start the integration work or activate production API keys until that invoice is paid.

3.3 The second Subscription Year fee is invoiced on the first anniversary of the Subscription Start Date and is payable within 30 days.

3.4 Calls above the fair-use volume of 400,000 API calls per month are charged at the Vendor's published overage rate.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after receiving the payment under Clause 3.2, the Vendor shall: load the full historical Data into the Customer's data warehouse; map Vendor hay grades to the Customer's internal grades; build the connector from the API to the Customer's purchasing system; and deliver two report templates.

4.2 The integration is accepted when the Customer confirms in writing that: (a) historical Data for all states and grades are loaded and match record counts supplied by the Vendor; (b) weekly updates arrive through the connector for three consecutive weeks without error; (c) grade mappings have been reviewed and approved by the Customer's quality team; and (d) the report templates produce the agreed figures from test data. Use of the Data before that confirmation is not acceptance.

4.3 If the Vendor does not complete the work in Clause 4.1 in time for reasons attributable to it, the Vendor shall pay the Customer CNY 450 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced 72 hours in advance.

5.2 Weekly price Data shall be published by 18:00 Beijing time each Wednesday.

5.3 The Vendor shall respond to a Priority 1 incident (the API is unavailable or returns wrong data for a whole data set) within 1 hour, at any time, and shall work continuously until it is resolved. Priority 2 incidents shall be responded to within 3 business hours.

5.4 For each month in which availability falls below 99.95%, and for each weekly publication made more than one day late, the Vendor shall credit the Customer 5% of the monthly equivalent of the subscription fee, up to half of that amount in any month.

6. CUSTOMER INPUTS AND DATA PROTECTION

6.1 The Customer owns the Customer Inputs. The Vendor shall keep them in a separate logical environment and protect them with encryption in transit and at rest, access control on a need-to-know basis, and logging.

6.2 The Customer grants the Vendor a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form to compile market indicators, improve its forecasting models and develop new products, including after the end of this Agreement. The Vendor shall not disclose the Customer's identity in connection with such use.

6.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs or to the Customer's API credentials, take immediate steps to contain it, and compensate the Customer for losses caused by the Vendor's breach of this Clause 6.

6.4 No personal information of the Customer's employees other than user names and business e-mail addresses shall be submitted through the API. The Vendor shall store the Customer's account information in a secure environment and delete it within 60 days after the end of the Subscription Term.

7. INTELLECTUAL PROPERTY

7.1 The Vendor owns the Data, the API and its databases. The Customer receives only the rights in Clause 2.

7.2 The Custom Deliverables belong to the Customer, which may use, modify and license them freely. The Vendor shall deliver their source code on acceptance.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchasing plans, supplier relationships and volumes, and the Vendor's pricing methods. Confidential information may be used only for this Agreement and disclosed only to employees and advisers who need to know it.

8.2 These duties last during the Subscription Term and for three years after it.

9. LIABILITY

9.1 The Vendor does not guarantee the commercial results of any purchasing decision based on the Data, but warrants that the Data are compiled with reasonable care from the sources described in its documentation.

9.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Clauses 6 and 8 and wilful misconduct.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract the integration work or the operation of the API without the Customer's prior written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year.

11.2 The subscription may be renewed only by a new written agreement of the parties. There is no automatic renewal.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees paid for the remaining part of the Subscription Term.

11.4 On expiry or termination the Customer may keep Data received before that date for internal archive use.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Tianjin Arbitration Commission for arbitration in Tianjin in accordance with its rules.

13. GENERAL

13.1 Force majeure excuses delay for its duration if promptly notified.

13.2 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business that accepts this Agreement in writing.

13.3 Notices shall be in writing and sent to the addresses above or by e-mail to the contacts named by each party.

13.4 This Agreement is made in English and Chinese, both texts being equally authentic. Amendments must be in writing and signed by both parties.

Signed for the Vendor: ____________________    Name / Title / Date
Signed for the Customer: ____________________    Name / Title / Date
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h1042z01_rural_property_exchange_platform.pdf", "pdf", Z01),
    "z02": ("h1042z02_footbath_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1042z03_ukulele_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h1042z04_lightning_monitoring_om_service.txt", "txt", Z04),
    "z05": ("h1042z05_chased_copper_studio_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1042e01_snowmaking_software_perpetual_licence_montana.pdf", "pdf", E01),
    "e02": ("h1042e02_dairy_herd_saas_order_form.md", "md", E02),
    "e03": ("h1042e03_grain_bin_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h1042e04_smelter_managed_services_36_months.md", "md", E04),
    "e05": ("h1042e05_forage_market_data_api_subscription.txt", "txt", E05),
}

# ---------------------------------------------------------------- design (labels)
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

DESIGN = {
    # key: lang, category, terms (in T order), extra, TCO input (fee base, annual fee) or None, forum outside mainland,
    # design rule list
    "z01": dict(lang="zh", cat="software", value=1598000,
                terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
                       False, "PRC", "goods_or_licence"],
                sla=True, ld=True, capped=True, deemed=False, tco=(820000, 73800), foreign_forum=False, rules=[]),
    "z02": dict(lang="zh", cat="hardware", value=1430000,
                terms=[None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18,
                       336000 / 1248000 * 100, False, True, False, "PRC", "goods_or_licence"],
                sla=True, ld=True, capped=True, deemed=False, tco=(1248000, 336000), foreign_forum=False,
                rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud", value=534000,
                terms=[99.5, 8, True, "buyer", True, True, True, 400 / 534000 * 100, 150, None, True, None, None, None,
                       True, True, False, "PRC", "service"],
                sla=True, ld=True, deemed=False, tco=None, foreign_forum=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE"]),
    "z04": dict(lang="zh", cat="services", value=486000,
                terms=[None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True,
                       False, None, "service"],
                sla=True, ld=True, deemed=False, tco=None, foreign_forum=False,
                rules=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z05": dict(lang="zh", cat="software", value=326000,
                terms=[None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False,
                       True, None, None, "goods_or_licence"],
                sla=False, ld=False, capped=False, deemed=True, tco=None, foreign_forum=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software", value=1750000,
                terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                       "Montana", "goods_or_licence"],
                sla=True, ld=True, capped=True, deemed=False, tco=(1260000, 138600), foreign_forum=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud", value=838000,
                terms=[99.95, 0.5, True, "buyer", True, True, True, 600 / 838000 * 100, 9 / 24 * 100, None, True, None,
                       None, None, False, True, True, "PRC", "service"],
                sla=True, ld=True, deemed=False, tco=None, foreign_forum=False,
                rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", cat="hardware", value=2272000,
                terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                       "PRC", "goods_or_licence"],
                sla=True, ld=True, capped=True, deemed=False, tco=(2031400, 142198), foreign_forum=False, rules=[]),
    "e04": dict(lang="en", cat="services", value=2162000,
                terms=[99.95, 0.25, True, "buyer", False, True, True, 1800 / 2162000 * 100, 150, None, True, None, None,
                       None, False, False, False, "PRC", "service"],
                sla=True, ld=True, deemed=False, tco=None, foreign_forum=False,
                rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", cat="cloud", value=636000,
                terms=[99.95, 1, True, "buyer", True, False, True, 450 / 636000 * 100, 150, 350000 / 636000 * 100, True,
                       None, None, None, False, True, False, "PRC", "service"],
                sla=True, ld=True, deemed=False, tco=None, foreign_forum=False,
                rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# policy thresholds (defaults of the shipped pack, as policy §3 states them)
AVAIL_MIN, P1_MAX, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(d):
    t = dict(zip(T, d["terms"]))
    if d["tco"] is None or t["contract_kind"] != "goods_or_licence" or t["warranty_months"] is None:
        return None
    base, fee = d["tco"]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = fee * years
    return post / (d["value"] + post) * 100


def derive_rules(d):
    """This author's reading of policy §3, applied to the labels."""
    t = dict(zip(T, d["terms"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not d["capped"] or f > PWF_MAX:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if any(r in high for r in rules):
        return "high"
    if any(r not in low for r in rules):
        return "medium"
    return "low"


def label(key):
    d = DESIGN[key]
    terms = dict(zip(T, d["terms"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive_rules(d)}


# ---------------------------------------------------------------- read back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
N = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    N + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时|個小時)", r"(?<![十二三四五六七八九])四(?:个)?小时",
    r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    N + r"0?\.050*\s*(?:%|percent|per\s*cent)", r"万分之五(?![十百])", r"千分之零点五",
    N + r"100(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    N + r"30(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:per\s*cent|percent)",
    N + r"15(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之十五(?![点])", r"\bfifteen\s*(?:per\s*cent|percent)",
    N + r"40(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:per\s*cent|percent)",
    N + r"12\s*(?:-\s*)?(?:months?|个月|個月)", r"(?<![一二三四五六七八九])十二个月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?(?:calendar\s*)?months?",
]
THRESHOLD_RE = re.compile("|".join(THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12个月", "十二个月", "12 months", "twelve months", "12-month", "thirty percent", "0.050%"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之八", "万分之五十", "150%", "200%",
             "130%", "35%", "20%", "45%", "18个月", "十八个月", "2027年12月31日", "24 months", "140 days", "1.15%",
             "12.5%", "百分之二十", "0.5 hours", "4.1 Final"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)

    built = {k: (n, f) for k, (n, f, _) in FILES.items()}
    write({k: src for k, (_, f, src) in FILES.items() if f in ("docx", "pdf")},
          {k: v for k, v in built.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    problems = []
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        d = DESIGN[k]
        lab = label(k)
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append(f"{k}: length {n} not in {lo}-{hi}")
        hits = scan(text)
        if hits:
            problems.append(f"{k}: threshold text {hits}")
        if lab["expected_rules"] != sorted(d["rules"]):
            problems.append(f"{k}: derived {lab['expected_rules']} != design {sorted(d['rules'])}")
        t = lab["expected_terms"]
        checks = [("availability_pct", AVAIL_MIN), ("p1_response_hours", P1_MAX), ("ld_rate_per_day_pct", LD_MIN),
                  ("liability_cap_pct", CAP_MIN), ("prepayment_pct", PREPAY_MAX), ("warranty_months", WARRANTY_MIN),
                  ("post_warranty_fee_pct", PWF_MAX)]
        for key, th in checks:
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append(f"{k}: {key} on threshold")
        sh = tco_share(d)
        if sh is not None and abs(sh - TCO_MAX) <= 2:
            problems.append(f"{k}: TCO share {sh:.2f} within 2 points of {TCO_MAX}")
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{k} {name}: {n} {'chars' if d['lang'] == 'zh' else 'words'}, risk {risk(lab['expected_rules'])}, "
              f"TCO share {'-' if sh is None else f'{sh:.2f}'}, rules {lab['expected_rules']}")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(f"rules never fired: {missing}")
    mix = {k: len(label(k)["expected_rules"]) for k in FILES}
    assert sum(1 for k in FILES if mix[k] == 0 and k.startswith("z")) == 1
    assert sum(1 for k in FILES if mix[k] == 0 and k.startswith("e")) == 1
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= mix["z05"] <= 10
    assert sum(1 for k in FILES if 2 <= mix[k] <= 3) == 6
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
