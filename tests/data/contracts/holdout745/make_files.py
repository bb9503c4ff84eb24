"""holdout745: ten blind held-out draft contracts (ordinary drafts, no tricks) and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Builds the .txt/.md files directly and the .docx/.pdf files with ../word_pdf.py, writes every .json label, then
asserts: rules derived from the labels (my reading of policy section 3) == the design list; coverage of all 20 CR rules;
text lengths as read back; no label value on a threshold; no threshold figure in any built text (self-tested regex).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:永久基本农田保护耕地监测平台建设项目采购合同
P:合同编号：ZRGH-CG-2026-0317
P:采购人（甲方）：滨江市自然资源和规划局
P:供应商（乙方）：苏州禾图空间信息技术有限公司
P:本项目经政府采购公开招标确定乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，双方就永久基本农田保护耕地监测平台的软件许可、定制开发与实施订立本合同，本合同采用甲方提供的合同文本。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供耕地监测平台软件许可（永久许可，不限用户数），并完成以下定制开发：卫星遥感影像变化图斑自动提取、永久基本农田占用预警、田长制巡查移动端、图斑核查与整改闭环流程、与省级国土空间基础信息平台及耕地保护动态监测系统的数据接口。
P:1.2 合同总价为人民币贰佰叁拾壹万陆仟元整（¥2,316,000），包括：平台软件许可费¥1,260,000；定制开发费¥742,000；历史数据对接与迁移费¥218,000；实施与培训费¥96,000。合同总价为固定价格，含税费及乙方为履约发生的全部费用。
P:1.3 乙方应于合同签订后150日内完成全部开发、部署与数据迁移，并提交初验申请。
P:1.4 乙方应组建不少于12人的项目团队，其中项目经理须具有高级工程师职称并具备同类耕地保护或国土调查信息化项目经验，项目经理及技术负责人未经甲方书面同意不得更换。乙方应每两周向甲方提交项目进度报告，重大问题随时报告。
P:1.5 乙方应为甲方及各乡镇田长、网格员提供不少于6场集中培训，培训内容包括平台操作、图斑核查流程、移动端巡查及日常管理员维护，并提交培训教材和考核记录。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 初验合格后15个工作日内，甲方支付合同总价的45%。
P:2.3 最终验收合格后15个工作日内，甲方支付合同总价的35%。
P:2.4 乙方每次请款应开具合法有效的增值税发票；甲方资金支付按财政国库集中支付程序办理。
P:2.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可以银行保函形式提交），最终验收合格且无违约扣款后无息退还。
H:第三条 交付与验收
P:3.1 初验条件：全部功能按需求规格说明书部署完成；历史图斑数据迁移完成并经甲方抽样核对无差错；与省级平台接口连续运行10日无数据丢失。
P:3.2 最终验收标准：（1）试运行满90日，期间无一级故障；（2）变化图斑自动提取查全率不低于88%、查准率不低于85%，以甲方指定的三个样区人工解译结果为准；（3）500名用户并发时，图斑查询响应不超过3秒；（4）通过第三方机构的网络安全等级保护测评及商用密码应用安全性评估；（5）源代码、接口文档、部署手册、操作手册齐全。
P:3.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在20日内整改并重新提交验收。
P:3.4 初验合格后进入试运行期。试运行期间乙方应安排不少于2名驻场工程师，负责问题处理、数据核对和用户支持，并每周提交试运行情况报告。
H:第四条 服务水平
P:4.1 质保期内平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:4.2 故障分级与响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应、3小时内恢复；二级故障（部分功能异常）1小时内响应、8小时内恢复；三级故障（一般问题）1个工作日内处理。
P:4.3 服务水平未达标的，每迟延响应或恢复一小时扣减¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,500；扣减额从维保费或履约保证金中扣除。
P:4.4 质保期内乙方每季度对平台进行一次全面巡检，检查服务器资源、数据库性能、接口运行与安全漏洞情况，出具巡检报告并在甲方确认的时间窗口内完成补丁更新。
H:第五条 质量保证与维保
P:5.1 质保期自最终验收合格之日起二十四个月，质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过平台软件许可费的8%（即¥100,800/年），该价格自质保期满起三年内不得上调，维保合同另行签订，不自动续期。
H:第六条 知识产权
P:6.1 乙方保证其提供的软件及服务不侵犯第三方知识产权。平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 本项目定制开发的功能模块、数据接口、移动端程序及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第七条 数据安全与数据权属
P:7.1 耕地图斑、遥感影像成果、巡查记录等全部业务数据属于甲方，乙方仅可为履行本合同使用，不得留存、复制或用于任何其他目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，落实访问控制、加密存储、操作审计措施；运维须经甲方审批并通过堡垒机进行，不得将数据带离甲方机房。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:乙方对履约中知悉的甲方工作秘密、涉密测绘成果及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期完成交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金。
P:9.2 乙方交付成果不符合约定，经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十条 分包
P:本项目不允许分包或转包。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
P:11.3 合同解除后，乙方应在10日内向甲方移交已完成的全部成果、源代码及甲方数据，并配合甲方完成平台迁移；已完成且经甲方确认合格部分的价款据实结算。
P:11.4 遭受不可抗力的一方应及时通知对方，并在15日内提供相关证明；双方应采取合理措施减少损失。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方两份，自双方签章之日起生效。
P:13.2 双方的通知应以书面形式送达合同首页所列地址，一方变更联系方式的，应提前3日书面告知对方。乙方人员在甲方场所工作时应遵守甲方的安全保密和廉政管理规定。
P:13.3 附件：需求规格说明书；分项报价表；验收方案。
P:甲方（盖章）：滨江市自然资源和规划局　　乙方（盖章）：苏州禾图空间信息技术有限公司
P:签订日期：2026年3月17日
"""

