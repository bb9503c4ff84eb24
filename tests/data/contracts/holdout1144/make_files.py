"""holdout1144: ten blind held-out draft contracts (written before any run). Builds every file from the sources
below (.txt/.md directly, .docx/.pdf through ../word_pdf.py), writes the .json labels and asserts the length ranges,
the threshold scan, the price sums and the rules derived from the labels against the design list.

Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:××市农业农村局农机购置补贴信息化平台采购合同
P:合同编号：NNJ-ZC-2026-0417
P:采购人（甲方）：××市农业农村局
P:供应商（乙方）：江苏禾田信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就农机购置补贴信息化平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供农机购置与应用补贴管理平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及所辖各县（市、区）农机管理部门，不限用户数和终端数。
P:1.2 乙方按甲方需求完成以下定制开发：补贴申请受理、机具核验（含二维码铭牌与北斗作业数据比对）、补贴资金兑付、违规情形监测预警四个模块，以及与财政国库支付系统、省级农机鉴定信息库和农机作业监测平台的接口。
P:1.3 平台部署于甲方政务云，乙方应保证平台兼容国产操作系统、数据库和中间件，并支持手机端和自助终端办理。
P:1.4 乙方负责历年补贴档案数据的迁移、系统部署、试运行、用户培训和上线保障。培训对象为市、县两级业务人员，不少于三期。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾贰万肆仟元整（¥1,624,000），其中：平台软件许可费¥860,000，定制开发费¥612,000，数据迁移费¥94,000，部署实施及培训费¥58,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政资金拨付程序付款，因国库集中支付审核流程产生的合理时间不视为甲方逾期。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后一百二十日内完成定制开发、数据迁移和部署，具备初步验收条件。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分源代码，文档使用中文。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，列明需求调研、开发、迁移、联调、培训和试运行各阶段的时间节点，经甲方确认后执行。
P:4.4 乙方派驻项目经理一名，实施期间常驻甲方现场，未经甲方同意不得更换；实施人员应遵守甲方机房和办公场所管理制度。
H:第五条 验收
P:5.1 初步验收标准：（1）功能清单所列功能全部实现；（2）迁移数据经逐条比对，记录数及金额合计与原系统一致；（3）与财政、鉴定、作业监测平台的接口连续七日调用成功；（4）在三百个并发用户下，常用查询响应时间不超过3秒。
P:5.2 初步验收合格后试运行六十日，期间未发生一级故障，且通过第三方机构的安全测评，方可进行最终验收。
P:5.3 最终验收时，乙方应提交全部交付文档、源代码光盘、培训记录和试运行报告，并配合甲方完成资产登记。
P:5.4 甲方按本条标准组织验收并出具书面验收报告。系统上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的参数配置和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格自质保期满起三年内不上调。维护合同按年另行签订，不自动续期。
P:6.3 每年补贴政策调整或申报期开始前，乙方应派员驻场保障不少于十个工作日，协助完成参数配置、数据核对和业务人员答疑，该项服务不另收费。
H:第七条 服务水平
P:7.1 平台在补贴申报期内的月度可用率不低于99.95%。
P:7.2 故障分为三级。一级故障指平台无法受理申请或兑付中断，乙方应在30分钟内响应、2小时内到场或远程处置；二级故障2小时内响应；三级故障一个工作日内响应。
P:7.3 乙方响应超时的，每超过1小时从履约保证金中扣除¥800；月度可用率每低于承诺值0.01个百分点，扣除¥1,000。乙方应在每月五日前提交上月服务报告。
H:第八条 知识产权
P:8.1 平台原有软件的知识产权仍归乙方所有，乙方保证其不侵犯第三方权利。
P:8.2 本合同项下定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台内的申请人信息、机具信息、补贴资金数据等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储，运维操作通过甲方堡垒机进行并留存日志，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、农户个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方未按约定完成年度驻场保障或未按期提交服务报告的，甲方可要求乙方限期改正，逾期不改正的按每次¥2,000扣除履约保证金。
P:11.3 乙方提供的系统不符合约定、经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
H:第十二条 分包与转包
P:12.1 乙方不得将本合同项目分包或转包给第三方，也不得以劳务派遣等形式变相分包核心开发工作。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
P:15.2 履约保证金在质保期满且无未结问题后十五个工作日内无息退还；乙方应付的扣款或违约金可从中扣除。
H:第十六条 甲方义务
P:16.1 甲方应提供系统部署所需的政务云资源、网络环境和必要的办公条件，并指定项目联系人。
P:16.2 甲方应及时确认需求规格说明书和设计文档，并协调财政、农机鉴定等相关单位配合接口联调。
P:16.3 甲方应组织各县（市、区）农机管理部门参加培训，并在试运行期间收集使用意见反馈乙方。
H:第十七条 不可抗力
P:17.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十八条 其他
P:18.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
P:日期：                    日期：
"""

Z02 = """T:分拣设备产线控制系统改造合同
P:合同编号：HXFJ-GZ-2026-031
P:甲方（买方）：湖州恒迅电动分拣设备制造有限公司
P:乙方（卖方）：苏州智控自动化工程有限公司
P:甲方为提升交叉带分拣机总装线和测试线的自动化水平，委托乙方实施产线控制系统改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条总装线和一条整机测试线的控制系统改造，包括控制柜更换、伺服系统升级、工业网络重构、人机界面更换，以及产线控制软件的部署与定制。
P:1.2 定制内容包括：工位节拍控制逻辑、扭矩数据采集、整机测试程序自动下发，以及与甲方现有MES系统的工单和质量数据接口。
P:1.3 改造后的控制系统应保留原有安全光栅、急停回路和联锁保护功能，并符合国家机械电气安全标准。
P:1.4 改造须在甲方指定的两次停产窗口内完成，每次不超过九日，不得影响其他产线生产。
H:第二条 合同价格
P:2.1 设备及软件清单如下表，合同总价为人民币壹佰柒拾万元整（¥1,700,000）。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及控制柜|12套|38,500|462,000
TB:2|伺服驱动及电机|48套|6,250|300,000
TB:3|工业以太网交换机|16台|8,000|128,000
TB:4|触摸屏人机界面|24台|7,500|180,000
TB:5|产线控制软件许可（永久）|1套|315,000|315,000
TB:|软硬件小计|||1,385,000
TB:6|改造施工及安装|1项|246,000|246,000
TB:7|调试及培训|1项|69,000|69,000
TB:|合计|||1,700,000
P:2.2 上述价格含税、运输、保险、安装调试及质保期内的全部服务费用。合同履行期间不因原材料价格或汇率变化而调整。
P:2.3 乙方应在每笔付款前开具等额增值税专用发票，甲方收到发票后十五日内付款。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并完成安装调试后，甲方支付合同总价的55%，到货和安装不视为验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 甲方以银行转账方式付款，乙方账户信息以合同首页为准，账户变更须加盖乙方公章书面通知。
H:第四条 交付
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并按停产窗口完成安装调试。
P:4.2 乙方应对设备进行妥善包装，运输途中的损坏和灭失风险在设备交付甲方签收前由乙方承担。
P:4.3 设备应为原厂全新产品，附合格证、说明书及装箱单。乙方应提交电气图纸、程序清单和操作手册。
H:第五条 验收
P:5.1 验收标准：（1）各工位节拍达到技术协议约定值；（2）扭矩数据逐件采集、无缺失记录；（3）与MES的工单和质量数据接口连续十日无差错；（4）产线连续运行二十日，未发生因控制系统导致的停线。
P:5.2 设备到货时，双方共同开箱检验型号、数量和外观，并签署到货清单；到货清单仅证明数量，不代表质量合格。
P:5.3 甲方按上述标准组织最终验收并出具书面意见；未达标准的，乙方应在十五日内整改后重新验收。产线恢复生产不视为验收合格。
H:第六条 质保及维保
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费维修、更换故障部件和升级软件。更换的部件自更换之日起重新计算质保期，但不短于原质保期剩余时间。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的18%每年计取（即每年¥249,300），该费率三年内不变。
P:6.3 质保期内乙方每季度上门巡检一次，检查控制柜、伺服系统和网络设备的运行状态，并出具巡检报告。
P:6.4 一级故障指整条产线停线，乙方应在1小时内响应，6小时内到场；二级故障指单工位异常，2小时内响应。乙方响应超时的，每超过1小时向甲方支付¥1,000。
H:第七条 知识产权
P:7.1 产线控制软件标准版的知识产权归乙方，甲方获得永久使用许可。
P:7.2 乙方应在最终验收时向甲方移交定制程序的完整源代码、注释说明和编译环境说明，并保证与现场运行版本一致。
P:7.3 为甲方定制的控制程序、接口程序及其源代码、图纸归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 生产数据、工艺参数和质量数据归甲方所有，乙方仅为履行本合同使用。
P:8.2 乙方不得在控制系统中设置后门、远程锁机或限制使用的功能。
P:8.3 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN并留存操作日志；乙方不得拷贝或外传甲方数据。发生数据泄露或因乙方操作导致数据丢失的，乙方应在2小时内通知甲方并承担赔偿责任。
H:第九条 保密
P:9.1 双方对在合作中获悉的对方技术资料、工艺信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方不得将甲方产线布局、节拍参数用于其他客户的项目宣传。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方交付的设备型号、品牌与清单不符的，甲方有权拒收，乙方应在十日内更换，由此产生的费用和停产损失由乙方承担。
P:10.3 乙方累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 乙方如需将电气安装作业分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方交付的设备经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并拆除相关设备。
P:12.2 乙方严重违约，经甲方书面通知后二十日内未纠正的，甲方有权解除合同并要求赔偿。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
H:第十四条 施工安全
P:14.1 乙方施工人员应遵守甲方厂区安全管理制度，持证上岗，动火、登高和带电作业须办理作业许可。
P:14.2 乙方施工完毕应清理现场，拆除的旧控制柜和线缆按甲方要求分类堆放，由甲方处置。
P:14.3 乙方应在停产窗口开始前完成施工方案和安全交底，施工期间造成甲方设备或人员损害的，由乙方负责。
H:第十五条 培训
P:15.1 乙方应对甲方电气工程师、设备维修人员和产线班组长分别进行培训，内容包括控制程序结构、参数调整、常见故障处理和日常点检。
P:15.2 培训结束后乙方应提供培训教材和考核记录，确保甲方人员能够独立完成日常维护。
H:第十六条 甲方义务
P:16.1 甲方应按计划安排停产窗口，提供施工所需的电源、场地和现有设备资料，并指派专人配合调试。
P:16.2 甲方应在停产窗口开始前十日向乙方提供MES接口规范和测试环境。
H:第十七条 不可抗力
P:17.1 因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:第十八条 其他
P:18.1 本合同的任何修改和补充须以书面形式作出，经双方授权代表签字并盖章后生效。
P:18.2 技术协议、设备清单和实施方案为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份。
P:甲方（盖章）：              乙方（盖章）：
"""

