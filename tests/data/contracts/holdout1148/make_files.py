"""holdout1148: builds the ten held-out draft contracts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from the sources below as they are; .docx / .pdf go through ../word_pdf.py
  (markup T:/H:/P:/TB:, PDF lines broken at word boundaries).
- Labels are written from DESIGN (key sets and order as holdout19, one-space indent, no trailing newline).
- Checks: each draft's rules derived from its labels (my reading of policy section 3) equal the design list; all 20
  CR rules covered; lengths as read back; no label value on a threshold; no threshold figure in any built text.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:宁川市法律援助管理平台建设项目合同
P:合同编号：NCSF-2026-ZC-0417
P:采购人（甲方）：宁川市司法局
P:供应商（乙方）：杭州衡律信息技术有限公司
P:项目名称：宁川市法律援助管理平台建设项目（政府采购项目编号：NCCG2026-0312，采购方式：公开招标）
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方签字确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供法律援助管理平台软件V5.0的永久使用许可，含申请受理、审查指派、案件办理、质量评估、补贴发放、统计分析六个模块，许可范围为甲方及所辖9个区县法律援助中心，用户数不限。
P:1.2 乙方按需求规格说明书进行定制开发，包括：与12348公共法律服务热线及网络平台的对接、与法院、检察院、公安机关通知辩护及值班律师系统的数据交换接口、移动端援助申请小程序、经济困难状况核对接口以及领导驾驶舱。
P:1.3 乙方负责将原系统2016年以来的受援人、案件、律师及补贴数据迁移至新平台，并负责部署、联调、培训及上线保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），为含税固定总价，包括软件许可、定制开发、数据迁移、实施、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|法律援助管理平台软件许可（永久）|780,000
TB:2|定制开发（接口、小程序、驾驶舱）|652,000
TB:3|数据迁移及接口联调|146,000
TB:4|部署实施及培训|62,000
TB:合计||1,640,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币328,000元。
P:3.2 系统完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，计人民币738,000元。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计人民币574,000元。
P:3.4 资金支付按照财政国库集中支付的有关规定办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后150日内完成全部部署、开发和数据迁移，并提交初步验收申请。
P:4.2 因甲方原因造成延误的，交付期限相应顺延，乙方应及时书面说明。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。乙方每周向甲方提交项目进度报告，重大事项随时报告。
P:4.4 乙方应为甲方及各区县法律援助中心的管理员和业务人员提供不少于6期的操作培训，并提供操作手册、运维手册和培训视频。
H:第五条 验收
P:5.1 初步验收：乙方完成部署和数据迁移后，甲方按需求规格说明书逐项测试，标准包括：功能点全部实现；迁移数据条数与原系统一致、抽查差错为零；各接口连续10日交换无错误；300个并发用户下常用页面响应时间不超过2秒；通过第三方安全测评且无高危漏洞。
P:5.2 最终验收：初步验收合格后进入90日试运行，试运行期间未发生一级故障、遗留问题全部关闭的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、接口维护和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台整体不可用或申请受理、指派功能中断）30分钟内响应，2小时内到达现场；二级故障2小时内响应，8小时内解决；三级问题1个工作日内解决。
P:6.3 乙方响应或修复超时的，每超时1小时扣减服务费500元；月度可用率每低于约定值0.01个百分点，扣减1,000元，从应付款项或履约保证金中扣除。
P:6.4 质保期满后，甲方如需续购维护服务，年度维护费不超过软件许可费的8%（即不超过人民币62,400元/年），该价格自质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、小程序、驾驶舱及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时完整交付源代码。甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的受援人信息、案件材料、律师信息及全部业务数据属于甲方所有。乙方仅可为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，现场作业须经甲方审批并通过堡垒机操作，不得将数据拷贝出甲方网络。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、受援人隐私及其他非公开信息负有保密义务，未经甲方书面同意不得披露。
P:9.2 保密义务不因本合同终止而解除。乙方应与参与本项目的人员签订保密承诺书，并在项目结束时收回或销毁其持有的涉密资料。
P:9.3 未经甲方书面同意，乙方不得在宣传材料或案例介绍中使用本项目名称、界面截图及业务数据。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，应负责整改；经两次验收仍不合格的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包与转包
P:乙方不得将本项目转包，也不得分包。
H:第十二条 合同的解除
P:12.1 任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 乙方应在合同签订后7日内按合同总价的5%向甲方提交履约保证金，最终验收合格后无息退还。
P:甲方（盖章）：宁川市司法局　　　　乙方（盖章）：杭州衡律信息技术有限公司
P:授权代表：＿＿＿＿＿＿　　　　授权代表：＿＿＿＿＿＿
P:签订日期：2026年＿月＿日
"""

SRC["z02"] = """T:绣花机生产线控制系统改造项目合同
P:合同编号：ZJXH-JS-2026-058
P:甲方（买方）：浙江诸暨锦绣电动绣花机制造有限公司
P:乙方（卖方）：宁波智控工业自动化有限公司
P:鉴于甲方拟对其总装车间8条电动绣花机装配及测试生产线的控制系统进行改造，乙方具备相应的设备供货和系统集成能力，双方根据《中华人民共和国民法典》等法律法规，经平等协商，就本项目设备及软件供货、安装调试和售后服务事宜订立本合同。
H:第一条 项目范围
P:1.1 乙方负责提供8条生产线的PLC控制柜、工业触摸屏、数据采集网关、工业交换机及服务器等设备，以及产线控制与数据采集软件（MES模块）的永久使用许可。
P:1.2 乙方负责拆除原有控制柜、完成新设备安装、接线调试、与甲方ERP系统及立体仓库系统对接，并编制产线控制程序、工艺参数配置和生产看板。
P:1.3 乙方负责对甲方设备、生产及信息部门人员进行培训，交付设备说明书、电气图纸、程序备份及操作维护手册。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾肆万肆仟元整（¥1,644,000），含税，包括设备、软件许可、运输、保险、安装调试、培训及质保期内服务费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜（含改造）|8套|78,500|628,000
TB:2|工业触摸屏及数据采集网关|8套|26,500|212,000
TB:3|工业交换机|12台|9,000|108,000
TB:4|服务器|2台|56,000|112,000
TB:5|产线控制与数据采集软件许可（永久）|1套|360,000|360,000
TB:|软硬件小计|||1,420,000
TB:6|安装调试及系统对接|1项|196,000|196,000
TB:7|培训|1项|28,000|28,000
TB:|合计|||1,644,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%，即164,400元。
P:3.2 全部设备到货、安装完毕并经甲方签收后，甲方支付合同总价的55%，即904,200元。到货签收仅确认数量和外观，不视为验收合格。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即575,400元。
P:3.4 乙方在每次收款前应开具合法有效的增值税专用发票。甲方付款至乙方在本合同首页载明的银行账户，乙方变更账户的应提前书面通知甲方并加盖公章。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂区，并在到货后60日内完成安装调试。改造工作应分线进行，每条产线停线时间不得超过5日，以尽量减少对甲方生产的影响。
P:4.2 乙方进入甲方厂区作业，应遵守甲方安全生产、用电和消防管理制度，因乙方原因造成的人身伤害或财产损失由乙方承担。
P:4.3 设备应为全新原厂产品，包装应适合长途运输和装卸，运输及保险费用由乙方承担。设备在甲方签收前的毁损、灭失风险由乙方承担。
P:4.4 乙方应指定一名项目经理常驻现场，负责施工组织、进度协调和质量管理，每周向甲方提交书面进度报告。项目经理未经甲方同意不得更换。
P:4.5 乙方应随设备提供不少于两年用量的易损备件，备件清单作为技术协议附件。
H:第五条 验收
P:5.1 安装调试完成后，双方按技术协议进行联合测试，验收标准为：8条产线均实现自动上料、分段测试和下线记录；单线节拍提升不低于技术协议约定值；数据采集完整率达到技术协议指标；与ERP系统工单、物料数据同步延迟不超过5秒；连续试生产20日无因控制系统导致的停线。
P:5.2 联合测试由乙方提前5个工作日书面申请，双方共同制定测试方案并逐项记录测试结果，双方签字确认。测试合格后，甲方出具最终验收证书。设备投入生产或甲方付款不视为验收合格。验收不合格的，乙方应在10日内整改并重新组织验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换及软件升级均免费。
P:6.2 质保期内，一级故障（整线停机）乙方接报后1小时内响应，6小时内到达现场；二级故障（单工位异常）8小时内解决。乙方响应或到场每超时1小时，向甲方支付300元，从质保金或应付款中扣除。
P:6.3 乙方应提供不少于3次现场培训，使甲方电工和设备管理员能够独立完成日常点检、参数调整和常见故障处理。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的27%计取，即每年人民币383,400元，首三年不予调整，服务内容包括故障维修、备件更换、程序维护和软件升级。
H:第七条 知识产权
P:7.1 MES模块软件及设备内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的产线控制程序、工艺参数配置、生产看板及接口程序（含源代码）的知识产权归甲方所有，甲方可自行修改使用。
H:第八条 数据安全
P:8.1 系统采集的生产数据、工艺参数、订单及质量数据均归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方应按甲方工控网络安全要求部署设备，不得在控制网络中开启无线或外网通道，交付前应完成病毒查杀和弱口令检查。
P:8.3 乙方远程访问甲方系统须经甲方逐次批准并留存操作日志，不得私自复制或带走数据。发生数据泄露或损毁的，乙方应在2小时内报告并采取补救措施，因乙方原因造成的损失由乙方赔偿。
H:第九条 保密
P:乙方应对甲方的产品设计、工艺文件、客户及价格信息保密，未经甲方书面同意不得向第三方披露，也不得在宣传材料中使用甲方名称或现场照片。乙方应要求其参与本项目的人员遵守本条约定。保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:10.2 乙方交付的设备或软件不符合技术协议的，应在7日内免费更换或修改；经两次整改仍不合格的，甲方有权退货并要求乙方返还相应款项、赔偿损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方可将现场拆除、布线及控制柜改造等施工工作分包给具有相应资质的第三方，分包前书面告知甲方即可。乙方对分包方的工作质量和安全负责。
H:第十二条 合同解除
P:一方严重违约，经另一方书面通知后20日内未能纠正的，守约方有权解除本合同并要求赔偿。乙方逾期超过45日的，甲方有权解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交绍兴仲裁委员会仲裁。
H:第十四条 不可抗力
P:因地震、台风、洪水、疫情等不可抗力导致不能履行合同的，受影响方应在3日内通知对方，并在15日内提供证明，相应履行期限顺延。不可抗力持续超过60日的，双方协商是否继续履行。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、产线改造计划。
P:15.2 双方的通知应以书面形式送达本合同首页所列地址或电子邮箱，送达后即生效。
P:15.3 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

SRC["z03"] = """射箭培训门店预约及会员管理系统服务合同