Z02 = """T:砂锅成型及窑炉烧成生产线控制系统改造合同
P:合同编号：RH-JG-2026-021
P:甲方（买方）：雅安市荥河砂器制品有限公司
P:乙方（卖方）：成都锐控自动化工程有限公司
P:甲方一号车间砂锅生产线现有成型设备为手动控制，梭式窑与隧道窑温度依靠人工记录调节，成品率波动大。经比选，甲方委托乙方对该生产线实施控制系统改造，双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责练泥及滚压成型机的伺服控制改造、窑炉温度自动控制与燃气比例调节、安全联锁、现场数据采集，以及生产监控与窑炉烧成曲线管理软件的供货、安装、调试、培训和质保期服务。
P:1.2 改造须在甲方指定的停产窗口内分两段实施，每段停产不超过10日，不得影响另一条生产线的正常运行。
P:1.3 乙方应在合同生效后15日内提交详细技术方案和施工组织方案，内容包括控制系统架构、窑炉分区控温方案、燃气安全联锁逻辑、停产窗口内的施工计划及应急预案，经甲方书面确认后方可实施。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|练泥及滚压成型机伺服控制改造|6台|68,000|408,000
TB:2|梭式窑、隧道窑温控系统（含PLC控制柜、热电偶）|2套|186,000|372,000
TB:3|窑炉燃气比例调节及安全联锁装置|2套|74,000|148,000
TB:4|现场传感器及数据采集终端|1批|118,000|118,000
TB:5|生产监控与窑炉烧成曲线管理软件许可（永久）|1套|240,000|240,000
TB:|设备及软件小计|||1,286,000
TB:6|安装调试及系统联调|1项|164,000|164,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:|合计|||1,468,000
P:2.2 上述价格为固定总价，含设备、软件、运输、保险、安装、调试、税费等一切费用。合同履行期间，乙方不得以原材料或人工价格上涨为由要求调整价格。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%。到货签收及安装完毕不视为验收合格。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的25%。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后60日内将全部设备运至甲方厂区，并在第一段停产窗口内完成成型机改造，在第二段停产窗口内完成窑炉系统改造。
P:4.2 乙方施工应遵守甲方的安全生产规定，燃气管路及电气作业人员须持证上岗，动火作业须办理审批手续。
P:4.3 乙方提供的设备应为全新、未使用过的合格产品，随机提供产品合格证、说明书、电气原理图及接线图。PLC、伺服驱动器、燃气比例阀等关键部件的品牌和型号须与投标文件一致，确需变更的，应事先取得甲方书面确认，且性能不得低于原型号。
P:4.4 乙方应在改造前对原有设备进行测绘和拍照留档，改造中拆除的旧部件清点后交还甲方。施工区域应每日清理，不得堆放易燃物。
H:第五条 验收
P:5.1 验收标准：（1）设备型号、数量与分项价格表一致；（2）窑炉升温、保温、降温曲线按设定程序自动执行，炉内测点温度偏差不超过±8℃；（3）燃气泄漏、熄火、超温联锁经现场逐项模拟测试有效；（4）成型机单机节拍达到每分钟9件；（5）连续生产20日，砂锅烧成合格率不低于改造前三个月平均水平加3个百分点；（6）软件可完整记录每窑次的烧成曲线并导出报表。
P:5.2 乙方自检合格后书面申请验收，甲方在7日内组织验收并签署验收报告。设备投入生产使用不视为验收合格；验收不合格的，乙方应在15日内整改后重新验收。
P:5.3 验收时乙方应提交竣工资料，包括设备清单、电气图纸、程序备份、参数设定表、调试记录和操作维护手册各两份及电子版。
H:第六条 质量保证与售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，提供软件缺陷修复和升级。
P:6.2 故障响应：一级故障（窑炉控制失效、联锁失灵或整线停产）乙方应在1小时内响应，8小时内到达现场；二级故障（单台设备或部分功能异常）2小时内响应，24小时内到达现场。
P:6.3 乙方未按时响应或到场的，每延迟一小时向甲方支付¥500。
P:6.4 质保期满后，甲方可与乙方签订年度维保合同，年度维保费按设备及软件小计的7%计取（即¥90,020/年），自质保期满起三年内不上调。
P:6.5 乙方应在甲方厂区存放一套常用备品备件（含热电偶、固态继电器、伺服驱动器各若干），备件消耗后15日内补齐。质保期内乙方每季度上门巡检一次，检查窑炉控制柜、燃气联锁和传感器标定情况，并出具巡检报告。
P:6.6 乙方应为甲方培训不少于8名操作工和3名设备维护人员，使其能够独立完成日常操作、配方调整和一般故障处理，培训结束后进行考核。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、上位机组态工程、烧成曲线配方模板及接口程序的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。
P:7.2 软件产品本身的著作权归乙方，甲方取得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、烧成曲线及工艺参数属于甲方，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
P:8.2 乙方远程维护须经甲方批准并在甲方监督下进行，远程通道使用后即关闭；乙方应采取防病毒、访问控制和数据备份措施。发生数据泄露或篡改的，乙方应在2小时内通知甲方；因乙方原因造成损失的，乙方承担赔偿责任。
H:第九条 保密
P:双方对在履约中知悉的对方技术资料、配方工艺和经营信息负有保密义务，保密期限至合同终止后三年。未经对方书面同意，任何一方不得向第三方披露上述信息，但法律法规要求披露的除外。乙方不得以甲方生产线作为案例对外宣传，除非事先取得甲方书面同意。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:10.2 设备质量不符合约定的，乙方应负责更换，并承担由此给甲方造成的停产损失。
P:10.3 因乙方施工原因造成甲方设备损坏、窑炉事故或人员伤害的，由乙方承担全部责任。
P:10.4 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:乙方可将电缆敷设、桥架安装及燃气管路配套施工分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包部分承担责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:任何一方因不可抗力不能履行合同的，应及时通知对方，并在10日内提供证明；不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交雅安仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、施工组织方案。
P:甲方（盖章）：雅安市荥河砂器制品有限公司　　乙方（盖章）：成都锐控自动化工程有限公司
"""

Z03 = """连锁烘焙门店订货与会员管理SaaS服务及实施合同

合同编号：MX-IT-2026-008
甲方：杭州麦香坊食品连锁有限公司
乙方：上海云焙信息科技有限公司

甲方经营35家连锁烘焙门店及一个中央工厂。为统一门店订货、中央工厂配送和会员营销，甲方订购乙方"云焙"订货与会员管理SaaS服务，并委托乙方完成实施。双方经平等协商，订立本合同。

一、服务内容
（一）SaaS服务：乙方在两个服务年度内向甲方提供以下模块：门店订货与要货计划、中央工厂生产排程与配送、门店收银对接、会员积分与储值、优惠券与营销活动、经营报表。服务账号覆盖35家门店、中央工厂及总部管理人员。
（二）实施服务：
1. 门店、商品、配方和价格等基础资料的梳理与导入；
2. 甲方原有会员系统约26万条会员档案及储值余额的迁移；
3. 与甲方现有收银系统、财务软件和微信小程序商城的接口开发；
4. 甲方专属的订货审批流程和报表配置；
5. 门店店长、中央工厂计划员和总部人员的培训。
（三）乙方应在合同生效后75日内完成实施，系统上线。
（四）乙方应指定一名实施项目经理，负责实施计划、进度和问题协调，实施期间每周向甲方提交周报。门店上线可分批进行，但每批上线前乙方应完成该批门店人员的培训，并安排实施顾问在首日营业时段现场或远程值守。
（五）服务期内，乙方应提供7×24小时服务热线和在线工单渠道，并指定一名客户成功经理，每季度与甲方召开一次服务回顾会，报告可用率、故障处理、需求变更和系统使用情况。

二、服务费用
（一）本合同总价为人民币陆拾伍万肆仟元整（¥654,000），构成如下：
1. 门店订阅费：35家门店×¥6,800/店/服务年度=¥238,000/服务年度；
2. 总部及中央工厂模块订阅费：¥46,000/服务年度；
3. 以上订阅费合计¥284,000/服务年度，两个服务年度共¥568,000；
4. 一次性实施费：¥86,000。
（二）服务期内甲方新增门店的，按每店每服务年度¥6,800按剩余月份折算；关闭门店的，自次一服务年度起相应核减。
（三）上述价格含税，包括云资源、短信通道以外的全部费用。短信按实际发送量另行结算，不计入合同总价。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次付清。
（二）每一服务年度的订阅费在该服务年度开始后10个工作日内支付。第一个服务年度自上线验收合格之日起算。
（三）乙方应在每次付款前开具增值税专用发票。
（四）服务年度内因乙方原因导致服务中断累计超过3日的，甲方可按中断天数要求乙方顺延服务期或退还相应期间的订阅费，由甲方选择。

四、上线验收
（一）验收标准：
1. 合同约定的全部模块及甲方确认的流程、报表配置完成；
2. 会员档案及储值余额迁移后逐户核对一致，差异为零；
3. 与收银系统、财务软件、小程序商城接口连续运行7日，订单和积分数据无遗漏；
4. 门店在订货高峰时段（每日16:00至18:00）提交要货单，页面响应不超过2秒。
（二）乙方完成实施后书面申请验收，甲方在5个工作日内组织验收并出具书面意见。试运行或门店开始使用系统不视为验收合格。

五、服务水平
（一）系统月可用率不低于99.5%，不含乙方提前3日通知并在凌晨1:00至5:00进行的计划维护。
（二）故障分级：
1. 一级故障：全部门店无法订货或收银对接中断，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：部分门店或个别模块无法使用，1小时内响应，8小时内恢复；
3. 三级故障：其他一般问题，1个工作日内响应。
（三）服务补偿：月可用率每低于承诺值0.5个百分点，乙方按当月订阅费（服务年度费用的十二分之一）的5%给予服务抵扣；一级故障超时恢复的，每超时一小时抵扣¥300。抵扣在下一期订阅费中扣除。

六、数据权属与数据安全
（一）甲方的商品、订单、会员信息、交易记录等全部业务数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密传输与存储、权限分级、操作日志留存不少于六个月等安全措施，并已取得网络安全等级保护三级备案。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护的报告义务；因乙方原因造成损失的，乙方承担赔偿责任。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，经甲方确认后彻底删除。

七、知识产权
"云焙"平台及其标准功能的知识产权归乙方所有。乙方为甲方开发的接口程序、专属审批流程和报表配置归甲方所有，乙方应交付接口程序源代码，甲方可自行或委托他人修改使用。乙方保证其提供的服务不侵犯任何第三方的知识产权；发生侵权争议的，由乙方负责处理并承担费用。

八、保密
双方对履约中获得的对方商业信息、技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未按期完成上线的，每逾期一日向甲方支付违约金¥600。
（二）乙方违反本合同第六条约定的，应赔偿甲方因此遭受的全部损失，包括甲方向会员承担的赔偿及监管罚款。
（三）甲方逾期支付费用的，按未付金额每日万分之二支付违约金。

十、续期
本合同第二个服务年度届满前30日，任何一方未书面提出不续约的，合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅费单价，上调幅度不超过上一服务年度单价的10%，乙方在续期前书面通知甲方即可。

十一、甲方责任
（一）甲方应按实施计划提供基础资料、原系统数据和接口文档，并指定对接人员，及时确认需求和配置方案。
（二）甲方应妥善保管系统账号和密码，门店人员离职时及时注销账号。因甲方原因导致实施延误的，实施期限相应顺延。
（三）甲方新增功能需求超出本合同范围的，双方另行协商工作量和费用，经书面确认后实施。

十二、转委托
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作转委托给第三方。

十三、合同解除
（一）任何一方严重违约，经对方书面通知后15日内未改正的，守约方可解除合同。
（二）乙方连续两个月未达到月可用率承诺的，甲方可解除合同，乙方应退还已付未使用期间的订阅费。
（三）合同终止或解除时，乙方应提供不少于30日的过渡期服务，配合甲方将数据迁移至新系统，过渡期内不额外收费。

十四、不可抗力
因地震、火灾、大范围网络中断等不可抗力导致服务中断的，受影响方应及时通知对方，并尽最大努力恢复服务；乙方不得以其云资源供应商的故障作为不可抗力抗辩。不可抗力持续超过30日的，甲方可解除合同。

十五、争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州麦香坊食品连锁有限公司
乙方（盖章）：上海云焙信息科技有限公司
"""