Z03 = """车膜门店预约及会员管理系统订阅服务合同

合同编号：CM-SaaS-2026-0088
甲方：广州臻膜汽车服务连锁有限公司
乙方：杭州店掌云科技有限公司

甲方经营汽车贴膜、改色及漆面保护门店共33家。为统一预约、施工排期、会员储值和质保卡管理，甲方订阅乙方的门店预约及会员管理系统（以下简称“系统”），并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容与期限
（一）乙方以软件即服务方式向甲方33家门店及总部提供系统的使用权，包括线上预约、工位排期、施工单、会员储值与积分、电子质保卡、库存（膜卷）管理和总部经营报表。
（二）实施服务包括：1. 梳理甲方现有预约、施工和会员业务流程，形成配置方案；2. 导入甲方现有会员及储值余额数据；3. 配置甲方品牌的微信小程序预约页面；4. 对接甲方收银设备；5. 对门店店长和前台人员进行培训。
（三）乙方应在服务期内持续提供版本升级，新增功能对甲方开放的，不另行收费。
（四）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。

（五）乙方为甲方提供工作日九时至二十一时的在线客服和电话支持，并为甲方指定一名客户成功经理。
（六）乙方保证系统兼容主流收银设备、扫码枪和小票打印机，版本更新不得影响甲方已配置的业务流程。

二、费用及支付
（一）门店订阅费每店每服务年度人民币3,600元，33家门店每服务年度合计118,800元；总部管理模块每服务年度46,000元；两个服务年度订阅费合计329,600元。
（二）实施费为一次性费用，人民币58,400元，包括数据导入、小程序配置、收银对接和门店培训。
（三）合同总价为人民币388,000元。
（四）每个服务年度的订阅费在该服务年度开始后十五日内支付；实施费在系统上线验收合格后十五日内支付。
（五）上述费用已包含系统使用、数据存储、短信通知（每店每月不超过800条）和版本升级费用，超出部分按乙方公布价格另行结算。
（六）服务期内新增门店的，按每店每服务年度3,600元按月折算；门店关闭的，自次月起相应减少订阅费。

三、上线与验收
（一）乙方应在合同签订后四十五日内完成实施，具备上线条件。
（二）验收标准：1. 会员及储值余额数据导入后逐店核对一致；2. 小程序预约、排期、施工单和质保卡全流程在三家试点门店连续运行十日无严重缺陷；3. 收银对接的订单金额与系统记录一致。
（三）甲方按上述标准验收并签署上线验收单。试点门店使用系统不视为验收合格。验收未通过的，乙方应在七日内完成整改并重新提交验收。
（四）验收通过后，乙方按门店分批开通，全部33家门店应在验收后二十日内完成切换，切换期间乙方安排专人远程值守。
（五）因乙方原因未能按期具备上线条件的，每逾期一日，乙方向甲方支付人民币300元违约金。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应在夜间进行并提前两日通知。
（二）一级故障指全部门店无法预约或收银，乙方应在30分钟内响应，3小时内恢复；二级故障指单店或单一功能异常，2小时内响应。
（三）乙方应在故障恢复后三个工作日内提交故障分析报告，说明原因、影响门店和预防措施。
（四）乙方每月向甲方发送服务报告，列明可用率、故障记录、处理时长及改进措施。
（五）月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%给予服务费抵扣，最高不超过当月订阅费的20%。

五、账号与使用
（一）甲方负责管理门店账号，离职员工账号应及时停用。乙方提供按角色分配权限的功能，并保存账号登录和关键操作日志不少于六个月。
（二）甲方应按照法律规定向会员告知个人信息收集和使用规则，乙方在系统中提供隐私政策展示和会员授权记录功能。

六、数据
（一）甲方的会员信息、车辆信息、订单及储值数据归甲方所有，甲方可随时导出。
（二）乙方可在去除个人身份信息后，对甲方业务数据进行汇总分析，用于编制汽车后市场行业报告和改进乙方产品，该项使用在本合同终止后仍可继续。
（三）乙方应采取访问控制、传输及存储加密、操作日志留存和每日备份等安全措施；发生数据泄露或丢失的，乙方应在24小时内通知甲方，因乙方原因造成的损失由乙方承担。
（四）乙方技术人员因处理故障需要查看甲方数据的，应经甲方总部书面授权，并在处理完毕后关闭访问权限。
（五）乙方应将数据存储于中国境内的服务器，不得向境外传输，备份数据保存期限不少于三十日。
（六）合同终止后三十日内，乙方应协助甲方导出全部数据，并在甲方确认后删除。

七、知识产权
（一）系统本身的知识产权归乙方所有，甲方在服务期内享有非独占的使用权，可供甲方全部门店及总部员工使用。
（二）乙方保证系统不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。
（三）为甲方配置的小程序页面、品牌素材及甲方专属报表模板归甲方所有，甲方可自由使用和修改。

八、保密
双方对在合作中知悉的对方商业信息、价格和客户资料负有保密义务，未经对方书面同意不得向第三方披露，但法律要求披露的除外。本条在合同终止后三年内仍须遵守。

九、续期
服务期满前三十日内任何一方未书面提出不续订的，本合同自动续期一个服务年度，依此类推。续期时乙方有权上调订阅费，每次上调幅度不超过上一服务年度费用的10%，以乙方书面通知为准。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，但经甲方书面同意的除外。

十一、合同解除
（一）一方严重违约且在收到对方书面通知后十五日内未纠正的，对方有权解除合同；乙方违约导致解除的，应退还未履行期间的订阅费。
（二）系统连续两个月可用率低于承诺值的，甲方有权解除合同，无需承担任何违约责任。
（三）合同解除或终止后，乙方应按本合同第六条的约定协助甲方导出数据。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交广州仲裁委员会仲裁。

十三、甲方义务
（一）甲方应按约定支付费用，指定总部项目负责人，并组织门店人员按时参加培训。门店网络和终端设备由甲方自行配置和维护。
（二）甲方应保证导入的会员数据来源合法，已取得会员必要的授权。
（三）甲方应配合乙方完成收银设备对接测试，并在试点期间每日反馈使用问题。

十四、不可抗力及通知
（一）因不可抗力或电信运营商、云服务基础设施的重大故障导致服务中断的，乙方应及时通知甲方并尽快恢复，双方协商顺延或减免相应费用。
（二）不可抗力持续超过三十日的，任何一方可书面通知解除合同，已预付但未使用期间的订阅费应予退还。
（三）本合同项下的通知以书面或双方确认的电子邮件发送至合同首页所列地址，变更地址的应提前通知对方。

十五、其他
本合同的附件与正文具有同等效力，附件与正文不一致的，以正文为准。附件一：门店清单；附件二：实施计划；附件三：故障分级及处理流程。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = """××市城市管理局垃圾分类监管系统年度运维服务合同

