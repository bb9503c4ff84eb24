"""Builds the holdout670 set: ten draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), their
.json labels, and the checks of the brief (lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:滨湖湿地保护中心湿地生态监测平台采购合同（草稿）
P:合同编号：BHSD-ZC-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨湖湿地保护中心
P:乙方（供应商）：青禾环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就湿地生态监测平台软件许可及定制开发事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供湿地生态监测平台软件许可（永久许可，不限用户数），并在该平台上完成以下定制开发：水文水质监测数据接入与预警模块、鸟类及珍稀植物图像识别模块、巡护轨迹与事件上报模块、对接省级湿地资源监管系统的数据接口。
P:1.2 乙方负责平台在甲方机房的部署、调试、数据初始化及操作培训，并提交全部技术文档。
P:1.3 平台应兼容甲方现有的视频监控设备、无人机航拍影像及手持巡护终端，能够按日、月、年生成湿地生态状况报表，并支持移动端查询。
P:1.4 培训对象为甲方业务人员和信息管理人员，培训不少于三期，每期两天，乙方提供培训教材并对培训效果进行考核。
H:第二条 合同价款
P:2.1 合同总价为人民币1,516,000元（含税），其中：平台软件许可费880,000元；定制开发费516,000元；部署实施费92,000元；培训费28,000元。
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
P:2.3 项目实施过程中如甲方提出超出招标文件范围的新增需求，双方应另行书面确认工作量和费用，并按投标文件中的人天单价计价；未经书面确认的变更，乙方不得据此要求增加价款。
H:第三条 付款方式
P:3.1 本合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 甲方付款前，乙方应开具等额增值税发票。因财政资金拨付流程造成的合理延迟，不视为甲方违约。
P:3.5 乙方收款账户以本合同首页载明的为准，如需变更，应提前以加盖公章的书面函件通知甲方。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署并申请初步验收，在初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应按甲方认可的实施计划推进，每两周提交一次进度报告，报告应列明已完成工作、存在问题及下阶段安排。
P:4.3 乙方应派驻项目经理一名及不少于四名实施工程师，项目经理须具备五年以上同类项目经验。未经甲方同意，乙方不得更换项目经理；确需更换的，新任人员资历不得低于原人员。
P:4.4 野外监测点位的设备安装应避开鸟类繁殖期，具体时间由甲方根据保护工作需要书面确定，因此顺延的工期不计入逾期。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；水文水质数据接入延迟不超过5分钟；图像识别对常见鸟类的识别准确率不低于90%；数据接口与省级系统连续7日对账一致。
P:5.2 最终验收标准：系统连续试运行45日，无一级故障；乙方提交源代码、部署手册、接口说明及培训记录；甲方组织专家评审并出具最终验收报告。
P:5.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、版本升级和远程技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护服务费不超过平台软件许可费的8%（即每年不超过70,400元），该价格在质保期满后三年内保持不变。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线。一级故障（平台整体不可用或监测数据中断）应在30分钟内响应，2小时内到达现场，8小时内恢复，并在故障排除后3个工作日内提交故障分析报告；二级故障应在2小时内响应，次日内解决。
P:7.2 乙方每季度向甲方提交运行报告，列明故障次数、处理时长及改进措施。
P:7.3 乙方未按时响应或到场的，每超过1小时向甲方支付违约金500元，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 定制开发模块、数据接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行修改、使用及许可他人使用。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台采集和生成的全部监测数据、影像资料和业务数据均属于甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应落实等级保护要求，对数据进行加密存储和访问控制，远程运维须经甲方审批并通过堡垒机进行。发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方承担全部赔偿责任。
P:9.3 乙方不得将甲方数据复制、存储至甲方指定环境以外的任何设备或云服务；合同终止时，乙方应将其持有的全部甲方数据交还甲方并彻底删除，出具书面删除证明。
H:第十条 保密
P:10.1 乙方对在履行合同过程中知悉的甲方保护区资源分布、珍稀物种点位及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应督促其参与本项目的人员签署保密承诺书，人员离职或调离项目时应收回其持有的全部资料。本条在合同终止后五年内继续有效。
H:第十一条 分包
P:11.1 乙方可将野外监测设备的安装、线路敷设等辅助工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方。乙方对分包工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期完成部署或逾期申请验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:12.3 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 合同解除后，乙方应在10日内向甲方移交已完成的开发成果、源代码及文档，并配合甲方做好系统和数据的过渡工作。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在事件发生后5日内书面通知对方，并提供有关证明。双方可根据不可抗力的影响协商顺延履行期限，受影响一方在影响范围内免除相应责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：__________　乙方（盖章）：__________
P:签订日期：____年__月__日
"""

Z02 = """T:防护服生产线复合与热封工段控制系统改造合同（草稿）
P:合同编号：JF-SB-2025-043
P:甲方：江南卫士防护用品有限公司
P:乙方：常州恒控自动化工程有限公司
P:甲方拟对其医用防护服生产车间两条复合与热封生产线的控制系统进行改造。乙方具备相应的工业自动化集成能力，双方经友好协商，就设备供货、软件许可、安装调试及后续维保事项订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除两条生产线原有的继电器控制柜，更换为PLC集中控制系统，加装伺服驱动、温控与压力闭环模块、在线视觉检测系统及操作触摸屏，并部署上位监控及批记录软件。
P:1.2 改造后，复合工段张力控制精度应达到±2N，热封温度波动不超过±1.5℃，视觉系统应能识别漏封、气泡、错位三类缺陷。
P:1.3 乙方应保证改造期间每条生产线停线时间不超过10日，两条生产线不得同时停线。
P:1.4 乙方所供设备应为原厂全新正品，并提供产品合格证、出厂检验报告及原产地证明；电气元件须符合相关国家标准。
H:第二条 合同价格
P:2.1 合同总价为人民币2,200,000元（含13%增值税），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜体、CPU及I/O模块）|4套|168,000|672,000
TB:2|伺服驱动器及伺服电机|16套|21,500|344,000
TB:3|温控与压力闭环模块|8套|29,000|232,000
TB:4|在线视觉检测系统|2套|153,000|306,000
TB:5|HMI操作触摸屏|8台|9,500|76,000
TB:6|上位监控及批记录软件许可（永久）|1套|306,000|306,000
TB:|设备及软件小计||||1,936,000
TB:7|安装、接线及联调|1项|214,000|214,000
TB:8|操作及维护培训|1项|50,000|50,000
TB:|合同总价||||2,200,000
P:2.2 上述价格包含设备运输、保险、安装材料及乙方人员差旅费用。合同履行期间，价格不因原材料或汇率变化而调整。
P:2.3 乙方应在每笔付款前开具等额增值税专用发票，甲方在收到合格发票后15个工作日内付款。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%。到货签收和安装完毕不代表质量验收。
P:3.3 系统通过终验后，甲方支付合同总价的35%。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后50日内将全部设备运至甲方工厂，在到货后40日内完成两条生产线的改造和联调。
P:4.2 乙方应在开工前提交施工组织方案，包括停线切换计划、旧设备拆除方案、安全措施及应急预案，经甲方生产部和设备部会签后实施。
P:4.3 乙方应在甲方洁净车间的管理制度下施工，进入车间人员须经甲方培训并穿戴防护装备。
P:4.4 乙方应在施工现场设置专职安全员，遵守甲方的动火、登高、临时用电审批制度。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担全部责任。
H:第五条 验收
P:5.1 终验标准：两条生产线各连续试生产15个班次；张力和热封温度指标符合第1.2款要求；视觉检测对三类缺陷的检出率不低于98%、误报率不高于2%；批记录软件完整记录每一卷材料的工艺参数并可追溯至成品批号；乙方提交电气图纸、PLC程序及操作手册。
P:5.2 甲方在乙方提交终验申请后10日内组织验收。试生产、投产使用及付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内完成整改并重新提交验收申请，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换损坏部件，免费提供软件缺陷修复。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按设备及软件小计的26%每年计取（即每年503,360元），该费率在质保期满后三年内不作调整。维保服务包括季度巡检、备件更换、程序优化及软件升级。
P:6.3 甲方可在每个维保年度届满前决定是否续签，维保合同不自动续期。维保期间乙方每季度巡检后应提交巡检报告，列明设备状态、更换部件及隐患整改建议，由甲方设备部签字确认。
P:6.4 乙方应在甲方工厂备有PLC模块、伺服驱动器及视觉相机等关键备件，并保证所供设备在终验后八年内有备件供应。
H:第七条 服务响应
P:7.1 一级故障（整条生产线停机）乙方应在1小时内远程响应，3小时内到达现场；二级故障（单台设备或单项功能异常）应在2小时内响应，24小时内修复。
P:7.2 乙方每延误响应或到场1小时，向甲方支付1,000元违约金。
P:7.3 乙方应提供7×24小时服务电话，并指定一名熟悉本项目的工程师作为维保期间的固定联系人。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、上位画面、批记录报表及接口程序归甲方所有，乙方应交付完整的源程序，甲方可自行修改和使用。
P:8.2 上位监控软件产品本身的知识产权归乙方或其权利人，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 生产工艺参数、批记录数据及质量数据属于甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方指定的VPN和堡垒机进行，不得在控制网络中安装未经甲方认可的软件。发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方赔偿。
P:9.3 改造完成后，乙方应删除其在调试过程中保存的甲方工艺参数和批记录数据，并向甲方出具书面确认。
H:第十条 保密
P:10.1 乙方对甲方的生产工艺、配方参数、客户信息等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:第十一条 分包
P:11.1 乙方不得将本合同工作转包。确需将电缆敷设等辅助工作分包的，须事先取得甲方书面同意。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的0.08%向甲方支付违约金，累计不超过合同总价的10%。
P:12.2 因乙方施工导致甲方停产损失的，乙方应予赔偿。
P:12.3 乙方所供设备与合同约定不符的，甲方有权要求乙方在15日内更换，更换期间按第12.1款计算逾期违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应协助甲方恢复生产线的正常运行，并移交已完成部分的程序和图纸。
H:第十四条 培训
P:14.1 乙方应为甲方操作人员、设备维护人员分别提供不少于三天的现场培训，内容包括设备操作、参数设定、常见故障处理及软件使用，培训结束后应对学员进行考核。
H:第十五条 不可抗力
P:15.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商顺延履行期限或解除合同，受影响一方在不可抗力影响范围内免责。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
P:16.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：__________　乙方：__________　日期：____年__月__日
"""