Z04 = """餐厨垃圾收运监管系统运维服务合同

项目编号：LCCG-CS-2026-05（竞争性磋商）
采购人（甲方）：临川市城市管理局
供应商（乙方）：江西绿链智能科技有限公司

根据竞争性磋商结果，乙方为本项目成交供应商。甲方委托乙方对临川市餐厨垃圾处理厂收运监管系统提供运维服务，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》订立本合同。

1 服务范围与服务期
1.1 运维对象：餐厨垃圾收运监管系统，包括收运车辆GPS与称重终端142套、产废单位电子台账、处理厂进出场地磅对接、视频监控接入、监管平台及移动执法端。
1.2 服务内容：系统日常监控与巡检；软件缺陷修复及小版本升级；终端设备故障维修与更换；数据库备份与恢复演练；产废单位台账数据核查；月度监管数据报表编制；配合甲方开展执法检查的数据调取。
1.3 服务期自2026年3月1日起至2027年2月28日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。
1.4 乙方应安排3名驻场运维人员（含1名项目负责人），工作日8:30至17:30在甲方监管中心值守，节假日安排人员远程值班。驻场人员须经甲方面试认可，更换须提前10日书面征得甲方同意。
1.5 乙方应在服务期开始后15日内完成系统现状评估，梳理服务器、数据库、网络、终端和接口清单，形成运维基线文档，并提交年度运维计划，经甲方确认后执行。
1.6 乙方每日对监管平台运行、称重数据上传和车辆在线情况进行巡查，每周形成巡检记录；每季度对服务器、数据库和网络设备进行一次全面巡检，出具巡检报告；每半年进行一次数据备份恢复演练。
1.7 遇春节、国庆等节假日及暴雨、台风等极端天气，餐厨垃圾收运量波动较大，乙方应按甲方要求安排专人值守，保障收运调度和称重数据正常。

2 服务费用与支付
2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），含人工、备件、差旅、税费等全部费用。
2.2 服务费按季度支付：每季度结束后，甲方根据当季考核结果在15个工作日内支付当季服务费¥121,500，扣除考核扣款后结算。
2.3 本合同不设预付款。
2.4 乙方应在合同签订后5个工作日内提交合同总价5%的履约保证金，服务期满且年度验收合格后无息退还；乙方违约应支付的违约金和扣款，甲方可从履约保证金中扣除。
2.5 乙方请款时应提交当季考核表、巡检报告、月报及合法有效的发票。

3 服务水平
3.1 监管平台月可用率不低于99.95%。
3.2 故障分级与时限：
（1）一级故障：监管平台整体瘫痪、称重数据无法上传或超过20%的车载终端离线，乙方应在8小时内响应，24小时内恢复；
（2）二级故障：部分功能异常或单个处理厂地磅对接中断，乙方应在12小时内响应，48小时内恢复；
（3）三级故障：单台终端故障或一般咨询，3个工作日内处理。
3.3 车载终端故障的，乙方应在72小时内完成维修或更换，备件由乙方承担。
3.4 乙方应储备不少于10套车载称重与定位终端备件，以及地磅对接模块、交换机等关键备件，备件库存清单每季度报甲方备案。
3.5 乙方每月5日前向甲方提交上月运维月报，内容包括系统运行情况、故障统计与处理、终端在线率、数据核查发现的问题及整改建议。

4 考核与验收
4.1 甲方按月对乙方服务进行考核，考核指标包括：平台可用率、故障响应及恢复时限、终端在线率不低于95%、巡检报告及月报按时提交、数据备份成功率。
4.2 考核扣款：月可用率每低于承诺值0.01个百分点扣款¥500；一级故障每超时一小时扣款¥400，二级故障每超时一小时扣款¥200；报告每迟交一日扣款¥100。当月扣款从当季服务费中扣除。
4.3 服务期满前30日，甲方组织年度验收，验收标准为：全年考核平均得分不低于85分；系统全部功能正常；运维文档、巡检记录、备份记录和故障处理记录完整；数据库及系统账号、密码完整移交。年度验收结论作为第四季度服务费支付的依据。

5 数据与安全
5.1 系统中的产废单位信息、收运记录、称重数据、视频资料等全部数据属于甲方，乙方仅为运维需要访问，不得复制、留存或用于其他目的。
5.2 乙方应遵守等级保护二级的安全管理要求，运维操作通过甲方堡垒机进行并全程审计，不得擅自开通远程通道；发现安全漏洞或数据异常的，应立即处置并在1小时内报告甲方。
5.3 因乙方原因造成数据泄露、丢失或系统被攻击的，乙方承担全部责任，并赔偿甲方由此遭受的损失。
5.4 乙方人员对履约中知悉的甲方工作信息、执法信息和产废单位经营信息负有保密义务，未经甲方书面同意不得对外披露，服务期满后保密义务继续有效。

6 知识产权
6.1 运维期间乙方为甲方编写的脚本、报表模板、数据核查工具和技术文档归甲方所有。乙方应保证其提供的服务和工具不侵犯第三方知识产权。
6.2 乙方在运维中修改监管平台源代码的，应在甲方代码库中提交并注明修改内容，修改后的源代码及相应文档一并归甲方所有，甲方可自行或委托他人继续使用和修改。
6.3 乙方自带的运维监控工具，其知识产权仍归乙方，乙方应在服务期内免费许可甲方使用。

7 违约责任
7.1 乙方未按约定完成季度巡检、备份恢复演练或甲方书面要求的整改事项的，每逾期一日按合同总价的千分之一支付违约金。
7.2 乙方驻场人员缺岗的，每人每日扣款¥300；驻场人员未经甲方同意擅自更换的，每人次扣款¥2,000。
7.3 因乙方运维操作失误导致数据丢失或系统停运的，乙方应负责恢复，并赔偿甲方由此产生的损失。
7.4 甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

8 转包与分包
乙方不得将本合同项下的服务转包或分包给第三方。

9 合同的变更与解除
9.1 合同履行期间，双方不得擅自变更合同内容；确需变更的，应签订书面补充协议。
9.2 鉴于本系统承担全市餐厨垃圾收运的日常监管任务，除因不可抗力致使合同目的无法实现外，双方均不得解除本合同。乙方违约的，甲方可按本合同第4条、第7条扣款并要求乙方限期整改，乙方应继续履行合同直至服务期满。

10 不可抗力
因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供有关证明；不可抗力影响消除后，乙方应立即恢复服务。

11 服务交接
服务期满或合同终止时，乙方应在10个工作日内向甲方或甲方指定的新服务商完整移交系统账号、源代码、配置文件、运维文档和全部数据，并提供不少于15日的交接配合。交接完成后，乙方应删除其掌握的全部甲方数据副本，并向甲方出具书面删除确认。

12 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

13 其他
13.1 磋商文件、乙方响应文件及成交通知书为本合同组成部分，与本合同具有同等效力。
13.2 本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并盖章后生效。

甲方（盖章）：临川市城市管理局
乙方（盖章）：江西绿链智能科技有限公司
"""

