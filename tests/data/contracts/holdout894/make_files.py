"""holdout894: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H894Z01 = """T:市残疾人联合会康复辅具租赁服务平台建设项目合同
P:合同编号：CL-FJ-2027-016    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市残疾人联合会
P:乙方（供应商）：某市智康信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就康复辅具租赁服务平台的软件许可与定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供康复辅具租赁服务平台软件（含辅具目录管理、租赁申请、资格审核、配送回收、消毒记录、押金管理、统计分析模块）的永久使用许可，许可范围为甲方及其下属各区县残联。
P:1.2 乙方按甲方需求完成定制开发，包括：与残疾人证信息系统的数据接口、与医保及民政救助系统的对接、手机端租赁小程序、辅具适配评估表单及监管驾驶舱。
P:1.3 乙方负责平台部署、历史租赁台账数据迁移、系统联调及操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），其中：平台软件许可费¥620,000；定制开发费¥538,000；部署实施及数据迁移费¥96,000；培训费¥26,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权及乙方为履行本合同发生的全部费用，甲方不另行支付任何费用。
P:2.3 乙方应于合同签订后五个工作日内向甲方提交合同总价5%的履约保证金，履约保证金在最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥256,000。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥576,000。
P:3.3 平台试运行满九十日并通过最终验收后，甲方支付合同总价的35%，即¥448,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方因财政资金拨付程序造成的合理延迟不视为违约。
H:第四条 实施进度
P:4.1 乙方应于合同签订后一百二十日内完成部署及定制开发，提交初步验收申请。
P:4.2 乙方应提交项目实施方案、需求规格说明书、测试报告、用户手册及运维手册，经甲方确认后执行。
P:4.3 乙方应指定项目经理一名，项目经理及核心开发人员未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的管理制度。
P:4.4 乙方应为甲方及各区县残联业务人员提供两期集中培训，每期不少于两天，并提供培训教材和操作视频，确保业务人员能够独立完成租赁办理、资格审核和统计工作。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与残疾人证信息系统、医保及民政救助系统的接口连续五个工作日数据交换无差错；历史台账数据迁移后经全量比对一致；在三百个并发用户下，常用页面响应时间不超过三秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的网络安全等级保护测评结论为符合；甲方组织的专家组验收意见为合格。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%，即每年不超过¥55,800，该价格在质保期满后三年内保持不变。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方应每季度进行一次巡检并提交巡检报告，并根据辅具补贴政策的调整，免费完成平台参数和业务规则的配置变更。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率应不低于99.5%（计划内维护时间除外，计划内维护须提前三个工作日通知甲方）。
P:7.2 故障分级及响应：一级故障（平台整体无法访问或租赁业务无法办理）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日内解决；三级故障在下一版本中修复。
P:7.3 月可用率每低于约定值0.1个百分点，甲方按¥1,000扣减当期应付款项；一级故障响应或恢复每超时一小时，甲方扣减¥500。扣减款项从后续应付款或履约保证金中抵扣。
P:7.4 乙方应提供7×24小时服务热线，并指定专人负责本项目的服务响应和问题跟踪。
H:第八条 知识产权
P:8.1 平台软件原有部分的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的接口程序、小程序、评估表单、驾驶舱及其源代码、技术文档，其知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方有权自行修改或委托第三方修改。
H:第九条 数据安全与数据归属
P:9.1 平台中的残疾人身份信息、辅具租赁记录、押金及回收记录等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，数据存储于甲方指定的政务云，敏感个人信息加密存储，运维操作通过甲方堡垒机进行并全程审计，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方因此遭受的损失，包括甲方承担的行政处罚和对第三方的赔偿。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、残疾人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十一条 分包
P:11.1 乙方可将平台部署、小程序界面设计等非主体、非关键性工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期提交初步验收申请或逾期完成整改的，每逾期一日，应按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付的成果不符合合同约定的，应无偿修改、重做；因此给甲方造成损失的，应予赔偿。
P:12.3 甲方无正当理由逾期付款的，按逾期金额的每日万分之三向乙方支付违约金。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或验收两次不合格，或发生严重违约经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 任何一方因不可抗力不能履行合同的，应及时通知对方，并在十日内提供有关证明，根据不可抗力的影响部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的补充协议为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：____年__月__日
"""

H894Z02 = """T:生产线控制系统改造项目合同
P:合同编号：YY-ZN-2027-0309
P:甲方（买方）：某厨房电器股份有限公司（吸油烟机制造）
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方吸油烟机总装一线、二线及钣金冲压线的控制系统已运行多年，故障频繁、备件停产。为提升产线稳定性和数据采集能力，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条产线原有控制柜，更换PLC控制柜及I/O模块、伺服驱动及传感器、工业交换机及边缘网关，部署产线数据采集及监控软件，并完成PLC程序及上位机画面开发。
P:1.2 改造须在甲方安排的停产窗口内分线实施，每条产线停产时间不得超过七日，乙方应提前提交切换方案并经甲方生产部门确认。
P:1.3 设备的品牌、型号及技术参数以附件一《技术规格书》为准，不得以低于该规格的产品替代。
P:1.4 乙方应在合同生效后十日内完成现场勘察，核实原有电气图纸、I/O点表和工艺联锁逻辑，发现与甲方资料不符的，应在勘察后五日内书面提出。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰陆拾叁万元整（¥2,630,000），分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|21套|1,086,000
TB:2|伺服驱动及传感器|1批|642,000
TB:3|工业交换机及边缘网关|36台|168,000
TB:4|产线数据采集及监控软件许可（永久）|1套|394,000
TB:|软硬件小计||2,290,000
TB:5|安装调试（含拆旧、布线）|1项|186,000
TB:6|PLC程序及上位机画面开发|1项|132,000
TB:7|操作及维护培训|1项|22,000
TB:|合同总价||2,630,000
P:2.2 上述价格含设备费、软件许可费、运输、保险、安装、调试、税费及乙方人员差旅费。
P:2.3 合同价格为固定价格，履行期间不因原材料、汇率或人工成本变化而调整。
H:第三条 付款
P:3.1 合同生效后十五日内，甲方支付合同总价的10%，即¥263,000。
P:3.2 三条产线设备全部到货、安装调试完成后，甲方支付合同总价的55%，即¥1,446,500。到货签收及安装调试完成不代表质量验收合格。
P:3.3 最终验收合格后十五日内，甲方支付合同总价的35%，即¥920,500。
P:3.4 乙方每次请款前应向甲方开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应于合同生效后七十五日内将全部设备运至甲方工厂，并于甲方通知的停产窗口内完成改造。
P:4.2 乙方应派驻项目经理和电气、软件工程师各一名常驻现场，遵守甲方安全生产管理规定，动火、登高及带电作业须办理审批手续。
P:4.3 乙方应随设备提供出厂检验报告、合格证、使用说明书、电气原理图及备件清单；进口部件须提供报关单或原厂供货证明。
P:4.4 乙方应对甲方电气维修人员和班组长进行操作及维护培训，培训不少于二十学时，经考核使甲方人员能够独立完成日常点检、程序备份和一般故障处理。
H:第五条 验收
P:5.1 每条产线改造完成后连续带料试生产十个班次，节拍达到附件一规定值，控制系统无停机性故障，数据采集点位与现场实际逐点核对一致，方可进行该线初验。
P:5.2 三条产线初验合格后连续运行六十日，期间未发生因控制系统导致的整线停机，甲方组织最终验收并签署验收报告。
P:5.3 设备到货、安装、投入生产或甲方付款，均不视为最终验收合格。
P:5.4 初验不合格的，乙方应在十日内整改并承担重新测试的费用，因整改延长的停产时间计入乙方责任。
H:第六条 质量保证及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏部件，免费修正程序缺陷。
P:6.2 质保期满后，乙方提供年度维保服务（含备件更换、巡检、程序维护），年度维保费按软硬件小计的26%计取，即每年¥595,400。该费用在质保期满后三年内固定不变，甲方按年度签订维保订单。
P:6.3 故障响应：一级故障（整线停机）乙方应在30分钟内响应，2小时内到达现场；二级故障（单工位停机）2小时内响应，当日到场。
P:6.4 一级故障到场每超时一小时，乙方向甲方支付违约金¥800，二级故障每超时一小时支付¥300，可从应付款项中直接扣除。
P:6.5 质保期内乙方应每季度巡检一次并出具巡检报告，并在甲方工厂储备常用易损备件。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、上位机画面、数据采集配置及其源文件，知识产权归甲方所有，乙方应在最终验收时交付全部源文件和注释，甲方有权自行修改和使用。
P:7.2 产线数据采集及监控软件的著作权仍归原权利人，甲方享有永久使用权。
P:7.3 乙方保证所提供的设备及软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量数据归甲方所有，乙方不得用于本合同以外的任何用途，不得向第三方提供。
P:8.2 乙方接入甲方工控网络须经甲方书面批准，远程维护通过甲方指定的安全网关并全程录像，不得擅自开通外网连接或安装与项目无关的软件。
P:8.3 发生数据泄露、工控网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部责任。
P:8.4 项目结束后，乙方应删除其持有的甲方全部数据副本，并向甲方书面确认。
H:第九条 保密
P:9.1 乙方对甲方的产线布局、工艺参数、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。
H:第十条 分包
P:10.1 乙方不得将本合同项下工作转包。拆旧及布线工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方原因导致停产时间超出约定的，乙方应赔偿甲方的停产损失。
P:11.3 乙方交付的设备或程序存在缺陷导致产品批量质量问题的，乙方应负责返工并承担相应费用。
P:11.4 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:11.5 甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过四十五日，或最终验收两次不合格，或有其他严重违约行为经书面催告后十日内未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响方应在三日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交绍兴仲裁委员会按其仲裁规则仲裁。
H:第十四条 其他
P:14.1 附件一《技术规格书》、附件二《切换方案》与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 双方授权代表签字确认的会议纪要和变更单构成本合同的补充。本合同项下的通知以书面形式送达合同首部所列地址。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H894Z03 = """门店预约及会员管理系统订阅服务合同

合同编号：BL-SaaS-2027-008

甲方：某青少年辩论培训连锁有限公司
乙方：某云课堂科技有限公司

甲方在全国经营三十五家辩论培训门店，拟采用乙方的门店预约及会员管理系统（以下简称"系统"），统一管理课程排期、学员预约、会员储值、教练排班及赛事报名。双方经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方以软件即服务方式向甲方提供系统的使用权，覆盖甲方全部三十五家门店及总部，账号数量不设上限。
2. 系统包括课程及班级管理、学员预约与签到、会员卡及储值、教练排班与课时统计、赛事报名、家长端小程序、经营报表等模块。
3. 服务期内乙方免费提供系统的常规版本升级，新增模块另行报价。

（二）实施服务
1. 乙方负责系统初始化配置，包括门店及教室信息、课程体系、会员等级及价格体系、教练档案。
2. 乙方负责将甲方现有表格及旧系统中的学员档案、剩余课时和储值余额迁移至系统，并与甲方核对一致。
3. 乙方为甲方开发与甲方微信公众号及现有财务软件的对接接口，并为甲方定制赛事积分排名报表。
4. 乙方对甲方门店店长、课程顾问和教练分批进行线上培训，提供操作手册和视频教程。
5. 乙方应指定一名实施项目经理，负责实施计划、进度汇报和问题协调，每周向甲方提交实施周报。

（三）甲方的配合
1. 甲方应指定项目联系人，按实施计划提供门店、课程、会员及价格资料，并对迁移数据的核对结果予以书面确认。
2. 甲方负责管理其各级账号和密码，门店员工离职时应及时停用其账号。

二、服务期限

（一）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度自第一个服务年度届满之次日起算。
（二）乙方应于合同签订后四十五日内完成实施并提交上线验收申请。
（三）服务期内甲方门店数量增减的，双方另行协商调整订阅服务费。

三、费用及支付

（一）合同总价为人民币陆拾叁万陆仟元整（¥636,000），其中：
1. 订阅服务费每个服务年度¥286,000，两个服务年度合计¥572,000；
2. 实施服务费¥64,000（一次性）。
（二）实施服务费在系统上线验收合格后十五个工作日内支付。
（三）每个服务年度的订阅服务费在该服务年度开始后十五个工作日内一次性支付。
（四）乙方应在每次收款前开具增值税专用发票。

四、上线验收

（一）验收标准：
1. 合同约定的全部模块功能可正常使用；
2. 迁移的学员档案、剩余课时和储值余额与甲方核对清单逐条一致；
3. 公众号及财务软件接口连续十个营业日数据同步无差错；
4. 三十五家门店均已完成账号开通和培训，每家门店完成不少于二十笔真实预约测试。
（二）乙方提交上线验收申请后，甲方在十个工作日内组织验收并出具书面意见。甲方试用或门店开始使用系统，不视为上线验收合格。
（三）验收不合格的，乙方应在十日内整改后重新提交验收。
（四）上线验收合格后，乙方应提交系统配置说明、接口文档和数据迁移报告。

五、服务水平

（一）系统月可用率不低于99.95%。计划内维护应安排在晚上十一点至次日六点之间，并提前三日通知甲方。
（二）故障分级：
1. 一级故障：系统整体无法登录，或预约、签到、收费功能在多家门店无法使用。乙方应在30分钟内响应，2小时内恢复。
2. 二级故障：部分功能异常但有替代操作方式。乙方应在2小时内响应，1个工作日内解决。
3. 三级故障：界面或报表显示问题。乙方在下一版本中修复。
（三）服务补偿：月可用率每低于约定值0.01个百分点，按当月订阅费的1%折算服务抵扣额；一级故障每超时一小时，按¥600计算抵扣额。抵扣额在下一期订阅费中扣减，单月抵扣额合计不超过当月订阅费的50%。
（四）乙方提供每日九点至二十一点的在线客服，并为甲方指定专属客户经理，每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方对系统进行重大版本升级前，应提前十日通知甲方并提供升级说明，升级不得导致已配置功能和已迁移数据的丢失。

六、数据安全

（一）系统中的学员及家长信息、课程记录、会员及储值数据等业务数据归甲方所有。乙方仅为提供本合同服务而处理该等数据，不得用于其他目的，不得向第三方提供。
（二）学员中多数为未成年人，乙方应按照《个人信息保护法》及未成年人个人信息保护的相关规定处理数据，对敏感个人信息加密存储，设置分级访问权限并留存操作日志。
（三）乙方每年应聘请第三方机构进行一次渗透测试，并将测试结论摘要提供给甲方。
（四）系统部署在中国境内的云服务器，乙方应持有有效的网络安全等级保护第三级备案证明，每日备份数据并保留三十日。
（五）发生数据泄露、篡改或丢失事件的，乙方应在发现后2小时内通知甲方，采取补救措施并协助甲方履行告知义务；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（六）服务终止后十五日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除乙方系统中的甲方数据。

七、知识产权

（一）系统平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的接口程序、赛事积分排名报表及相关配置文件，知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。
（三）乙方保证系统不侵犯第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

八、续约

（一）服务期届满前四十五日，任何一方未书面通知对方不再续约的，本合同自动续展一个服务年度，续展可多次发生。
（二）续展服务年度的订阅服务费由乙方按届时有效的产品价目表确定，乙方可在续展前通知甲方调整后的价格，甲方未提出异议的视为接受。

九、违约责任

（一）乙方未按期提交上线验收申请的，每逾期一日向甲方支付违约金¥500。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限；因乙方违反本合同第六条造成的损失不受此限。

十、分包

乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。经同意的分包不免除乙方在本合同项下的责任。

十一、合同解除

（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未履行服务期间的费用。
（二）一级故障在同一自然月内累计发生三次以上的，甲方有权解除合同。
（三）因不可抗力致使合同目的无法实现的，双方均可解除合同，已付未履行期间的费用由乙方退还。

十二、法律适用与争议解决

本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院起诉。

十三、其他

（一）本合同项下的通知以书面形式送达对方在本合同首部列明的地址，或发送至双方指定的电子邮箱。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：____________        乙方（盖章）：____________
"""