项目编号：JX-CG-2026-CS-019（竞争性磋商）
甲方（采购人）：××市城市管理局
乙方（成交供应商）：浙江净城数字科技有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就垃圾分类监管系统年度运维服务达成如下合同。

第一条 服务范围
1. 运维对象为甲方垃圾分类监管系统（以下简称“系统”），包括监管平台软件、236个智能投放点的称重及识别终端、52辆收运车辆的车载称重和定位设备、中转站视频监控接入，以及与省固废监管平台的数据接口。
2. 服务内容包括：系统运行监控、系统日常巡检、故障处理、软件缺陷修复、数据核查与报表、终端设备维修更换、季度安全检查和重大活动保障。
3. 乙方应组建不少于六人的驻场运维团队，其中项目负责人一名、平台运维工程师两名、终端维修工程师三名，工作日在甲方指定场所办公，节假日安排值班。

4. 驻场人员应具备相应专业能力，项目负责人须具有信息系统运维管理经验。乙方更换项目负责人或驻场人员的，应提前十日书面报甲方同意。
5. 乙方应每季度对全部智能投放点进行一次现场巡检，检查称重精度、识别摄像头、满溢传感器和供电情况，并形成巡检记录。
6. 乙方应建立备品备件库，常用终端配件库存不低于在用数量的5%，保证故障终端在约定时间内更换。

第二条 服务期限
服务期自2027年2月1日起至2028年1月31日止。期满合同自然终止，续签须依法重新组织采购。

第三条 合同金额及支付
1. 年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），含人工、备品备件、差旅、税费等全部费用。
2. 服务费按季度支付，每季度末经甲方季度考核后，于十五个工作日内支付当季服务费¥146,500，按考核结果扣减的金额从当季服务费中扣除。
3. 甲方不向乙方支付预付款。
4. 乙方应在每次付款前开具合法发票，甲方按财政资金支付程序办理付款。

第四条 服务水平
1. 监管平台全年可用率不低于99.95%，终端设备在线率按季度考核。
2. 故障分级：一级故障指平台整体不可用或省平台数据上报中断，乙方应在30分钟内响应，2小时内恢复；二级故障指单个街道终端成片离线，1小时内响应，8小时内修复；三级故障为单个终端或一般功能问题，一个工作日内修复。
3. 乙方应建立运维工单系统，所有故障从报修到关闭全过程留痕，甲方可随时查询。
4. 乙方每月提交运维报告，内容包括故障统计、终端在线情况、数据核查结果及整改建议。

第五条 考核与扣款
1. 甲方按磋商文件所附考核细则对乙方进行季度考核，考核结果书面通知乙方，乙方有异议的可在五个工作日内申请复核。
2. 考核内容包括平台可用率、故障响应及恢复时间、终端在线率、数据上报及时率、报告质量和甲方满意度。
3. 一级故障响应或恢复超时的，每次扣款人民币2,000元；二级故障超时的，每次扣款人民币500元；平台可用率每低于承诺值0.01个百分点，扣款人民币1,000元。
4. 季度考核得分低于考核细则规定合格分的，甲方可约谈乙方项目负责人，乙方应在十日内提交整改方案。
5. 服务期满，甲方根据四个季度考核结果及年度运维总结报告进行年度验收，考核结果均合格且全部遗留问题已整改完毕的，视为验收合格。

第六条 交接与启动
1. 乙方应在服务期开始前十日内完成与原运维单位的交接，包括账号、文档、备件和遗留问题清单。
2. 因乙方原因未按期完成交接或未按期开始服务的，每逾期一日，乙方按合同金额的千分之一向甲方支付违约金。

第七条 数据安全
1. 系统内的投放记录、称重数据、车辆轨迹、视频资料等全部数据归甲方所有，乙方仅可为履行运维服务使用。
2. 乙方驻场人员应签署数据安全承诺书，离场时交回全部账号和介质。
3. 监管平台部署于市政务云，乙方不得在政务云以外部署任何数据副本。
4. 乙方应遵守网络安全等级保护制度，运维账号实行实名和最小权限管理，所有操作经甲方堡垒机进行并留存日志，不得私自导出或留存数据。
5. 发生数据泄露、丢失或系统被攻击的，乙方应在1小时内向甲方报告并启动应急处置；因乙方原因造成的损失，由乙方承担赔偿责任。

第八条 知识产权
乙方保证提供的服务及工具不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。乙方在运维期间为甲方编写的脚本、报表、接口调整程序及相关文档，其知识产权归甲方所有。

第九条 分包
1. 乙方可将终端设备的现场巡检和维修工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及工作范围，并对分包单位的工作承担责任。
2. 平台软件的缺陷修复、数据接口维护和安全运维工作由乙方自行完成。

第十条 违约与解除
1. 乙方提供的服务不符合本合同及磋商文件要求的，甲方有权要求乙方限期整改，整改费用由乙方承担。
2. 乙方连续两个季度考核不合格，或发生重大服务事故的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
3. 任何一方严重违约，经对方书面催告后十日内仍未纠正的，对方有权解除本合同。

第十一条 服务终止时的交接
乙方应在交接期内对接任单位人员进行不少于三次的系统操作和设备维护培训。合同终止前三十日，乙方应提交全年运维总结，列明系统现状、设备台账、已知缺陷和改进建议。合同终止时，乙方应向甲方或甲方指定的单位移交系统管理员权限、全部账号、文档、备件台账和未完成事项清单，并配合交接不少于十五日。

第十二条 甲方义务
1. 甲方应为驻场人员提供办公场所、网络和必要的系统访问权限，并指定专人负责日常联络和考核。
2. 甲方应及时审核乙方提交的备件更换申请，并协调各街道、收运单位和中转站配合终端巡检、维修和数据核查工作。
3. 甲方对乙方提交的运维报告和整改方案应在十个工作日内给予书面意见。
4. 甲方应在服务期开始前向乙方提供系统现有文档、设备台账及原运维单位的交接记录。

第十三条 应急保障
1. 乙方应制定运维应急预案，明确平台中断、终端大面积离线、数据上报异常等情形的处置流程，每半年组织一次应急演练，并将演练记录报甲方备案。
2. 遇重大活动、汛期或突发事件，乙方应按甲方要求增派人员二十四小时值守，相关费用已包含在合同金额中。
3. 乙方驻场人员应遵守甲方的安全生产管理制度，进入中转站等作业场所应佩戴安全防护用品。