Z05 = """# 皂化压印生产追溯管理软件许可及定制开发合同

**（乙方标准合同文本 CJ-HT-2025 版）**

合同编号：CJ-2026-0412

甲方（买方）：广州洁润日化有限公司

乙方（卖方）：佛山纯境工业软件有限公司

甲方向乙方购买"纯境MES"皂化压印生产追溯管理软件许可，并委托乙方进行定制开发。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的与价格

1.1 乙方向甲方提供"纯境MES"软件许可，覆盖甲方香皂车间的油脂配料、皂化釜批次、干燥出条、研磨压条、打印压印、包装赋码全过程追溯；并按甲方需求进行定制开发。

1.2 合同价格如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纯境MES软件许可（永久，含批次追溯、工艺参数、质量检验、设备管理模块） | 1,120,000 |
| 2 | 定制开发（皂化釜DCS数据对接、压印机计数对接、包装线赋码对接、甲方专用报表） | 356,000 |
| 3 | 实施部署及培训 | 124,000 |
| | 合计 | 1,600,000 |

1.3 合同总价为人民币壹佰陆拾万元整（¥1,600,000）。

1.4 许可范围：软件许可限于甲方在广州市从化区的香皂生产厂区使用，并发用户数不超过80个。甲方在其他厂区部署或增加并发用户的，应另行向乙方购买许可。

1.5 乙方交付的软件为当前正式发布版本，质保期内的小版本升级免费提供，大版本升级另行收费。

1.6 软件介质、安装包、许可证文件及用户手册以电子形式交付。

## 第二条 付款方式

2.1 本合同签订后7个工作日内，甲方向乙方支付合同总价的50%。乙方收到该款项后方开始实施。

2.2 系统上线后10个工作日内，甲方支付合同总价的50%。

2.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延。

2.4 乙方在收到每笔款项前向甲方开具等额增值税专用发票。合同价格不含甲方自行采购的服务器、数据库、操作系统及网络设备费用。

## 第三条 实施与上线

3.1 乙方在收到首付款后90日内完成部署和定制开发，通知甲方上线。实施过程中，双方应以乙方提交、甲方签字的需求确认书为准，需求确认后甲方提出的变更按变更工作量另行计费。

3.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的修改要求，乙方可视情况安排，超出原需求的另行收费。

3.3 甲方应为实施提供服务器、网络环境及车间现场条件，并指派专人配合。甲方提供的服务器配置不低于乙方书面提出的推荐配置；因甲方硬件、网络或第三方设备原因影响系统运行的，不属于乙方责任，乙方协助排查所发生的费用由甲方承担。

3.4 实施内容包括：软件安装部署、基础数据初始化、工艺路线及质检标准配置、与皂化釜DCS系统和压印机、包装线赋码设备的数据对接、甲方专用报表开发，以及系统上线切换支持。

3.5 乙方为甲方提供两次集中培训，对象为车间班组长、质检员、工艺员和信息管理员，培训时间合计不超过6个工作日。额外培训按乙方人天单价另行收费。

3.6 甲方原因导致实施暂停超过30日的，乙方有权要求甲方支付已完成工作量对应的费用，并重新安排实施计划。

## 第四条 质保与技术服务

4.1 免费质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程技术支持和缺陷修复。

4.2 故障响应：一级故障（系统无法使用、生产数据无法采集）乙方在2小时内响应；二级故障在1个工作日内响应；其他问题在3个工作日内响应。乙方将尽力尽快恢复系统，但不对恢复时间作出承诺，亦不因响应或恢复延误承担任何扣款、赔偿或违约责任。

4.3 质保期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费为软件许可费的25%（即¥280,000/年）。未签订技术服务合同的，乙方不再提供升级和技术支持。

4.4 年度技术服务内容包括：软件缺陷修复、版本升级、远程技术支持，以及每年两次现场巡检。现场服务超出约定次数的，按乙方人天单价另行收费，差旅费由甲方承担。

4.5 年度技术服务费在每个服务年度开始前一次性支付。甲方中断技术服务后再次申请的，应补缴中断期间的技术服务费。

## 第五条 知识产权

5.1 "纯境MES"软件及其所有版本的知识产权归乙方所有，甲方获得在本合同约定范围内的非独占使用许可。

5.2 乙方为甲方定制开发的接口程序、报表、配置及相关文档、源代码的知识产权归乙方所有。甲方仅可在本企业内部使用，不得修改、反编译或许可第三方使用。乙方有权将定制开发成果用于其他客户。

5.3 乙方保证软件不侵犯第三方知识产权。如第三方提出侵权主张，乙方负责处理，但甲方擅自修改软件或与其他软件组合使用引起的侵权除外。

## 第六条 数据

6.1 甲方生产数据的所有权归甲方。

6.2 乙方有权对系统运行中产生的工艺参数、设备运行数据进行脱敏和汇总处理，用于乙方产品改进、行业分析和工艺模型训练，该权利在合同终止后继续有效。

6.3 乙方应采取必要的技术措施保护甲方数据安全，包括访问控制、数据备份和操作日志；远程维护须经甲方授权。发生数据泄露的，乙方应在24小时内通知甲方；因乙方过错造成数据泄露的，乙方在第八条约定的范围内承担责任。

6.4 合同终止后，甲方可要求乙方协助导出生产数据，乙方按人天单价收取服务费用。

## 第七条 保密

双方对本合同内容及履约中获悉的对方技术信息、商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内继续有效。乙方为履行本合同需要向其员工披露的，应限于必要范围，并要求相关人员承担同等保密义务。甲方同意乙方将甲方名称及项目概况作为成功案例用于市场宣传。

## 第八条 违约责任

8.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之八向甲方支付违约金。

8.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或停产损失。

8.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金。

## 第九条 合同解除

任何一方严重违反本合同，经对方书面通知后30日内仍未纠正的，守约方可书面通知解除合同。甲方逾期付款超过60日的，乙方有权解除合同并收回软件许可，已收款项不予退还。合同解除后，甲方应停止使用软件并删除全部安装副本。

## 第十条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并提供证明。网络攻击、电力中断、第三方软硬件故障视为不可抗力。

## 第十一条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十二条 其他

12.1 本合同未尽事宜，以乙方官网公布的《软件许可协议》为准。

12.2 本合同附件包括：需求确认书、软件功能清单、实施计划。附件与本合同不一致的，以本合同为准。

12.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：广州洁润日化有限公司

乙方（盖章）：佛山纯境工业软件有限公司
"""