Z03 = """悦康堂连锁推拿门店预约与会员管理系统服务合同（草稿）

合同编号：YKT-IT-2025-009
甲方：悦康堂健康管理连锁有限公司
乙方：杭州掌柜云软件科技有限公司

甲方在华东地区经营55家推拿养生门店，拟采用乙方提供的预约与会员管理云服务（SaaS），替代各门店现有的纸质登记和单机收银软件。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方55家门店开通预约排班、会员储值与积分、技师提成结算、收银对账及总部经营报表等功能，每家门店含三个收银账号和不限数量的技师移动端账号。
2. 乙方提供会员小程序，顾客可在线预约技师、查询储值余额和消费记录。
3. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算。
（二）实施服务
1. 乙方负责将甲方现有约16万名会员的资料、储值余额和积分迁移至新系统，并逐店核对。
2. 乙方负责与甲方现有的财务系统和第三方支付通道对接，完成55家门店的上线培训。
3. 实施期为合同生效后60日。乙方应按门店分批上线，每批不超过15家，首批上线门店由甲方指定。
4. 乙方应为每家门店配置收银台与预约单据的打印模板，并协助门店完成扫码支付设备的调试。

二、费用及支付
（一）订阅费为每家门店每个服务年度4,800元，55家门店每个服务年度合计264,000元，两个服务年度合计528,000元。
（二）实施费为一次性费用68,000元。
（三）合同总价为人民币596,000元（含税）。
（四）实施费在系统上线验收合格后15个工作日内支付。每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（五）服务期内门店数量增加的，新增门店按年费标准折算至当期服务年度末计费；门店关闭的，自下一服务年度起相应减少。

三、上线验收
（一）乙方完成数据迁移和全部门店培训后，向甲方提交上线验收申请。
（二）验收标准：
1. 会员资料、储值余额、积分与原系统逐条核对一致，差异为零；
2. 任选十家门店连续营业7日，预约、收银、提成结算功能正常；
3. 与财务系统的日结数据连续7日对账一致；
4. 小程序预约下单在高峰时段的页面响应时间不超过2秒。
（三）甲方在收到申请后7日内组织验收并出具书面意见。验收不通过的，乙方应在7日内整改后重新申请，整改期间不计入服务年度。门店开始使用系统不视为验收合格。

四、服务水平
（一）乙方保证系统每月可用率不低于99.5%。可用率按当月总分钟数减去不可用分钟数后除以当月总分钟数计算，经甲方同意的计划维护时间除外。
（二）故障分级及响应：
1. 一级故障（全部门店无法收银或预约）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、报表调整）：1个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费（年费的十二分之一）的5%向甲方提供服务抵扣；一级故障超时恢复的，每超时1小时抵扣2,000元。抵扣额在下一期订阅费中扣减。
（四）乙方每月向甲方提交服务报告，内容包括可用率、故障次数及处理时长、服务抵扣金额和下月计划维护安排。
（五）计划维护应安排在凌晨零点至六点之间，并至少提前3日通知甲方，每月累计不超过4次。

五、数据归属与安全
（一）甲方会员信息、消费记录、储值数据及经营数据均属于甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于营销推送、用户画像或提供给任何第三方。
（二）乙方应将数据存储于中国境内的服务器，落实等级保护三级要求，对会员手机号、身份信息等个人信息加密存储，按最小权限原则控制内部访问并保留操作日志。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，协助甲方履行个人信息保护法规定的通知义务，并承担因此给甲方造成的损失。
（四）乙方应每日对甲方数据进行备份，备份数据异地保存，数据恢复点不超过1小时。
（五）服务终止后30日内，乙方应按甲方要求导出全部数据并彻底删除乙方保留的副本。

六、保密
双方对在合作中知悉的对方经营信息、价格体系、会员规模及技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方应与接触甲方数据的员工签订保密协议，并对其进行个人信息保护培训。保密义务在合同终止后三年内有效。

七、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表模板、提成计算规则配置及财务接口程序归甲方所有，甲方可自行使用、修改或交由他人维护。

八、双方义务
（一）甲方应指定总部信息负责人一名及各门店联络人，按乙方的实施计划提供原系统数据、门店网络条件和收银设备清单，并组织门店员工参加培训。
（二）乙方应指定项目经理一名，实施期内每周向甲方提交进度报告；服务期内指定客户成功经理，每季度与甲方召开一次服务回顾会议，分析门店使用情况并提出改进建议。
（三）乙方应为甲方门店店长、收银员和技师分别提供线上培训课程及操作手册，新开门店上线时提供远程培训，不另收费。
（四）乙方对系统功能进行重大调整的，应提前15日通知甲方，且不得降低本合同约定的功能和服务水平。

九、续期
服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前通知甲方调整后的价格。

十、违约责任
（一）乙方未在约定实施期内完成上线的，每逾期一日，按合同总价的0.1%向甲方支付违约金，累计不超过合同总价的10%。
（二）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将实施服务分包给第三方。确需聘请当地服务商协助门店培训的，应事先取得甲方书面同意，并对其行为负责。

十二、合同解除
（一）乙方严重违约（包括连续两个月可用率低于承诺值、发生重大数据泄露），经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）合同解除或终止时，乙方应配合甲方完成数据迁移，在甲方选定新系统前继续提供不少于60日的只读查询服务，不另收费。
（三）甲方因门店经营调整需要减少门店数量的，应提前30日通知乙方，减少的门店自下一服务年度起不再计费，不视为违约。

十三、不可抗力
因地震、洪水、大范围网络中断等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失；不可抗力期间的不可用时间不计入可用率考核，但乙方应尽快恢复服务并提交事件报告。持续超过30日的，甲方可解除合同，乙方退还未履行期间的订阅费。

十四、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

十五、其他
本合同附件包括功能清单、门店清单及实施计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：__________　乙方（盖章）：__________
"""