合同编号：JY-SaaS-2026-0913

甲方：广州弓弦体育文化发展有限公司（以下简称“甲方”）
乙方：深圳约课云科技有限公司（以下简称“乙方”）

甲方在广州、佛山、东莞共经营19家射箭培训门店，拟采用乙方的“约课云”预约及会员管理系统（SaaS）替换现有的门店收银和排课软件。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方19家门店提供“约课云”SaaS服务，包括课程与教练排班、学员在线预约及签到、会员卡及课时包管理、储值与营销活动、靶道占用管理、门店收银及经营报表等功能。
2. 甲方及门店员工账号数量不限；甲方会员可通过微信小程序自助预约。
（二）实施服务
1. 乙方负责为甲方开通总部及19家门店账号，配置课程体系、价格体系和会员权益。
2. 乙方负责将甲方原系统中的会员档案、剩余课时、储值余额及历史消费记录迁移至本系统，并完成与甲方财务软件和门禁闸机的对接。
3. 乙方负责按甲方品牌形象定制小程序首页及预约页面，并对总部及门店人员进行培训。
（三）运营支持
1. 服务期内，乙方提供每日8点至23点的在线客服和电话支持，并为甲方指定专属客户成功经理，每季度与甲方进行一次服务回顾。
2. 乙方对系统进行的版本升级不另行收费；升级影响门店操作的，乙方应提前7日通知并提供操作说明。
3. 乙方每月向甲方提交服务报告，内容包括可用率、故障处理、工单统计及改进建议。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自系统上线验收合格之日起算，第二服务年度自第一服务年度届满次日起算。
（二）实施工作应在合同签订后45日内完成，并提交上线验收申请。
（三）上线切换应安排在门店营业时间以外进行，切换前乙方应完成全量数据核对，并制定回退方案，确保门店次日正常营业。

三、费用及支付
（一）合同费用明细如下：
1. 订阅服务费：每家门店每服务年度9,800元，19家门店每服务年度合计186,200元，两个服务年度合计372,400元；
2. 实施服务费（含数据迁移、对接、定制页面及培训）：68,000元；
3. 合同总金额：440,400元（含税）。
（二）实施服务费在上线验收合格后10个工作日内一次性支付。
（三）每一服务年度的订阅服务费，在该服务年度开始后15个工作日内支付。
（四）合同期内新开门店的，按每店每服务年度9,800元按剩余月数折算增加；门店关闭的，自次月起相应减少。
（五）乙方应在收款前开具增值税专用发票。
（六）本合同服务期内，订阅服务费单价固定不变；除本合同约定外，乙方不得以功能升级、用户增加或短信通道费用等理由另行收费，短信通道按实际发送量由甲方另行充值的除外。

四、上线验收
（一）乙方完成实施工作后书面通知甲方，甲方在10个工作日内组织验收。验收标准为：
1. 需求确认书所列功能全部可用；
2. 迁移后的会员数量、剩余课时及储值余额与原系统逐一核对一致；
3. 小程序预约、签到、核销及退款流程测试通过；
4. 与财务软件和门禁闸机的对接连续7日运行无差错。
（二）验收合格的，甲方签署上线验收单。系统试用或甲方门店开始使用不视为验收合格。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨0点至6点并提前3日通知）。
（二）故障分级及响应：一级故障（全部门店无法预约、收银或登录）30分钟内响应，3小时内恢复；二级故障（部分功能或部分门店异常）2小时内响应，当日解决；三级问题2个工作日内答复。
（三）乙方应通过服务状态页面实时公布系统运行情况；一级故障恢复后3个工作日内，乙方应向甲方提交书面故障分析报告，说明原因及整改措施。
（四）月度可用率未达到约定标准的，每低于0.1个百分点，乙方按当月订阅服务费的5%向甲方提供服务抵扣，最高不超过当月订阅服务费；一级故障超过恢复时限的，每超时1小时另扣减500元。

六、续约
（一）服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。
（二）续期时，乙方有权根据市场价格调整订阅服务费，每次上调幅度不超过上一服务年度费用的8%，乙方应在续期前通知甲方调整后的价格。

七、知识产权
（一）“约课云”平台软件及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌设计素材及对接程序的知识产权归甲方所有，甲方可自行或委托他人修改和使用。

八、数据安全及数据权属
（一）甲方及其会员在系统中产生的全部数据（包括会员个人信息、消费记录、课程及经营数据）归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务节点，采取加密存储、访问控制、操作审计和每日备份等措施，并通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合处置并承担因此给甲方造成的损失。
（四）合同终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。
（五）乙方作为受托处理者处理会员个人信息，应与甲方签订个人信息处理协议，仅按甲方指示处理，不得自行向会员推送营销信息。未成年学员的信息应按甲方要求单独设置访问权限。

九、保密
双方对在合作中获知的对方商业秘密、会员信息、价格体系和经营数据负有保密义务，未经对方书面同意不得披露。保密义务在本合同终止后继续有效三年。

十、违约责任
（一）乙方未按期完成实施工作的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方违反第八条、第九条约定的，应赔偿对方全部损失。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担责任。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还未履行期间的服务费用。
（二）甲方连续两个月未支付费用的，乙方可书面催告；催告后15日内仍未支付的，乙方可暂停服务。
（三）合同解除或期满终止的，乙方应继续提供不少于30日的只读访问，配合甲方完成数据导出和系统切换，不得以任何理由扣留甲方数据。

十三、法律适用和争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
（一）因不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免责。
（二）双方往来通知以书面或电子邮件方式送达本合同所列联系人，发出后即视为送达。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（四）附件：需求确认书、门店清单、数据迁移方案。

甲方（盖章）：广州弓弦体育文化发展有限公司
乙方（盖章）：深圳约课云科技有限公司
日期：2026年＿月＿日
"""

SRC["z04"] = """临江市畜禽养殖污染监测系统运维服务合同