E01 = """T:Software Licence and Services Agreement - Cocoa Lot Traceability System
P:Agreement No. NH-ICT-2026-044
P:Buyer: Ningbo Haiyue Cocoa Processing Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Kossou Data Systems SARL, a company registered in Bouaké, Republic of Côte d'Ivoire, with its registered office at Quartier Commerce, Bouaké (the "Supplier").
P:The Buyer imports cocoa beans from West Africa and processes them into cocoa liquor, butter and powder at its plant in Ningbo. The Supplier develops the KOSSOU TRACE software for lot traceability and quality-laboratory management in the cocoa supply chain. The parties agree as follows.
H:Article 1 Definitions and Scope
P:1.1 "Software" means the KOSSOU TRACE modules listed in Article 2, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Supplier creates specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP and weighbridge systems, the laboratory instrument connectors, the Buyer-specific report templates, configuration sets and conversion scripts, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in the course of the Buyer's business, including shipment, lot, supplier, laboratory and production records.
P:1.4 The Supplier shall supply and license the Software, develop the Custom Deliverables, install and configure the system at the Buyer's plant, migrate the Buyer's historical lot records for the last three crop seasons, and train the Buyer's staff.
H:Article 2 Price
P:2.1 The total Contract Price is CNY 1,420,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: (a) perpetual enterprise licence for the Software (lot traceability, warehouse, quality laboratory and supplier certification modules, unlimited named users at the Ningbo plant): CNY 960,000; (b) Custom Deliverables: CNY 318,000; (c) installation, data migration, implementation and training: CNY 142,000.
P:2.2 All amounts are invoiced and paid in Chinese Renminbi. The Supplier bears its own bank charges and any withholding tax due in Côte d'Ivoire.
H:Article 3 Payment
P:3.1 20% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 45% of the Contract Price within 20 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software is installed and is not acceptance.
P:3.3 35% of the Contract Price within 20 days after the Final Acceptance Certificate is signed.
H:Article 4 Delivery and Schedule
P:4.1 The Supplier shall install the Software within 60 days after signature and complete the Custom Deliverables and data migration within 140 days after signature, following the project plan in Annex 2.
P:4.2 If the Supplier fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The Buyer may deduct delay damages from any payment due.
P:4.3 The Supplier shall appoint a project manager who speaks English and is available to the Buyer's team during the Buyer's business hours in China Standard Time. Remote work is permitted, but the Supplier shall send at least two consultants to the Ningbo plant for installation, user training and go-live support.
H:Article 5 Acceptance
P:5.1 Acceptance tests follow the test plan in Annex 3 and shall demonstrate at least that: (a) every lot received during a 30-day live run is traceable from the origin cooperative and shipment to the finished product batch and back, in less than 10 seconds per query; (b) migrated lot records reconcile with the Buyer's source files without error; (c) moisture, fat, bean count and cut-test results are captured automatically from the connected laboratory instruments; (d) ERP and weighbridge interfaces run for 20 consecutive working days without data loss; and (e) no Severity 1 defect remains open.
P:5.2 The Buyer shall start the tests within 10 days after the Supplier's written notice of readiness and issue the Final Acceptance Certificate, or a written list of failures, within 10 days after completing them. The Supplier shall remedy failures and repeat the tests. Installation, use of the Software in production or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Custom Deliverables will conform to the specification for 18 months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period, the Supplier shall correct defects and provide updates, new versions and remote support free of charge.
P:6.2 Defects are classified by severity. Severity 1 (the system is unavailable or lot traceability cannot be recorded): response within 1 hour and a workaround or fix within 8 hours. Severity 2 (a major function is impaired): response within 2 hours and a fix within 2 working days. Severity 3 (other defects): response within 1 working day.
P:6.3 For each full hour by which a Severity 1 response or fix is late, the Supplier shall credit CNY 1,000 against the next payment or support fee, or pay it to the Buyer.
P:6.4 After the Warranty Period, the Buyer may order annual support at 9% of the licence fee under Article 2.1(a), that is CNY 86,400 per year, covering the services in Articles 6.1 to 6.3. This fee is fixed for three years after the end of the Warranty Period. Each year of support is ordered by a separate purchase order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer's licence is perpetual, irrevocable except for non-payment, and covers use by the Buyer's employees and contractors for the Buyer's business.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Supplier shall deliver their source code and documentation before Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or benchmarking.
P:8.2 The Software is hosted on the Buyer's servers in Ningbo. The Supplier's remote access is permitted only through the Buyer's VPN with multi-factor authentication, for each session approved by the Buyer, and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems, and shall comply with the PRC Personal Information Protection Law and Data Security Law in performing this Agreement.
P:8.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate in the investigation and remediation, and is liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only to perform this Agreement and not disclose it to third parties without prior written consent, during the term and for three years thereafter.
H:Article 10 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after receiving notice.
P:12.2 The Buyer may also terminate if delay damages under Article 4.2 reach their maximum. On termination for the Supplier's breach, the Supplier shall refund payments received for undelivered work and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Côte d'Ivoire.
P:13.2 Any dispute shall first be discussed by senior managers of both parties for 30 days. Failing settlement, it shall be finally resolved by arbitration under the rules of the Court of Arbitration of Côte d'Ivoire (CACI) in Abidjan, in the English language, before a sole arbitrator.
H:Article 14 Miscellaneous
P:14.1 Notices shall be in writing in English and sent by courier or email to the addresses on the signature page.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days, either party may terminate this Agreement.
P:14.3 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Acceptance Test Plan. This Agreement, with its annexes, is the entire agreement between the parties and may be amended only in writing signed by both.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - PLANTATION OPERATIONS CLOUD

**Order Form No. LN-OF-2026-117**

Supplier: Lacs Numeriques SA, Boulevard Houphouet-Boigny, Yamoussoukro, Republic of Côte d'Ivoire ("Supplier").

Customer: Hainan Jiaoyuan Rubber Group Co., Ltd., Haikou, Hainan Province, People's Republic of China ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Supplier and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

Supplier will provide its HEVEA OPS cloud service for plantation operations: tapping task scheduling, tapper attendance and yield recording by mobile app, latex collection and dry-rubber-content recording, field inspection, fertiliser and disease-treatment logs, and management dashboards (the "Service"). The Service covers Customer's six estates in Hainan and up to 1,400 named mobile users and 60 named office users.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date under A5 and the second starts on its first anniversary. The Service ends at the end of the second Subscription Year unless the parties sign a new order form. There is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 6 estates, 1,460 users | 318,000 |
| Subscription, Subscription Year 2 | 6 estates, 1,460 users | 318,000 |
| Onboarding (one-time): configuration, estate and block master data, import of two seasons of yield records, interface to Customer's ERP, training | fixed | 42,000 |
| Total Fees | | 678,000 |

Fees are fixed for the Subscription Term and include all taxes and hosting costs. Additional users may be added at CNY 190 per user per Subscription Year, pro rata; they are not included in the Total Fees.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days of the invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance under A5 and payable within 30 days.

(c) Invoices are issued in CNY by Supplier's appointed billing agent in Shanghai as valid VAT invoices. Customer owes no payment before the first Subscription Year starts.

### A5. Onboarding and Go-Live Acceptance

(a) Supplier will complete onboarding within 60 days after signature of this Order Form, following the onboarding plan agreed at the kick-off meeting.

(b) Go-Live Acceptance requires that: (i) all six estates, their blocks and tapping panels are set up and verified by each estate manager; (ii) imported yield records reconcile with Customer's source spreadsheets; (iii) the ERP interface transfers daily latex and dry-rubber quantities for 10 consecutive days without error; (iv) the mobile app records tasks offline and synchronises within 5 minutes after reconnection; and (v) at least 90% of the named mobile users have completed training. Customer will confirm Go-Live Acceptance in writing within 5 working days after Supplier shows that these criteria are met, or list the criteria not met. The date of that written confirmation is the Go-Live Date. Use of the Service before then is not acceptance.

(c) If onboarding is late, Supplier will add resources at its own cost and agree a revised plan with Customer.

### A6. Contacts and Signatures

Supplier account manager: Mr. Yao Kouame, accounts@lacsnumeriques.example. Customer project lead: Ms. Lin Xiaowen, IT Department. Signed for Supplier: ____________ Signed for Customer: ____________ Date: ____________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Supplier will make the Service available to Customer's authorised users during the Subscription Term in accordance with the Agreement and its current documentation.

1.2 Customer will keep its user credentials under its control, use the Service only for its own plantation business, and not resell it.

1.3 Supplier may improve the Service from time to time but will not reduce materially the functions described in A1 during the Subscription Term.

### 2. Service Levels

2.1 Supplier will make the Service available at least 99.95% of the time in each calendar month, measured at Supplier's internet gateway and excluding scheduled maintenance announced at least 3 days in advance and performed between 00:00 and 04:30 China Standard Time.

2.2 Support requests are classified by priority. Priority 1 (the Service or the mobile synchronisation is unavailable for all users): response within 1 hour, 24 hours a day, and restoration or workaround within 6 hours. Priority 2 (a major function is unavailable or many users are affected): response within 3 hours during business hours. Priority 3 (other issues): response within 2 business days.

2.3 If monthly availability falls below the commitment in 2.1, Customer receives a service credit of 5% of the monthly share of the annual subscription fee for each 0.1 percentage point, or part of it, of shortfall, up to 50% of that monthly share. If a Priority 1 response is late, Customer receives a credit of CNY 800 for each hour of delay. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

2.4 If availability is below the commitment in 2.1 in three months of any Subscription Year, Customer may terminate the Agreement under 9.2.

### 3. Customer Data

3.1 "Customer Data" means all data that Customer or its users enter into the Service, and all records and reports generated from it, including personal information of Customer's employees and tappers.

3.2 Customer Data belongs to Customer. Supplier will use Customer Data only to provide the Service to Customer and will not use it for any other purpose, including aggregated or anonymised statistics, or disclose it to third parties except as required by law.

3.3 During the Subscription Term and for 60 days after it ends, Customer may export all Customer Data in CSV and JSON formats. Supplier will then delete Customer Data from the Service.

### 4. Intellectual Property

4.1 Supplier owns the Service, its software and documentation. Customer receives a non-exclusive right to use them during the Subscription Term.

4.2 Configurations, report templates, interface mappings and other materials created specifically for Customer during onboarding belong to Customer, who may use, modify and license them freely, also with another provider.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public business and technical information of the other party that it receives in connection with the Agreement, use it only for the Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations do not apply to information that is public, already known to the receiving party, independently developed, or that must be disclosed by law. They continue for three years after the Agreement ends.

### 6. Warranties

6.1 Supplier warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.

6.2 Supplier warrants that the Service does not infringe any third party's intellectual property rights and will defend Customer against any such claim at its cost.

### 7. Liability

7.1 Each party's total liability under the Agreement is limited to 150% of the Total Fees in A3.

7.2 The limit in 7.1 does not apply to personal injury, fraud, wilful misconduct, infringement claims under 6.2 or breach of Section 3.

7.3 Neither party is liable for indirect or consequential loss, except where the limit in 7.1 does not apply.

### 8. Subcontracting and Assignment

8.1 Supplier may not subcontract any part of the Service or onboarding, nor use a new hosting provider, without Customer's prior written consent. Supplier remains responsible for any approved subcontractor.

8.2 Neither party may assign the Agreement without the other party's written consent.

### 9. Term and Termination

9.1 The Agreement runs from signature until the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Supplier's breach, Supplier will refund the prepaid subscription fee for the remaining part of the Subscription Year.

9.3 On termination or expiry, Section 3.3 applies.

### 10. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly. If such an event prevents performance for more than 45 days, either party may terminate the Agreement.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration will be conducted in English and Chinese. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent by email with confirmation, or by courier, to the contacts in A6.

12.2 The Agreement is the entire agreement of the parties about the Service and replaces all earlier proposals. Any change must be agreed in writing and signed by both parties. Customer's purchase-order terms do not apply.
"""