Z04 = """云岭自然保护区智慧巡护系统年度运维服务合同（草稿）

合同编号：YLBH-YW-2025-06
甲方：云岭国家级自然保护区管理局
乙方：昆明山川数智科技有限公司

根据甲方运维服务采购结果，甲方委托乙方对保护区智慧巡护系统提供年度运维服务。双方经协商一致，订立本合同。

1. 服务范围
1.1 运维对象包括：巡护管理平台（含巡护轨迹、事件上报、考核统计模块）、红外相机数据管理系统、护林员手持终端320台、管理局及6个保护站的网络和服务器设备。
1.2 服务内容包括：平台日常监控与巡检、故障处理、数据备份与恢复演练、终端维修与更换、系统安全加固、护林员操作指导以及甲方临时交办的巡护数据统计工作。
1.3 乙方应在管理局派驻运维工程师两名，工作日驻场，节假日安排值班；野外终端故障由乙方巡回工程师每月到各保护站集中处理一次。

1.4 乙方应建立运维服务台，受理甲方及各保护站的服务请求，对每一请求进行登记、分派、跟踪和回访，并按月统计请求数量、类型及处理时长。
1.5 乙方应每月对平台服务器、数据库、存储及网络设备开展一次全面巡检，每季度开展一次安全漏洞扫描并完成修补，每半年开展一次数据恢复演练，演练结果书面报告甲方。
1.6 乙方应在森林防火期和汛期加强值守，每日检查平台运行状态及野外终端在线率，遇重大巡护任务时按甲方要求安排专人现场保障。

2. 服务期限
2.1 服务期为一年，自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，应另行履行采购程序。

3. 服务费用及支付
3.1 年度运维服务费为人民币438,000元（含税），包括人工、差旅、备品备件、工具及乙方完成服务所需的一切费用。
3.2 服务费按季度支付，每季度109,500元。每季度结束且季度考核合格后15个工作日内，甲方凭乙方发票支付该季度服务费。本合同不设预付款。
3.3 季度考核得分低于80分的，甲方按考核办法扣减当季服务费。

4. 服务交接
4.1 乙方应在服务期开始前10日内完成与原运维单位的交接，包括账号、文档、备件清点及遗留问题清单。
4.2 交接完成后，双方签署交接确认单。交接中发现的设备缺失、账号不明或文档缺漏，由乙方记录并报甲方，由甲方协调原运维单位补充。
4.3 乙方应在服务期开始后30日内提交本年度运维服务方案，包括组织架构、人员分工、巡检计划、应急预案及备件储备计划，经甲方确认后执行。

5. 服务水平
5.1 巡护管理平台月可用率不低于99.95%，计划维护须提前3日报甲方批准，且安排在夜间进行。
5.2 故障分级与时限：
（1）一级故障（平台整体不可用、数据丢失或安全事件）：15分钟内响应，2小时内恢复；
（2）二级故障（单一模块或单个保护站网络中断）：30分钟内响应，8小时内恢复；
（3）三级故障（单台终端或一般问题）：2小时内响应，3个工作日内处理完毕。
5.3 服务补偿：平台月可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；一级故障超时恢复的，每超时1小时扣减2,000元；二级故障超时的，每超时1小时扣减500元。
5.4 故障恢复后，乙方应在3个工作日内提交故障分析报告，说明原因、处理过程及预防措施；同类故障在一个季度内重复发生两次以上的，乙方应提出专项整改方案。
5.5 乙方每月提交运维月报，内容包括故障统计、处理情况、巡检记录、备份记录及改进建议。

6. 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容包括可用率、故障处理时限、巡检完成率、备份完成率、终端完好率（不低于97%）及护林员满意度。
6.2 考核标准和评分办法见附件二。甲方应在每季度结束后10日内完成考核并书面通知乙方结果。
6.3 服务期满时，甲方对全年服务进行总体验收，乙方应移交全部运维文档、配置记录、账号清单及备件台账。

7. 数据安全
7.1 巡护轨迹、红外相机影像、物种分布点位、护林员个人信息等全部数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于任何其他目的。
7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须通过甲方堡垒机进行并全程记录；不得将数据拷贝至个人设备或互联网存储。
7.3 发生数据泄露、丢失或网络安全事件的，乙方应在1小时内报告甲方，立即采取处置措施，并承担因乙方原因造成的全部损失及责任。

8. 保密
8.1 乙方及其人员对在服务中知悉的珍稀物种分布、巡护路线、执法信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得以任何方式披露。
8.2 乙方不得在任何公开场合、论文或宣传材料中使用保护区的物种点位、照片或巡护数据。
8.3 乙方应与派驻人员签订保密承诺书并报甲方备案。保密义务在合同终止后长期有效。

9. 成果归属
服务期间乙方编写的运维脚本、巡检方案、配置文档及统计报表归甲方所有，甲方可自由使用和修改。

10. 人员管理
10.1 乙方派驻人员须具备相应资质，名单报甲方备案。乙方更换驻场人员应提前10日书面征得甲方同意。
10.2 乙方应为驻场及巡回工程师购买人身意外伤害保险，并对其进行野外安全培训。乙方人员在服务中发生的人身伤害由乙方负责处理。
10.3 乙方人员进入保护区核心区、缓冲区须遵守保护区管理规定，服从甲方安排。

10.4 乙方应保障备品备件供应，手持终端备机数量不少于在用数量的5%，终端故障无法现场修复的，应在5个工作日内以备机替换。

11. 分包
乙方不得将本合同服务分包或转包给任何第三方。

12. 违约责任
12.1 乙方未按第4.1款按时完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
12.2 乙方违反数据安全或保密义务的，甲方有权解除合同，乙方应赔偿甲方全部损失。
12.3 乙方未按本合同约定提供服务或服务质量不符合要求的，甲方有权要求乙方限期整改，并可按考核办法扣减服务费；整改后仍不符合要求的，甲方可委托第三方完成相关工作，费用由乙方承担。
12.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

13. 合同解除
13.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后15日内仍未改正的，甲方有权解除合同。
13.2 合同解除或期满时，乙方应配合甲方完成向新运维单位的交接，交接期不少于15日，期间服务标准不变。

13.3 因不可抗力（包括地震、山火、泥石流等自然灾害）致使服务中断的，乙方应及时通知甲方并尽力恢复服务，不可抗力影响期间不计入可用率考核。

14. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

15. 其他
本合同附件：一、运维对象清单；二、考核办法；三、驻场人员名单。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：__________　乙方（盖章）：__________
"""