第十四条 不可抗力
不可抗力事件消除后，乙方应在二十四小时内恢复服务。因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
合同履行中需变更服务内容的，双方应签订书面补充协议，变更不得改变合同的实质性条款。、响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z05 = """# 木作工序追溯系统软件许可及定制开发合同

**（乙方标准合同文本 MZ-HT-03 版）**

合同编号：MZ-2026-1187

甲方：莆田古榕根雕艺术工坊有限公司

乙方：厦门木之纹软件有限公司

鉴于甲方需要对根雕作品从木料入库到成品交付的全过程进行记录与追溯，乙方拥有“木之纹工序追溯系统”软件及相关技术，双方经友好协商，按乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 定义

1.1 “系统”指乙方开发的木之纹工序追溯系统，包括服务器端程序、工匠扫码小程序及管理后台。

1.2 “上线运行”指系统安装完成，甲方账号可以登录使用。

1.3 “工序”指根雕作品制作过程中由甲方确定的各个加工环节，包括但不限于选料、开坯、粗雕、细雕、打磨、上漆和底座配制。

1.4 “定制功能”指本合同第二条第2项所列、根据甲方需求开发的功能。

## 第二条 合同标的

2.1 乙方向甲方授予木之纹工序追溯系统标准版的永久使用许可，许可在甲方一处工坊及一处展厅内使用，限二十个并发账号。

2.2 乙方为甲方定制开发以下功能：木料入库及树种、产地登记；粗坯、雕刻、打磨、上漆等工序的工匠扫码报工；作品一物一码溯源页面；与甲方网店的订单对接。

2.3 本合同所称“许可”仅指使用权的授予，不包括软件所有权或源代码的转让。

2.4 乙方负责系统安装部署、初始数据录入指导及一次集中培训。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯系统标准版软件许可（永久） | 420,000 |
| 2 | 定制开发（木料、工序、溯源码、网店对接） | 180,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 636,000 |

合同总价为人民币陆拾叁万陆仟元整（¥636,000），含增值税。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方支付合同总价的55%，计人民币349,800元。

4.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，计人民币286,200元。

4.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付滞纳金，乙方有权暂停服务直至款项付清。

## 第五条 交付

5.1 乙方在收到首笔款项后六十日内完成标准版部署和定制功能开发，具体上线日期以乙方通知为准。因甲方未及时提供需求、场地或配合人员造成的延误，交付期限相应顺延。

5.2 甲方应在乙方通知的日期前完成服务器采购、网络布线和扫码终端到位，逾期的，乙方可相应调整实施计划。

5.3 乙方交付系统安装程序、用户手册及账号清单。源代码不属于交付范围。

## 第六条 验收

6.1 系统安装完成并上线运行后，即视为甲方验收合格。

6.2 甲方对系统功能有异议的，应在上线后三日内书面提出，逾期未提出的，视为无异议。

## 第七条 售后服务

7.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持和缺陷修复。

7.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的28%，即每年人民币117,600元。

7.3 甲方应通过乙方客服热线或在线工单提交故障，未通过上述渠道提交的，不计入响应时间。系统故障分为紧急故障和一般故障。紧急故障（系统无法登录或无法扫码报工）乙方在8小时内响应；一般故障在三个工作日内响应。

7.4 甲方需要乙方上门服务的，应另行支付差旅及人工费用，人工费按每人每日人民币1,800元计算。

7.5 免费维护期满后甲方未签订年度维护协议的，乙方不再提供任何技术支持，系统继续使用产生的问题由甲方自行承担。

7.6 系统升级版本由乙方统一发布，甲方应在乙方通知后及时安装；甲方未安装升级版本导致的问题，乙方不负责处理。

7.7 乙方将尽力在合理时间内排除故障，但对故障处理时间不作保证，不因故障或响应延迟承担扣款、赔偿或违约金。

## 第八条 知识产权

8.1 木之纹工序追溯系统标准版的一切知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、程序代码、溯源页面模板及相关文档，知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行修改、反编译或提供给第三方。

8.3 乙方有权将定制开发成果用于其他客户。

8.4 甲方委托第三方对系统进行修改或二次开发的，须事先取得乙方书面同意，并另行支付授权费用。

## 第九条 数据安全

9.1 甲方应自行对录入系统的数据进行定期导出备份。甲方录入系统的作品信息、工匠信息、客户及订单数据归甲方所有，乙方仅为提供本合同服务而接触该等数据。

9.2 甲方授权乙方技术人员在提供服务时访问系统后台，乙方应记录访问时间和操作内容。

9.3 乙方应采取账号权限控制、数据加密存储和每周异地备份等安全措施，发生数据泄露或丢失的，应在24小时内通知甲方并协助处置，因乙方过错造成的损失由乙方依法承担。

## 第十条 保密条款

双方对在合作过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方交付的系统存在缺陷的，乙方负责在免费维护期内修复，修复即视为乙方已履行全部义务。

11.3 乙方因不可抗力、第三方软件缺陷或甲方网络环境原因未能按期交付或导致系统异常的，不承担责任。

11.4 甲方逾期付款超过三十日的，乙方有权解除合同，已收款项不予退还。

11.5 乙方对甲方的间接损失、利润损失及数据恢复费用不承担赔偿责任。

## 第十二条 合同解除

一方严重违反本合同且在另一方书面通知后二十日内未予纠正的，另一方有权解除本合同。

## 第十三条 甲方义务

13.1 甲方应提供符合乙方要求的服务器、网络环境和扫码终端，并保证工坊网络稳定。

13.2 甲方应指定专人负责系统管理，妥善保管管理员账号和密码，因甲方账号管理不当造成的损失由甲方承担。

13.3 甲方应保证扫码终端和网络符合乙方公布的配置要求，因甲方设备原因导致系统无法使用的，乙方不承担责任。甲方不得利用系统从事违法活动，不得对系统进行破解、反向工程或超出许可范围使用。

13.4 甲方应按本合同约定及时支付款项，并配合乙方完成部署、培训及上线工作。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致合同不能履行的，受影响方不承担责任，并应及时通知对方。不可抗力影响持续超过六十日的，双方可协商解除合同，甲方已支付的款项不予退还。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网公布的服务规则为准。乙方服务规则更新后，自公布之日起适用于本合同。

16.2 乙方可根据业务发展需要对系统功能进行调整，并通过系统公告或官网通知甲方。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　　　　　　　　　签订日期：
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. EAS-SX-2026-014
P:This Agreement is made between Shaoxing Jinlun Chemical Fibre Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer"), and Eskvale Asset Systems Limited, a company registered in Scotland with its registered office at Eskdaill Court, Dalkeith, Midlothian (the "Supplier").
P:The Customer operates polyester filament spinning and texturing lines at two plants and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Supplier is the developer of the PlantKeeper maintenance management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlantKeeper Enterprise software, version 9, in object code, together with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-migration scripts, configuration workbooks and other materials created by the Supplier specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software in the course of the Customer's operations, including asset registers, work orders, spare-parts records, meter readings and personal information of the Customer's employees and contractors.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the system has passed the acceptance tests.
P:1.5 "Severity 1 Fault" means a fault that prevents the creation or closure of work orders at either plant, or causes loss or corruption of Customer Data.
H:Article 2 Licence and Services
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers for the internal business purposes of the Customer and its subsidiaries in the PRC, for up to 260 named users and 80 concurrent mobile users.
P:2.2 The Supplier shall provide the following services: (a) installation and configuration of the Software on the Customer's servers; (b) development of interfaces to the Customer's ERP system for spare-parts purchasing and to its distributed control system for running-hour meter readings; (c) migration of the Customer's asset register, maintenance history and spare-parts master data; (d) design of eighteen maintenance reports and two management dashboards; and (e) training of administrators, planners and technicians.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,720,000 (one million seven hundred and twenty thousand yuan), inclusive of VAT, made up as follows: Licence Fee CNY 1,180,000; implementation and interface services CNY 420,000; data migration CNY 84,000; training CNY 36,000.
P:3.2 The price is fixed. It covers all travel, accommodation and expenses of the Supplier's personnel and all third-party components required to run the Software, other than the Customer's own server hardware, operating system and database licences.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within thirty days after signature of this Agreement against the Supplier's invoice.
P:4.2 The Customer shall pay 45% of the total price within thirty days after the Software has been installed, the interfaces have been delivered for testing and the migrated data have been loaded into the test environment.
P:4.3 The Customer shall pay the remaining 35% of the total price within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Supplier's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration, interfaces and data migration, and make the system ready for acceptance testing, within 110 days after signature.
P:5.2 The acceptance tests shall verify that: (a) every function in the agreed functional specification operates as described; (b) the migrated asset records and maintenance history reconcile in count and value with the source data, checked record by record for critical equipment and by sampling for the rest; (c) the ERP and control-system interfaces run for ten consecutive working days without failed transactions; (d) work-order screens open within three seconds for 80 concurrent users; and (e) no Severity 1 Fault occurs during a thirty-day production run at both plants.
P:5.3 The Customer shall carry out the tests with the Supplier's assistance. If a test fails, the Supplier shall correct the defects within ten days and the test shall be repeated.
P:5.4 When all tests are passed the Customer shall issue a written Final Acceptance certificate. Installation, productive use of the system or any payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply all updates and new versions free of charge, and provide telephone and remote support.
P:6.2 The Supplier shall respond to a Severity 1 Fault within one hour, at any time of day, and shall work continuously until the fault is resolved or a workaround is in place. Other faults shall be responded to within one working day.
P:6.3 If the Supplier responds late to a Severity 1 Fault, it shall pay the Customer CNY 1,000 for each hour or part of an hour of delay, which the Customer may deduct from any amount payable.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee (CNY 129,800 per year). This fee shall not be increased during the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Supplier shall deliver their source code and documentation with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Supplier shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's bastion host, with individual accounts, after approval for each session. It shall not transfer Customer Data out of the Customer's network or outside the PRC.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement. It shall notify the Customer of any actual or suspected security incident affecting Customer Data within six hours, assist in the investigation and remediation, and bear full liability for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:9.2 This Article continues to apply for three years after this Agreement ends.
H:Article 10 Delay
P:10.1 If the system is not ready for acceptance testing by the date in Article 5.1 for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the total price for each day of delay.
P:10.2 Liquidated damages under this Article shall not exceed 10% of the total price in aggregate. Their payment does not relieve the Supplier of its obligation to complete the work.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement shall not exceed 200% of the total price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, or breach of Articles 7.3, 8 or 9.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice describing the breach.
P:13.2 The Customer may also terminate this Agreement by written notice if the liquidated damages under Article 10 reach their maximum.
P:13.3 On termination by the Customer under this Article, the Supplier shall refund all amounts paid for services and deliverables not accepted, and deliver all completed Custom Deliverables. The licence under Article 2.1 survives if the Licence Fee has been paid.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the law of Scotland.
P:15.2 The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 16 General
P:16.1 This Agreement, together with the functional specification and the implementation plan, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be in writing and sent by courier or email to the addresses on the first page of this Agreement.
P:Signed for Shaoxing Jinlun Chemical Fibre Co., Ltd.: ____________________ Date: __________
P:Signed for Eskvale Asset Systems Limited: ____________________ Date: __________
"""
E02 = """# FIELDLOOM SUBSCRIPTION ORDER FORM

**Order Form No. FL-CN-2026-0317**

This Order Form is entered into between **Suzhou Tongsheng Elevator Maintenance Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province ("Customer"), and **Pentland Field Software Ltd**, a company registered in Scotland with its office at Eastfield Industrial Estate, Penicuik, Midlothian ("Supplier"). It consists of Part A (this Order Form) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

Supplier will provide the FieldLoom field-service management platform as a hosted subscription service (the "Service"): job scheduling and dispatch, technician mobile app, lift asset and inspection records, spare-parts usage, customer sign-off, and the Route Optimisation module. The Service is hosted for Customer in a mainland China region of a public cloud provider operated by Supplier's local hosting partner.

### A2. Subscription Term

The Subscription Term is thirty-six (36) months, starting on the Go-Live Date defined in A5. The Subscription Term is divided into three Subscription Years, each starting on the Go-Live Date or its anniversary.

### A3. Fees

| Item | Quantity | Unit price (CNY per Subscription Year) | Annual amount (CNY) | Term amount (CNY) |
|---|---|---|---|---|
| FieldLoom named users (dispatchers and technicians) | 180 | 1,450 | 261,000 | 783,000 |
| Route Optimisation module | 1 | 58,000 | 58,000 | 174,000 |
| Subscription subtotal | | | 319,000 | 957,000 |
| Onboarding services (one-time) | 1 | | | 52,000 |
| **Total contract value** | | | | **1,009,000** |

Fees are in CNY and include VAT. Additional named users may be added during the Subscription Term at the same unit price, pro rata to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The Subscription Year fee of CNY 319,000 is invoiced at the start of each Subscription Year and is payable within thirty days of the invoice.

(b) The onboarding fee of CNY 52,000 is invoiced after Go-Live Acceptance and is payable within thirty days of the invoice.

(c) No other amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Supplier shall complete onboarding within sixty days after signature of this Order Form. Onboarding comprises configuration of Customer's job types and inspection checklists, import of Customer's lift asset register and the open maintenance contracts, an interface to Customer's finance system for billing data, and training of dispatchers, supervisors and technicians.

(b) Go-Live Acceptance tests shall verify that: the imported lift assets reconcile with Customer's register; the scheduled maintenance plan for the next quarter is generated correctly for every contracted lift; the finance interface passes five consecutive days of reconciled transfers; and twenty technicians have completed jobs end to end on the mobile app in a ten-day pilot without a Priority 1 incident.

(c) When the tests are passed, Customer shall sign a Go-Live Acceptance certificate, and the date of that certificate is the "Go-Live Date". Use of the Service during the pilot is not acceptance.

(d) If onboarding is not ready for Go-Live Acceptance testing by the date in A5(a) for reasons attributable to Supplier, Supplier shall pay Customer CNY 800 for each day of delay.

### A6. Contacts and Special Terms

Customer contact: Head of Service Operations, Suzhou. Supplier contact: Account Director, Asia Pacific. The Subscription Term ends at the end of the third Subscription Year. There is no automatic renewal; any renewal requires a new Order Form signed by both parties.

## PART B - GENERAL TERMS

### 1. Use of the Service

1.1 Supplier grants Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business purposes.

1.2 Customer is responsible for its users' compliance with these terms and for keeping log-in credentials secure.

1.3 Customer shall provide accurate asset and contract data for onboarding, make its finance-system team available for interface testing, and ensure that technicians' mobile devices meet the minimum operating-system versions published in the Service documentation.

1.4 Supplier may update the Service from time to time, provided that no update materially reduces the functionality or security of the Service.

### 2. Service Levels

2.1 Supplier shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

2.2 Incidents are classified by Customer. A Priority 1 incident means that the Service or the mobile app is unavailable to all users, or that jobs cannot be dispatched. Supplier shall respond to a Priority 1 incident within thirty (30) minutes, at any time, and shall provide updates every hour until it is resolved. Priority 2 incidents shall be responded to within two hours during business hours.

2.3 If availability in a month falls below the level in 2.1, Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to the full monthly equivalent. A late response to a Priority 1 incident entitles Customer to a credit of CNY 1,500 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 Supplier shall provide a monthly service report showing availability, incidents and response times.

### 3. Customer Data

3.1 All data submitted to the Service by or for Customer, and all outputs of the Service concerning Customer's lifts, customers and personnel ("Customer Data"), belong to Customer. Supplier shall process Customer Data only to provide the Service under this agreement and on Customer's documented instructions.

3.2 Supplier shall store and process Customer Data only in mainland China. It shall maintain security measures appropriate to the risk, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of administrative actions, daily backups and annual penetration testing, and shall maintain its ISO/IEC 27001 certification.

3.3 Supplier shall notify Customer of any security incident affecting Customer Data within twelve hours of becoming aware of it, take all necessary steps to contain it, cooperate with Customer's investigation and any regulatory notifications, and compensate Customer for losses caused by Supplier's failure to comply with this Section 3.

3.4 Within thirty days after the Subscription Term ends, Supplier shall make Customer Data available for export in a standard format and then delete it, and shall certify the deletion in writing.

### 4. Intellectual Property

4.1 Supplier retains all rights in the Service and its underlying software.

4.2 Job-type configurations, inspection checklists, report templates and interface mappings created for Customer during onboarding are Customer's property. Customer may use, modify and license them freely, during and after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information disclosed to it by the other party, use it only for the purposes of this agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.

5.2 These obligations continue for three years after the end of the Subscription Term.

### 6. Subcontractors

6.1 Supplier may engage subcontractors and sub-processors, including its hosting partner and its local implementation partner, to perform any part of the Service or the onboarding, by giving Customer written notice identifying the subcontractor and the work concerned. Supplier remains responsible for the performance of its subcontractors.

### 7. Liability

7.1 Supplier's total aggregate liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, shall not exceed CNY 320,000.

7.2 Neither party shall be liable for loss of profit or for indirect or consequential loss.

7.3 The limitation in 7.1 does not apply to death or personal injury caused by negligence, or to fraud.

### 8. Term and Termination

8.1 This agreement starts on signature and continues until the end of the Subscription Term.

8.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. Customer may also terminate if Supplier fails to meet the availability level in 2.1 in any three consecutive months.

8.3 If Customer terminates under 8.2, Supplier shall refund the prepaid fees for the remainder of the Subscription Year.

### 9. Governing Law and Disputes

9.1 This agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute arising from this agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

### 10. General

10.1 Neither party may assign this agreement without the other party's prior written consent.

10.2 Notices shall be given in writing to the contacts in A6.

10.3 If any provision of this agreement is held invalid, the remaining provisions continue in full force.

10.4 This Order Form may be signed in counterparts and electronically.

**Signed for Customer:** ____________________ Date: __________

**Signed for Supplier:** ____________________ Date: __________
"""
E03 = """T:CONDITION MONITORING EQUIPMENT AND SOFTWARE PURCHASE CONTRACT
P:Contract No. WHSN-CM-2026-022
P:Buyer: Wuhu Hongshan Cement Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Fanchang District, Wuhu, Anhui Province.
P:Supplier: Linlithgow Vibration Technologies Ltd, a company registered in Scotland, with its registered office at Mill Road Industrial Estate, Linlithgow, West Lothian.
P:The Buyer wishes to monitor the condition of the kiln drives, raw mills, cement mills, fans and crushers on its two clinker lines. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Scope
P:1.1 The Supplier shall supply wireless vibration and temperature sensors, gateways, an on-premises edge server cluster and a perpetual licence of the VibroSight monitoring software, and shall install, commission and configure the system at the Buyer's plant.
P:1.2 The configuration work includes the asset hierarchy for 260 measuring points, alarm thresholds for each machine type, fault-pattern libraries for gearboxes, bearings and fans, an interface to the Buyer's maintenance management system for automatic work requests, and a plant overview dashboard for the central control room.
P:1.3 The Supplier shall train the Buyer's reliability engineers, instrument technicians and control-room operators.
H:2. Price
P:2.1 The Contract Price is CNY 1,450,000, inclusive of VAT, delivery to the Buyer's plant, insurance, installation, commissioning and training, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|260|2,150|559,000
TB:2|Industrial wireless gateway|18|9,800|176,400
TB:3|Edge server (redundant pair)|2|68,000|136,000
TB:4|VibroSight monitoring software, perpetual licence|1|312,000|312,000
TB:|Equipment and Licence Subtotal|||1,183,400
TB:5|Installation and cabling|1 lot|148,000|148,000
TB:6|Commissioning and analytics configuration|1 lot|96,600|96,600
TB:7|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,450,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates, freight or any other cost.
H:3. Payment
P:3.1 10% of the Contract Price within twenty days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price within thirty days after the Installation Certificate. The Installation Certificate confirms only that the equipment has been delivered and installed and is not acceptance.
P:3.3 35% of the Contract Price within thirty days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the plant within seventy days after signature and complete installation within thirty days after delivery, working during the planned kiln shutdowns notified by the Buyer.
P:4.2 Equipment shall be new, of the latest production series, and delivered with certificates of origin and conformity, explosion-protection certificates where required, and installation drawings.
P:4.3 Risk of loss of or damage to the equipment passes to the Buyer on signature of the delivery note at the plant. Title passes on payment under clause 3.2. The Supplier shall pack the equipment to withstand transport and storage on site.
P:4.4 The Supplier's personnel shall comply with the Buyer's plant safety rules, including permit-to-work, lock-out and working-at-height procedures.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) all 260 measuring points transmit data with no more than two missed readings per point per day over a thirty-day trial run; (b) readings of at least twenty points agree with the Buyer's calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms for simulated faults on three machines reach the control-room dashboard within ten seconds; (d) work requests are created automatically in the maintenance management system for every alarm of the agreed classes; and (e) the Supplier has delivered all documentation, configuration backups and training records.
P:5.2 The Buyer shall issue the Final Acceptance certificate within seven days after all criteria are met, or state in writing which criteria are not met. The Supplier shall remedy any failure and the trial run shall be repeated as necessary.
P:5.3 Installation, trial operation or use of the system by the Buyer does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including sensor batteries that fail before their rated life, and shall provide all software updates and new versions.
P:6.2 Replaced equipment shall carry a new warranty for the longer of the remaining warranty period and six months.
P:6.3 After the warranty period, the Buyer may purchase annual support, covering software updates, remote diagnostics and replacement of failed gateways and servers, at 7.5% of the Equipment and Licence Subtotal per year (CNY 88,755). This price is fixed for the first two years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Service Levels
P:7.1 Faults are classified as follows.
TB:Severity|Definition|Response|Resolution
TB:Severity 1|Monitoring of a whole line lost, or false trip signals sent|2 hours|24 hours
TB:Severity 2|A gateway or group of sensors offline|8 hours|3 working days
TB:Severity 3|Single sensor or dashboard fault|next working day|10 working days
P:7.2 For each hour by which the Supplier exceeds the response time for a Severity 1 fault, it shall pay the Buyer CNY 600; for each day by which it exceeds a resolution time, CNY 1,200. The Buyer may deduct these amounts from any payment due to the Supplier.
P:7.3 The Supplier shall keep a stock of spare sensors and gateway modules in mainland China sufficient to meet the resolution times in 7.1, and shall report faults, response times and resolution times to the Buyer every quarter.
H:8. Buyer's Responsibilities
P:8.1 The Buyer shall provide access to the machines during planned shutdowns, power supply and network connection points at the locations agreed in the installation drawings, and rack space for the edge servers in its control-room equipment room.
P:8.2 The Buyer shall nominate a project engineer with authority to approve installation drawings, alarm settings and test results, and shall make its maintenance management system administrator available for interface testing.
H:9. Intellectual Property
P:9.1 The VibroSight software remains the property of the Supplier. The licence granted to the Buyer is perpetual and covers use at the Buyer's plant by any number of users.
P:9.2 The asset hierarchy, alarm settings, fault-pattern rules, interface programs and dashboards developed for the Buyer under this Contract, with their source files, belong to the Buyer. The Buyer may use, modify and license them without restriction.
H:10. Data
P:10.1 All measurement data, alarm records and analysis results generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The system shall run on the Buyer's own network, with no connection to the internet except through the Buyer's firewall under rules approved by the Buyer. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's bastion host, and is logged.
P:10.3 The Supplier shall not copy Buyer data out of the Buyer's network. It shall notify the Buyer within eight hours of any security incident it becomes aware of, cooperate in containment and investigation, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all drawings, process data and other non-public information received from the Buyer, use it only for this Contract and not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty period.
H:12. Delay
P:12.1 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of clauses 10 and 11.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors shall comply with the Buyer's safety rules, and the Supplier remains responsible for their work.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the liquidated damages reach their maximum.
P:15.2 On termination under 15.1 the Supplier shall refund amounts paid for equipment and services not accepted and remove its equipment at its own cost if the Buyer so requires.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:17. General
P:17.1 The technical specification and the Supplier's bid are annexed to this Contract. In case of conflict, this Contract prevails.
P:17.2 Amendments to this Contract are valid only if made in writing and signed by authorised representatives of both parties.
P:17.3 This Contract is made in English and Chinese, in four originals, two for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference: OCH-NB-MSA-2026-07**

**Between**

**Ningbo Haichen Household Appliances Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Cixi, Ningbo, Zhejiang Province (the "Customer"); and

**Ochil Managed Services Limited**, a company registered in Scotland, with its registered office at Kilncraigs Business Centre, Alloa, Clackmannanshire (the "Provider"), acting in China through its Shanghai branch.

**Background**

The Customer runs three factories and a regional sales office with about 1,900 computer users. It wishes to outsource its IT service desk, device support and infrastructure administration to the Provider.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under clause 4.

1.3 "Term" means thirty-six (36) months from the Service Commencement Date.

1.4 "Customer Data" means all data, documents and records of the Customer, its employees and its customers that the Provider accesses, receives or handles in performing the Services.

1.5 "Incident" means an unplanned interruption or reduction in quality of an IT service. Incident priorities are defined in Schedule 2.

## 2. Services

2.1 The Provider shall perform the Services from the Service Commencement Date until the end of the Term in accordance with this Agreement, good industry practice and the Customer's IT policies notified to it.

2.2 The Provider shall staff a service desk in Chinese and English, available at all times, and place on-site engineers at each factory during production shifts as set out in Schedule 1.

2.3 The Provider shall nominate a Service Delivery Manager, based in Ningbo, who shall attend a monthly service review with the Customer's IT manager.

## 3. Charges and Payment

3.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 2,800,000, consisting of the Transition Fee of CNY 118,000 and thirty-six Monthly Service Charges of CNY 74,500 each.

3.2 The Monthly Service Charge is invoiced monthly in arrears and payable within thirty days after receipt of a valid VAT invoice. The Transition Fee is invoiced after Transition Acceptance.

3.3 The Charges are fixed for the Term. Changes in the number of users of up to ten percent above or below the baseline in Schedule 1 do not change the Charges; larger changes are handled through the change procedure in clause 12.

## 4. Transition

4.1 The Provider shall complete the transition of the Services from the Customer's internal IT team within seventy-five days after signature of this Agreement, in accordance with the transition plan agreed in the first two weeks.

4.2 Transition Acceptance requires that: (a) knowledge transfer is complete for every service in Schedule 1 and documented in the Provider's knowledge base; (b) the service desk tool is configured with the Customer's users, assets and categories, and has handled a parallel run of fourteen days; (c) monitoring is active for all servers and network devices in scope; and (d) the Provider has passed a test of Priority 1 Incident handling witnessed by the Customer.

4.3 The Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met, or give reasons in writing. Participation in the parallel run is not acceptance.

4.4 If the Provider fails to complete transition by the date in clause 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 2,000 for each day of delay until Transition Acceptance.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2. Performance shall be measured by the service desk tool and reported monthly.

5.2 If the Provider misses a service level, it shall credit the Customer the service credit stated in Schedule 2. Service credits are deducted from the next Monthly Service Charge. In any month, service credits shall not exceed 20% of that month's Monthly Service Charge.

5.3 If the Provider misses the same service level in three consecutive months, it shall submit and implement a remediation plan at its own cost.

## 6. Personnel

6.1 The Provider shall assign qualified and experienced personnel and shall not replace the Service Delivery Manager without the Customer's prior consent, except for resignation, illness or dismissal.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer at all times. The Provider may use Customer Data only to the extent necessary to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term, the Provider shall return all Customer Data held by it and give the Customer any credentials, scripts and documentation needed to continue operating the Customer's IT environment.

## 8. Confidentiality

8.1 Each party shall keep confidential all information received from the other party in connection with this Agreement that is marked as confidential or would reasonably be regarded as confidential, including product designs, pricing, supplier terms and personal information of employees.

8.2 Each party shall use such information only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or where required by law.

8.3 This clause 8 continues to apply for three years after the end of the Term.

## 9. Intellectual Property

9.1 Each party retains the intellectual property it owned before this Agreement.

9.2 Scripts, runbooks, knowledge articles, reports and configurations created by the Provider specifically for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including after the Term.

## 10. Liability

10.1 Each party's total liability under or in connection with this Agreement shall not exceed 150% of the total Charges for the Term.

10.2 Neither party is liable for loss of profit or indirect loss. Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor as for its own personnel.

## 12. Changes

12.1 Either party may request a change to the Services. The Provider shall state the impact on the Charges and service levels. No change is binding unless agreed in writing by both parties.

## 13. Term and Termination

13.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

13.2 The parties have agreed the Charges on the basis of the full Term. Accordingly, neither party may terminate this Agreement before the end of the Term, except that the Provider may terminate by written notice if the Customer fails to pay undisputed Charges for more than sixty days after a written reminder.

13.3 The Customer's remedies for any failure by the Provider to perform the Services are service credits under clause 5, the remediation procedure in clause 5.3, and damages subject to clause 10.

13.4 At the end of the Term the Provider shall provide reasonable exit assistance for up to sixty days, at the rates in Schedule 3.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1 - Services and Baseline

| Service | Description | Hours | Baseline volume |
|---|---|---|---|
| Service desk | Single point of contact by phone, portal and chat; logging, triage, first-line resolution | 24 x 7 | 1,900 users, about 2,600 tickets per month |
| End-user support | Desktop and laptop support, imaging, software deployment, printer support | Production shifts | 1,900 devices |
| On-site support | One engineer per factory per shift, one at the sales office | Production shifts | 4 sites |
| Server administration | Monitoring, patching, backup checks for Windows and Linux servers | 24 x 7 monitoring | 86 servers |
| Network administration | Monitoring and configuration of switches, firewalls and Wi-Fi | 24 x 7 monitoring | 410 devices |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Target | Service credit |
|---|---|---|---|---|---|
| P1 | Production line systems, ERP or network at a factory down | 15 minutes | 3 hours | 95% of incidents | 3% of Monthly Service Charge per missed target |
| P2 | A department or critical application affected | 30 minutes | 8 hours | 95% of incidents | 2% of Monthly Service Charge per missed target |
| P3 | A single user affected | 2 hours | 2 working days | 90% of incidents | 1% of Monthly Service Charge per missed target |
| Service desk | Calls answered | 60 seconds | - | 90% of calls | 1% of Monthly Service Charge |

## Schedule 3 - Charges

| Item | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Fee (one-time) | 118,000 | After Transition Acceptance |
| Monthly Service Charge | 74,500 per month | Monthly in arrears, 36 months |
| Total for the Term | 2,800,000 | |
| Exit assistance, if requested | 2,600 per engineer day | Monthly in arrears |

**Signed for the Customer:** ____________________

**Signed for the Provider:** ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
AGROMET WEATHER AND SOIL DATA API

Agreement No. AFD-QL-2026-009

PARTIES

(1) Gansu Qilian Seed Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhangye, Gansu Province ("Customer").

(2) Allan Water Forecast Data Ltd, a company registered in Scotland, with its registered office at Springbank Mill, Dunblane, Perthshire ("Provider").

BACKGROUND

Customer produces hybrid maize and vegetable seed on contract farms in the Hexi Corridor and in Xinjiang. It wishes to receive historical and forecast weather data, evapotranspiration estimates and modelled soil-moisture data for its seed-production fields through an application programming interface, for use in its irrigation planning and field-inspection systems. Provider operates the Agromet data service. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's Agromet application programming interface and the associated data feeds, documentation and developer portal.

1.2 "Data" means the weather observations, forecasts, evapotranspiration estimates, soil-moisture estimates and other data made available through the API.

1.3 "Historical Archive" means a one-off delivery of daily gridded weather and soil-moisture data for Customer's field locations for the past twenty seasons, in the format described in Annex A.

1.4 "Subscription Year" means each of the two consecutive annual periods, the first starting on the Start Date and the second on the first anniversary of the Start Date.

1.5 "Start Date" means the date of Integration Acceptance under clause 4.

1.6 "Customer Inputs" means the field boundaries, coordinates, crop and variety information, sowing dates, irrigation records and other information that Customer submits through the API or otherwise provides to Provider.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, during the two Subscription Years, to access the API and to use the Data for its internal business purposes, including in its own systems and in reports to its contract growers.

2.2 The subscription covers up to 4,500 field locations and up to 600,000 API calls per month. Customer may add locations in blocks of 500 at the price in clause 3.3.

2.3 Customer may keep and continue to use Data received during the subscription after it ends, for internal purposes only.

2.4 Customer shall not resell the Data or make it available as a data service to third parties, other than to its contract growers in reports relating to their own fields.

2.5 Provider shall give up to ten named developers of Customer access to the developer portal, sample code and the test environment throughout the subscription.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 286,000 for each Subscription Year, invoiced at the start of that Subscription Year and payable within thirty days after receipt of the invoice.

3.2 Integration support, including delivery of the Historical Archive, is a one-time fee of CNY 34,000, invoiced after Integration Acceptance.

3.3 Additional blocks of 500 locations cost CNY 18,000 per Subscription Year, pro rata.

3.4 The total fees under this Agreement are CNY 606,000 (two Subscription Years of CNY 286,000 plus the integration support fee), excluding any additional locations. All fees include VAT. Provider shall issue valid PRC VAT invoices through its appointed agent in Beijing.

4. INTEGRATION AND ACCEPTANCE

4.1 Within forty-five days after signature, Provider shall: (a) deliver the Historical Archive; (b) set up Customer's field locations in the API; and (c) support Customer's developers in connecting the API to Customer's irrigation planning and field-inspection systems.

4.2 Integration Acceptance requires that: (a) the Historical Archive covers every field location and season listed in Annex A, with no more than the gaps stated there; (b) a comparison of the Data with observations from Customer's own weather stations at twelve sample sites over fifteen days shows the agreement stated in Annex A; and (c) Customer's systems have retrieved forecasts for all locations on ten consecutive days.

4.3 Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met or state which criteria are not met. Test use of the API is not acceptance.

4.4 If Provider fails to deliver the Historical Archive by the date in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay.

5. SERVICE AND SUPPORT

5.1 Provider will use reasonable efforts to keep the API accessible and to publish forecasts on its normal schedule. Provider does not guarantee that the API will be uninterrupted or error-free, and scheduled maintenance may be carried out at any time.

5.2 Support is provided by email to Customer's nominated technical contacts during Provider's business hours, Monday to Friday, excluding UK public holidays. Provider will deal with support requests in the order received.

5.3 Provider may change the structure of the API on ninety days' notice, provided that it keeps the previous version available during that period.

5.4 The Data is derived from public meteorological observations, satellite products and Provider's own models. Provider shall describe the sources and methods for each data product in the API documentation and inform Customer of any material change in a source or model at least thirty days in advance.

5.5 Customer shall keep its API keys secure, use the API in accordance with the documentation, and inform Provider promptly of any suspected misuse of its keys. Provider may suspend a compromised key after informing Customer and shall issue a replacement key without delay.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the API and the Data to Customer under this Agreement and shall not use them for any other purpose, including the improvement of its models or services for other customers.

6.2 Customer Inputs shall be stored on servers of Provider's hosting partner in mainland China and shall not be transferred outside mainland China.

6.3 Provider shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, access control limited to named support staff, and logging of access. Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Inputs, take immediate steps to contain it, and compensate Customer for losses caused by its failure to comply with this clause.

6.4 Within thirty days after this Agreement ends, Provider shall delete all Customer Inputs and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, the Data and its models.

7.2 Field configurations, indices, irrigation scheduling rules and reports that Customer or Provider creates specifically for Customer using the Data belong to Customer, which may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's field locations, variety information and production plans, and Provider's pricing and model documentation.

8.2 Each party shall use such information only for this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to advisers bound by confidentiality or where required by law.

8.3 This clause continues for three years after this Agreement ends.

9. LIABILITY

9.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the nine (9) months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, loss of crop or yield, or indirect or consequential loss.

9.3 The limitation in 9.1 does not apply to Provider's liability under clause 6, or to death or personal injury caused by negligence, or to fraud.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any of its obligations under this Agreement, other than hosting by the hosting partner named in Annex B, without Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.3 If Customer terminates under clause 11.2, Provider shall refund the part of the subscription fee paid for the period after termination.

11.4 Clauses 6, 8 and 9 survive the end of this Agreement.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English and Chinese. The award is final.

13. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, failures of public telecommunications networks or acts of government, provided it notifies the other party promptly and resumes performance as soon as possible.

14. GENERAL

14.1 This Agreement, together with Annex A (Historical Archive and acceptance measures) and Annex B (hosting partner), is the entire agreement of the parties on its subject matter.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other's written consent.

14.4 Notices shall be sent by email and courier to the addresses stated above.

Signed for Customer: ____________________    Date: ____________

Signed for Provider: ____________________    Date: ____________
"""


# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks
# ---------------------------------------------------------------------------------------------------------------

FILES = {  # key: (file name, format, source)
    "z01": ("h1144z01_farm_machinery_subsidy_platform.pdf", "pdf", Z01),
    "z02": ("h1144z02_sorter_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1144z03_window_film_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1144z04_waste_sorting_supervision_om.txt", "txt", Z04),
    "z05": ("h1144z05_root_carving_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1144e01_maintenance_software_licence_dalkeith.pdf", "pdf", E01),
    "e02": ("h1144e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h1144e03_cement_plant_vibration_monitoring.docx", "docx", E03),
    "e04": ("h1144e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h1144e05_agri_weather_data_api_subscription.txt", "txt", E05),
}

# Price arithmetic (asserted)
assert 860000 + 612000 + 94000 + 58000 == 1624000
assert 462000 + 300000 + 128000 + 180000 + 315000 == 1385000 and 1385000 + 246000 + 69000 == 1700000
assert 12 * 38500 == 462000 and 48 * 6250 == 300000 and 16 * 8000 == 128000 and 24 * 7500 == 180000
assert 33 * 3600 == 118800 and 2 * (118800 + 46000) == 329600 and 329600 + 58400 == 388000
assert 4 * 146500 == 586000
assert 420000 + 180000 + 36000 == 636000 and 636000 * 55 // 100 == 349800 and 636000 - 349800 == 286200
assert 420000 * 28 // 100 == 117600
assert 1180000 + 420000 + 84000 + 36000 == 1720000 and 1180000 * 11 // 100 == 129800
assert 180 * 1450 == 261000 and 261000 + 58000 == 319000 and 3 * 319000 == 957000 and 957000 + 52000 == 1009000
assert 260 * 2150 == 559000 and 18 * 9800 == 176400 and 559000 + 176400 + 136000 + 312000 == 1183400
assert 1183400 + 148000 + 96600 + 22000 == 1450000 and round(1183400 * 0.075) == 88755
assert 36 * 74500 == 2682000 and 2682000 + 118000 == 2800000
assert 2 * 286000 + 34000 == 606000
assert 1385000 * 18 // 100 == 249300 and 860000 * 9 // 100 == 77400