E03 = """T:Supply Contract for Cold-Store Temperature Sensors, Gateways and Monitoring Software
P:Contract No. BLY-PUR-2026-0093
P:Buyer: Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Poro Sense Technologies SARL, Route de Ferkessédougou, Korhogo, Republic of Côte d'Ivoire (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates six cold stores and a pharmaceutical-grade chilled warehouse in Tianjin and wishes to replace its manual temperature logging with continuous wireless monitoring.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's COLDWATCH monitoring software, licensed under clause 8, with its documentation and updates.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity, door-event, alarm and user records generated by the System, and any other data of the Buyer processed by the Supplier.
P:1.5 "Custom Work" means the interface to the Buyer's warehouse management system, alarm-escalation rules, report templates and dashboards developed for the Buyer, with their source code and documentation.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System described in Annex 1 at the Buyer's seven sites. The Contract Price is CNY 1,282,000, fixed and inclusive of all taxes, freight, insurance, customs clearance, travel and expenses, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, accuracy ±0.3 °C, calibrated|420|1,180|495,600
TB:2|LoRa gateway with 4G backup and battery|36|6,400|230,400
TB:3|COLDWATCH monitoring software, perpetual licence for 420 measuring points, with GSP audit-trail module|1|388,000|388,000
TB:|Equipment and Software Subtotal|||1,114,000
TB:4|Installation, mapping study, commissioning and Custom Work|1|146,000|146,000
TB:5|Training of operators and administrators|1|22,000|22,000
TB:|Contract Price|||1,282,000
P:2.2 Sensor quantities may be adjusted by up to ten units at the unit price above by written change order.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment DDP to the Buyer's sites within 45 days after signature and complete installation and commissioning within 75 days after signature.
P:3.2 Installation shall not interrupt cold-store operations. Work inside the chilled warehouse shall be scheduled with the Buyer's warehouse manager and performed in the Buyer's presence.
P:3.3 The Supplier shall train at least twenty of the Buyer's operators and four administrators at the Tianjin sites, in Chinese or with a qualified interpreter provided by the Supplier, covering alarm handling, sensor replacement, calibration records, report generation and user administration. Training materials shall be delivered in Chinese and English, and each trainee shall pass a short practical test.
P:3.4 On completion of installation the parties shall sign an Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 65% of the Contract Price is paid within 30 days after the Installation Certificate and receipt of a valid VAT invoice.
P:4.3 35% of the Contract Price is paid within 30 days after the Final Acceptance Certificate and receipt of a valid VAT invoice.
H:5. Acceptance
P:5.1 After commissioning, the System shall run for 30 consecutive days as a trial. The acceptance criteria are: (a) every sensor reports at least once every 2 minutes, with a data completeness of at least 98% over the trial; (b) calibration certificates for every sensor, traceable to a national metrology institute, are delivered; (c) a temperature-mapping study of each cold room is completed and approved by the Buyer's quality manager; (d) alarms reach the on-call phone within 60 seconds in tests of every escalation rule; (e) the audit trail and electronic records meet the GSP requirements in Annex 2; and (f) the warehouse-management interface has run for 10 consecutive working days without loss.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days; otherwise it shall list the failures, and the Supplier shall remedy them and repeat the affected tests. Use of the System during the trial or any payment is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for 24 months from the date of the Final Acceptance Certificate. During this period it shall repair or replace defective Equipment, including sensor batteries, correct Software defects and supply updates free of charge, and recalibrate every sensor once.
P:6.2 During the warranty, the monitoring server and web portal operated by the Supplier for the Buyer shall be available at least 99.95% of each month.
P:6.3 Faults are classified as follows:
TB:Severity|Definition|Response|Restoration
TB:1|Monitoring or alarms unavailable for a whole site|30 minutes|6 hours
TB:2|Gateway or group of sensors offline|2 hours|2 working days
TB:3|Single sensor or other minor fault|1 working day|5 working days
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,200, and for each 0.02 percentage point of monthly availability below clause 6.2, CNY 2,000. The Buyer may deduct these amounts from payments or the performance guarantee.
H:7. Post-Warranty Support
P:7.1 After the warranty, the Buyer may order annual support covering the services in clause 6 at 8% of the Equipment and Software Subtotal per year, that is CNY 89,120. This fee shall not increase during the first three years after the warranty.
P:7.2 Support is ordered by separate purchase orders and does not renew automatically. The Supplier shall keep spare parts available for at least six years after Final Acceptance.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software for the measuring points purchased. The Software remains the property of the Supplier.
P:8.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver its source code before Final Acceptance. The Buyer may use, modify and license the Custom Work without restriction.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the System infringes third-party rights.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may process it only to perform this Contract and shall not use it for any other purpose, including statistics, product development or benchmarking, in any form.
P:9.2 The monitoring server shall be located in the Buyer's data room in Tianjin. The Supplier shall access it remotely only through the Buyer's VPN with approval for each session, with logging, and shall not store Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall apply encryption in transit between gateways and server, role-based access and secure configuration, notify the Buyer within 12 hours of any security incident affecting Buyer Data, cooperate in remediation and bear the losses caused by its breach.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer list, site layouts and quality records, and shall not disclose it without prior written consent, during the Contract and for three years afterwards.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation or achieve Final Acceptance by the dates in clause 3.1 and Annex 3, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 9 and 10, which are unlimited.
P:11.3 The Supplier shall provide a performance guarantee of 5% of the Contract Price, valid until the end of the warranty.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation crews proposed by the Supplier need the same consent, and the Supplier remains responsible for them.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for undelivered or rejected items, and the Buyer may keep and use delivered Equipment against payment of its unit price.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:15. General
P:15.1 The Supplier shall comply with PRC import rules and provide the CCC or other certifications needed for the Equipment. Annexes: Annex 1 Technical Specification; Annex 2 GSP Requirements; Annex 3 Project Schedule.
P:15.2 Notices shall be given in writing by courier or email to the addresses stated above. Neither party is liable for delay caused by force majeure if it notifies the other party promptly and takes reasonable steps to limit the delay; if force majeure lasts longer than 60 days, the Buyer may terminate this Contract without liability.
P:15.3 Signed in two originals in English; each party keeps one.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. NSZ-MSA-2026-07**

**Customer:** Guangzhou Nansha Zhonggang Port Machinery Co., Ltd., Nansha District, Guangzhou, People's Republic of China ("Customer").

**Service Provider:** Lagune Systèmes Gérés SARL, Zone Industrielle, San-Pédro, Republic of Côte d'Ivoire ("Provider"), acting in China through its service delivery partner office in Guangzhou.

**Background.** Customer manufactures and refurbishes quay cranes and yard equipment. It wishes to outsource the operation of its IT infrastructure and end-user support for a fixed term of 36 months. Provider has offered to deliver these services as described below.

## 1. Definitions

1.1 **Services** means the managed services in Schedule 1, delivered to the service levels in Schedule 2 for the charges in Schedule 3.

1.2 **Service Commencement Date** means the date on which Customer confirms Service Commencement under Section 4.

1.3 **Customer Data** means all data of Customer, its employees, customers and suppliers that Provider accesses, processes or stores in performing the Services, including system logs, user accounts and engineering files.

1.4 **Deliverables** means runbooks, configuration baselines, scripts, monitoring rules, asset registers and other documents created by Provider for Customer under this Agreement.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. Transition

3.1 Within 50 days after signature, Provider shall complete the transition described in Schedule 1, Part B: discovery and documentation of the current environment, knowledge transfer from Customer's current IT staff and previous provider, set-up of the monitoring platform and the service desk, and migration of open tickets.

3.2 Provider shall appoint a service delivery manager based in Guangzhou and an on-site team of at least three engineers at Customer's Nansha plant on working days, with remote coverage at all other times.

## 4. Service Commencement

4.1 Provider shall notify Customer when the transition is complete. Service Commencement requires that: (a) all in-scope devices and applications listed in Schedule 1 are monitored and appear in the asset register; (b) runbooks for every in-scope system have been reviewed and approved by Customer; (c) the service desk has handled live tickets for 10 working days meeting the Priority 1 and Priority 2 targets in Schedule 2; and (d) a restore test of the ERP and PLM backups has succeeded.

4.2 Customer shall confirm Service Commencement in writing, or list the unmet criteria, within 5 working days after the notice. Provider shall remedy any unmet criteria and notify again.

4.3 If Service Commencement is not achieved within 50 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 5. Service Delivery

5.1 Provider shall perform the Services with qualified staff, in accordance with Schedule 1, good industry practice and Customer's site safety and IT policies as notified to Provider.

5.2 Provider shall deliver a monthly service report showing performance against each service level, incidents, changes, capacity trends and improvement actions, and shall attend a monthly service review and a quarterly executive review with Customer.

5.3 Changes to in-scope systems follow Customer's change process. Emergency changes may be made to restore service and shall be recorded within one business day.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the service levels in Schedule 2.

6.2 If a service level is missed in a month, Customer receives the service credit stated in Schedule 2, deducted from the next monthly charge. Service credits in any month do not exceed 20% of that month's monthly charge and do not limit Customer's other remedies.

6.3 Provider shall analyse the root cause of every Priority 1 incident and deliver a written report with corrective actions within 5 working days.

## 7. Charges and Payment

7.1 Charges are set out in Schedule 3 and are fixed for the Service Term. They include all taxes, travel and tools used by Provider.

7.2 The transition fee is invoiced after Service Commencement. Monthly charges are invoiced at the end of each month in arrears. Customer pays valid VAT invoices within 30 days. Customer makes no advance payment.

## 8. Customer Data and Data Security

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose or retain it after the Service Term.

8.2 Provider shall apply the security controls in Schedule 1, Part C, including individual named accounts, multi-factor authentication for all privileged access, access through Customer's privileged-access gateway with session recording, encryption of backups and a prohibition on storing Customer Data on Provider's own devices or outside mainland China.

8.3 Provider shall notify Customer within 6 hours after becoming aware of a security incident affecting Customer Data or in-scope systems, contain it, support Customer's investigation and any report to authorities, and bear the costs and losses caused by its failure to comply with this Section 8.

## 9. Intellectual Property

9.1 Deliverables belong to Customer upon creation. Customer may use, modify and license them freely, including with a successor provider.

9.2 Provider's pre-existing tools and the monitoring platform remain Provider's property. Provider grants Customer a licence to use them during the Service Term and the exit period.

## 10. Personnel and Subcontracting

10.1 Provider shall replace any engineer whom Customer reasonably objects to.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of approved subcontractors.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement is limited to the charges paid by Customer in the nine months before the event giving rise to the claim.

11.2 The limit does not apply to personal injury or death, fraud or wilful misconduct.

11.3 Neither party is liable for loss of profit or indirect loss.

## 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 response target in three months within any period of six consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all Deliverables, credentials, documentation and Customer Data, and then delete Customer Data from its systems and confirm the deletion in writing.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 14. General

14.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly. Provider's business continuity plan in Schedule 1, Part C still applies during such events.

14.2 This Agreement and its Schedules are the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Service Scope

**Part A - Services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incident and request handling for about 850 users, Chinese and English | 24 x 7 by phone and portal |
| End-user support | Desk-side support, PC imaging and replacement, printers, meeting rooms | Working days 08:00-18:00, on site |
| Infrastructure operations | 46 servers, virtualisation cluster, storage, backup, Active Directory, email gateway | 24 x 7 monitoring |
| Network operations | Core and access switches, wireless, firewalls, two internet links, plant network | 24 x 7 monitoring |
| Application support | ERP, PLM and MES infrastructure layers, database backups and restores | 24 x 7 for Priority 1 |
| Patch and vulnerability management | Monthly patching, quarterly vulnerability scan and remediation plan | Scheduled windows |

**Part B - Transition:** discovery, documentation, knowledge transfer, tooling, ticket migration, Service Commencement tests.

**Part C - Security and continuity controls:** named accounts, MFA, privileged-access gateway, session recording, encrypted backups, media handling, incident procedure, business continuity plan reviewed yearly.

## Schedule 2 - Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of core infrastructure (ERP servers, network core, email) per month | 99.95% | 3% of monthly charge per 0.02 point below target |
| Priority 1 incident response (plant stoppage or site-wide outage) | 30 minutes | CNY 1,000 per late incident |
| Priority 1 restoration | 6 hours | CNY 2,000 per late incident |
| Priority 2 incident response | 1 hour | CNY 300 per late incident |
| Service desk calls answered within 60 seconds | 90% | 1% of monthly charge |
| Backup success rate | 99% | 1% of monthly charge |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition fee (one-time) | 74,000 | After Service Commencement |
| Monthly service charge | 58,000 per month x 36 months = 2,088,000 | Monthly in arrears |
| Total contract value | 2,162,000 | |
| Exit assistance beyond the handover in 12.3 | CNY 2,600 per engineer day | As used, not included above |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - WEST AFRICAN COCOA AND COFFEE ORIGIN DATA API

Agreement No. HX-DS-2026-019

BETWEEN

Shanghai Huaxin Agri-Commodities Trading Co., Ltd., registered in the China (Shanghai) Pilot Free Trade Zone, People's Republic of China (the "Customer"); and

Sassandra Agro Data SA, Quartier Tazibouo, Daloa, Republic of Côte d'Ivoire (the "Vendor").

RECITALS

The Customer buys cocoa beans and green coffee from West Africa for processors in China. The Vendor collects and publishes origin data on farm-gate prices, arrivals at ports, crop conditions, rainfall and quality for cocoa and coffee growing regions in Côte d'Ivoire, Ghana and neighbouring countries. The Customer wishes to subscribe to this data through the Vendor's API and use it in its trading and risk systems.

1. DEFINITIONS

1.1 "Data" means the data sets listed in Schedule A, as updated by the Vendor during the Subscription Term, including the historical data set for the crop seasons since 2016/17.

1.2 "API" means the Vendor's application programming interface through which the Customer retrieves the Data, with its documentation and access keys.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term under clause 3.1.

1.4 "Customer Data" means portfolios, positions, watch lists, queries, user details and other data that the Customer or its users upload to or enter in the Vendor's systems, and the outputs derived from them for the Customer.

1.5 "Custom Feeds" means the data feeds, field mappings, regional aggregations and connector code that the Vendor creates specifically for the Customer under clause 4.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the web portal, and to use the Data internally for its trading, procurement, risk management and reporting, including use by its affiliates in mainland China.

2.2 The Customer may show Data, or analyses based on it, to its customers and banks in reports, provided the Data is not redistributed in bulk or offered as a data service.

2.3 The subscription covers up to 40 named users, 200,000 API calls per day and the data sets in Schedule A.

3. TERM

3.1 The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the Acceptance Date under clause 5; the second starts on its first anniversary.

3.2 This Agreement ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written agreement, with fees agreed at that time.

4. IMPLEMENTATION AND CUSTOM FEEDS

4.1 Within 30 days after signature, the Vendor shall: (a) provide production API keys and the complete historical data set; (b) build Custom Feeds delivering the Data in the structure of the Customer's trading and risk systems, including mapping of Ivorian and Ghanaian regions to the Customer's supply regions; and (c) train the Customer's analysts and IT staff.

4.2 If the Vendor fails to provide production access and the complete historical data set within the period in clause 4.1 for reasons attributable to it, the Vendor shall pay the Customer CNY 500 for each day of delay, up to CNY 25,000. The Customer may deduct this amount from the integration fee.

5. ACCEPTANCE

5.1 Acceptance tests are carried out by the Customer over 10 working days after the Vendor's notice that the items in clause 4.1 are complete. The acceptance criteria are: (a) the historical data set is complete for every series listed in Schedule A, with gaps documented; (b) sample checks of 200 records against the Vendor's published sources show no unexplained difference; (c) the Custom Feeds load into the Customer's systems each day of the test without manual correction; and (d) daily updates arrive by 10:00 China Standard Time on each business day of the test.

5.2 The Customer shall confirm acceptance in writing, or give a list of failures, within 5 working days after the tests. The date of the written confirmation is the "Acceptance Date". Access to the Data before then is not acceptance.

6. FEES AND PAYMENT

6.1 The fees are:
- Subscription fee, Subscription Year 1: CNY 286,000;
- Subscription fee, Subscription Year 2: CNY 286,000;
- Integration fee for the Custom Feeds, implementation and training (one-time): CNY 26,000;
- Total fees: CNY 598,000.

6.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after the Acceptance Date. Invoices are payable within 30 days after receipt of a valid invoice. No amount is payable before the Acceptance Date.

6.3 Fees are fixed for the Subscription Term and include taxes. Extra users or API volume may be ordered at the rates in Schedule B; such orders are not part of the total fees.

7. SERVICE AND SUPPORT

7.1 The Vendor will use commercially reasonable efforts to keep the API and portal available, to publish updates in line with its normal publication schedule, and to answer support requests promptly during its business hours.

7.2 The Vendor will inform the Customer in advance of planned maintenance and of any change to the API that requires changes on the Customer's side, and will keep the previous API version running for a reasonable transition period.

7.3 The Vendor will name a support contact and a technical contact for the Customer, and will hold a review call with the Customer's analysts each quarter to discuss data coverage, new series and questions on methodology.

7.4 The Vendor will correct errors in the Data that the Customer reports, in the next regular update where possible.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the subscription to the Customer, shall not use it for any other purpose, including aggregated market statistics, and shall not disclose it to any third party.

8.2 The Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff with multi-factor authentication, access logging and regular security testing. Customer Data is stored only in the Vendor's hosting region agreed in Schedule A.

8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by the Vendor's breach of this clause 8.

8.4 At the end of the Subscription Term, the Vendor shall return Customer Data in a common format and then delete it.

9. INTELLECTUAL PROPERTY

9.1 The Vendor owns the Data, the API and its platform. The Customer owns its analyses and reports based on the Data.

9.2 The Custom Feeds and their connector code belong to the Customer. The Customer may use, modify and license them freely, including to connect other data sources.

9.3 The Vendor warrants that it has the right to license the Data and shall defend the Customer against any claim that the Customer's use of the Data in accordance with this Agreement infringes third-party rights.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including the Customer's positions and supplier relations, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 6.1.

11.2 The limit does not apply to breach of clauses 8 or 10, infringement claims under clause 9.3, fraud or wilful misconduct.

11.3 The Vendor does not warrant that the Data is free from error, and the Customer remains responsible for its own trading decisions.

12. SUBCONTRACTING

The Vendor shall not subcontract the hosting of the API or the processing of Customer Data, or any other material part of its obligations, without the Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the subscription fee paid for the unused part of the current Subscription Year.

13.3 Clauses 8.3, 8.4, 9, 10 and 11 survive termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The language of the arbitration is English.

15. GENERAL

15.1 Notices must be in writing and sent by email with a copy by courier to the addresses above.

15.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly.

15.3 Schedule A (Data Sets and Hosting) and Schedule B (Additional Users and Volumes) form part of this Agreement. This Agreement is the entire agreement between the parties and may be changed only in writing signed by both parties.

SIGNATURES

For the Customer: ____________________ Date: __________

For the Vendor: ____________________ Date: __________
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None

# key: (file, language, category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract value,
#       fee base (goods only), forum outside mainland, design rules)
DESIGN = {
    "h745z01": ("h745z01_farmland_protection_monitoring_platform.pdf", "zh", "software",
                [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
                T, T, T, F, 2316000, 1260000, F, []),
    "h745z02": ("h745z02_clay_pot_kiln_line_control_retrofit.docx", "zh", "hardware",
                [N, 1, T, "buyer", T, T, T, 0.03, N, 25, T, T, 18, 7, F, T, T, "PRC", G],
                T, T, T, F, 1468000, 1286000, F, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h745z03": ("h745z03_bakery_chain_ordering_membership_saas.txt", "zh", "cloud",
                [99.5, 0.5, T, "buyer", T, T, T, 600 / 654000 * 100, N, N, T, N, N, N, T, T, F, "PRC", S],
                T, T, N, F, 654000, N, F, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h745z04": ("h745z04_food_waste_collection_supervision_om.txt", "zh", "services",
                [99.95, 8, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, N, S],
                T, T, N, F, 486000, N, F, ["CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "h745z05": ("h745z05_soap_plant_tracking_software_supplier_template.md", "zh", "software",
                [N, 2, F, "supplier", T, F, T, 0.08, 20, 50, F, F, 6, 25, F, T, N, N, G],
                T, T, T, T, 1600000, 1120000, F,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h745e01": ("h745e01_cocoa_traceability_licence_bouake_vendor.pdf", "en", "software",
                [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 9, F, T, F, "Côte d'Ivoire", G],
                T, T, T, F, 1420000, 960000, T, ["CR-GOVERNING-LAW"]),
    "h745e02": ("h745e02_plantation_ops_saas_order_form_yamoussoukro_vendor.md", "en", "cloud",
                [99.95, 1, T, "buyer", F, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
                T, F, N, F, 678000, N, F, ["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    "h745e03": ("h745e03_cold_store_sensors_monitoring_korhogo_vendor.docx", "en", "hardware",
                [99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, N, T, T, 24, 8, F, T, F, "PRC", G],
                T, T, T, F, 1282000, 1114000, F, []),
    "h745e04": ("h745e04_port_machinery_managed_it_services_san_pedro_vendor.md", "en", "services",
                [99.95, 0.5, T, "buyer", T, T, F, 1800 / 2162000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
                T, T, N, F, 2162000, N, F, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h745e05": ("h745e05_cocoa_coffee_origin_data_api_daloa_vendor.txt", "en", "cloud",
                [N, N, F, "buyer", T, T, T, 500 / 598000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
                F, T, N, F, 598000, N, F, ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SRC = {"h745z01": Z01, "h745z02": Z02, "h745z03": Z03, "h745z04": Z04, "h745z05": Z05,
       "h745e01": E01, "h745e02": E02, "h745e03": E03, "h745e04": E04, "h745e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, value, base):
    """Policy section 4: 5-year horizon from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (value + fees) * 100