Z05 = """# 溯源云MES批次追溯软件标准合同（V3.0）

> 本合同为乙方标准合同文本，适用于溯源云MES批次追溯软件的许可及实施项目。

合同编号：SYY-HT-2025-118

**甲方（客户）**：华康医用敷料有限公司

**乙方（供应商）**：苏州溯源云信息技术有限公司

甲方为医用敷料生产企业，需对纱布、无纺布敷料的裁切、包装及环氧乙烷灭菌工序实施批次追溯管理。乙方同意按本合同条款向甲方提供软件许可及定制开发服务。

## 第一条 项目内容

1.1 乙方向甲方提供溯源云MES批次追溯软件永久许可（含裁切工单、包装赋码、灭菌批管理、放行审核四个标准模块），许可用户数为80个。

1.2 乙方根据甲方需求进行定制开发，包括：灭菌柜运行数据采集接口、UDI赋码与扫码设备对接、生物指示剂培养结果登记、与甲方ERP系统的物料及成品批号接口、符合医疗器械生产质量管理规范的批记录报表。

1.3 乙方负责软件安装部署、基础数据初始化及用户培训。培训采用集中授课方式进行，共两期，每期一天，培训对象由甲方确定，人数不超过20人。

1.4 本合同所述软件功能以乙方产品说明书为准，定制开发内容以双方确认的需求说明书为准，需求说明书未列明的内容不属于乙方义务。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云MES软件永久许可（80用户） | 620,000 |
| 2 | 定制开发（接口、赋码对接、批记录报表） | 410,000 |
| 3 | 部署实施及培训 | 86,000 |
| | 合计 | 1,116,000 |

2.1 合同总价为人民币1,116,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%作为预付款，乙方收到预付款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，乙方有权暂停服务，暂停期间不计入乙方工期。

3.4 乙方收到款项后10个工作日内开具增值税专用发票。合同价款不含甲方服务器、数据库、操作系统及扫码设备的采购费用。

## 第四条 项目实施

4.1 乙方在收到预付款后120日内完成部署和上线。因甲方提供资料不及时、现场条件不具备或需求变更导致的延误，工期相应顺延。

4.2 甲方应指定项目负责人，在乙方要求的时间内确认需求说明书和各阶段成果；甲方逾期3个工作日未确认的，视为确认。

4.3 需求说明书确认后，甲方提出的需求变更按乙方人天单价另行计费。

4.4 乙方指派项目经理负责项目实施，项目经理的更换由乙方根据工作需要决定，并通知甲方。

4.5 甲方应为乙方实施人员提供必要的办公场所、网络环境、服务器及数据库环境，并保证所提供的服务器配置满足乙方产品说明书的要求。因甲方环境不满足要求导致系统运行异常的，乙方不承担责任。

4.6 甲方应在乙方要求的时间内提供工艺流程、物料编码、设备清单及历史批记录样本，并对所提供资料的准确性负责。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在维护期内处理，不影响验收结论及付款。

5.3 甲方在上线后使用过程中提出的新增功能需求，不属于本合同范围，双方另行协商。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，内容为软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费用按乙方届时公布的服务价格标准执行。

6.3 维护期内，乙方对一级故障（系统无法使用）在8小时内响应，对其他问题在3个工作日内答复。乙方将尽力排除故障，但不对故障造成的生产停顿承担扣款、赔偿或违约金责任。

6.4 维护服务不包括：因甲方操作不当、擅自修改程序、服务器或网络故障、病毒攻击以及第三方软件引起的问题；对上述问题，乙方可提供有偿服务。

6.5 乙方对软件版本的升级计划拥有决定权。甲方要求在维护期外升级至新版本的，应另行购买升级服务。

## 第七条 知识产权

7.1 溯源云MES软件及其全部组成部分的知识产权归乙方所有。

7.2 乙方为甲方定制开发的接口程序、报表模板、赋码规则及相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

7.3 乙方有权将本项目的定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 乙方应采取访问控制、加密传输和定期备份等措施保护甲方数据；发生数据泄露的，乙方应在48小时内通知甲方，并对因乙方过错造成的数据泄露承担赔偿责任。

8.3 甲方同意，乙方可对甲方数据进行脱敏处理后，用于乙方产品优化、行业分析及算法训练。

8.4 甲方应自行做好数据的日常备份。因甲方未备份导致的数据丢失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密期限为合同终止后两年。

9.2 乙方因履行本合同需要向其关联公司或技术合作伙伴提供甲方信息的，不视为违反保密义务。

9.3 本合同的价格条款及乙方的产品技术资料属于乙方商业秘密，甲方不得向其他供应商透露。

## 第十条 违约责任

10.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、生产损失不承担责任。

10.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权书面通知解除合同。

11.2 合同解除的，甲方应支付乙方已完成工作的费用，已支付的许可费不予退还。

11.3 甲方无故拖延需求确认、上线或付款超过60日的，乙方有权解除合同，已收取的款项不予退还。

## 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商决定是否继续履行。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，双方另行签订补充协议。乙方的产品说明书、报价单及实施方案为本合同附件，与本合同不一致的，以本合同为准。

14.3 甲方同意乙方在其宣传材料和客户名单中使用甲方名称及项目案例。

14.4 双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱，发出后即视为送达。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement (Draft)
P:Agreement No. PLS-CN-2025-031
P:This Agreement is made between Rongcheng Lanhai Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Weihai, Shandong Province (the "Buyer"), and Polarlys Software AS, a company incorporated in Norway with its registered office at Storgata 88, 9008 Tromsø, Norway (the "Supplier").
P:The Supplier develops and licenses ColdTrace, a warehouse management system for frozen and chilled goods. The Buyer operates three cold-storage warehouses and wishes to acquire a perpetual licence to ColdTrace together with implementation, interface and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrace standard product in object code, including the inventory, slotting, temperature-log and dispatch modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label layouts, configuration scripts and related documentation developed by the Supplier specifically for the Buyer under Article 3, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including stock records, customer orders, temperature logs and personal information of the Buyer's staff.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its warehouses in Weihai, Qingdao and Dalian, for up to 150 named users and any number of handheld scanners.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster-recovery purposes. The Buyer may transfer the licence to an affiliate that takes over the operation of any of the warehouses, on written notice to the Supplier.
P:2.3 The Software is delivered in a Chinese-language user interface. The Supplier shall keep the Chinese interface and user manuals current in all updates.
H:Article 3 Services
P:3.1 The Supplier shall install and configure the Software on the Buyer's servers in Weihai, migrate the open stock records from the Buyer's existing system, and develop interfaces to the Buyer's ERP system, its refrigeration-plant monitoring system and the transport-management platform of its main carrier.
P:3.2 The Supplier shall train ten key users and forty warehouse operators in the Buyer's premises, in Chinese, using training material approved by the Buyer.
P:3.3 The Supplier shall appoint a project manager who speaks Chinese and shall keep the same project manager for the duration of the project unless the Buyer agrees otherwise.
P:3.4 The project plan in Annex 2 sets out the milestones. The Supplier shall report progress to the Buyer every two weeks in writing.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,670,000, inclusive of taxes payable in China, made up of the Software licence fee of CNY 1,180,000, implementation and interface services of CNY 436,000 and training of CNY 54,000.
P:4.2 The Buyer shall pay 20% of the contract price within 30 days after signature against the Supplier's invoice and an advance-payment guarantee issued by a bank acceptable to the Buyer; 45% after successful completion of the Go-Live Test; and 35% within 30 days after Final Acceptance.
P:4.3 All payments are made in CNY to the Supplier's account in China or, where the law allows, to its account in Norway. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After installation the Supplier shall run the Go-Live Test agreed in Annex 3, which shall show that all inventory and dispatch functions work as specified, that every interface transfers data without loss over five consecutive working days, and that a stock count at each warehouse reconciles with the system.
P:5.2 After 60 days of productive operation without a Severity 1 incident, the Supplier shall request Final Acceptance. The Buyer shall test the Software against the functional specification and the performance criteria in Annex 3 (a response time below 2 seconds for scanner transactions at 120 concurrent users) and shall issue the acceptance certificate or a written list of defects within 15 days.
P:5.3 Productive use of the Software, the Go-Live Test or any payment does not amount to Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for eighteen (18) months from Final Acceptance. During the warranty period the Supplier shall correct defects, supply all updates and provide support free of charge.
P:6.2 After the warranty period the Buyer may order annual support, which includes updates, defect correction and the service levels of Article 7. The annual support fee is 11% of the Software licence fee, that is CNY 129,800 per year, and will not be increased for the first three support years. Support is ordered year by year and is not renewed automatically.
H:Article 7 Service Levels
P:7.1 The Supplier shall operate a support desk reachable by telephone and e-mail in Chinese during the Buyer's working hours, and by telephone at all times for Severity 1 incidents.
P:7.2 For a Severity 1 incident (a warehouse cannot receive or dispatch goods) the Supplier shall respond within one (1) hour and provide a workaround or fix within 8 hours. For Severity 2 incidents the response time is 2 hours and the resolution time is 2 working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier shall pay the Buyer a service credit of CNY 1,500, which the Buyer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Supplier.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Buyer upon creation. The Supplier shall deliver their source code with each release, and the Buyer may use, modify and license them freely.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Supplier shall access the Buyer's systems only through the remote-access gateway provided by the Buyer, with individual accounts and approval for each session, and shall not copy Buyer Data outside the Buyer's systems. The Supplier shall comply with the data-protection and cybersecurity laws of China applicable to its work.
P:9.3 The Supplier shall notify the Buyer of any actual or suspected security breach affecting Buyer Data within 12 hours, shall cooperate in containing it, and is liable for losses caused by a breach attributable to the Supplier.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to complete the Go-Live Test or reach Final Acceptance by the dates in Annex 2 for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the contract price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 9 or Article 10, or infringement of third-party rights.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Buyer terminates for the Supplier's breach before Final Acceptance, the Supplier shall refund the amounts paid for the services not accepted and deliver all Custom Deliverables completed so far.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate this Agreement.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Norway, without regard to its conflict-of-laws rules.
P:15.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Arbitration Rules of the Arbitration Institute of the Oslo Chamber of Commerce. The seat of arbitration is Tromsø and the language is English.
H:Article 16 Miscellaneous
P:16.1 This Agreement is made in English and Chinese; both versions are equally authentic. Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests) form part of it.
P:16.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# FieldRoute Order Form and General Terms (Draft)

Order Form No. SR-2025-0417

## PART A - ORDER FORM

### A1. Parties

**Provider:** Saltstraum Cloud AS, Sjøgata 21, 8006 Bodø, Norway, acting in China through its service partner named in A6.

**Customer:** Shenzhen Pengcheng Elevator Service Co., Ltd., Nanshan District, Shenzhen, Guangdong Province, People's Republic of China.

### A2. Subscription

The Customer subscribes to FieldRoute, Provider's cloud service for planning, dispatching and recording field maintenance work, including the scheduling engine, the technician mobile application, the customer portal and the reporting module, for 180 named technician and dispatcher users.

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A5.

### A3. Fees

| Item | Basis | Fee (CNY, incl. VAT) |
|---|---|---|
| FieldRoute subscription, Subscription Year 1 | 180 users x CNY 1,650 | 297,000 |
| FieldRoute subscription, Subscription Year 2 | 180 users x CNY 1,650 | 297,000 |
| Onboarding (configuration, data import, two interfaces, training) | fixed, one-time | 46,000 |
| Total Order Value | | 640,000 |

Each Subscription Year's fee is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live acceptance under A5 and is payable within 30 days. Additional users may be added at the same unit price, pro rata for the rest of the Subscription Year.

### A4. Term and Renewal

This Order Form ends at the end of the second Subscription Year. It does not renew automatically. Any extension requires a new Order Form signed by both parties, at prices to be agreed.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 45 days after signature: configuration of the Customer's service regions, elevator asset register import (about 21,000 units), interfaces to the Customer's ERP system and its elevator remote-monitoring platform, and training of 12 dispatchers and 170 technicians.

Go-Live acceptance tests: the full asset register reconciles with the ERP master data; a test fault from the remote-monitoring platform creates a work order and reaches the assigned technician's app within 60 seconds; 30 sample work orders are completed on the app and flow back to the ERP for billing without manual correction. The Customer shall confirm acceptance in writing or list the failures within 10 working days after Provider reports completion. The Go-Live Date is the date of the Customer's written acceptance; use of the Service for live work before that date is not acceptance.

If Provider does not reach Go-Live acceptance within the 45 days for reasons within its control, it shall pay the Customer CNY 600 for each day of delay, up to CNY 32,000 in total.

### A6. Precedence and Signatures

This Order Form and the General Terms in Part B form the Agreement. If they conflict, this Order Form prevails. Provider's service partner for invoicing and local support is Pengbo Information Services (Shenzhen) Co., Ltd., acting in Provider's name.

Signed for the Customer: ____________________ Signed for Provider: ____________________

## PART B - GENERAL TERMS

### 1. The Service

1.1 Provider shall make the Service available to the Customer's users over the internet during the Subscription Term in accordance with the documentation.

1.2 Provider may improve and change the Service from time to time, provided that it does not materially reduce the functions the Customer has subscribed to. Provider shall announce material changes at least 30 days in advance.

1.3 Provider shall host the Service and the Customer Data in data centres located in mainland China.

1.4 The Customer is responsible for its users' accounts and passwords, for the accuracy of the data it enters and for using the Service in accordance with the documentation and applicable law. The Customer shall not resell the Service or use it to build a competing product.

1.5 Provider shall keep the mobile application available in the mainland Chinese app stores used by the Customer's technicians and shall support the two most recent major versions of Android and iOS.

### 2. Availability and Support

2.1 Provider will use commercially reasonable efforts to keep the Service available, and will try to carry out maintenance outside the Customer's normal working hours where it can.

2.2 Support is provided by e-mail and through the in-app help desk during Provider's business hours, Monday to Friday. Provider will answer support requests as soon as reasonably practicable and will prioritise requests that prevent the use of the Service.

2.3 Provider does not give any commitment on availability levels, response or resolution times, and no service credits or other compensation apply to interruptions of the Service.

### 3. Customer Data

3.1 As between the parties, the Customer owns all data its users enter into or upload to the Service, including asset records, work orders, customer contacts and technician location data ("Customer Data").

3.2 Provider processes Customer Data to provide the Service and as set out in 3.3.

3.3 The Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and anonymised form, including work-order durations, fault types and travel times, to improve and develop Provider's products, to train its scheduling models and to publish industry benchmarks. This licence continues after the Agreement ends.

### 4. Security

4.1 Provider shall maintain appropriate technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for its administrators, logging of administrative access and daily backups, and shall comply with Chinese data-protection and cybersecurity law, including the classified protection requirements applicable to the Service.

4.2 Provider shall notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a breach of security affecting Customer Data, shall take the measures needed to contain it, and is responsible for losses the Customer suffers from a breach caused by Provider's failure to comply with 4.1.

### 5. Customer Configurations

Workflows, forms, report layouts and interface mappings configured for the Customer during onboarding belong to the Customer, which may export, use and modify them and have them used by third parties. Provider keeps all rights in the Service itself.

### 6. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives under the Agreement, use it only for the Agreement and protect it with at least reasonable care. This obligation continues for three years after the Agreement ends.

6.1 The obligations in this section do not apply to information that is or becomes public without breach, that the receiving party already had without restriction, or that it must disclose by law or order of a competent authority, in which case it shall inform the other party first where the law allows.

### 7. Subcontracting

Provider may not subcontract the hosting or support of the Service, other than to the service partner named in A6, without the Customer's prior written consent. Provider remains responsible for its subcontractors.

### 8. Liability

8.1 Each party's aggregate liability under the Agreement is limited to 150% of the Total Order Value.

8.2 The limit does not apply to breach of section 4 or 6, to personal injury, or to wilful misconduct. Neither party is liable for loss of profit or indirect loss.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term in A2.

9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

9.3 On termination by the Customer for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

9.4 Within 30 days after the end of the Agreement, Provider shall make Customer Data available for export in a standard format and then delete it, except for the aggregated data described in 3.3.

9.5 Sections 3.1, 4, 6 and 8 survive the end of the Agreement.

### 10. Fees and Taxes

Fees are stated in CNY and include VAT. Provider's service partner shall issue valid Chinese VAT invoices. Late payments bear interest at 0.03% per day after a written reminder.

### 11. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### 11A. Anti-bribery and Compliance

Each party shall comply with the anti-bribery laws that apply to it. Provider's staff and its service partner shall not offer gifts, payments or hospitality to the Customer's employees in connection with the Agreement.

### 12. General

Notices must be in writing and sent to the addresses in A1, or by e-mail to the contact persons named by each party, with a copy by courier for any notice of breach or termination. The Agreement is the entire agreement between the parties about the Service. Amendments must be signed by both parties.
"""