项目编号：LJCG-2026-CS-027（竞争性磋商）
采购人（甲方）：临江市生态环境局
供应商（乙方）：江西清源环境监测技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市畜禽养殖污染监测系统运维服务项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方订立本合同。

第一条 服务范围
（一）服务对象：甲方已建成的畜禽养殖污染监测系统，包括分布在全市6个县区规模养殖场的86个在线监测站点（COD、氨氮、总磷、流量及视频监控设备）、1个市级监控中心及畜禽养殖污染监管平台软件。
（二）服务内容：
1. 站点设备日常巡检、校准、维修、试剂更换及耗材补充；
2. 监管平台软件、数据库及服务器的运行维护、安全加固和版本修补；
3. 监测数据的日常审核、异常数据标记和月度分析报告；
4. 配合甲方开展执法检查、督察迎检及应急监测；
5. 建立并维护设备台账、运维记录和备品备件库。
（三）服务交接：乙方应与原运维单位办理设备、账号、资料和备件的交接，逐站核对设备状态并形成交接清单，经甲方确认后接管。交接中发现设备缺失或损坏的，应书面报告甲方。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。乙方应在2026年12月20日前完成与原运维单位的交接，并自服务期首日起开展服务。

第三条 合同价款
（一）本合同总价为人民币陆拾壹万元整（¥610,000），为完成全部服务内容的含税包干价，明细如下：
1. 监测站点巡检维护费：312,000元；
2. 平台软件及服务器运维费：148,000元；
3. 备品备件及试剂耗材费：96,000元；
4. 数据审核及分析报告费：54,000元。
（二）服务期内甲方新增或撤销站点的，按每站点每月302元的标准据实增减。

第四条 付款方式
（一）本合同不设预付款。
（二）运维服务费按季度结算，每季度152,500元。每季度结束后，甲方按本合同第七条进行季度考核，并在考核结果确认后15个工作日内支付该季度费用；考核扣减的金额从当季费用中直接扣除。
（三）乙方应在每次付款前开具合法发票。资金支付按财政国库集中支付规定办理。

第五条 服务要求
（一）每个站点每月现场巡检不少于2次，每季度校准不少于1次，巡检及校准记录当日上传平台。
（二）站点设备故障导致数据中断的，乙方应在24小时内修复；无法在24小时内修复的，应启用备用设备。
（三）监测数据按规定频次上传至监管平台及省级平台，乙方每日审核前一日数据，发现异常及时报告甲方。
（四）乙方应配备不少于10名专职运维人员，其中持证监测人员不少于6名，并配备运维车辆和检测仪器。
（五）遇重大污染事件、汛期或上级督察，乙方应按甲方要求在2小时内派员到达指定站点，开展加密监测和现场采样，并在当日提交监测情况报告。
（六）乙方应在市区设立备品备件库，常用备件储备量应满足全部站点至少两个月的更换需要。更换下来的设备和部件由乙方登记后交甲方处置，不得擅自变卖。
（七）乙方每月5日前向甲方提交上月运维报告，内容包括巡检校准情况、故障处理记录、数据审核结果、备件消耗和下月工作计划；每年12月提交年度运维总结。

第六条 故障响应
（一）一级故障（监管平台整体中断、市级监控中心失去全部站点数据，或涉及重大污染事件的站点故障）：乙方接报后30分钟内响应，2小时内到达现场或远程处置，8小时内恢复。
（二）二级故障（单个站点或单项功能中断）：2小时内响应，24小时内恢复。
（三）三级问题（咨询、报表调整等）：1个工作日内处理完毕。
（四）乙方应设立全天候值班电话，节假日不间断。
（五）每次故障处理完毕后，乙方应在平台填写故障处理记录，写明故障现象、原因、处理措施、更换部件及恢复时间，作为季度考核依据。

第七条 考核及验收
（一）甲方每季度依据《运维考核细则》对乙方进行考核，考核内容包括巡检完成情况、数据上传及时性、故障响应与恢复时间、运维记录完整性和迎检配合情况。
（二）考核得分低于90分的，每低1分扣减当季运维费1,000元；一级故障每超过响应或恢复时限1小时，扣减500元。
（三）服务期满后，甲方组织年度验收，验收标准为：全部站点运维记录完整、设备完好、平台正常运行，四个季度考核均达到80分以上，台账及技术资料移交完毕。甲方出具书面验收意见。

第八条 数据安全
（一）监测数据、视频资料、养殖场信息及平台数据归甲方所有，乙方不得用于本合同以外的目的，不得向任何第三方提供或发布。
（二）乙方应遵守《数据安全法》及网络安全等级保护要求，登录平台须使用甲方分配的实名账号并通过堡垒机审计，不得擅自修改、删除监测数据。
（三）发生数据泄露、篡改或丢失的，乙方应立即报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
（四）服务期满，乙方应将全部运维资料、账号权限和备件清单移交甲方或甲方指定的单位，并删除其保存的监测数据副本。

第九条 保密
乙方对履行合同中知悉的执法信息、养殖场经营信息及甲方工作秘密负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。

第十条 知识产权
乙方在运维过程中形成的运维文档、数据分析报告、配置脚本及台账资料归甲方所有。

第十一条 违约责任
（一）乙方未按本合同约定时间完成交接并开始服务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方擅自修改、删除监测数据或弄虚作假的，甲方有权扣减当季全部运维费，并依法追究乙方责任。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（四）乙方季度考核连续两个季度低于80分的，甲方可约谈乙方负责人，责令其限期整改并调整运维人员。

第十二条 分包及人员管理
（一）乙方不得将本合同项下的服务转包或分包给第三方。
（二）乙方运维人员应身份明确、相对固定，名单报甲方备案；更换项目负责人须经甲方同意。乙方应为运维人员购买意外伤害保险，并对其进行安全生产和防疫消毒培训。
（三）乙方人员进入养殖场站点，应遵守养殖场的生物安全和防疫管理规定，不得干扰企业正常生产。乙方在作业中造成人身伤害或财产损失的，由乙方承担责任。

第十三条 合同的履行
本合同履行期间，除不可抗力致使合同目的无法实现外，双方均不得解除本合同。乙方违约的，甲方可以按照第七条扣减服务费、要求乙方支付违约金并限期改正，但不得以此为由解除合同。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，向临江市人民法院提起诉讼。

第十五条 其他
（一）本合同未约定自动续期，服务期满后由甲方依法重新组织采购。
（二）本合同未尽事宜，由双方协商签订补充协议。竞争性磋商文件、乙方响应文件及运维考核细则为本合同附件，与本合同具有同等效力。
（三）本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。

甲方（盖章）：临江市生态环境局　　　　乙方（盖章）：江西清源环境监测技术服务有限公司
签订日期：2026年＿月＿日
"""

SRC["z05"] = """# 匠链工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 JL-HT-2025版）

合同编号：JL2026-XS-0177

甲方（用户）：北京燕京景泰蓝艺术品工坊有限公司

乙方（供方）：北京匠链数字科技有限公司

甲方因景泰蓝制作工序管理需要，向乙方采购“匠链”工序追踪系统软件许可及定制开发服务。双方经友好协商，按照乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链”工序追踪系统标准版软件的永久使用许可，授权甲方在其一个生产场所内安装使用，并发用户50个。

1.2 乙方根据甲方需求进行定制开发，内容包括：制胎、掐丝、点蓝、烧蓝、磨光、镀金六道工序的流转记录与扫码报工；每件作品的工艺档案及二维码溯源页面；釉料与铜材领用台账；匠师计件工资统计；与甲方线上商城的订单对接。

1.3 乙方负责软件安装部署、基础数据初始化及甲方人员操作培训。

1.4 本合同所称“上线”，是指乙方完成安装部署并向甲方开通系统管理员账号。

## 第二条 合同金额

2.1 本合同总金额为人民币伍拾叁万捌仟元整（¥538,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追踪系统标准版软件许可（永久） | 286,000 |
| 2 | 定制开发（工序流转、溯源页面、台账、计件、商城对接） | 214,000 |
| 3 | 安装部署及培训 | 38,000 |
| | 合计 | 538,000 |

2.2 上述金额不含甲方自行采购的服务器、扫码枪、标签打印机等硬件。甲方需求在需求确认后发生变更的，乙方有权另行报价。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币349,700元。乙方收到该款项后开始实施。

3.2 系统上线后5个工作日内，甲方向乙方支付合同总金额的35%，即人民币188,300元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金，且乙方有权暂停实施或技术服务。