H894Z04 = """餐饮油烟在线监测系统运行维护服务合同

项目编号：HJ-CS-2027-021（竞争性磋商）

甲方（采购人）：某市生态环境局
乙方（成交供应商）：某环境监测技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就餐饮油烟在线监测系统运行维护服务订立本合同。

第一条 服务范围

（一）本合同服务对象为甲方已建成的餐饮油烟在线监测系统，包括安装在全市412家餐饮单位的油烟浓度监测仪、净化设备运行状态传感器、数据传输终端，以及部署在政务云的监测监管平台。
（二）乙方提供的服务包括：前端设备的日常巡检、清洁校准、故障维修和耗材更换；数据传输链路的监控和恢复；监管平台的运行维护、账号管理和版本维护；监测数据的审核、异常数据标记及月度、季度分析报告。
（三）餐饮单位关停、迁址或新增点位的，乙方按甲方书面通知完成设备拆除、迁移或接入，点位数量增减按第三条第（三）项结算。
（四）合同价款已包含前端设备维修所需的常用配件、清洁校准耗材、备机、通信流量费及乙方人员的交通、食宿费用；单台设备主要部件更换费用超过¥3,000的，由乙方报甲方确认后另行处理。

第二条 服务期限

服务期自2027年3月1日起至2028年2月29日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应依法重新组织采购。

第三条 合同价款及支付

（一）合同总价为人民币伍拾捌万元整（¥580,000），其中：前端点位运维费按每个点位每年¥1,180计，412个点位合计¥486,160；监管平台运维费¥58,000；数据审核及分析报告费¥35,840。
（二）合同价款按季度支付。每季度服务期满并经甲方季度考核合格后，甲方在十五个工作日内支付当季费用¥145,000。本合同不设预付款。
（三）点位数量在服务期内发生增减的，按每个点位每年¥1,180的单价和实际服务天数据实结算，增减合计不超过合同总价的10%。
（四）季度考核扣减的金额，从当季应付款项中直接扣除。
（五）乙方应在每次收款前向甲方开具合法有效的发票。

第四条 服务标准

（一）乙方每月至少对每个点位现场巡检一次，每季度至少进行一次清洁校准，巡检及校准记录须经餐饮单位签字并上传平台。
（二）单个点位数据中断的，乙方应在24小时内恢复；因设备损坏无法当场修复的，应在72小时内更换备机。
（三）监管平台月可用率不低于99.95%。
（四）故障分级：一级故障指监管平台中断或二十个以上点位同时中断，乙方应在30分钟内响应，2小时内恢复；二级故障指单个或少量点位中断，乙方应在2小时内响应，并按本条第（二）项时限恢复。
（五）乙方每月5日前提交上月运维月报，每季度首月10日前提交上季度数据分析报告。
（六）乙方应建立运维工作台账，按点位记录巡检、校准、故障及处理情况，台账实时上传监管平台，甲方可随时抽查。
（七）乙方发现餐饮单位净化设备未开启、油烟浓度持续超标或人为干扰监测设备的，应在当日通过平台向甲方推送异常信息，并附现场照片。
（八）每年汛期和冬季来临前，乙方应对全部点位开展一次专项检查，重点检查设备防水、防冻和供电情况。

第五条 考核与验收

（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检及校准记录的完整性、点位数据中断的恢复时限、一级故障响应及恢复时限、平台可用率、报告提交的及时性和质量。考核细则见附件一。
（二）平台月可用率每低于约定值0.01个百分点，扣减当季费用¥1,000；一级故障每超时一小时扣减¥800；点位恢复每超时一日，每个点位扣减¥100；报告每迟交一日扣减¥200。
（三）服务期满后，甲方组织终期验收，对全年考核结果、设备完好情况和运维档案进行核查并出具验收意见。乙方应移交全部运维档案、备品备件清单和设备台账。
（四）终期验收合格后，乙方应在十五日内完成与甲方或甲方指定的后续服务单位的交接，交接期间继续保障系统正常运行。

第六条 数据安全

（一）监测数据、平台数据及餐饮单位信息归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得向任何第三方提供或公开。
（二）乙方应遵守网络安全等级保护制度，运维人员通过甲方指定的堡垒机访问平台，实行一人一账号并留存操作日志，不得擅自修改、删除监测数据。
（三）发生数据泄露、篡改或平台遭受网络攻击的，乙方应在1小时内报告甲方，并采取措施防止损失扩大；因乙方原因造成的，乙方承担全部责任，并赔偿甲方损失。
（四）服务期满或合同解除后，乙方应删除其持有的全部监测数据副本，并向甲方出具书面确认。

第七条 保密

乙方对在服务中知悉的监测数据、执法信息、餐饮单位经营信息以及甲方其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因本合同终止而解除。

第八条 知识产权

乙方在服务中形成的运维报告、数据分析报告、巡检记录、配置脚本等成果的知识产权归甲方所有，甲方可自由使用和修改。乙方自有的运维工具软件，其知识产权仍归乙方，甲方在服务期内免费使用。

第九条 人员与分包

（一）乙方应配备项目负责人一名、现场运维人员不少于六名、平台运维人员一名，人员名单报甲方备案，更换人员须经甲方同意。
（二）乙方不得将本合同项下的任何服务转包或分包给第三方。
（三）乙方现场作业人员应持证上岗，登高作业须采取防护措施，入户作业时出示工作证并遵守餐饮单位的安全管理要求；因乙方作业造成人身伤害或第三方财产损失的，由乙方承担责任。
（四）甲方应协调餐饮单位为乙方进场作业提供必要条件，并及时审核乙方提交的报告。

第十条 违约责任

（一）乙方未按约定时间进场开展服务，或未在甲方书面通知的期限内完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方伪造巡检、校准记录或篡改监测数据的，甲方有权扣除当季全部服务费，并依法追究乙方责任。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
（四）违约金及考核扣减不足以弥补甲方损失的，乙方应赔偿不足部分。

第十一条 合同解除

（一）乙方连续两个季度考核不合格，或伪造数据，或有其他严重违约行为经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同。
（二）因不可抗力致使合同目的不能实现的，双方均可解除本合同。
（三）合同解除的，乙方应在十日内移交运维档案和平台管理权限，甲方按已完成并考核合格的服务结算费用。

第十二条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他

（一）磋商文件、响应文件、成交通知书及附件一《考核细则》为本合同的组成部分。
（二）本合同项下的通知以书面形式送达对方地址，或发送至双方指定的电子邮箱。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：____________        乙方（盖章）：____________
"""