E03 = """T:Supply Contract for Structural Monitoring Sensors and Monitoring Software Licence (Draft)
P:Contract No. XJB-SHM-2025-08
P:Buyer: Xijiang Bridge Operation and Maintenance Co., Ltd., Wuhan, Hubei Province, People's Republic of China.
P:Supplier: Ofoten Sensor Systems AS, Havnegata 14, 8514 Narvik, Norway.
P:This Contract is on the Buyer's standard terms for equipment purchases. The Buyer operates two cable-stayed river bridges and wishes to install a structural health monitoring system. The Supplier shall deliver sensors, data loggers and a perpetual licence to its monitoring software, install and commission them, and train the Buyer's engineers, on the terms below.
H:1. Scope
P:1.1 The Supplier shall supply the equipment and software listed in clause 2, install the sensors on both bridges under the Buyer's supervision, connect the data loggers to the Buyer's private network, configure the monitoring software on the Buyer's servers and commission the complete system.
P:1.2 The system shall measure cable forces, deck strain, deck acceleration, pylon tilt, expansion-joint displacement, temperature and wind, store raw data for at least ten years, and raise alarms when values exceed the thresholds set by the Buyer's bridge engineers.
P:1.3 The Supplier shall deliver all manuals, drawings, calibration certificates and test reports in Chinese and English.
H:2. Price
P:2.1 The Contract Price is CNY 2,500,000, inclusive of all taxes, duties, transport, insurance and installation material, as set out below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Vibrating-wire strain gauges with brackets|192|2,250|432,000
TB:2|Triaxial MEMS accelerometers|48|6,500|312,000
TB:3|Cable-force sensors (elasto-magnetic)|64|8,200|524,800
TB:4|Tilt meters and displacement transducers|40|4,480|179,200
TB:5|Weather stations (wind, temperature, humidity)|4|21,000|84,000
TB:6|Data loggers with solar power and 4G/fibre modules|16|18,500|296,000
TB:7|BridgeWatch monitoring software, perpetual licence (2 bridges)|1|356,000|356,000
TB:|Equipment and Licence Subtotal|||2,184,000
TB:8|Installation, cabling and commissioning|1|246,000|246,000
TB:9|Training and documentation|1|70,000|70,000
TB:|Contract Price|||2,500,000
P:2.2 The prices are fixed for the duration of the Contract. The Supplier is responsible for export licences in Norway and for delivering the equipment with the customs documents the Buyer needs for import clearance.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after all equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate only confirms installation and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the bridge sites, DAP Wuhan, within 75 days after signature and complete installation within 60 days after delivery. Installation work on the bridge decks and cables shall follow the Buyer's traffic-management plan and may take place only in the night windows the Buyer approves.
P:4.2 The Supplier shall comply with the Buyer's site safety rules, provide fall-protection equipment for its staff and carry the insurance required by the Buyer.
P:4.3 Before installation starts, the Supplier shall submit a method statement for each bridge, including the sensor layout drawings, the bracket and cable-routing details, the lifting and access equipment to be used and the protection of the cable sheaths and coatings, for approval by the Buyer's bridge engineers. No drilling or welding on structural members is allowed without that approval.
P:4.4 The Supplier shall remove its equipment and waste from the bridges after each night window and shall repair at its own cost any damage it causes to the bridges, their coatings or their existing instruments.
H:5. Acceptance
P:5.1 Final Acceptance requires: (a) every sensor channel delivering valid data to the software for 30 consecutive days, with data completeness of at least 98% per channel; (b) cable-force readings within 5% of the reference values from the Buyer's independent lift-off tests; (c) alarms tested for each sensor type and received by the Buyer's duty engineers by SMS and on screen within 60 seconds; (d) all documentation delivered.
P:5.2 The Buyer shall issue the Final Acceptance Certificate or a written list of defects within 14 days after the Supplier's notice that the 30-day run has been completed. Use of the system or data before that date is not acceptance.
P:5.3 If the system fails the acceptance requirements, the Supplier shall correct the defects at its own cost and repeat the 30-day run for the channels concerned. If the system fails a second time, the Buyer may reject the affected equipment and require a refund of the amounts paid for it, in addition to delay damages.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items at its own cost, including transport and re-installation, and supply software updates free of charge.
P:6.2 After the warranty period the Buyer may order annual support at a fee of 7% of the Equipment and Licence Subtotal per year (CNY 152,880), fixed for the first two support years. Support covers spare parts, recalibration, software updates and the service levels in clause 7. Support is ordered year by year and is not renewed automatically.
P:6.3 Spare parts for all equipment types shall remain available from the Supplier for at least ten years after Final Acceptance. If a type is discontinued, the Supplier shall offer a compatible replacement at no higher price and shall inform the Buyer at least six months in advance.
H:7. Service Levels
P:7.1 The monitoring software shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer.
P:7.2 The Supplier shall respond to a Priority 1 fault (loss of data from a whole bridge or failure of the alarm function) within 30 minutes and restore the function within 8 hours; Priority 2 faults (loss of individual channels) within 2 hours and restore within 3 working days.
P:7.3 For each hour by which a Priority 1 response or restoration time is exceeded, the Supplier shall pay CNY 1,200; for each full 0.02 percentage point below the availability commitment in a month, CNY 3,000.
H:8. Data
P:8.1 All measurement data, alarms, reports and configuration data belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The system shall run on the Buyer's servers in Wuhan. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, with individual accounts and logging. The Supplier shall not copy data outside the Buyer's network, shall follow the Buyer's information-security rules and Chinese law on data and cybersecurity, shall report any security incident within 2 hours and is liable for losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the bridges, their condition and the Buyer's operations that it receives under this Contract, and shall not disclose it without the Buyer's prior written consent, during the Contract and for five years after it.
H:10. Intellectual Property
P:10.1 The software remains the Supplier's property and is licensed to the Buyer perpetually for both bridges.
P:10.2 Sensor layouts, configuration files, alarm rules, report templates and interface programs prepared for the Buyer belong to the Buyer, which may use and modify them and have them used by others.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery, installation or Final Acceptance, it shall pay 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
P:11.3 The Supplier shall maintain third-party liability insurance with a limit of at least CNY 10,000,000 for the installation works and shall name the Buyer as additional insured.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
H:14. Training and Documentation
P:14.1 The Supplier shall train eight bridge engineers and four IT staff of the Buyer for five days at the Buyer's premises, covering sensor principles, data interpretation, alarm handling, routine checks, replacement of sensors and administration of the software. The Supplier shall provide the training material in Chinese and assess each trainee at the end of the course.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement (Draft)

Agreement No. NMS-CN-2025-12

**Customer:** Anhui Jinhe New Energy Materials Co., Ltd., Hefei, Anhui Province, People's Republic of China ("Customer").

**Provider:** Norrbotten Managed Services AB, Storgatan 31, 972 38 Luleå, Sweden, performing in China through its wholly owned subsidiary Norrbotten IT Services (Shanghai) Co., Ltd. ("Provider").

## 1. Background and Structure

1.1 Customer operates two battery-materials plants and a head office. Provider operates data-centre, network and end-user support services for industrial companies.

1.2 This Agreement consists of these clauses and Schedule 1 (Services), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If they conflict, the clauses prevail.

## 2. Term

2.1 The Agreement starts on signature. Transition runs from signature to the Service Commencement Date. The Service Term is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the Service Term. It is not renewed automatically; any extension requires a written amendment signed by both parties.

## 3. Transition and Service Commencement

3.1 Provider shall take over the services from Customer's internal team in accordance with the transition plan, including discovery of all servers, network devices and applications in scope, knowledge transfer, installation of Provider's monitoring tools and set-up of the service desk in Chinese.

3.2 Service Commencement requires Customer's written acceptance after a readiness review showing that: all in-scope devices are monitored and visible in the service portal; runbooks for the 25 critical applications are approved by Customer; backup jobs for all in-scope servers have completed successfully for 10 consecutive days; and a test restore and a failover test of the plant MES database have been completed within the agreed times.

3.3 The target Service Commencement Date is 75 days after signature. If Service Commencement is delayed, the parties shall agree a revised transition plan in good faith. Provider shall have no other liability for a delay in transition, and no damages or deductions apply to such delay.

## 4. Services and Service Levels

4.1 Provider shall perform the Services described in Schedule 1 to the Service Levels in Schedule 2.

4.2 Provider shall report performance against the Service Levels every month and hold a monthly service review with Customer. Service Credits are calculated as in Schedule 2 and deducted from the next invoice.

4.3 Service Credits are Customer's sole and exclusive remedy for any failure to meet the Service Levels.

4.4 Provider shall keep the service documentation, the configuration management database and the runbooks up to date and accessible to Customer at all times. Changes to Customer's production systems require Customer's approval under its change-management procedure, except emergency changes to restore a Priority 1 service, which Provider shall report to Customer within one working day.

4.5 Provider shall propose improvements to reduce incidents and costs at least twice a year and shall implement those that Customer approves.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Service Commencement.

5.2 Invoices are payable within 30 days of receipt of a valid VAT invoice. The Charges are fixed for the Service Term, except for additional devices added by written change order at the unit rates in Schedule 3.

## 6. Customer Data and Security

6.1 All data of Customer processed by Provider, including production data, configuration data, logs and personal information of Customer's staff, belongs to Customer. Provider shall use it only to perform the Services.

6.2 Provider shall keep all Customer data within Customer's systems and its own monitoring platform hosted in mainland China, access it only through Customer's privileged-access gateway with named accounts and multi-factor authentication, comply with Chinese data-security and personal-information law and the classified protection requirements that apply to Customer's systems, notify Customer within 2 hours of any security incident affecting Customer's data or systems, and compensate Customer for losses caused by incidents attributable to Provider.

6.3 At the end of the Agreement Provider shall return all Customer data and documentation and delete its copies.

6.4 Provider shall take part in Customer's annual cybersecurity assessment and its incident-response exercises, and shall correct within the agreed time any weakness found in the Services it operates.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public information, including Customer's process recipes, plant layouts, customer lists and network diagrams, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the Agreement ends.

## 8. Intellectual Property

Runbooks, scripts, configurations and documentation created by Provider specifically for Customer belong to Customer, which may use, modify and license them freely. Provider's monitoring tools and general know-how remain Provider's.

## 9. Subcontracting and Personnel

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9.2 Provider shall keep a named service delivery manager for the account, based in Hefei and able to work in Chinese, and replace on-site engineers only with engineers of equal qualification after notice to Customer.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of clauses 6 and 7.

## 11. Term and Termination

11.1 The Agreement may be terminated before the end of the Service Term only by mutual written agreement or under clause 12.

11.2 Customer may not terminate the Agreement, in whole or in part, for a failure of Provider to meet the Service Levels or for any other breach by Provider. Customer's remedies for breach are Service Credits under Schedule 2, specific performance and claims for damages within clause 10.

11.3 Provider may suspend the Services if undisputed Charges remain unpaid for 60 days after a written reminder.

## 12. Force Majeure

If a force majeure event prevents a party from performing for more than 90 consecutive days, either party may terminate the Agreement by written notice.

## 12A. Records and Audit

Provider shall keep complete records of the Services, including incident tickets, change records and backup logs, for the Service Term and one further year, and shall allow Customer or its auditors to inspect them on 10 working days' notice once a year.

## 13. Exit

For up to 90 days after the end of the Agreement, Provider shall support the transfer of the Services to Customer or a new provider at the daily rates in Schedule 3, and shall hand over all runbooks, passwords and documentation.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English, telephone, portal and e-mail, for about 1,150 users | 7 x 24 |
| Data-centre operations | 146 virtual and 38 physical servers, storage, virtualisation platform | 7 x 24 monitoring |
| Network operations | 2 plant networks, head office LAN, WAN links, firewalls, Wi-Fi | 7 x 24 monitoring |
| Backup and recovery | daily backup, monthly restore test, annual disaster-recovery test | as scheduled |
| End-user support | on-site engineers at each plant, 2 shifts | Mon-Sat 08:00-20:00 |
| Patch and vulnerability management | monthly patching, quarterly vulnerability scan | as scheduled |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of plant MES infrastructure | 99.95% per month | 3% of Monthly Service Charge per 0.1 point below |
| Priority 1 incident response | 15 minutes | CNY 2,000 per hour late |
| Priority 1 incident restoration | 3 hours | CNY 4,000 per hour late |
| Priority 2 incident response | 1 hour | CNY 500 per hour late |
| Service desk calls answered within 60 seconds | 90% per month | 1% of Monthly Service Charge |
| Successful backup jobs | 99% per month | 1% of Monthly Service Charge |

Total Service Credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Amount (CNY, incl. VAT) |
|---|---|
| Transition Charge (one-time) | 96,000 |
| Monthly Service Charge | 61,500 |
| Monthly Service Charges over 36 months | 2,214,000 |
| Total Charges over the Service Term | 2,310,000 |
| Additional server (per month) | 320 |
| Additional network device (per month) | 90 |
| Exit support, per engineer day | 3,800 |
"""