3.4 乙方在收到每期款项后10个工作日内向甲方开具增值税普通发票。甲方需开具专用发票的，应在付款前提供开票信息。

## 第四条 实施周期

4.1 乙方预计在收到首期款后90日内完成开发和上线。实施周期为预估时间，因需求调整、甲方配合等原因延长的，乙方不承担责任。

4.2 甲方应按乙方要求提供工序说明、样品资料、基础数据和测试环境，并指定专人配合。

4.3 乙方按照需求确认书进行开发。需求确认书经甲方签字后作为开发和上线的依据，需求确认书未列明的功能不属于本合同范围，甲方提出新增或变更的，乙方按每人天2,800元另行收费。

## 第五条 上线及验收

5.1 乙方完成安装部署和定制开发后，通知甲方上线。

5.2 系统安装上线即视为甲方验收合格。甲方在上线后提出的问题，作为维护事项由乙方在维护期内处理。

## 第六条 免费维护

6.1 系统上线之日起六个月为免费维护期，乙方在免费维护期内提供缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或无法报工）乙方在接到甲方通知后24小时内响应；其他问题在3个工作日内响应。乙方以远程方式处理为主，需要现场服务的，甲方承担差旅费用。

6.3 乙方将尽合理努力处理故障，但不对故障处理时间作出保证，亦不因响应或处理时间承担任何扣款、赔偿或违约金。

6.4 以下情形不属于免费维护范围：甲方自行修改系统、数据库或配置；甲方服务器、网络或操作系统故障；甲方人员操作不当；第三方软件或硬件引起的问题。对上述问题，乙方可提供有偿服务，按每人天2,800元收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务和软件升级，应与乙方签订年度维护协议，年度维护费按乙方当年公布的价格标准执行。

7.2 甲方未签订维护协议的，乙方不再提供升级和技术支持，恢复服务时需补缴中断期间的维护费。

7.3 年度维护服务包括软件缺陷修复、版本升级、远程技术支持和每年一次现场巡检，不包括新增功能开发。

## 第八条 知识产权

8.1 “匠链”软件及其全部升级版本的著作权归乙方所有。

8.2 甲方不得对软件进行反向工程、复制、出租或转授权，不得超出授权场所和用户数使用；超出部分应按乙方当时报价补缴许可费。

8.3 乙方为甲方定制开发的功能模块、溯源页面、接口程序及其源代码、文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 乙方对其部署的系统采取必要的安全防护措施，包括账户权限管理、数据加密存储和每日备份；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应赔偿责任。

9.3 甲方同意，乙方可将系统运行中产生的工序、工时及物料数据进行脱敏处理后，用于乙方产品改进、行业工艺数据库建设和行业分析报告，该等使用不需另行取得甲方同意，也不向甲方支付费用。

9.4 本合同终止后，甲方可在30日内自行导出业务数据；逾期未导出的，乙方有权删除其部署环境中的相关数据。

## 第十条 保密

双方对在合作过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律要求披露的除外。保密期限为本合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

## 第十二条 甲方义务

12.1 甲方应按时支付合同款项，并为乙方提供必要的工作场所、网络环境和配合人员。

12.2 甲方负责采购和维护系统运行所需的服务器、网络设备、扫码枪、标签打印机及操作系统、数据库软件，并确保其符合乙方提出的配置要求。

12.3 甲方应妥善保管系统账号和密码，因甲方账号管理不善造成的损失由甲方自行承担。甲方应定期自行导出并备份业务数据。

## 第十三条 合同解除

13.1 一方严重违反本合同，经对方书面通知后30日内仍未改正的，守约方有权解除本合同。

13.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十四条 不可抗力

因不可抗力、政策调整、网络运营商故障、黑客攻击或计算机病毒等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任，但应及时通知甲方。

## 第十五条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 乙方为甲方提供两次集中培训，每次不超过2天，培训对象为甲方管理员和各工序班组长。甲方新增培训需求的，另行收费。

16.2 双方的通知以书面或电子邮件方式送达本合同载明的联系人。

16.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.4 本合同为乙方标准合同文本，双方的补充约定以书面形式另行签署。

甲方（盖章）：＿＿＿＿＿＿　　　　乙方（盖章）：北京匠链数字科技有限公司