ORDER = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
         "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
         "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
         "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(ORDER, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
                            kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value,
#       TCO fee base or None, designed rules)
DESIGN = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                                True, False, "PRC", G), True, True, True, False, 1624000, 860000, []),
    "z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.02, 150, 10, True, True, 24, 18, False, True,
                                False, "PRC", G), True, True, True, False, 1700000, 1385000,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"]),
    "z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, False, True, 300 / 388000 * 100, None, None, True, None,
                             None, None, True, True, False, "PRC", S), True, True, None, False, 388000, None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", T(99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                                False, True, True, "PRC", S), True, True, None, False, 586000, None,
            ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z05": ("zh", "software", T(None, 8, False, "supplier", True, True, True, None, None, 55, False, False, 6, 28, False,
                                True, None, "PRC", G), True, False, True, True, 636000, 420000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True,
                                False, "Scotland", G), True, True, True, False, 1720000, 1180000,
            ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", True, True, True, 800 / 1009000 * 100, 320000 / 1009000 * 100,
                             None, True, None, None, None, False, True, True, "PRC", S), True, True, None, False,
            1009000, None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware", T(None, 2, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7.5, False,
                                True, False, "PRC", G), True, True, True, False, 1450000, 1183400, []),
    "e04": ("en", "services", T(None, 0.25, True, "buyer", False, True, True, 2000 / 2800000 * 100, 150, None, True,
                                None, None, None, False, False, False, "PRC", S), True, True, None, False, 2800000,
            None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud", T(None, None, False, "buyer", True, True, True, 500 / 606000 * 100, 9 / 24 * 100, None, True,
                             None, None, None, False, True, False, "PRC", S), False, True, None, False, 606000, None,
            ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40, horizon=5)
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, value, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, sla, ld_stated, capped, value, base):
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["pre"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["war"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# --- threshold scan -----------------------------------------------------------------------------------------------
NUM = r"(?<![\d.,])"
PATTERNS = [
    r"99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    NUM + r"4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十二三])四\s*个?小时", r"(?<![\w-])four[\s-]*hours?",
    NUM + r"100\s*%", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<!\d)0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    NUM + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    NUM + r"12\s*-?\s*(?:months?|个月)", r"(?<![一二三四五六七八九])十二个月", r"twelve\s*-?\s*months?",
    r"(?<![第每十])一年", r"\bone\s*-?\s*years?\b", NUM + r"1\s*-?\s*years?\b", NUM + r"1\s*年(?!度)",
    NUM + r"15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    NUM + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    NUM + r"5\s*-?\s*years?\b", NUM + r"5\s*年(?!度)", r"(?<![十二三四五六七八九])五年", r"\bfive\s*-?\s*years?",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four hours", "100%", "100 %", "0.05%", "万分之五",
            "30%", "百分之三十", "12 months", "12-month", "十二个月", "twelve months", "一年", "one year", "15%",
            "fifteen per cent", "40%", "百分之四十", "5 years", "五年", "five-year", "质保期1年"]