H894Z05 = """# 织迹工艺管理系统软件许可及定制开发合同

（数织软件标准合同文本 V3.0）

合同编号：SZ-ZJ-2027-047

**甲方（用户）：** 某堆绣艺术工作室

**乙方（服务商）：** 某数织软件有限公司

鉴于甲方从事堆绣唐卡、堆绣屏风等手工艺品的设计与制作，需要对订单、工序和物料进行信息化管理，乙方同意向甲方提供织迹工艺管理系统（以下简称"本软件"）的使用许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供本软件的永久使用许可，授权站点一个，授权用户二十五个，包括订单管理、设计稿管理、工序派工、物料出入库、成本核算和移动报工模块。

1.2 乙方按甲方需求进行定制开发，内容包括：堆绣工序模板（选料、剪形、衬棉、粘贴、缝合、装裱）及各工序的计件工资规则、绣片及绸缎物料的批次追溯、成品的唯一编号与工艺档案、面向客户的订单进度查询页面。

1.3 乙方负责本软件的安装部署、基础数据导入及甲方人员培训。

1.4 本合同所称"上线运行"，指乙方完成安装部署并向甲方开通正式账号。

1.5 乙方向甲方交付本软件安装程序、用户手册及定制功能说明书。乙方不向甲方交付定制开发部分的源代码。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾壹万捌仟元整（¥318,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工艺管理系统软件许可（永久，25用户） | 168,000 |
| 2 | 定制开发（工序模板、物料追溯、工艺档案、进度查询） | 126,000 |
| 3 | 安装部署、数据导入及培训 | 24,000 |
| | 合计 | 318,000 |

2.2 上述价格不含甲方自行采购的服务器、移动终端及网络设备。

2.3 合同履行过程中，甲方要求增加定制功能的，按每人日¥2,800另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥206,700。乙方收到该笔款项后启动项目。

3.2 本软件上线运行后五个工作日内，甲方支付合同总价的35%，即¥111,300。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 项目实施

4.1 乙方原则上于收到首笔款项后六十日内完成安装部署及定制开发。因需求变更、甲方资料提供不及时等原因，实施周期相应顺延。

4.2 甲方应指定专人配合乙方，及时提供工序、物料、员工及历史订单资料，并对需求确认书签字确认。需求确认后甲方提出的变更，乙方有权另行收费。

4.3 乙方实施过程中如遇技术难点，将采取加派人员等补救措施，尽快完成实施。

4.4 乙方为甲方提供两天的现场集中培训，培训对象为甲方管理人员及各工序组长；培训后的操作问题，甲方可通过乙方客服热线咨询。

4.5 甲方应自行准备符合乙方要求的服务器、移动终端和网络环境，因甲方环境不符合要求导致的实施延误，由甲方负责。

## 第五条 上线与验收

5.1 乙方完成安装部署及定制开发后，通知甲方上线运行。

5.2 本软件上线运行后，即视为甲方验收合格。甲方在上线后发现的问题，按第六条的维护服务处理。

5.3 甲方在上线运行后十日内未向乙方书面提出异议的，乙方提交的全部交付物视为符合合同约定。

## 第六条 维护服务

6.1 本软件自上线之日起享有六个月的免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 免费维护期届满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的维护服务价格标准执行。

6.3 故障响应：一级故障（系统无法登录或无法派工报工）乙方在接到甲方报修后24小时内响应；其他故障在3个工作日内响应。乙方将尽力在合理时间内排除故障。

6.4 乙方不对故障响应或修复的时间承担任何扣款、赔偿或违约责任。

6.5 维护服务不包括：甲方新增功能需求、因甲方操作不当或第三方软件导致的故障、甲方硬件设备的维修。上述服务乙方可另行收费。

6.6 免费维护期届满后甲方未签订年度维护协议的，乙方不再提供技术支持和版本升级；甲方日后重新购买维护服务的，应补交中断期间的维护费。

## 第七条 知识产权

7.1 本软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、物料追溯功能、工艺档案、进度查询页面及其源代码，知识产权均归乙方所有。甲方在本合同有效期内享有非独占的使用权，不得修改、反编译，不得转让或许可第三方使用。

7.3 乙方有权将定制开发成果纳入本软件的标准版本，提供给其他客户。

7.4 甲方不得将本软件用于授权站点以外的场所，增加用户或站点的，应按乙方当时的价格另行购买许可。

## 第八条 数据

8.1 甲方在本软件中录入的订单、工艺、物料及员工数据归甲方所有。

8.2 甲方同意，乙方可对甲方数据进行脱敏处理后，用于本软件的功能改进、工艺行业数据分析及乙方其他产品的开发，该等使用不因本合同终止而停止。

8.3 乙方应采取访问控制、数据加密和定期备份等安全措施保护甲方数据。发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

8.4 甲方应妥善保管账号和密码，因甲方账号泄露导致的损失由甲方承担。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方的设计图稿、客户名单及报价属于甲方商业秘密。

9.2 本条保密义务在本合同终止后三年内持续有效。

9.3 乙方可在宣传材料和客户名单中使用甲方名称及项目案例。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失或因数据丢失导致的损失承担责任，但因乙方故意造成的除外。

10.3 因甲方提供的资料错误或甲方自行修改系统配置导致的问题，由甲方自行承担。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后二十日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 因不可抗力导致本合同无法履行的，双方互不承担责任，受影响方应及时通知对方。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

12.3 争议期间，双方应继续履行本合同中不涉及争议的部分。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准合同文本，双方另有约定的，以书面补充协议为准。

13.3 本合同项下的通知以书面或电子邮件方式发送至双方指定的联系人，电子邮件发出即视为送达。

**甲方（盖章）：** ____________　　**乙方（盖章）：** ____________
"""