签订日期：＿＿＿＿年＿＿月＿＿日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GA-CN-2026-031
P:This Agreement is made between Changzhou Huaneng Transformer Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Gobbins Analytics Limited, a company registered in Northern Ireland with its registered office at Marine Highway, Carrickfergus, County Antrim (the "Supplier").
P:The Customer manufactures power and distribution transformers and wishes to license the Supplier's TraceWell maintenance planning and test-data management software and to have it configured, integrated and rolled out at its Changzhou plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TraceWell application, version 7, in object code, with its database components and user documentation, as listed in Annex 1.
P:1.2 "Deliverables" means all configurations, report templates, interface programs, data-conversion scripts, test scripts and documents that the Supplier prepares specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance tests have been passed.
P:1.4 "Customer Data" means all data entered into, generated by or processed through the Software by or for the Customer, including test records, equipment histories and personal data of the Customer's staff.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in China for up to 180 named users and unlimited test stations, for the Customer's internal business purposes.
P:2.2 The Supplier shall configure the Software to the Customer's routine-test and type-test workflows, build interfaces with the Customer's ERP system, its laboratory instruments and its document management system, convert historical test records from the existing database, and train key users and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work in Annex 2. If the Statement of Work conflicts with this Agreement, this Agreement prevails.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,900,000, inclusive of all taxes, duties and travel costs, made up as follows: Software licence fee CNY 1,260,000; configuration and workflow design CNY 384,000; interfaces and data conversion CNY 212,000; training CNY 44,000.
P:3.2 The price is fixed. No other charges are payable for the work described in Annex 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the contract price (CNY 380,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the contract price (CNY 855,000) within 30 days after the Software is installed and the interfaces are ready for testing, as confirmed in writing by both project managers. That confirmation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the contract price (CNY 665,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Supplier's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation within 45 days and deliver the configured system ready for acceptance testing within 150 days after signature.
P:5.2 The acceptance tests are set out in Annex 3 and include: every function in the Statement of Work demonstrated on the Customer's data; converted test records reconciled against the source database with no unexplained difference; each interface running for ten consecutive working days without error; report generation within three seconds for 50 concurrent users; and a 30-day trial operation without a Severity 1 incident.
P:5.3 When the tests are passed, the Customer shall issue a Final Acceptance certificate within ten working days. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost. Installation, go-live or productive use of the Software does not in itself amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 18 months from Final Acceptance. During the warranty period the Supplier shall correct defects, provide new releases and patches, and give telephone, e-mail and remote support free of charge.
P:6.2 Incident response: Severity 1 (the Software is unavailable or test certificates cannot be issued) within 1 hour, with a workaround within 8 hours; Severity 2 within 8 business hours; Severity 3 within two business days. The Supplier shall provide support in Chinese during the Customer's working hours and by telephone for Severity 1 at any time.
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or workaround time, the Supplier shall credit CNY 1,200 against the next amount payable, or pay it if no amount remains payable.
P:6.4 After the warranty period, the Customer may order annual support at 11% of the Software licence fee, being CNY 138,600 a year. This fee is fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all related intellectual property remain with the Supplier and its licensors.
P:7.2 All intellectual property in the Deliverables is owned by the Customer from creation. The Supplier shall deliver the source code and documentation of the Deliverables at Final Acceptance. The Customer may use, modify and license the Deliverables freely.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's remote-access gateway with multi-factor authentication and session recording, after approval for each session. No Customer Data shall be copied or transferred outside the Customer's network without the Customer's written approval.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when handling Customer Data.
P:8.4 The Supplier shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, cooperate in containing it, and bear all losses and costs caused by incidents attributable to the Supplier or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including product designs, test methods, prices and the terms of this Agreement, and shall use it only for this Agreement.
P:9.2 This obligation continues for five years after termination or expiry of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to deliver the system ready for acceptance testing by the date in Article 5.1, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the contract price. This limit does not apply to breach of Articles 8 and 9, infringement claims under Article 7.3, personal injury, or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting and Personnel
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for any approved subcontractor.
P:11.2 The Supplier shall name a project manager with experience of at least three comparable projects and shall not replace that person without the Customer's consent, except in case of illness or departure.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate by written notice if delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer under this Article, the Supplier shall refund the amounts paid for work not accepted and the Customer may keep the Deliverables completed to date.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Northern Ireland.
P:14.2 The courts of Northern Ireland sitting in Belfast have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing in English or Chinese and sent to the addresses above. This Agreement is signed in English and Chinese; both versions are equally authentic.
P:Annex 1: Software and licence schedule. Annex 2: Statement of Work. Annex 3: Acceptance test plan.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — AUDITPATH QUALITY CLOUD

Order Form No. BVS-OF-26-0442

## PART A — ORDER FORM

### A1. Parties

**Customer:** Hefei Sunmeadow Food Group Co., Ltd., Economic and Technological Development Zone, Hefei, Anhui Province, People's Republic of China.

**Vendor:** Bann Valley Software Ltd, a company registered in Northern Ireland, with its office at Castlewellan Road, Banbridge, County Down.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

### A2. Services and Subscription Term

The Vendor will provide the AuditPath Quality Cloud service, comprising the Supplier Audit module, the Line Inspection mobile app and the Corrective Action module, for the Customer's head office, its seven factories and up to 420 named users (the "Service"). The Vendor will also carry out the onboarding work in A4.

The Subscription Term is 36 months, starting on the date of Go-Live Acceptance under A4 and divided into three Subscription Years.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total over term (CNY) |
|---|---|---|---|
| Supplier Audit module | head office, 180 suppliers | 148,000 | 444,000 |
| Line Inspection app | 7 factories, 420 users | 120,000 | 360,000 |
| Subscription subtotal | 3 Subscription Years | 268,000 | 804,000 |
| Onboarding (one-time) | configuration, data import, training | — | 46,000 |
| Total Contract Value | | | 850,000 |

All fees are in CNY and include VAT. The annual fees are fixed for the whole Subscription Term. Additional users may be added at CNY 290 per user per Subscription Year, pro rata.

### A4. Onboarding and Go-Live Acceptance

The Vendor will configure the Customer's audit checklists, inspection plans, sampling rules and approval flows, import the Customer's supplier master data and open corrective actions, connect the Service with the Customer's ERP and laboratory information system through the Vendor's standard API, and train 40 key users in Hefei.

The Vendor will make the configured Service available for Go-Live Acceptance testing within 60 days after signature. The tests are: every configured checklist and inspection plan run end to end on test data; supplier master data reconciled with the ERP export; the ERP and laboratory interfaces exchanging data for ten working days without error; and the mobile app working offline and synchronising correctly at two factories. The Customer will sign a Go-Live Acceptance certificate within five working days after the tests are passed. Use of the Service for training or testing is not acceptance.

If the Service is not ready for Go-Live Acceptance testing by the agreed date for reasons attributable to the Vendor, the Vendor will pay CNY 600 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced on Go-Live Acceptance. The annual fee for each Subscription Year is invoiced at the start of that Subscription Year. The Customer will pay each undisputed invoice within 30 days of receipt. No other amounts are payable.

### A6. Contacts and Signature

Customer contact: Quality Management Department, Director of Supplier Quality. Vendor contact: Customer Success Manager, Asia-Pacific.

Signed for the Customer: ____________________  Signed for the Vendor: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, files and records that the Customer or its users submit to the Service or that the Service generates from them, including audit findings, inspection results, supplier records and photographs.

1.2 "Customer Configurations" means the checklists, inspection plans, report layouts, workflows and interface mappings configured for the Customer.

1.3 "Severity 1 Incident" means the Service being unavailable to all users, or inspection results being unable to be recorded or synchronised at any factory.

### 2. Use of the Service

2.1 The Vendor grants the Customer and its users a non-exclusive right to access and use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer will not resell the Service, attempt to copy or reverse engineer it, or use it to build a competing product.

2.3 The Vendor may update the Service from time to time, provided that no update materially reduces its functionality during the Subscription Term.

### 3. Service Levels

3.1 The Vendor will make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 22:00 and 06:00 China Standard Time.

3.2 The Vendor will respond to a Severity 1 Incident within 30 minutes and restore the Service or provide a workaround within three hours. Severity 2 Incidents will receive a response within two hours, and other requests within one business day.

3.3 If monthly availability falls below the level in 3.1, the Customer will receive a service credit of 5% of the monthly portion of the annual fee for each 0.1 percentage point, or part of it, of the shortfall, up to half of that monthly portion. A missed Severity 1 response time gives a further credit of CNY 1,000 per incident. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

### 4. Intellectual Property

4.1 The Vendor owns the Service, its software and all improvements to it.

4.2 The Customer owns the Customer Configurations and may use, copy, modify and have them implemented by any third party, during and after the Subscription Term. The Vendor will export them in a documented format on request.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Vendor will use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Customer may export Customer Data at any time during the Subscription Term. Within 30 days after the end of the Subscription Term, the Vendor will provide a full export in CSV and PDF format and then delete Customer Data from the Service.

### 6. Confidentiality

6.1 Each party will keep confidential any non-public information of the other party that it receives under the Agreement, including the Customer's supplier lists, product specifications and audit results, and will use it only for the Agreement.

6.2 This obligation does not apply to information that is public, already known to the recipient or independently developed, and it continues for three years after the Agreement ends.

### 7. Subcontractors and Hosting

7.1 The Vendor may engage subcontractors, including hosting providers, support partners and implementation partners, to perform any part of the Agreement. The Vendor will keep a current list of them on its website and notify the Customer of additions by e-mail. The Customer's consent is not required.

7.2 The Vendor remains responsible for the acts and omissions of its subcontractors.

7.3 The Service is hosted in a data centre in mainland China operated by a licensed cloud provider.

### 8. Fees and Renewal

8.1 The fees are as set out in A3 and are fixed for the Subscription Term.

8.2 The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### 9. Warranties

9.1 The Vendor warrants that the Service will perform materially as described in its documentation and that the onboarding work will be performed with reasonable skill and care by qualified personnel.

9.2 The Vendor warrants that the Service does not infringe any third-party intellectual property right and will defend the Customer against any such claim.

### 10. Liability

10.1 Each party's total liability under the Agreement is limited to 150% of the Total Contract Value. This limit does not apply to infringement claims under 9.2, breach of clause 6, personal injury or wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 If the Customer terminates under 11.1, the Vendor will refund any prepaid fees for the period after termination and provide the data export under 5.2.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute will be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The arbitration will be conducted in Chinese and English.

### 13. General

13.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

13.2 Notices must be in writing and sent to the contacts in A6. The Agreement may be signed in counterparts and electronically.

13.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and resumes performance as soon as possible.

13.4 The Vendor may name the Customer as a client in its customer lists only with the Customer's prior written approval.
"""

SRC["e03"] = """T:SUPPLY CONTRACT FOR KILN AND MILL CONDITION MONITORING SYSTEM
P:Contract No. TSC-EQ-2026-0219
P:Buyer: Tangshan Jidong Heights Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Slemish Sensing Ltd, a company registered in Northern Ireland, with its registered office at Galgorm Road, Ballymena, County Antrim (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to install wireless vibration and temperature monitoring on the rotary kilns, raw mills, cement mills and fans of its two production lines, and the Supplier has offered the sensors, gateways and monitoring software described below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the Supplier's PlantPulse condition monitoring software, with the licence described in clause 2.2.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 "Buyer Data" means all measurements, alarms, reports, asset records and other data collected or generated by the System.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 240 wireless vibration and temperature sensors, 24 edge gateways with industrial enclosures, mounting kits and the spare parts in the Price Schedule, all new and of current production.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for up to 300 monitored assets, including all modules described in the technical specification.
P:2.3 The Supplier shall install and commission the Equipment, configure asset models, alarm limits and dashboards, integrate the System with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
H:3. Price
P:3.1 The Contract Price is CNY 2,100,000, inclusive of VAT, packing, transport to site, insurance, installation and training, as set out in the following Price Schedule.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|240|3,900|936,000
TB:2|Edge gateway with industrial enclosure|24|18,500|444,000
TB:3|PlantPulse software licence, perpetual, 300 assets|1|520,000|520,000
TB:|Equipment and Licence Subtotal|||1,900,000
TB:4|Installation, commissioning and integration|1|168,000|168,000
TB:5|Training|1|32,000|32,000
TB:|Contract Price|||2,100,000
P:3.2 The Contract Price is fixed and includes every item needed for the System to meet the technical specification.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 210,000) within 20 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,155,000) within 30 days after all Equipment has been delivered and installed, as confirmed by a delivery and installation record. That record confirms quantities and physical condition only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 735,000) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT special invoice for the amount due.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 45 days after delivery. Work on running equipment shall be carried out only during shutdowns agreed with the Buyer.
P:5.2 Acceptance tests shall be carried out jointly according to the acceptance test plan annexed to this Contract. The System passes when: every sensor reports to the Software at the configured interval; measured values agree with the Buyer's calibrated reference instruments within the tolerance in the technical specification; alarms reach the control system within five seconds; the maintenance management interface creates work orders correctly; and the System runs for 30 consecutive days without a Severity 1 fault.
P:5.3 When the tests are passed, the Buyer shall sign the Final Acceptance Certificate within seven working days. Delivery, installation, commissioning or use of the System does not by itself constitute acceptance. If a test fails, the Supplier shall remedy the defect at its own cost and repeat the test.
P:5.4 The Supplier shall pack the Equipment for long-distance transport and storage on an open site. Risk in the Equipment passes to the Buyer on delivery to the Buyer's plant; title passes on payment under clause 4.2.
P:5.5 The Supplier's personnel on site shall follow the Buyer's safety rules, including permit-to-work, lock-out and hot-work procedures, and shall wear the protective equipment required in the kiln and mill areas. The Supplier is responsible for injury or damage caused by its personnel.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries, and provide Software corrections, updates and technical support free of charge.
P:6.2 The Supplier shall respond to a Severity 1 fault (the Software unavailable, or a gateway or more than ten sensors on one line not reporting) within 30 minutes by telephone or remote connection and shall be on site within 24 hours if a remote fix is not possible. Other faults shall receive a response within one business day.
P:6.3 For each hour by which a Severity 1 response or on-site time is missed, the Supplier shall pay CNY 800, deducted from any amount payable.
P:6.4 The Supplier shall keep spare parts and replacement sensors of the same or compatible type available for at least seven years after Final Acceptance and shall inform the Buyer at least six months before any product is discontinued.
P:6.5 After the warranty period, the Supplier shall provide support for the fourth and fifth years at 8.5% of the Equipment and Licence Subtotal per year, being CNY 161,500 a year. This price is fixed and the support agreement does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, and the firmware in the Equipment remains the property of its owners; the Buyer's licence is perpetual and irrevocable.
P:7.2 Asset models, alarm configurations, dashboards, interface programs and documents prepared specifically for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely, and the Supplier shall hand over their source files at Final Acceptance.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it for any other purpose, including aggregated or anonymised analysis.
P:8.2 The System shall be installed in the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and shall take place through the Buyer's secure gateway with logging. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the System or Buyer Data within 12 hours, assist in remedying it, and be liable for losses caused by incidents attributable to the Supplier.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's process data, plant layout and production figures, and shall not disclose it to any third party without prior written consent.
P:9.2 This clause survives for five years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On such termination, the Supplier shall refund the amounts paid for Equipment and services not accepted and remove any Equipment the Buyer rejects.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules.
H:14. General
P:14.1 This Contract is made in English and Chinese. Both versions have equal effect.
P:14.2 The technical specification, the acceptance test plan and the Supplier's bid form part of this Contract. In case of conflict, this Contract prevails, followed by the technical specification.
P:14.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effect.
P:Signed for the Buyer: ____________________   Signed for the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: MG-MSA-2026-118