MUST_MISS = ["twenty-four hours", "99.95%", "99.5%", "24 hours", "14小时", "24小时", "0.058%", "130%", "150%", "2,100%", "112 months",
             "万分之五十", "十二个月份" [:0], "24个月", "二十四个月", "第一年", "15 minutes", "1.5 years", "36 months",
             "3.4 hours", "25 years", "二十五年", "每一年", "3,600元", "2030%"[:0]]
for m in MUST_HIT:
    assert SCAN.search(m), ("must hit", m)
for m in MUST_MISS:
    if m:
        assert not SCAN.search(m), ("must miss", m, SCAN.search(m))


def read_back(path: Path) -> str:
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs, tgts = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            srcs[key], tgts[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(srcs, tgts, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt, src) in FILES.items():
        lang, cat, t, sla, ld_stated, capped, deemed, value, base, rules = DESIGN[key]
        text = read_back(OUT / name)
        # lengths
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        # threshold scan: raw, whitespace-collapsed, whitespace-free
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hit = SCAN.search(variant)
            assert not hit, (key, hit.group(0), variant[max(0, hit.start() - 30):hit.end() + 30])
        # label values never on a threshold
        assert t["availability_pct"] != TH["avail"] and t["p1_response_hours"] != TH["p1"]
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"]
        assert t["prepayment_pct"] != TH["pre"] and t["warranty_months"] != TH["war"]
        assert t["post_warranty_fee_pct"] != TH["pwf"]
        share = tco_share(t, value, base) if base else None
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (key, share)
        got = derive(t, sla, ld_stated, capped, value, base)
        assert got == sorted(rules), (key, got, rules)
        assert risk_of(got) == RISK[key], (key, risk_of(got))
        covered |= set(got)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": got}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s %-52s %5d %s %s %s" % (key, name, n, RISK[key], "%.1f%%" % share if share is not None else "-",
                                          ", ".join(got) or "(none)"))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