E05 = """SATELLITE CROP-MONITORING DATA AND API SUBSCRIPTION AGREEMENT (DRAFT)

Agreement No. AEO-CN-2025-044

1. PARTIES

1.1 Arctic Earth Observation Analytics AB, Lastvagnsvagen 6, 981 38 Kiruna, Sweden ("Provider").

1.2 Heilongjiang Fengshou Agricultural Insurance Services Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer").

2. BACKGROUND

2.1 Provider processes optical and radar satellite imagery into crop-condition indicators, such as vegetation indices, soil-moisture estimates, crop-type maps and flood and hail damage maps, and delivers them through an application programming interface (the "API") and a web viewer.

2.2 Customer assesses crop-insurance claims for farms in Heilongjiang and Jilin and wishes to subscribe to the data and the API for two Subscription Years.

3. DEFINITIONS

3.1 "Subscription Year" means the period starting on the Activation Date or an anniversary of it and ending on the day before the next anniversary.

3.2 "Activation Date" means the date on which Customer confirms in writing that the Integration has passed the acceptance tests in clause 6.

3.3 "Field Boundaries" means the plot polygons, policy numbers and crop declarations that Customer uploads to the API to request indicators for insured plots.

3.4 "Data Products" means the indicators, maps and time series delivered by Provider through the API and the web viewer.

3.5 "Integration" means the connector between the API and Customer's claims-handling system, and the claims dashboard, which Provider shall build for Customer under clause 5.

4. SUBSCRIPTION

4.1 Provider grants Customer, for the Subscription Term, a non-exclusive right to access the API and the web viewer and to use the Data Products for its own insurance underwriting, claims handling and reporting to its regulators and reinsurers, for insured plots covering up to 1.8 million hectares in total.

4.2 Customer may keep and continue to use Data Products delivered during the Subscription Term after the term ends, for the same purposes.

4.3 The Subscription Term is two Subscription Years from the Activation Date. The Agreement ends at the end of the second Subscription Year and does not renew automatically. An extension requires a written amendment signed by both parties.

5. INTEGRATION SERVICES

5.1 Provider shall build the Integration within 50 days after signature: a connector that sends Field Boundaries from Customer's claims-handling system to the API and returns the indicators to the claim file, and a claims dashboard showing damage maps per policy.

5.2 Provider shall train 25 claims adjusters and 4 system administrators of Customer, remotely and in Chinese, and deliver an interface description.

5.3 Customer shall provide a test environment of its claims-handling system, sample Field Boundaries from the 2024 season and the field-survey sample used in clause 6, and shall make its system administrators available for the integration tests.

5.4 During the Subscription Term Provider shall maintain the connector so that it keeps working with new versions of the API, and shall inform Customer at least 60 days before any change to the API that requires a change to Customer's systems.

6. ACCEPTANCE

6.1 The acceptance tests for the Integration are: (a) 500 sample Field Boundaries from the 2024 season are processed and the indicators are returned to the claim files without manual intervention; (b) the crop-type maps reach an overall accuracy of at least 88% against Customer's 2024 field-survey sample; (c) a flood damage map for a test area is delivered within 48 hours after the first usable satellite pass; (d) the dashboard shows the correct policy for every sample plot.

6.2 Customer shall confirm acceptance or list the failures in writing within 10 working days after Provider reports that the Integration is ready. Use of the API before that confirmation is not acceptance.

6.3 If the Integration does not pass the acceptance tests within 50 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 37,500.

7. FEES AND PAYMENT

7.1 The fees are, inclusive of VAT: subscription fee for Subscription Year 1, CNY 356,000; subscription fee for Subscription Year 2, CNY 356,000; Integration and training, CNY 38,000 (one-time). The total fees under this Agreement are CNY 750,000.

7.2 Each Subscription Year's fee is invoiced on the first day of that Subscription Year and is payable within 30 days. The Integration fee is invoiced after the Activation Date and is payable within 30 days.

7.3 Fees are payable in CNY to the bank account in China named on Provider's invoice, and Provider shall issue valid Chinese VAT invoices through its local agent.

7.4 Requests for indicators beyond the hectare volume in 4.1 are charged at CNY 0.18 per hectare per season, invoiced quarterly in arrears.

8. SERVICE LEVELS

8.1 Provider shall keep the API available at least 99.95% of each calendar month, excluding planned maintenance announced at least 5 days ahead and carried out between 00:00 and 05:00 Beijing time.

8.2 Provider shall respond to a Priority 1 incident (the API cannot be reached, or indicators are not delivered for an entire province) within one hour, 7 days a week, and shall restore the service within 6 hours. Priority 2 incidents (delays or errors affecting some plots) are answered within 3 hours during Beijing business hours and resolved within 2 business days.

8.3 During the crop season from May to October, damage maps after a declared flood, hail or drought event shall be delivered within 48 hours after the first usable satellite pass.

8.4 If Provider misses a service level, Customer receives a service credit: 5% of the monthly share of the annual fee for each 0.1 percentage point of availability below 8.1; CNY 1,000 for each hour by which a Priority 1 response or restoration time is exceeded; and CNY 2,000 for each damage map delivered late under 8.3. Service credits are deducted from the next invoice or, after the last invoice, paid to Customer.

8.5 Provider shall report the achieved service levels to Customer every month during the crop season and every quarter outside it.

9. CUSTOMER DATA

9.1 Field Boundaries and all other data supplied by Customer remain the property of Customer. Provider shall use them only to produce the Data Products for Customer under this Agreement.

9.2 At the end of the Agreement Provider shall return the Field Boundaries in the format in which they were received and then delete them.

9.3 Customer is responsible for having the right to supply the Field Boundaries and policy numbers to Provider for the purposes of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Provider keeps all rights in its processing methods, algorithms, software and satellite archive, and in the Data Products, subject to the rights granted to Customer in clause 4.

10.2 The connector and the claims dashboard built under clause 5, including their source code, belong to Customer. Customer may use, modify and license them freely.

11. SUBCONTRACTING

Provider obtains satellite imagery from public and commercial satellite operators, which are not subcontractors. Provider shall not subcontract the processing, hosting or support of the Service, or the building of the Integration, without Customer's prior written consent, and remains responsible for any approved subcontractor.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 200% of the total fees in 7.1.

12.2 The limit does not apply to personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

12.3 Data Products are estimates derived from satellite observations. Provider warrants that they are produced with the methods described in its product documentation and with reasonable skill and care, and shall reprocess without charge any Data Product shown to contain a processing error. Customer remains responsible for its claims decisions and for any field inspection it considers necessary.

13. TERM AND TERMINATION

13.1 The Agreement starts on signature and runs until the end of the Subscription Term.

13.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

13.3 If Customer terminates for Provider's breach, Provider shall refund the part of the subscription fee paid for the period after termination.

14. FORCE MAJEURE

Neither party is liable for a failure to perform caused by events beyond its reasonable control, including the failure of satellites or ground stations operated by others, provided it informs the other party promptly and uses reasonable efforts to restore performance, for example by using imagery from other satellites.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules.

16. GENERAL

16.1 Notices shall be in writing, in English or Chinese, and sent by courier or e-mail to the addresses notified by each party.

16.2 This Agreement is the entire agreement about its subject matter and replaces all earlier proposals and correspondence. Amendments must be in writing and signed by both parties.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h670z01_wetland_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h670z02_protective_garment_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h670z03_massage_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h670z04_nature_reserve_patrol_system_om.txt", "txt", Z04),
    "z05": ("h670z05_dressing_plant_batch_tracking_supplier_template.md", "md", Z05),
    "e01": ("h670e01_cold_store_wms_perpetual_licence_tromso.pdf", "pdf", E01),
    "e02": ("h670e02_field_service_saas_order_form_bodo.md", "md", E02),
    "e03": ("h670e03_bridge_sensors_monitoring_licence_narvik.docx", "docx", E03),
    "e04": ("h670e04_managed_it_services_36_months_lulea.md", "md", E04),
    "e05": ("h670e05_crop_monitoring_api_subscription_kiruna.txt", "txt", E05),
}

T = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (language, category, term overrides, extra, tco inputs or None, forum outside mainland, design rules)
LABELS = {
    "z01": ("zh", "software", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
            subcontract_without_consent=True, contract_kind="goods_or_licence"),
            dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=1516000),
            dict(value=1516000, base=880000, warranty_months=24, fee_pct=8), False,
            ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z02": ("zh", "hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
            contract_kind="goods_or_licence"),
            dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=2200000),
            dict(value=2200000, base=1936000, warranty_months=18, fee_pct=26), False,
            ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
            auto_renewal_price_increase=True),
            dict(ld_stated=True, contract_value=596000), None, False,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
            dict(ld_stated=True, contract_value=438000), None, False, []),
    "z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
            ld_rate_per_day_pct=0.1, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
            final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
            contract_kind="goods_or_licence"),
            dict(ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=1116000), None, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
            governing_law="Norway", contract_kind="goods_or_licence"),
            dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=1670000),
            dict(value=1670000, base=1180000, warranty_months=18, fee_pct=11), True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", dict(sla_remedy=False, buyer_owns_data=False, ld_rate_per_day_pct=600 / 640000 * 100,
            liability_cap_pct=150),
            dict(sla_clause=False, ld_stated=True, contract_value=640000), None, False,
            ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("en", "hardware", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
            liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
            post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
            dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=2500000),
            dict(value=2500000, base=2184000, warranty_months=36, fee_pct=7), False, []),
    "e04": ("en", "services", dict(availability_pct=99.95, p1_response_hours=0.25, liability_cap_pct=150,
            termination_for_breach=False),
            dict(ld_stated=False, contract_value=2310000), None, False, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "e05": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
            confidentiality=False, ld_rate_per_day_pct=500 / 750000 * 100, liability_cap_pct=200),
            dict(ld_stated=True, contract_value=750000), None, False, ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(t):
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["fee_pct"] / 100 * t["base"]
    return fees / (t["value"] + fees) * 100


def derive(terms, extra, tco, forum_outside):
    """My reading of policy section 3."""
    r = set()
    sla = extra["sla_clause"]
    if not sla:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = terms["post_warranty_fee_pct"]
        if f is None or not extra["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if terms["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    return "medium" if any(x not in LOW for x in rules) else ("low" if not rules else "low")


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)" + PCT, r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?(?![\d.])" + PCT,
    r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"(?<![\d.,])4(?:\.0+)?\s*(?:小时|个小时|hours?|hrs?|h\b)",
    r"(?<![\d.,])12\s*(?:个月|months?)", r"百分之(?:三十|十五|四十|一百|百)(?![点一二三四五六七八九])",
    r"(?<![十二三四五六七八九])四个?小时", r"(?<![一二三四五六七八九])十二个月", r"万分之五(?!十)", r"千分之零点五",
    r"\b(?:thirty|fifteen|forty|one\s*hundred|hundred)\s*(?:\(\d+\)\s*)?(?:per\s*cent|percent)",
    r"\bfour\s*(?:\(4\)\s*)?hours?", r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"\bone\s*year'?s?\s*warranty",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "百分之三十", "15 %", "40%", "100%", "99.9%", "0.05%", "4 hours", "4小时", "四小时", "12个月",
            "十二个月", "12 months", "twelve (12) months", "four hours", "万分之五", "thirty per cent", "4h"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "14 hours", "4,000", "112 months", "0.055%", "130%", "二十四小时",
             "二十四个月", "十八个月", "35%", "0.08%", "万分之三", "1,500", "3 hours", "99.5%", "1.5%"]


def scan_ok(text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = SCAN.search(variant)
        if m:
            return m.group(0)
    return None


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan_ok(s), s
    for s in MUST_MISS:
        assert not scan_ok(s), (s, scan_ok(s))
    bin_src = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    bin_tgt = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", name)
    covered, ok = set(), True
    for k, (name, fmt, src) in FILES.items():
        lang, cat, over, extra_in, tco, forum, design = LABELS[k]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            good = 2750 <= n <= 3000
        else:
            n = len(text.split())
            good = 1450 <= n <= 1650
        hit = scan_ok(text)
        terms = dict(T, **over)
        extra = dict(sla_clause=True, ld_stated=True)
        extra.update({x: y for x, y in extra_in.items() if x != "contract_value"})
        extra.setdefault("acceptance_deemed_on_delivery", False)
        order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery"]
        extra = {x: extra[x] for x in order if x in extra}
        extra["contract_value"] = extra_in["contract_value"]
        if terms["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None, k
        for f, th in THRESH.items():
            assert terms[f] is None or abs(terms[f] - th) > 1e-9, (k, f)
        rules = derive(terms, extra, tco, forum)
        share = tco_share(tco) if tco else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        flag = "" if (good and not hit and rules == sorted(design)) else "  <-- PROBLEM"
        ok &= not flag
        print("%s %-5s n=%d scan=%s tco=%s risk=%s rules=%s%s" % (k, fmt, n, hit, None if share is None else
              round(share, 1), risk(rules), rules, flag))
    print("missing rules:", sorted(set(ALL_RULES) - covered))
    assert covered == set(ALL_RULES)
    counts = {k: len(json.loads((OUT / (Path(v[0]).stem + ".json")).read_text())["expected_rules"])
              for k, v in FILES.items()}
    assert sorted(k for k, c in counts.items() if c == 0) == ["e03", "z04"], counts
    assert json.loads((OUT / (Path(FILES["e01"][0]).stem + ".json")).read_text())["expected_rules"] == [
        "CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10, counts
    assert sorted(k for k, c in counts.items() if 2 <= c <= 3) == ["e02", "e04", "e05", "z01", "z02", "z03"], counts
    assert ok, "checks failed"


if __name__ == "__main__":
    main()