**Between:** Dongguan Oakline Home Furnishings Co., Ltd., Houjie Town, Dongguan, Guangdong Province, People's Republic of China ("Customer"); and

**Mourne Gate Managed Services Ltd**, a company registered in Northern Ireland whose registered office is at Merchants Quay, Newry, County Down ("Provider").

**Background:** Customer makes and exports furniture from three factories and a design centre in Dongguan. It wishes to outsource the day-to-day operation of its data centre, network and end-user IT to Provider for three years. Provider operates in China through its Shenzhen service centre.

## Section 1 Definitions and Interpretation

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its clients that Provider accesses, stores or processes while performing the Services, including system logs, e-mail, design files and ERP records.

1.5 "Service Commencement Date" means the date on which Customer accepts the Transition under Section 3.

1.6 Schedules 1 to 3 form part of this Agreement. In case of conflict, the Sections prevail over the Schedules.

## Section 2 Term

2.1 This Agreement starts on signature. The Initial Term runs for 36 months from the Service Commencement Date.

2.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal term, Provider may increase the Monthly Service Charge by up to 9% by written notice given at least 60 days before the renewal term starts. The increased charge applies from the first day of the renewal term.

## Section 3 Transition and Acceptance

3.1 Provider shall carry out the Transition in Schedule 1, including discovery of all in-scope assets, documentation of the environment, setup of monitoring and ticketing tools, knowledge transfer from Customer's IT team and a parallel-run period of at least 14 days.

3.2 Provider shall complete the Transition and request acceptance within 75 days after signature.

3.3 Customer shall accept the Transition when: all in-scope assets are recorded in the configuration database and monitored; runbooks for every critical system are documented and tested; backup jobs for all servers have run successfully for 14 consecutive days with a successful test restore of each critical system; and the service desk has handled tickets during the parallel run within the Service Levels. Customer shall confirm acceptance in writing within five working days after these criteria are met.

3.4 If Provider fails to complete the Transition by the date in Section 3.2 for reasons within its control, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4 Services and Service Levels

4.1 From the Service Commencement Date, Provider shall perform the Services in Schedule 1 in accordance with good industry practice and the Service Levels in Schedule 2.

4.2 Provider shall report on its performance against the Service Levels each month and meet Customer each quarter to review the Services and agree improvements.

4.3 Service credits under Schedule 2 are deducted from the next invoice. They do not prevent Customer from claiming damages for losses greater than the credits or from exercising its right to terminate.

4.4 Provider shall maintain a business continuity plan for the Services, test it with Customer once in each contract year, and keep a documented procedure for restoring Customer's critical systems from backup.

4.5 Provider shall propose changes to the Services through a written change request. No change takes effect, and no additional charge is payable, until both parties have signed the change request.

## Section 5 Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Transition Charge is invoiced after acceptance of the Transition. The Monthly Service Charge is invoiced monthly in arrears.

5.2 Customer shall pay each correct invoice within 30 days. There is no advance payment under this Agreement.

5.3 The Charges are fixed during the Initial Term and include all travel, tools and licences needed by Provider to deliver the Services.

## Section 6 Customer Data and Information Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's written instructions, and shall not use it for any other purpose.

6.2 Provider shall maintain an information security management system certified to ISO/IEC 27001 for its Shenzhen service centre, use multi-factor authentication and privileged-access management for all administrative access, log all administrative sessions, and keep Customer Data within mainland China.

6.3 Provider shall report any actual or suspected security incident affecting Customer Data or Customer's systems within two hours of detection, take immediate steps to contain it, and cooperate with Customer's investigation and with any notification to authorities.

6.4 Provider is responsible for all losses, costs and regulatory penalties arising from a security incident caused by Provider or its personnel.

6.5 At the end of this Agreement, Provider shall return all Customer Data and securely delete any copies it holds, and certify deletion in writing.

## Section 7 Intellectual Property

7.1 Provider's tools and pre-existing materials remain Provider's property. Provider grants Customer a free, non-exclusive licence to use them for as long as they are part of the Services.

7.2 Runbooks, scripts, configurations, documentation and reports created for Customer under this Agreement belong to Customer. Customer may use, modify and share them freely, including with a replacement provider.

## Section 8 Personnel and Subcontracting

8.1 Provider shall assign a named service delivery manager and keep sufficient qualified engineers on site in Dongguan during Customer's working hours.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## Section 9 Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3.

9.2 The limit in Section 9.1 does not apply to liability under Section 6, personal injury or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss.

## Section 10 Termination and Exit

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider misses the same Severity 1 Service Level in three consecutive months.

10.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges for 60 days after written notice.

10.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, including handover of documentation and knowledge transfer to Customer or a replacement provider.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 12 General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 This Agreement is made in English and Chinese; both texts are equally authentic. Amendments require a written document signed by both parties.

Signed for Customer: ____________________   Signed for Provider: ____________________

## Schedule 1 Services