def derive(t, x, value, base, forum_out):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, value, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# Threshold figures of policy section 3 (99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %, 5-year horizon)
CN = "一二三四五六七八九十零点"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [
    r"99\s*[.．]\s*9(?!\d)", r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十" + CN + r"])四个?小时",
    r"\bfour[\s-]*(?:\(4\)\s*)?hours?", r"(?<![\d.,])0?\.05" + PCT, r"万分之五(?![" + CN + r"])", r"千分之零点五",
    r"(?<![\d.,])100" + PCT, r"百分之(?:百|一百)(?![" + CN + r"])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![" + CN + r"])", r"thirty\s*(?:\(30\)\s*)?per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|月份)", r"(?<![" + CN + r"])十二个月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![" + CN + r"])", r"fifteen\s*(?:\(15\)\s*)?per\s*cent",
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![" + CN + r"])", r"forty\s*(?:\(40\)\s*)?per\s*cent",
    r"(?<![\d.,])5\s*-?\s*(?:years?|年)(?![\d])", r"(?<![" + CN + r"])五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?",
]
THRESH_RE = re.compile("|".join(THRESH), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", ".05 %", "万分之五",
            "100%", "100 per cent", "30%", "30 %", "百分之三十", "12 months", "12个月", "十二个月", "twelve months",
            "15%", "百分之十五", "40%", "40 percent", "百分之四十", "5 years", "5年", "五年", "five years",
            "5 Years", "thirty per cent", "twelve (12) months"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之五十",
             "200%", "150%", "35%", "25%", "45%", "18 months", "十八个月", "2026年12月", "115%", "百分之三十五",
             "25 years", "2025年", "第十五条", "15 days", "30 days", "40 named users", "1.05%", "12人"]


def read_back(path):
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def main():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("regex hits", s, THRESH_RE.search(s).group())
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, d in DESIGN.items():
        name = d[0]
        if name.endswith((".docx", ".pdf")):
            sources[key] = SRC[key]
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, d in DESIGN.items():
        name, lang, cat, vals, sla, ldst, capped, deemed, value, base, forum_out, rules = d
        terms = dict(zip(KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": ldst}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert terms["final_payment_on_acceptance"] is None
        got = derive(terms, extra, value, base, forum_out)
        assert got == sorted(rules), (key, got, rules)
        covered |= set(got)
        # no label value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert terms["liability_cap_pct"] != 100 and terms["prepayment_pct"] != 30
        assert terms["warranty_months"] != 12 and terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, extra, value, base) if terms["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": sorted(rules)}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (key, "threshold figure", m.group(), variant[max(0, m.start() - 40):m.end() + 40])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}; rules {got or '(none)'}; risk {risk(got)}"
              + (f"; TCO share {share:.2f} %" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for d in DESIGN.values() if not d[-1]) == 2
    print("all checks passed; 20 rules covered")


if __name__ == "__main__":
    main()