H894E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MSL-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Xiamen Jinshi Stone Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nan'an, Fujian (the "Customer"), and Mewar Softlabs Private Limited, a company incorporated in India with its registered office at Hiran Magri, Sector 11, Udaipur, Rajasthan 313002, India (the "Vendor").
P:The Customer processes granite and marble blocks into slabs and tiles at two plants and a stock yard. It wishes to license the Vendor's SlabTrack yard and inventory management software and to have the Vendor implement it, build interfaces to the Customer's systems and train its staff. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the SlabTrack application in the version current at the date of this Agreement, including its block, slab and bundle inventory, yard location, cutting-plan, polishing-line tracking, quality grading, photo catalogue and dispatch modules, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, reports, data-conversion scripts, label templates and configuration created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to, or generated by the Software from the Customer's operations, including block and slab records, photographs, customer orders, prices and staff information.
P:1.4 "Final Acceptance" means the Customer's signed acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Customer's two plants and stock yard in Fujian Province for up to 120 named users, for the Customer's internal business purposes and those of its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for back-up, test and disaster-recovery purposes.
P:2.3 The Software will be installed on servers owned by the Customer in its own data room. The Vendor will not host the Software or any Customer Data.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, convert the Customer's existing spreadsheet stock records into the Software, and build the following interfaces: (a) the Customer's ERP system, for sales orders, invoices and stock valuation; (b) the bridge-saw and polishing-line controllers, for cutting and finishing counts; (c) the weighbridge at the yard gate; and (d) the handheld label printers and barcode scanners.
P:3.2 The Vendor shall train up to forty key users and four system administrators at the Customer's site in Mandarin and shall supply user and administrator manuals in Chinese and English.
P:3.3 The Vendor shall complete installation within sixty days and submit the Software for Final Acceptance within one hundred and fifty days after the date of this Agreement, in accordance with the project plan in Annex 2.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement is CNY 1,800,000, which is fixed and made up as follows: Software licence fee CNY 1,180,000; implementation and data conversion CNY 364,000; interfaces CNY 218,000; training CNY 38,000.
P:4.2 The price includes all travel, accommodation and interpreter costs of the Vendor's staff and all taxes payable in India and in the People's Republic of China.
P:4.3 The Customer shall pay: (a) 20% of the total price, CNY 360,000, within fifteen days after receiving the Vendor's invoice and an advance payment bank guarantee for the same amount; (b) 45% of the total price, CNY 810,000, after the Software has been installed and the interfaces have passed their integration tests; (c) 35% of the total price, CNY 630,000, after Final Acceptance.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every function listed in the requirements specification in Annex 1 works as described; (b) the converted stock records agree with the Customer's physical stock count for every block and bundle, and slab counts differ by no more than two slabs per bundle; (c) each interface in Article 3.1 has exchanged data without error for twenty consecutive working days; and (d) the Software runs for thirty consecutive days in production without a Severity 1 incident.
P:5.2 The Customer shall issue the acceptance certificate within ten working days after the tests are passed. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.3 Installation, use of the Software in production, or payment of any instalment does not amount to Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions free of charge, and provide the support services in Article 7.
P:6.2 After the Warranty Period, the Customer may order annual support from the Vendor. The annual support fee shall be 11% of the Software licence fee, that is CNY 129,800 per year, and shall not be increased for the first three years after the Warranty Period. Each year of support is ordered by a separate purchase order; there is no automatic renewal.
H:Article 7 Service Levels
P:7.1 Incidents are classified as follows. Severity 1: the Software is unavailable or stock cannot be received or dispatched at a plant or the yard. Severity 2: a major function fails and a workaround exists. Severity 3: any other defect or question.
P:7.2 The Vendor shall respond to a Severity 1 incident within one hour, day or night, and restore service within eight hours, by remote access approved by the Customer. Severity 2 incidents shall receive a response within two hours in business hours and a fix or workaround within two working days. Severity 3 incidents shall receive a response within one working day.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or support fee due.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor, subject to the licence in Article 2.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems, disclose it or use it for any other purpose.
P:9.2 The Vendor's staff shall access the Customer's systems only through the remote-access gateway designated by the Customer, with individual accounts, multi-factor authentication and session recording, and only after the Customer approves each session. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Customer Data, and no Customer Data shall be transferred outside mainland China.
P:9.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data through the Vendor or its staff, shall cooperate in containing it, and shall be liable for the resulting losses of the Customer.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's prices, customer lists and production volumes, and shall use it only for this Agreement. This obligation continues for five years after this Agreement ends.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to submit the Software for Final Acceptance by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability under Article 9, to death or personal injury, or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after written notice.
P:13.2 The Customer may also terminate if the delay damages under Article 11.1 reach their maximum. On such termination the Vendor shall refund all amounts paid for the services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of India.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Arbitration and Conciliation Act, 1996, by a sole arbitrator. The seat of arbitration shall be Udaipur, Rajasthan, and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Requirements Specification), and Annex 2 (Project Plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and takes effect on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H894E02 = """# ORDER FORM — COLDLINK TRACEABILITY SERVICE

Order Form No. NTW-OF-27-0142

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement (the "Agreement") between the Provider and the Customer named below.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Namdo Traceworks Co., Ltd., 88 Jungang-ro, Suncheon-si, Jeollanam-do, Republic of Korea.

**Customer:** Qingdao Haixian Foods Co., Ltd., Huangdao District, Qingdao, Shandong, People's Republic of China.

### A2. Service

The Provider will provide its ColdLink cold-chain traceability service (the "Service") on a software-as-a-service basis. The Service covers: lot and batch registration from receipt of raw seafood to dispatch of finished products; temperature-log import from the Customer's reefer trucks and cold rooms; lot genealogy and recall simulation; label and QR-code generation for consumer traceability; supplier certificate management; and standard and Customer-specific reports. The Service is provided for up to 180 named users at the Customer's three processing plants and two distribution centres.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months, divided into two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5. The Subscription Term does not renew automatically. Any continuation of the Service after the Subscription Term requires a new Order Form signed by both parties.

### A4. Fees and Payment

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (configuration, data migration, interfaces, training) | one-time | 36,000 |
| Subscription fee, Subscription Year 1 | annual, 180 users | 248,000 |
| Subscription fee, Subscription Year 2 | annual, 180 users | 248,000 |
| **Total Contract Value** | | **532,000** |

The onboarding fee is invoiced after Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within thirty days of receipt, in CNY, by bank transfer. Fees are fixed for the Subscription Term and include all taxes payable in Korea. Additional users may be added at CNY 1,380 per user per year, pro rata; such additions are not part of the Total Contract Value.

### A5. Onboarding and Go-Live Acceptance

The Provider will complete onboarding within seventy-five days after signature of this Order Form. Onboarding includes: configuration of the Customer's plants, products, lot rules and label formats; migration of the Customer's open lots and supplier certificates from spreadsheets; interfaces with the Customer's ERP system and with the temperature loggers of its reefer fleet; and two days of on-site training for key users.

Go-Live Acceptance tests will show that: (a) every lot migrated agrees with the Customer's records; (b) a full recall simulation for three sample lots can be completed within two hours, from finished product back to raw material receipts; (c) temperature logs from every reefer truck and cold room are imported without gaps for ten consecutive days; and (d) the ERP interface has exchanged orders and dispatches without error for ten consecutive working days. The Customer will sign a Go-Live Acceptance certificate within five working days after the tests are passed. Use of the Service for training or trial does not amount to Go-Live Acceptance.

If Go-Live Acceptance is delayed beyond the seventy-five-day period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

### A6. Service Levels

(a) Availability: the Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 06:00 Beijing time.

(b) Support: the Provider will provide support in Chinese and English through a ticket portal and a hotline. Severity 1 incidents (the Service is unavailable, or labels cannot be printed at a plant) will receive a response within thirty minutes at any time and a restoration within three hours. Severity 2 incidents will receive a response within two hours during business hours. Severity 3 incidents will receive a response within one business day.

(c) Service credits: if monthly availability falls below the level in (a), the Customer will receive a credit of 5% of that month's subscription fee for each 0.1 percentage point, or part of one, below the level. For each hour by which a Severity 1 response or restoration is late, the Customer will receive a credit of CNY 500. Credits are deducted from the next invoice, or paid to the Customer after the end of the Subscription Term.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images submitted to the Service by or for the Customer, and all records generated by the Service from them.

1.2 "Customer Deliverables" means the Customer-specific configurations, label templates, report definitions and interface mappings created by the Provider for the Customer.

1.3 "Order Form" means Part A above.

### 2. Provision of the Service

2.1 The Provider will provide the Service in accordance with this Agreement and the documentation, and will not materially reduce the functions of the Service during the Subscription Term.

2.2 The Customer will use the Service only for its own business and that of its affiliates, and is responsible for the acts of its users. User accounts may not be shared.

2.3 The Provider may update the Service from time to time. Updates that change how users work will be announced at least fourteen days in advance.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider will process Customer Data only to provide the Service to the Customer under this Agreement and will not use it for any other purpose.

3.2 During the Subscription Term the Customer may export Customer Data at any time in CSV and PDF formats. Within thirty days after the end of the Subscription Term the Provider will, at the Customer's request, deliver a full export of Customer Data and will then delete Customer Data from the Service.

### 4. Intellectual Property

4.1 The Provider retains all rights in the Service, its software and its documentation. The Customer receives a right to use the Service during the Subscription Term under this Agreement.

4.2 The Customer Deliverables belong to the Customer. The Customer may use, copy and modify them and may let third parties use them for the Customer's benefit, including after the Subscription Term.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information it receives from the other party in connection with this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

5.2 These duties do not apply to information that is public, already known to the recipient, or independently developed, and continue for three years after the end of this Agreement.

### 6. Warranties

6.1 Each party warrants that it has the power to enter into this Agreement.

6.2 The Provider warrants that the Service will perform materially in accordance with the documentation and that the onboarding services will be carried out with reasonable skill and care.

6.3 If the Service does not perform as warranted, the Provider will correct it without charge. If it cannot do so within a reasonable period, the Customer may terminate the affected part of the Service and receive a refund of the fees paid for the remaining period.

### 7. Liability

7.1 Neither party is liable to the other for loss of profits, loss of business or any indirect or consequential loss.

7.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

7.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

### 8. Subcontracting

The Provider shall not subcontract any part of the Service or the onboarding services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

### 9. Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after receiving written notice of the breach.

9.2 If the Customer terminates under 9.1, the Provider will refund any prepaid fees for the period after termination.

9.3 Sections 3, 4.2, 5 and 7 survive termination.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The arbitral award is final and binding on both parties.

### 11. General

11.1 This Agreement is the entire agreement between the parties on its subject matter. Changes must be agreed in writing.

11.2 Notices must be given in writing to the addresses in A1.

11.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters or government action, if it informs the other party promptly and resumes performance as soon as possible.

11.4 This Order Form is signed in English in two originals, one for each party.

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

H894E03 = """T:SUPPLY AND LICENCE CONTRACT FOR WAREHOUSE TEMPERATURE MONITORING
P:Contract No. RK-PUR-2027-0388
P:Buyer: Chengdu Rongkang Pharmaceutical Distribution Co., Ltd., Xindu District, Chengdu, Sichuan, People's Republic of China (the "Buyer").
P:Supplier: Chiak Sensing Co., Ltd., 27 Munmak-eup Industrial Road, Wonju-si, Gangwon-do, Republic of Korea (the "Supplier").
P:The Buyer operates four pharmaceutical warehouses and a fleet of refrigerated vans and must monitor storage temperature and humidity continuously under the Good Supply Practice for pharmaceuticals. This Contract is issued on the Buyer's standard terms for the supply of the Supplier's wireless sensors and gateways and a perpetual licence of its monitoring software, with installation, temperature mapping, validation and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's ColdSight monitoring software, including its alarm, reporting, audit-trail and calibration-management modules, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and validated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, audit-trail and user records generated by the System, and all other information of the Buyer handled by the Supplier.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and validate the System at the Buyer's four warehouses in Chengdu and Deyang, and shall train the Buyer's staff. The contract price is fixed and is set out in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, calibrated|640|1,450|928,000
TB:2|Gateways with 4G back-up|42|6,800|285,600
TB:3|ColdSight monitoring software, perpetual licence, unlimited sensors, 60 users|1|326,000|326,000
TB:|Hardware and Licence Subtotal|||1,539,600
TB:4|Installation and temperature mapping of all storage zones|1 lot|148,400|148,400
TB:5|Validation (IQ, OQ, PQ) and documentation|1 lot|86,000|86,000
TB:6|Training of users and administrators|1 lot|32,000|32,000
TB:|Contract Price|||1,806,000
P:2.2 The Contract Price includes delivery DDP to the Buyer's warehouses, import duties, all taxes, and all travel and living costs of the Supplier's staff.
P:2.3 The Contract Price is not subject to adjustment for changes in exchange rates, material costs or labour costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 180,600, within twenty days after signature and receipt of the Supplier's invoice and an advance payment guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 993,300, after delivery and installation of all Equipment at all four warehouses. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price, CNY 632,100, within twenty days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within sixty days after signature and complete installation, temperature mapping and validation within one hundred and twenty days after signature.
P:4.2 Each sensor shall be delivered with a calibration certificate traceable to national standards and issued not more than three months before delivery. The Supplier shall mark every sensor with a unique serial number and record its location in the Software.
P:4.3 Work in the warehouses shall follow the Buyer's site rules, including its GSP, safety and access procedures, and shall not interrupt the Buyer's storage operations.
P:4.4 With the Equipment the Supplier shall deliver installation drawings, user and administrator manuals in Chinese, the sensor location list and all calibration certificates, in paper and electronic form.
H:5. Acceptance
P:5.1 The System shall pass the following tests: (a) temperature mapping of every storage zone in summer and winter conditions according to the approved protocol; (b) every sensor reports to the Software at the configured interval, with no data gap longer than ten minutes during a fourteen-day test run; (c) alarms for out-of-range readings and lost connections reach the designated staff by SMS, phone call and the mobile app within two minutes; (d) the audit trail and electronic signatures meet the GSP requirements for computerised systems; and (e) the IQ, OQ and PQ reports are approved by the Buyer's quality department.
P:5.2 The Buyer shall issue its written Final Acceptance within ten working days after all tests are passed. If any test fails, the Supplier shall correct the defect and repeat the test at its own cost.
P:5.3 Installation, use of the System in operation, or payment does not constitute Final Acceptance.
H:6. Warranty and Post-warranty Support
P:6.1 The Supplier warrants the System for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment free of charge, correct Software defects, supply all Software updates, and recalibrate every sensor once a year at the Buyer's sites at no charge.
P:6.2 After the warranty period, the Buyer may order annual support, including repairs, recalibration and Software updates. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 123,168 per year, fixed for the first two years after the warranty period. Support is ordered year by year by written purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 Priority 1 incidents are failures of the monitoring server or Software, or failures that stop alarms from being delivered for any storage zone. The Supplier shall respond to a Priority 1 incident within thirty minutes, at any time, and restore monitoring within six hours, by remote support or on site.
P:7.2 Priority 2 incidents are failures of single sensors or gateways. The Supplier shall respond within two hours and replace the failed item from the on-site spare stock within one working day.
P:7.3 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Supplier.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways at the Buyer's main warehouse, equal to at least two percent of the installed quantity, during the warranty period.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software for its own operations.
P:8.2 All deliverables made specifically for the Buyer, including mapping reports, validation documents, zone configurations, report templates and interface scripts, belong to the Buyer, which may use, modify and license them freely.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose or disclose it to any third party.
P:9.2 The Software shall be installed on the Buyer's servers. The Supplier shall access the System only through the Buyer's remote-access gateway, with named accounts and the Buyer's approval of each session, and shall not copy Buyer Data out of the Buyer's systems or transfer it outside mainland China.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within twelve hours after becoming aware of it, cooperate in the investigation and remedy, and be liable for the Buyer's losses caused by its fault.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer in connection with this Contract, including warehouse layouts, product lists, customer information and quality records, and shall not disclose it to any third party without the Buyer's prior written consent. This duty survives termination of this Contract for five years.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete the work by the dates in Clause 4.1, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct or breach of Clauses 9 and 10, which is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages under Clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for any part of the System not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The award is final and binding.
H:15. General
P:15.1 This Contract is made in English and Chinese, both versions being equally authentic. Annex 1 (Technical Specification) and Annex 2 (Validation Protocol) form part of it.
P:15.2 Notices under this Contract shall be given in writing to the addresses above, or by e-mail to the contact persons named in Annex 1, and take effect on receipt.
P:15.3 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H894E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. BIS-SZ-2027-006

**Customer:** Suzhou Lianchuang Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer").

**Provider:** Bodhi Infotech Services Private Limited, Gaya, Bihar, India ("Provider").

**Background.** Customer manufactures printed circuit board assemblies for automotive and industrial clients at two plants in Suzhou. Its IT infrastructure is run by a small internal team. Customer wishes to outsource the daily operation of that infrastructure to Provider, which runs a network operations centre in Gaya and will station engineers in Suzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.5 "Customer Data" means all data of Customer, its employees, clients and suppliers that Provider accesses, processes or stores in performing the Services, including system logs and configurations.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, with charges to be agreed at that time.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1, this Agreement and good industry practice, and shall meet the Service Levels.

3.2 Provider shall provide a named service delivery manager, two resident engineers at Customer's Suzhou plants during local business hours, and round-the-clock monitoring and remote support from its network operations centre.

3.3 Provider shall follow Customer's change-management procedure. No change to production systems may be made without an approved change request, except emergency changes to restore service, which shall be reported within one business day.

3.4 Customer shall give Provider's personnel access to its sites and systems as needed, provide desk space for the resident engineers, and keep its own software licences and hardware maintenance contracts in force. Provider is not responsible for failures caused by Customer's failure to do so.

## 4. Transition

4.1 Provider shall complete the transition within ninety days after signature. Transition covers discovery and documentation of all in-scope systems, installation of monitoring agents, set-up of the service desk, knowledge transfer from Customer's team, and run-book preparation.

4.2 Transition acceptance requires that: (a) every in-scope device in the agreed inventory is monitored and its alerts reach the service desk; (b) run-books for all critical systems are approved by Customer; (c) a test restore of each critical system from back-up succeeds; and (d) the service desk handles live tickets for ten consecutive business days in parallel with Customer's team, meeting the Service Levels. Customer shall sign the transition acceptance certificate within five business days after these criteria are met.

4.3 If the Service Commencement Date has not occurred within the ninety-day period for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.02% of the Contract Value for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Contract Value is CNY 3,600,000.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced quarterly in arrears. Customer shall pay each undisputed invoice within thirty days of receipt.

5.3 The Charges are fixed for the Term and include all travel, accommodation and visa costs of Provider's personnel and all taxes payable in India.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

6.2 If a Service Level is missed, Provider shall credit Customer the amount set out in Schedule 2. Credits are deducted from the next invoice.

6.3 Provider shall hold a service review with Customer each quarter to discuss performance, incidents, problems and improvement actions, and shall prepare an action plan for any Service Level missed twice in a quarter.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not disclose it or use it for any other purpose.

7.2 Customer Data shall remain on Customer's systems in mainland China. Provider's engineers in India may access Customer's systems only through Customer's privileged-access gateway, with named accounts, multi-factor authentication and recorded sessions. Provider shall not copy Customer Data to its own systems and shall comply with the PRC Personal Information Protection Law, Data Security Law and Customer's information security policies.

7.3 Provider shall notify Customer within two hours of becoming aware of any security incident affecting Customer's systems or Customer Data, take immediate containment action, cooperate in the investigation and bear the losses caused by its fault.

## 8. Confidentiality

Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's product designs, client names and production data, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after this Agreement ends.

## 9. Intellectual Property

Run-books, documentation, scripts, monitoring configurations and reports produced by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider. Provider keeps its pre-existing tools and methods.

## 10. Personnel and Subcontracting

10.1 Provider shall use qualified personnel and replace any person whom Customer reasonably objects to.

10.3 Provider shall ensure that its resident engineers hold valid work permits and comply with Customer's site, safety and electrostatic-discharge rules.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the Contract Value. This limit does not apply to breaches of Sections 7 and 8, personal injury or wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss, except for breaches of Sections 7 and 8.

## 12. Duration and Remedies

12.1 This Agreement may not be terminated by either party before the end of the Term, except under Section 13.

12.2 If a party breaches this Agreement, the other party's remedies are service credits, delay damages and compensation for its losses under Section 11. A breach, however serious, does not entitle the other party to terminate this Agreement.

## 13. Force Majeure

If an event beyond a party's reasonable control prevents performance for more than ninety consecutive days, either party may end this Agreement by written notice. Provider shall then provide exit assistance under Section 14.

## 14. Exit Assistance

At the end of the Term, or on ending under Section 13, Provider shall for up to sixty days transfer all documentation, credentials and knowledge to Customer or its new provider, at no additional charge.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou under its rules. The award is final and binding.

## 16. General

This Agreement, including its three Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is signed in English in two originals.

**For Customer:** ____________________ **For Provider:** ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, e-mail and portal in Chinese and English; user support for about 1,150 users | 24 × 7 |
| Server management | 86 physical and virtual servers: monitoring, patching, capacity reports | 24 × 7 monitoring |
| Network management | Core, distribution and access switches, firewalls, Wi-Fi at two plants | 24 × 7 monitoring |
| Back-up and restore | Daily back-ups, monthly restore tests, off-site copies in Suzhou | Daily |
| End-user devices | Laptop and desktop imaging, repairs, moves and changes | Business hours |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels

| Measure | Level | Service credit |
|---|---|---|
| P1 incident (plant production systems, MES servers or core network down) | Response within 15 minutes; restoration within 3 hours | 2% of the monthly charge per late P1 incident |
| P2 incident (a critical system degraded or a site function down) | Response within 1 hour; restoration within 8 hours | 1% of the monthly charge per late P2 incident |
| Availability of core network and MES servers | 99.95% per month | 1% of the monthly charge per 0.01 point below the level |
| Patching of critical security patches | Within 14 days of release | 1% of the monthly charge per month missed |
| Service credits per month | Total not more than 20% of the monthly charge | — |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | One-time | 126,000 |
| Monthly service charge | CNY 96,500 × 36 months | 3,474,000 |
| **Contract Value** | | **3,600,000** |
"""

H894E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GAD-CN-27-019

BETWEEN

Dalian Haoyu Grain and Oilseeds Trading Co., Ltd., Zhongshan District, Dalian, Liaoning, People's Republic of China ("Customer"); and

Godavari AgriData Private Limited, Vazirabad, Nanded, Maharashtra 431601, India ("Vendor").

RECITALS

Customer imports soybean meal, pulses and cotton from India and needs timely market data for its purchasing and risk decisions. Vendor collects agricultural market data from Indian wholesale markets and other sources and makes it available through its AgriPulse data platform and application programming interface (the "API"). Customer wishes to subscribe to that data for two Subscription Years on the terms below.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in clause 2.1, as delivered by Vendor through the API and the web portal, including historical data.

1.2 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term, the first starting on the Start Date and the second on the first anniversary of the Start Date.

1.3 "Start Date" means the date on which Customer signs the integration acceptance certificate under clause 4.

1.4 "Customer Data" means all data that Customer or its users submit to the platform, including watch lists, saved queries, uploaded purchase positions and user details, and all outputs the platform produces from them.

1.5 "Custom Deliverables" means the commodity mapping tables, data transformation scripts and dashboards created by Vendor specifically for Customer under clause 3.

2. LICENSED DATA AND LICENCE

2.1 Vendor will provide, through the API and the web portal: (a) daily arrival volumes and modal, minimum and maximum prices for soybean, cotton, chickpea, pigeon pea, black gram and turmeric in at least 240 Indian wholesale markets; (b) weekly crop-sowing and crop-condition reports by state and district; (c) weather-indexed yield estimates for the main producing districts, updated fortnightly; (d) monthly export volumes by product and destination; and (e) ten years of history for the data in (a) to (d).

2.2 Vendor grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Licensed Data, to store it in Customer's own systems, and to use it for Customer's internal business purposes, including reports to its management, banks and auditors. Customer may keep and continue to use Licensed Data downloaded during the Subscription Term after it ends.

2.3 Customer may not resell the Licensed Data or publish it in bulk. Short extracts may be quoted in Customer's internal and client reports with attribution to Vendor.

2.4 The licence covers up to 35 named portal users and API calls from Customer's systems of up to 200,000 per day.

2.5 Vendor may add new data sets or fields to the API during the Subscription Term. It will not remove any data set in clause 2.1 or change the API in a way that breaks Customer's integration without giving Customer at least sixty days' notice and a migration guide.

3. SET-UP SERVICES

3.1 Vendor will: (a) issue API credentials and give Customer's developers two days of remote technical onboarding; (b) deliver the full historical data set in clause 2.1(e) in a bulk file; (c) build commodity mapping tables that link Vendor's market and variety codes to Customer's ERP item codes and grades; and (d) build three dashboards for Customer's purchasing team showing price spreads, arrivals and crop progress for the commodities Customer buys.

3.2 Vendor will complete the set-up services within forty-five days after signature of this Agreement.

4. INTEGRATION ACCEPTANCE

4.1 Customer will test the set-up services. The acceptance criteria are: (a) the historical bulk file is complete for every market, commodity and date listed in Annex A, with no missing days other than market holidays; (b) API responses match the portal values for a sample of 500 records chosen by Customer; (c) the mapping tables cover every ERP item code in Annex B; (d) Customer's system has received the daily data through the API on fifteen consecutive business days without manual correction; and (e) the dashboards show the views described in Annex C.

4.2 Customer will sign an integration acceptance certificate within five business days after the criteria are met or notify Vendor of the failures. Vendor will correct failures and the tests will be repeated. Use of the data during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are: set-up fee CNY 22,000 (one-time); subscription fee for Subscription Year 1 CNY 386,000; subscription fee for Subscription Year 2 CNY 402,000. The total fees under this Agreement are CNY 810,000.

5.2 The set-up fee is invoiced after integration acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Customer will pay each invoice within thirty days after receipt, in CNY, by bank transfer.

5.3 The fees are fixed for the Subscription Term and include all taxes payable in India. Calls above the daily limit in clause 2.4 are charged at the rates in Annex D and are not part of the total fees.

6. AVAILABILITY AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API and the portal available and to publish the daily data by 10:00 Beijing time on each business day.

6.2 Customer may raise support requests by e-mail. Vendor will deal with support requests in a timely manner during its business hours in India. Vendor gives no commitment on availability levels or response or resolution times, and no service credits apply.

6.3 Vendor will announce planned maintenance on the portal at least two business days in advance.

7. DATA QUALITY

7.1 Vendor will collect the Licensed Data with reasonable skill and care from the sources named in its methodology statement and will correct errors notified by Customer in the next daily release.

7.2 Vendor does not guarantee that the source data published by markets and government bodies is complete or accurate.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Vendor will use Customer Data only to provide the services under this Agreement and will not disclose it to others or use it for any other purpose, including its own analytics.

8.2 Vendor will keep Customer Data encrypted in transit and at rest, restrict access to named staff who need it, keep access logs, and maintain ISO 27001 certification for the platform throughout the Subscription Term.

8.3 Vendor will notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take action to contain it, and compensate Customer for the losses caused by Vendor's fault.

8.4 Within thirty days after the Subscription Term ends, Vendor will return Customer Data in a common format and then delete it.

9. INTELLECTUAL PROPERTY

9.1 Vendor keeps all rights in the platform, the API and the Licensed Data, subject to the licence in clause 2.

9.2 The Custom Deliverables belong to Customer. Vendor will hand over the mapping tables, scripts and dashboard definitions in editable form at integration acceptance, and Customer may use, modify and license them freely.

10. CONFIDENTIALITY

Each party will keep confidential the non-public information it receives from the other party under this Agreement, including Customer's purchase positions and Vendor's methodology, and will not disclose it to third parties without prior written consent. This duty continues for three years after this Agreement ends.

11. SUBCONTRACTORS AND DATA PARTNERS

Vendor may use subcontractors and data partners to perform any part of its obligations, including data collection, hosting and support. Vendor will give Customer written notice of any new subcontractor within fourteen days after appointing it. Vendor remains responsible for the work of its subcontractors.

12. DELAY AND LIABILITY

12.1 If Vendor does not complete the set-up services within the period in clause 3.2 for reasons attributable to it, Vendor will pay Customer CNY 700 for each day of delay.

12.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1, except for breach of clauses 8 and 10, wilful misconduct, and death or personal injury.

12.3 Neither party is liable for indirect or consequential loss or loss of profit.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and continues until the end of the second Subscription Year (the "Subscription Term"). It does not renew automatically; any further subscription requires a new agreement.

13.2 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within twenty days after written notice. If Customer terminates for Vendor's breach, Vendor will refund the subscription fee for the remaining part of the Subscription Year.

13.3 Clauses 2.2 (last sentence), 8, 9.2, 10 and 12 survive the end of this Agreement.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The award is final and binding.

15. GENERAL

15.1 This Agreement, with Annexes A to D, is the entire agreement of the parties on its subject matter. Amendments must be in writing.

15.2 Notices must be given in writing to the addresses above, or by e-mail to the contacts named in Annex A, and take effect on receipt.

15.3 This Agreement is signed in English in two originals, one for each party.

For Customer: ____________________        For Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h894z01": ("h894z01_disability_federation_assistive_device_rental_platform.pdf", "zh", H894Z01),
    "h894z02": ("h894z02_range_hood_plant_line_control_retrofit.docx", "zh", H894Z02),
    "h894z03": ("h894z03_debate_school_chain_booking_membership_saas.txt", "zh", H894Z03),
    "h894z04": ("h894z04_catering_fume_monitoring_om_service.txt", "zh", H894Z04),
    "h894z05": ("h894z05_duixiu_studio_process_tracking_supplier_template.md", "zh", H894Z05),
    "h894e01": ("h894e01_stone_yard_software_licence_india_vendor.pdf", "en", H894E01),
    "h894e02": ("h894e02_cold_chain_traceability_saas_order_form_korea_vendor.md", "en", H894E02),
    "h894e03": ("h894e03_pharma_warehouse_sensors_monitoring_licence.docx", "en", H894E03),
    "h894e04": ("h894e04_electronics_managed_infrastructure_services.md", "en", H894E04),
    "h894e05": ("h894e05_agri_market_data_api_subscription.txt", "en", H894E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pw, auto, term, sub, law,
      kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pw,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, design rules, TCO fee base (itemised licence / hardware subtotal) or None)
LABELS = {
    "h894z01": ("software",
                T(99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, True,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1280000),
                ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], 620000),
    "h894z02": ("hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 18, 26, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2630000),
                ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], 2290000),
    "h894z03": ("cloud",
                T(99.95, 0.5, True, "buyer", True, True, False, 500 / 636000 * 100, 150, None, True, None, None, None,
                  True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=636000),
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"], None),
    "h894z04": ("services",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=580000),
                [], None),
    "h894z05": ("software",
                T(None, 24, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True,
                  None, "PRC", G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=318000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], 168000),
    "h894e01": ("software",
                T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                  "India", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1800000),
                ["CR-GOVERNING-LAW"], 1180000),
    "h894e02": ("cloud",
                T(99.95, 0.5, True, "buyer", False, True, True, 600 / 532000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=532000),
                ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None),
    "h894e03": ("hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1806000),
                [], 1539600),
    "h894e04": ("services",
                T(99.95, 0.25, True, "buyer", True, True, True, 0.02, 150, None, True, None, None, None, False, False,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3600000),
                ["CR-LD-LOW", "CR-TERMINATION"], None),
    "h894e05": ("cloud",
                T(None, None, False, "buyer", True, True, True, 700 / 810000 * 100, 150, None, True, None, None, None,
                  False, True, True, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=810000),
                ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or base is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 and 'Where rules apply'."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is chosen with its law; none abroad + PRC
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.,])"
PATTERNS = [
    ND + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*-?\s*cent", r"thirty\s*percent",
    r"99\.9(?!\d)\s*%?", ND + r"99\.90*\s*%",
    ND + r"4\s*个?\s*(?:工作)?\s*小时", r"(?<![十二三四五六七八九])四\s*个?\s*小时", ND + r"4\s*-?\s*(?:hours?|hrs?)\b",
    r"(?<![-\w])four\s*-?\s*hours?\b",
    ND + r"0\.050*(?!\d)", r"万分之五(?![十])", ND + r"0\.00050*(?!\d)",
    ND + r"100\s*%", r"百分之(?:一)?百(?![分])", r"one\s*hundred\s*per\s*-?\s*cent", r"hundred\s*percent",
    ND + r"12\s*个?\s*月", r"十二\s*个\s*月", ND + r"12\s*-?\s*months?", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    ND + r"15\s*%", r"百分之十五", r"fifteen\s*per\s*-?\s*cent", r"fifteen\s*percent",
    ND + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*-?\s*cent", r"forty\s*percent",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["预付款为合同总价的30%", "30 %", "百分之三十", "thirty per cent", "99.9%", "99.9 %", "可用率99.9",
            "4小时内响应", "4 个小时", "四小时", "within 4 hours", "4-hour", "four hours", "within four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "百分之百", "one hundred per cent", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "15%", "百分之十五", "fifteen percent", "40%", "百分之四十",
            "forty per cent", "0.0005"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "0.5%", "1,100%", "130%", "3.30%",
             "0.15%", "115%", "twenty-four hours", "150%", "112个月", "十四小时", "二十四小时", "18个月", "140%", "0.08%", "万分之八",
             "2% of", "百分之三十五", "百分之四十五", "99.99%", "24 months", "412个"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# --- read back -----------------------------------------------------------------------------------------------
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


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    # 1. build
    targets, sources = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
            sources[key] = src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    # 2. labels, derivation, checks
    seen = set()
    for key, (name, lang, _src) in FILES.items():
        cat, t, x, design, base = LABELS[key]
        assert list(t) == TERM_KEYS
        derived, share = derive(t, x, base)
        assert derived == sorted(design), (key, derived, design)
        seen.update(derived)
        for k, th in TH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
        if "post_warranty_fee_capped" in x:
            extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
        extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
        extra["contract_value"] = x["contract_value"]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": derived}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (name, hits(variant))
        sh = "" if share is None else " tco share %.1f%%" % share
        print("%-66s %s %5d  risk %-6s %s%s" % (name, lang, n, risk(derived), ",".join(derived) or "(none)", sh))
        assert lo <= n <= hi, (name, n)
    missing = [r for r in ALL_RULES if r not in seen]
    assert not missing, missing
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