| Service | Scope | Hours |
|---|---|---|
| Transition | discovery, documentation, tooling, knowledge transfer, 14-day parallel run | project |
| Service desk | Chinese and English, telephone, portal and e-mail, for 640 users | 07:00–22:00 daily |
| Data centre operations | 46 virtual servers, 6 physical hosts, storage, backup and restore | 24x7 monitoring |
| Network operations | core and factory switches, firewalls, Wi-Fi, three site links and internet | 24x7 monitoring |
| End-user support | desktops, laptops, printers, mobile devices; on-site engineers at each factory | business hours |
| Patch and vulnerability management | monthly patching, quarterly vulnerability scans and remediation | scheduled |

## Schedule 2 Service Levels

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of core network and data centre services | 99.95% per month | 3% of the Monthly Service Charge for each 0.1 point below, up to 20% |
| Priority 1 incident response (site or critical system down) | 15 minutes, 24x7 | CNY 1,500 per incident missed |
| Priority 1 incident restoration | 3 hours | CNY 1,000 per hour beyond target |
| Priority 2 incident response | 1 hour | CNY 500 per incident missed |

## Schedule 3 Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Charge (one-time) | 92,000 | after acceptance of the Transition |
| Monthly Service Charge | 58,000 per month | monthly in arrears |
| Monthly Service Charges, 36 months | 2,088,000 | |
| Total Contract Value | 2,180,000 | |
| Exit assistance, if requested | 2,600 per engineer day | monthly in arrears |
"""

SRC["e05"] = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. QMD-SUB-2026-077

PARTIES

1.1 Ningbo Eastgate Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang Province ("Customer").

1.2 Quoile Marine Data Ltd, a company registered in Northern Ireland, with its registered office at Church Street, Downpatrick, County Down ("Provider").

1.3 Customer operates a fleet of 38 bulk carriers and container feeder vessels and wishes to receive marine weather, sea-state and routing data from Provider through an application programming interface for use in its voyage planning, fuel management and fleet monitoring systems.

DEFINITIONS

2.1 "API" means Provider's Marine Forecast API and Historical Conditions API, together with the related documentation, software development kit and developer portal.

2.2 "Data" means the forecasts, observations, analyses and historical records that Provider makes available through the API.

2.3 "Customer Data" means the vessel identifiers, positions, planned routes, voyage parameters and other information that Customer or its systems send to the API, and all outputs generated specifically from them.

2.4 "Subscription Year" means each of the two consecutive years of the Subscription Term. The first Subscription Year starts on the Go-Live Date.

2.5 "Go-Live Date" means the date on which Customer confirms acceptance of the integration under clause 5.3.

2.6 "Connector" means the integration software that Provider develops for Customer to connect the API with Customer's voyage planning and fleet monitoring systems.

SUBSCRIPTION AND SCOPE

3.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Data within Customer's group for its own shipping operations, including display on board its vessels.

3.2 The subscription covers the whole fleet of Customer, up to 45 vessels, global forecast coverage at the resolution stated in the documentation, ten years of historical conditions, and up to two million API calls per Subscription Year. Provider will tell Customer when usage reaches 80% of the annual call allowance.

3.3 Customer may not resell the Data, publish it outside its group, or use it to create a competing data service. Customer may keep Data that has been incorporated into its voyage records after the end of the Subscription Term.

SUBSCRIPTION TERM

4.1 The Subscription Term consists of two Subscription Years and ends at the end of the second Subscription Year.

4.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement between the parties.

ONBOARDING AND ACCEPTANCE

5.1 Provider shall issue API credentials, set up Customer's accounts on the developer portal, and develop and install the Connector within 45 days after signature of this Agreement.

5.2 The Connector shall retrieve forecasts for every active vessel of Customer at intervals of no more than three hours, deliver route forecasts to the voyage planning system, and write historical conditions into the fleet monitoring database.

5.3 Customer shall test the integration within ten working days after Provider notifies completion. The integration is accepted when forecasts for all active vessels have been delivered correctly for seven consecutive days, historical queries for a sample of 50 past voyages return complete results, and error handling and retry behaviour have been demonstrated. Customer shall confirm acceptance in writing. Use of the API during testing is not acceptance.

5.4 If Provider fails to make the integration available for testing within the period in clause 5.1 for reasons within its control, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 24,000.

FEES AND PAYMENT

6.1 The fees are:
(a) subscription fee for the first Subscription Year: CNY 336,000;
(b) subscription fee for the second Subscription Year: CNY 352,800;
(c) one-time onboarding and Connector development fee: CNY 24,000.
The total contract value is CNY 712,800, inclusive of VAT.

6.2 The onboarding fee is invoiced after the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

6.3 The subscription fees are fixed for the Subscription Term. Each invoice shall state the Subscription Year or the milestone to which it relates and shall be accompanied by a valid VAT invoice issued in China by Provider's appointed billing agent.

6.4 Customer shall pay each correct invoice within 30 days after receipt. Usage above the annual call allowance is charged at CNY 60 per thousand calls and invoiced quarterly in arrears.

SERVICE AND SUPPORT

7.1 Provider will use commercially reasonable efforts to keep the API available and to deliver Data without undue delay. Provider may suspend the API for maintenance, preferably outside Customer's business hours.

7.2 Provider will answer support requests sent to its support desk by e-mail or through the developer portal as soon as reasonably practicable during its business hours.

7.3 Provider does not commit to any availability level, response time or resolution time, and no service credits apply. Forecast Data is provided for planning support and its accuracy is not guaranteed.

CUSTOMER OBLIGATIONS

7.4 Customer shall keep its API credentials secure, use them only for its own systems, and inform Provider without delay if it suspects that credentials have been disclosed or misused. Provider may revoke and reissue compromised credentials.

7.5 Customer is responsible for the accuracy of the vessel information it sends to the API, for its own network connection, and for decisions taken by its masters and shore staff on the basis of the Data.

7.6 Customer shall follow the rate limits and technical requirements in the documentation. Provider may temporarily throttle requests that exceed those limits after giving Customer notice by e-mail, except where immediate action is needed to protect the API.

INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the API and the Data, including all forecast models and databases.

8.2 The Connector and its source code and documentation belong to Customer. Provider shall hand them over on the Go-Live Date. Customer may use, modify and license the Connector freely, including to connect other data providers.

CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API to Customer and shall not use it for any other purpose, including sharing vessel positions or routes with other customers or using them to improve Provider's models.

9.2 Provider shall host Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least 180 days.

9.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and compensate Customer for losses caused by an incident attributable to Provider.

9.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it.

CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party under this Agreement, including Customer's fleet plans and commercial terms, and shall use it only for this Agreement.

10.2 This clause continues for three years after the end of this Agreement.

SUBCONTRACTING

11.1 Provider shall not subcontract the development of the Connector or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

LIABILITY

12.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

12.2 The limit in clause 12.1 does not apply to breach of clause 9, infringement of third-party rights, personal injury or fraud.

12.3 Neither party is liable for indirect loss, loss of profit or loss of charter hire.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the part of the subscription fee paid for the period after termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai.

FORCE MAJEURE

15.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including natural disasters, war, government action and failures of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice, and Provider shall refund any fees paid for the period after termination.

COMPLIANCE

16.1 Each party shall comply with the laws that apply to its performance of this Agreement, including export control, sanctions and anti-bribery laws. Provider confirms that the Data delivered to Customer's vessels does not require an export licence.

GENERAL

17.1 This Agreement is the entire agreement of the parties on its subject matter and may be changed only in writing signed by both parties.

17.2 Notices shall be sent by e-mail and courier to the addresses of the parties stated above.

17.3 This Agreement is made in English and Chinese; both versions are equally authentic.

Signed for Customer: ____________________   Signed for Provider: ____________________
"""


# ---------------------------------------------------------------- design and labels
FILES = {
    "z01": ("h1148z01_justice_bureau_legal_aid_platform", "pdf", "zh"),
    "z02": ("h1148z02_embroidery_machine_line_control_retrofit", "docx", "zh"),
    "z03": ("h1148z03_archery_chain_booking_membership_saas", "txt", "zh"),
    "z04": ("h1148z04_ecology_bureau_livestock_monitoring_om", "txt", "zh"),
    "z05": ("h1148z05_cloisonne_workshop_tracking_supplier_template", "md", "zh"),
    "e01": ("h1148e01_transformer_test_software_licence_ni_law", "pdf", "en"),
    "e02": ("h1148e02_quality_audit_saas_order_form", "md", "en"),
    "e03": ("h1148e03_cement_condition_monitoring_sensors", "docx", "en"),
    "e04": ("h1148e04_furniture_maker_managed_it_services", "md", "en"),
    "e05": ("h1148e05_marine_weather_data_api_subscription", "txt", "en"),
}

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="goods_or_licence")

# per draft: category, value, term overrides, extra overrides, fee base (itemised licence/hardware), design rules
DESIGN = {
    "z01": dict(category="software", value=1640000, base=780000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                       warranty_months=24, post_warranty_fee_pct=8),
                x=dict(post_warranty_fee_capped=True), rules=[]),
    "z02": dict(category="hardware", value=1644000, base=1420000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=10, warranty_months=18,
                       post_warranty_fee_pct=27, subcontract_without_consent=True),
                x=dict(post_warranty_fee_capped=True),
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(category="cloud", value=440400,
                t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                       final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
                x=dict(), rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", value=610000,
                t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.02, final_payment_on_acceptance=None,
                       termination_for_breach=False, contract_kind="service"),
                x=dict(), rules=["CR-LD-LOW", "CR-TERMINATION"]),
    "z05": dict(category="software", value=538000, base=286000,
                t=dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                       prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                       warranty_months=6, subcontract_without_consent=None, governing_law=None),
                x=dict(ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                       "CR-WARRANTY"]),
    "e01": dict(category="software", value=1900000, base=1260000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                       warranty_months=18, post_warranty_fee_pct=11, governing_law="Northern Ireland"),
                x=dict(post_warranty_fee_capped=True), rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", value=850000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                       ld_rate_per_day_pct=600 / 850000 * 100, liability_cap_pct=150,
                       final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
                x=dict(), rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e03": dict(category="hardware", value=2100000, base=1900000,
                t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                       warranty_months=36, post_warranty_fee_pct=8.5),
                x=dict(post_warranty_fee_capped=True), rules=[]),
    "e04": dict(category="services", value=2180000,
                t=dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                       ld_rate_per_day_pct=2000 / 2180000 * 100, liability_cap_pct=150,
                       final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
                x=dict(), rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "e05": dict(category="cloud", value=712800,
                t=dict(sla_remedy=False, ld_rate_per_day_pct=500 / 712800 * 100, liability_cap_pct=6 / 24 * 100,
                       final_payment_on_acceptance=None, contract_kind="service"),
                x=dict(sla_clause=False), rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

THRESHOLDS = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                  prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key, label):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence/hardware subtotal. None when not applicable or not computable."""
    t, x = label["expected_terms"], label["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * DESIGN[key]["base"] * years
    total = x["contract_value"] + fees
    return dict(total=total, post_warranty_fees=fees, share_pct=fees / total * 100)


def derive_rules(key, label):
    """My reading of policy section 3 and its 'Where rules apply' notes."""
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key, label)
        if c is not None and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is where the chosen law points
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def make_label(key):
    d = DESIGN[key]
    stem, ext, lang = FILES[key]
    terms = dict(BASE)
    terms.update(d["t"])
    if terms["contract_kind"] == "service":
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra = {"sla_clause": True, "ld_stated": True}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["x"]["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = False
    extra["contract_value"] = d["value"]
    for k, v in d["x"].items():
        if k != "post_warranty_fee_capped":
            assert k in extra, k
            extra[k] = v
    return {"file": stem + "." + ext, "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
def _pct(n, words):
    num = r"(?<![\d.,])" + n + r"(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"
    return [num] + [w + r"\s*(?:per\s*cent|percent)" for w in words]


THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"99．9(?!\d)",                                   # availability 99.9
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"(?<![一二三四五六七八九十两])四\s*个?\s*小时",
    r"four\s*(?:\(4\)\s*)?hours?",                                                # P1 response 4 h
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十点〇零一二三四五六七八九])", r"千分之零?点五", r"0\.5\s*‰",  # LD 0.05 %
    r"百分之一?百", *_pct("100", ["one\\s*hundred"]),                               # cap 100 %
    r"百分之三十(?![一二三四五六七八九点])", *_pct("30", ["thirty"]),                   # prepayment 30 %
    r"(?<![一二三四五六七八九])百分之十五(?![点])", *_pct("15", ["fifteen"]),             # post-warranty fee 15 %
    r"百分之四十(?![一二三四五六七八九点])", *_pct("40", ["forty"]),                    # TCO share 40 %
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![一二三四五六七八九])十二\s*个月",
    r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"(?<![第十])一年", r"(?<![a-z])one\s*-?\s*years?(?![a-z])",  # 12 months
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "thirty per cent", "百分之三十", "99.9%", "99.9 %", "4小时", "四小时", "4 hours",
            "4 hrs", "four hours", "12个月", "十二个月", "12 months", "12-month", "twelve months", "一年", "one year",
            "100%", "100 per cent", "百分之百", "0.05%", "0.050%", "万分之五", "千分之零点五", "15%", "百分之十五",
            "40%", "百分之四十", "Severity 1 within 4h", "质保期为12个月"]
MUST_MISS = ["130%", "99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.4 hours", "36 months",
             "112 months", "二十四个月", "百分之三十五", "万分之五十", "0.055%", "2.15%", "140%", "35%", "1,500%",
             "2027年12月31日", "第一年", "每年", "10.05", "seventy-two months", "someone years"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
        assert THRESHOLD_RE.search(re.sub(r"\s+", "", s)), "must hit (no ws): " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s -> %s" % (s, THRESHOLD_RE.search(s))


# ---------------------------------------------------------------- build and read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


ARITH = [  # (stated total, its parts) for every price and payment split in the texts
    (1640000, [780000, 652000, 146000, 62000]), (1640000, [328000, 738000, 574000]),
    (1420000, [8 * 78500, 8 * 26500, 12 * 9000, 2 * 56000, 360000]), (1644000, [1420000, 196000, 28000]),
    (1644000, [164400, 904200, 575400]), (440400, [19 * 9800 * 2, 68000]), (610000, [312000, 148000, 96000, 54000]),
    (610000, [152500] * 4), (538000, [286000, 214000, 38000]), (538000, [349700, 188300]),
    (1900000, [1260000, 384000, 212000, 44000]), (1900000, [380000, 855000, 665000]),
    (850000, [148000 * 3, 120000 * 3, 46000]), (2100000, [240 * 3900, 24 * 18500, 520000, 168000, 32000]),
    (2100000, [210000, 1155000, 735000]), (2180000, [58000 * 36, 92000]), (712800, [336000, 352800, 24000]),
    (383400, [0.27 * 1420000]), (62400, [0.08 * 780000]), (138600, [0.11 * 1260000]), (161500, [0.085 * 1900000]),
]


def main():
    for total, parts in ARITH:
        assert abs(sum(parts) - total) < 1e-6, (total, parts)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, lang) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key], encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (stem, ext, lang) in FILES.items():
        label = make_label(key)
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        derived = derive_rules(key, label)
        if derived != label["expected_rules"]:
            problems.append("%s: derived %s != design %s" % (key, derived, label["expected_rules"]))
        covered |= set(derived)
        t = label["expected_terms"]
        for k, thr in THRESHOLDS.items():
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        c = tco(key, label)
        if c is not None and abs(c["share_pct"] - 40) <= 2:
            problems.append("%s: TCO share %.2f near threshold" % (key, c["share_pct"]))
        text = read_back(OUT / label["file"])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append("%s: length %d out of range" % (key, n))
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(form)
            if m:
                problems.append("%s: threshold figure %r in %r" % (key, m.group(0), form[max(0, m.start() - 30):m.end() + 10]))
                break
        share = "" if c is None else " TCO %.0f + %.0f fees, share %.2f %%" % (c["total"] - c["post_warranty_fees"],
                                                                                c["post_warranty_fees"], c["share_pct"])
        print("%s %-5s len %5d  risk %-6s %s%s" % (key, ext, n, risk(derived), ", ".join(r[3:] for r in derived) or "(none)", share))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules not covered: %s" % missing)
    rules = {k: make_label(k)["expected_rules"] for k in FILES}
    assert [k for k in FILES if not rules[k]] == ["z01", "e03"], "compliant drafts"
    assert rules["e01"] == ["CR-GOVERNING-LAW"] and risk(rules["e01"]) == "low"
    assert all(2 <= len(rules[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert 8 <= len(rules["z05"]) <= 10
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
