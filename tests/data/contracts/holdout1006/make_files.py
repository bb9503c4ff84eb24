"""holdout1006: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule derivation, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市家政服务信用信息平台建设项目合同
P:合同编号：SWJ-ZFCG-2027-014
P:采购人（甲方）：某市商务局
P:供应商（乙方）：某信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目公开招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设市家政服务信用信息平台，提供平台软件许可、定制开发、部署实施及培训，使本市家政企业和家政服务员信用档案的归集、评价、查询和公示在同一平台上完成。
P:1.2 定制开发内容包括：家政服务员身份及健康证明核验模块、家政企业信用评价模型、消费者评价与投诉处理模块、“家政信用查”公众端小程序，以及与市场监管、公安、卫生健康等部门的数据接口共六个。
P:1.3 具体功能及技术参数以招标文件第三章《采购需求》和乙方投标文件技术响应表为准；两者不一致的，以对甲方更有利者为准。
P:1.4 培训：乙方应为甲方及各区商务部门管理人员提供不少于三期集中培训，并为家政企业操作人员提供线上培训课程和操作手册；培训效果以学员考核通过为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾叁万肆仟元整（¥1,534,000），其中：平台软件许可费¥780,000（永久许可，不限用户数）；定制开发费¥612,000；部署实施及数据迁移费¥118,000；培训费¥24,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及乙方为完成本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥306,800。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥690,300。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥536,900。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署及全部定制开发，并提交初步验收申请。
P:4.2 乙方应按甲方认可的实施计划每两周提交进度报告；关键节点延误的，应书面说明原因并提出补救措施。
P:4.3 乙方项目经理及核心开发人员应与投标文件一致，确需更换的，须经甲方书面同意。
P:4.4 乙方应在部署前提交《系统部署方案》《数据迁移方案》和《安全保障方案》，经甲方确认后实施；迁移前应对原系统数据完整备份，迁移过程中不得影响现有信用查询服务的正常运行。
H:第五条 验收
P:5.1 初步验收：平台在甲方政务云部署完成，六个定制模块按《采购需求》逐项测试通过，六个数据接口联调成功，历史信用档案迁移后经全量比对无差错。
P:5.2 最终验收：初步验收后试运行六十日，期间未发生一级故障；公众端查询在500人并发时响应时间不超过2秒；平台通过第三方机构的安全测评和商用密码应用安全性评估。最终验收由甲方组织专家按上述标准进行，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、运行维护和技术咨询。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不高于平台软件许可费的9%（即每年不超过¥70,200），且质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 乙方应在最终验收时交付需求规格说明书、设计文档、测试报告、用户手册、运维手册和源代码清单，纸质版及电子版各一套。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三日告知甲方并安排在夜间进行）。
P:7.2 故障分为三级。一级故障（平台整体不可用或信用数据错误公示）：乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）：2小时内响应，次日内解决；三级故障：三个工作日内解决。
P:7.3 一级故障响应或恢复每迟延一小时，甲方可扣减履约保证金¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款从履约保证金或应付款中抵扣。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的模块、信用评价模型、接口程序及其源代码和技术文档，知识产权归甲方所有，乙方应在最终验收时交付完整源代码。甲方有权自行或委托第三方修改、使用和再许可。
P:8.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台归集的家政企业信息、从业人员个人信息、评价及投诉数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的，不得留存或向任何第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储和操作审计，运维须经甲方堡垒机进行。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置，因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的软件不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之三向乙方支付违约金。
P:11.4 乙方派驻人员违反甲方安全管理制度的，甲方有权要求乙方立即更换，乙方应在五个工作日内派出同等资质人员。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项中与未完成部分相应的金额，并赔偿甲方损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 双方指定的项目联系人变更的，应提前三日书面通知对方。本合同的变更须以书面形式作出，并符合政府采购法律法规的规定。
P:15.3 乙方不得向甲方工作人员提供任何形式的不正当利益；发现违反的，甲方有权解除合同，并将有关情况报送政府采购监督管理部门。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：　　　　　　　　　　签订日期：
"""

Z02 = """T:颈椎按摩仪生产线控制系统改造合同
P:合同编号：JZ-GZ-2027-006
P:甲方（买方）：某健康电器有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方为提高颈椎按摩仪装配及老化测试产线的自动化水平，委托乙方对其三条生产线的控制系统进行改造。双方经友好协商，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责甲方一号至三号总装线及配套老化测试工位的控制系统改造，包括PLC控制柜更换、伺服驱动及电机更换、视觉检测单元加装、产线数据采集终端安装，以及控制软件和上位机软件的部署、联调和培训。
P:1.2 乙方应按照双方确认的《改造技术方案》施工，改造期间应配合甲方分线停产安排，单条产线停线时间不得超过十日。
P:1.3 乙方应在施工前完成现场勘察，核对现有电气图纸、设备接口及工艺参数，编制《施工组织方案》和《停线切换方案》报甲方确认。切换方案应包含回退措施，确保改造出现问题时产线能够在当班内恢复原控制方式。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰陆拾万元整（¥1,600,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控模块、IO模块）|3套|162,000|486,000
TB:2|伺服驱动器及伺服电机|62套|6,000|372,000
TB:3|视觉检测单元（相机、光源、工控机）|6套|43,000|258,000
TB:4|产线数据采集终端|12台|8,000|96,000
TB:5|控制软件及上位机软件许可|1套|248,000|248,000
TB:小计|设备及软件小计|||1,460,000
TB:6|安装、调试及联调|1项|124,000|124,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:合计||||1,600,000
P:2.2 上述价格为含税价，包括设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用。合同价格在本合同有效期内固定不变，不因原材料价格或汇率变动而调整。
P:2.3 乙方提供的设备应为原厂全新正品，附原厂合格证、检测报告及装箱清单；主要部件的品牌和型号以设备清单为准，未经甲方书面同意不得替换。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不视为验收。
P:3.3 三条产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 余款即合同总价的10%作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:第四条 交付与施工
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方工厂，并在到货后六十日内完成三条产线的改造及联调。
P:4.2 施工期间乙方应遵守甲方安全生产及厂区管理制度，乙方人员造成的人身或财产损害由乙方负责。
P:4.3 设备到货时双方共同开箱清点，发现缺件或损坏的，乙方应在七日内补齐或更换。
P:4.4 乙方应派驻具备电气作业资格的项目经理和调试工程师各一名，改造期间常驻甲方现场。
P:4.5 乙方应对甲方操作工、设备维修人员分别进行操作培训和维护培训，培训不少于三次，使甲方人员能够独立完成日常操作、参数调整和一般故障排除。培训教材及考核记录由乙方整理后交甲方存档。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线调试，三条产线全部调试完成后进入连续试生产二十日。最终验收标准为：产线节拍不低于每分钟18台；视觉检测漏检率不高于千分之二；老化测试数据自动采集并上传至甲方MES系统，数据完整无缺失；试生产期间未发生停线超过半小时的控制系统故障。
P:5.2 验收由甲方组织，乙方配合，双方签署最终验收报告。设备到货、安装完成或甲方投入使用均不视为验收合格。
P:5.3 验收不合格的，乙方应在十五日内整改并重新组织验收；两次验收仍不合格的，甲方有权要求乙方更换相关设备，由此产生的全部费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换，并免费提供软件升级。
P:6.2 质保期内乙方提供7×24小时故障受理。一级故障（任一产线停线）乙方应在1小时内响应，6小时内到场；二级故障应在当日内处理。乙方响应或到场每迟延一小时，应向甲方支付违约金¥800。
P:6.3 质保期满后，乙方继续提供维保服务，维保年费按设备及软件小计的25%计取，即每年¥365,000，该费用在质保期满后五年内固定不变，按年度签订维保协议，于每个维保年度开始时支付。
P:6.4 质保期内乙方每季度进行一次预防性维护，检查控制柜、伺服系统及视觉检测单元的运行状态，并提交维护报告。
P:6.5 乙方应交付电气原理图、接线图、PLC程序、组态工程、设备说明书及操作规程，纸质及电子版各一套。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、上位机组态工程、视觉检测算法参数及接口程序，其知识产权归甲方所有，乙方应交付源程序及说明文档，甲方有权自行修改和使用。
P:7.2 控制软件和上位机软件的著作权仍属原权利人，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量检测图像等数据归甲方所有，乙方不得拷贝、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方书面审批，并通过甲方指定的VPN及审计系统进行。因乙方原因导致甲方数据泄露、损毁或生产系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置并赔偿甲方全部损失。
H:第九条 保密
P:9.1 双方对在合作中获悉的对方技术秘密、经营信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内持续有效。
P:9.2 乙方不得将甲方产品结构、产线布局及工艺参数用于为第三方提供同类改造服务。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之六支付违约金，违约金总额不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 甲方逾期付款超过六十日的，乙方有权暂停服务或解除本合同。
P:10.4 乙方提供的设备存在质量问题导致甲方停产的，乙方应赔偿甲方由此产生的直接损失。
H:第十一条 分包
P:11.1 乙方如需将电气安装施工分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
P:11.2 分包方人员进入厂区应遵守甲方安全生产和保密管理制度，乙方应对其进行安全交底。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在十五日内提供证明。不可抗力持续超过九十日致使合同目的不能实现的，双方均可解除合同。
P:12.2 受影响方应采取合理措施减少损失，并在不可抗力消除后尽快恢复履行。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交绍兴仲裁委员会仲裁。
H:第十四条 其他
P:14.1 《改造技术方案》、设备清单及乙方报价单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:14.2 本合同的任何变更须经双方书面确认。双方的通知以书面形式送达合同首页所列地址，变更地址的应提前五日通知对方。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z03 = """记忆力训练连锁门店预约及会员管理系统SaaS服务合同

合同编号：JYL-IT-2027-03
甲方（客户）：某教育科技有限公司（记忆力训练连锁品牌运营方）
乙方（服务商）：某云软件有限公司

甲方在全国经营30家记忆力训练直营门店，需统一的预约排课及会员管理系统。经协商，双方就乙方向甲方提供SaaS服务及实施服务签订本合同。

一、服务内容
（一）乙方向甲方及其30家直营门店提供“预约排课及会员管理系统”SaaS服务（下称“本服务”），包括在线预约、排课、会员储值与课包管理、学员训练档案、门店业绩报表及微信小程序端。
（二）实施服务包括：账号开通与门店配置、历史会员数据迁移、与甲方微信公众号及收银系统对接、店长及前台人员培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（四）使用对象包括甲方总部运营、财务人员及各门店店长、前台，账号数量不设上限；服务期内新开门店可按第二条第3项增加。
（五）乙方应保证小程序端在微信平台正常上架及通过审核，审核所需资质由甲方配合提供。

二、费用
1. 订阅费按门店计收，每店每服务年度¥9,800，30家门店每服务年度合计¥294,000，两个服务年度合计¥588,000。
2. 一次性实施费¥76,000。
3. 本合同总价为¥664,000。服务期内新增门店的，按同一单价及剩余月份折算，另行签订补充协议。
4. 服务期内订阅费单价不作调整。

三、付款
1. 实施费在上线验收合格后十五个工作日内一次性支付。
2. 订阅费按季度支付，每季度¥73,500，于每个服务季度首月十日前支付。
3. 乙方应在每次付款前开具增值税专用发票；发票不合格的，甲方可顺延付款且不承担违约责任。
4. 订阅费中如有服务补偿抵扣，乙方应在当期发票及对账单中列明。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店配置、数据迁移和系统对接。
（二）上线验收标准如下：
1. 30家门店全部开通并连续试运行十日，期间无一级故障；
2. 历史会员信息、储值余额、剩余课时迁移后与甲方原系统逐户核对一致；
3. 小程序预约、排课、核销及退款流程按双方确认的测试用例全部通过；
4. 门店业绩报表与收银系统对账一致。
（三）甲方应在收到验收申请后五个工作日内组织验收并签署验收单。试运行或甲方使用不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥500。
（五）实施期间乙方应指定项目经理，每周提交实施进度；数据迁移前应提交迁移方案和回退方案，迁移完成后提供核对报告。
（六）乙方应为每家门店的店长和前台提供不少于一次的现场或线上培训，并提供操作视频和操作手册。
（七）上线验收合格后，乙方应向甲方提交系统配置清单、接口说明及管理员手册。

五、服务水平
（一）乙方承诺本服务月度可用率不低于99.5%。计划维护应安排在凌晨零时至六时之间，并提前两日通知甲方。
（二）故障分级处理：
1. 一级故障（系统无法登录、无法预约或无法核销）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，次日内解决；
3. 三级故障（咨询或界面问题）：三个工作日内解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，减免当月订阅费的2%；一级故障恢复每超时一小时，补偿¥300。补偿从下期订阅费中抵扣。
（四）乙方每月5日前向甲方提供上月服务报告，列明可用率、故障次数、处理时长及补偿金额。
（五）乙方提供工作日9:00至21:00的在线客服和电话支持，门店营业高峰期（周末及法定节假日）安排专人值班。
（六）乙方对本服务进行版本升级的，应提前五日通知甲方，不得减少本合同约定的功能；重大界面变更应同时提供操作说明。
（七）乙方应在每季度结束后与甲方召开服务回顾会议，分析故障原因并提出改进措施。

六、数据
（一）甲方及各门店录入或产生的会员信息、学员训练档案、交易记录等数据归甲方所有。
（二）乙方应采取加密传输和存储、权限分级、操作日志留存等措施保障数据安全，数据存储于中国境内。发生数据泄露、丢失时，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（三）甲方同意，乙方可在去除个人身份信息后，将甲方数据以汇总形式用于产品优化、行业分析报告及向乙方其他客户提供运营基准对比；本合同终止后，乙方对已形成的汇总数据可继续使用。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除其系统中的甲方数据。
（五）乙方应每日备份甲方数据，备份保留不少于三十日；甲方可随时通过系统导出会员及交易数据。
（六）乙方处理学员个人信息应遵守《个人信息保护法》；涉及未满十四周岁学员的，应确保已取得监护人同意，并对其信息单独加密存储。
（七）甲方有权每服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供第三方安全评估报告。

七、知识产权
（一）本服务平台及其软件的知识产权属乙方所有。
（二）乙方为甲方专门配置的课程体系模板、报表及接口程序归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证本服务不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，包括甲方的会员名单、课程价格体系、门店经营数据及营销方案，未经对方书面同意不得披露，乙方应要求其接触甲方信息的员工签署保密承诺，本条在合同终止后两年内继续有效。

九、续期
（一）服务期满前三十日双方均未书面提出终止的，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方有权按其届时公布的标准价格调整订阅费，并提前十五日书面通知甲方。

十、违约与解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同并要求赔偿损失。
（二）乙方在本合同项下的赔偿责任总额以合同总价的两倍为限，但因乙方原因造成数据泄露的损失不受此限。
（三）乙方逾期上线超过三十日，或一个服务年度内月度可用率连续三个月低于承诺值的，甲方有权解除合同，并要求乙方退还已付但未使用期间的订阅费。
（四）甲方逾期付款超过三十日的，乙方可在书面通知后暂停服务，但不得删除甲方数据。
（五）合同终止或解除时，乙方应配合甲方将数据迁移至甲方指定的系统，并在终止后三十日内继续提供只读访问。

十一、分包
乙方使用的云基础设施服务商应为境内具备相应资质的厂商。除此之外，乙方将本服务的任何部分分包给第三方的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。

十二、不可抗力
因地震、洪水、公共卫生事件等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；不可抗力期间的订阅费按实际可用天数结算。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
本合同附件包括《门店清单》《验收测试用例》《服务水平说明》。双方的通知以书面或合同首页所列电子邮箱送达。本合同的变更须经双方书面确认。本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = """灌区量测水系统运行维护服务合同

项目名称：某灌区量测水系统2027年度运行维护服务
采购方式：竞争性磋商
合同编号：SLJ-CS-2027-021
甲方（采购人）：某县水利局
乙方（供应商）：某水务科技有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》，依据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方签订本合同。

第一条 服务范围
（一）运维对象为甲方灌区量测水系统，包括干渠、支渠上的86处量水站（雷达水位计、超声波流量计、遥测终端机、太阳能供电及避雷设施）、12处闸门监控点、县灌区管理中心的量测水平台软件及数据库。
（二）服务内容包括：设备日常巡检与维护保养、故障维修、配件更换、平台软件运行维护、数据审核与整编、汛前汛后专项检修、灌溉季节用水计量保障及值守人员培训。
（三）服务期自2027年3月1日起至2028年2月29日止。
（四）服务地点为县灌区管理中心及各量水站、闸门监控点现场。
（五）甲方负责提供量水站及管理中心的进出场便利、平台服务器运行环境和必要的工作场所。

第二条 服务要求
（一）乙方应在县城设立运维驻点，配备不少于5名专职运维人员及运维车辆，项目负责人应与响应文件一致，未经甲方同意不得更换。
（二）巡检：灌溉季节（4月至10月）每月对全部量水站巡检两次，非灌溉季节每月一次；每次巡检应记录设备状态、清理传感器、检查供电及通信，并上传巡检记录；发现设备隐患的，应在巡检记录中注明并提出处理建议。
（三）汛前检修应于每年5月15日前完成，汛后检修应于10月31日前完成，检修内容包括测桥及测井清淤、传感器校准、蓄电池更换、防雷接地检测，并分别提交检修报告。
（四）故障处理：乙方接到甲方或平台告警的故障信息后，应及时安排人员到场处理，尽快恢复设备运行，并在处理完成后填写维修记录。
（五）配件：单件价格在2,000元以下的易损配件由乙方承担；超出部分经甲方确认后按实结算，不计入本合同总价。
（六）数据：乙方每月对上报数据进行审核，剔除异常值并形成月度用水量统计表；年末完成全年量测水资料整编。
（七）培训：乙方每年对甲方及各灌区管理所值守人员开展不少于两次培训，内容包括设备日常检查、数据查询和简单故障识别。
（八）设备台账：乙方应建立并动态更新量水站设备台账，记录设备型号、安装位置、更换及维修情况，每季度报甲方备案。
（九）比测：乙方应配合甲方做好流量计、水位计的比测和率定工作，提交比测记录及修正参数。
（十）灌溉放水期间，乙方应按甲方调度安排人员在主要分水口值守，配合核定各用水户的用水量。
（十一）遇暴雨、洪水等突发情况，乙方应服从甲方防汛调度，及时检查受影响站点并报告设备状况。
（十二）乙方应于每月5日前向甲方报送上月运维月报，内容包括巡检情况、故障及处理情况、配件使用、数据质量分析和下月工作计划。

第三条 合同价款与支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人工、车辆、工具、易损配件、通信费、税费等全部费用。
（二）本合同不设预付款。服务费按季度支付，每季度¥121,500，由甲方在季度考核合格后二十个工作日内支付。
（三）乙方应在每次付款前开具合法有效的发票。
（四）经甲方确认的超额配件费用，随当季服务费一并结算。
（五）服务期内甲方新增量水站的，乙方应将其纳入运维范围，新增费用按本合同单站运维费用折算，另行签订补充协议。

第四条 考核与验收
（一）季度考核：甲方每季度末对乙方服务进行考核，考核内容包括巡检次数及记录完整性、检修报告、故障维修记录、月度统计表按时提交情况；季度内缺报数据的量水站累计不超过3处次、且未发生因维护不到位造成的计量纠纷的，为考核合格。
（二）年度验收：服务期满后，甲方按磋商文件《服务需求》及本合同第二条逐项验收，检查全年巡检和检修记录、资料整编成果、设备台账及配件更换清单，并出具书面验收意见。
（三）考核不合格的，乙方应在十日内整改；整改后仍不合格的，甲方可扣减当季服务费的10%。
（四）年度验收合格后，乙方应向甲方移交全年运维资料、设备台账及备品备件清单。
（五）甲方可委托第三方对乙方的服务情况进行抽查，乙方应予以配合。

第五条 数据安全
（一）量测水数据、平台数据库及设备配置参数归甲方所有，乙方仅为履行本合同使用，不得向任何第三方提供或用于其他用途。
（二）乙方登录平台及数据库须使用甲方分配的个人账号，操作留痕，不得私自开通远程访问端口；更换存储介质时应将原介质交还甲方。
（三）因乙方原因造成数据丢失、篡改、泄露或平台遭受网络攻击的，乙方应立即报告甲方，负责恢复数据并赔偿甲方由此遭受的全部损失，同时承担相应法律责任。
（四）服务期满或合同解除时，乙方应交还全部账号、工具及技术资料，并删除其工作电脑及移动介质中存储的甲方数据。

第六条 知识产权
乙方在服务期内编写的巡检及维修记录、检修报告、资料整编成果，以及为甲方修改的平台脚本和配置文件，其知识产权均归甲方所有，甲方可自由使用和修改。

第七条 安全生产
乙方应遵守安全生产法律法规，落实渠道、闸门及高处作业的安全防护措施，乙方应为现场作业人员购买意外伤害保险，汛期及夜间作业须两人以上同行。乙方使用甲方车辆、船只或工具的，应遵守甲方管理规定。乙方人员在服务过程中发生的人身伤害由乙方负责。

第八条 违约责任
（一）乙方未按本合同约定的时间完成巡检、汛前检修或汛后检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方人员数量不足或擅自更换项目负责人的，每发生一次扣减服务费2,000元。
（三）乙方未按时提交月度统计表或资料整编成果的，每逾期一日扣减服务费300元。
（四）乙方擅自减少巡检次数或虚报巡检记录的，每发现一次扣减服务费5,000元；情节严重的，甲方可解除合同。
（五）甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。

第九条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十条 合同解除
（一）乙方严重违约，连续两个季度考核不合格，或经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
（三）合同解除后，乙方应在十日内完成工作交接，移交设备台账、运维资料及备品备件。

第十一条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十二条 其他
（一）磋商文件、响应文件、成交通知书及《量水站清单》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）双方的通知以书面形式送达合同所列地址；紧急情况可先电话通知，并在事后补送书面文件。
（四）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。

甲方（盖章）：                        乙方（盖章）：
法定代表人或授权代表：                法定代表人或授权代表：
日期：                                日期：
"""

Z05 = """# 叶韵工艺过程追踪系统软件许可及定制开发合同

> 叶韵软件标准合同文本 V3.0（乙方格式合同）

**合同编号：** YY-2027-0318

**甲方（用户）：** 某叶雕艺术工作室

**乙方（开发方）：** 某软件科技有限公司

甲方拟采用乙方“叶韵工艺过程追踪系统”管理叶雕作品从原料叶片到成品出库的全过程。双方经协商一致，按照乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供叶韵工艺过程追踪系统标准版软件许可（5个并发用户，永久许可）。

1.2 乙方按照甲方需求为其定制开发以下功能：叶片原料批次追溯（采集地、采收日期、脱叶肉及漂白批次）、雕刻工序记录（雕刻师、工时、工序照片）、成品证书二维码、订单及交期看板。

1.3 乙方负责系统部署、基础数据初始化及甲方人员操作培训，培训对象为甲方指定的不超过五名人员。

1.4 系统部署于乙方指定的云服务器，甲方通过电脑浏览器和手机小程序使用。

1.5 本合同不包括扫码枪、标签打印机等硬件设备，甲方可向乙方另行采购。

1.6 乙方根据其产品路线图对标准版功能进行调整的，不视为违约。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 叶韵工艺过程追踪系统标准版许可（5个并发用户，永久） | 68,000 |
| 2 | 定制开发（原料批次追溯、雕刻工序记录、成品证书二维码、订单看板） | 96,000 |
| 3 | 部署、数据初始化及培训 | 14,000 |
| | 合计 | 178,000 |

合同总价为人民币壹拾柒万捌仟元整（¥178,000），含增值税。

上述定制开发内容以双方确认的《需求说明书》为准，超出部分由乙方另行报价。本合同价款不含后续服务费、硬件费和第三方短信费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥115,700。

3.2 系统部署完成后五个工作日内，甲方支付剩余的35%，即¥62,300。

3.3 乙方收到款项后开具发票。甲方要求开具增值税专用发票的，应在付款前提供开票信息。甲方未按期付款的，乙方有权暂停开发及部署工作，工期相应顺延。

## 第四条 开发与交付

4.1 乙方在收到第3.1条款项后六十个工作日内完成定制开发及部署。

4.2 甲方应及时提供需求资料、样品照片及工序说明；因甲方资料提供不及时导致的延误，乙方不承担责任。

4.3 需求确认后甲方提出变更的，乙方有权另行收取变更费用并调整工期。

4.4 定制开发完成后，乙方向甲方演示主要功能，甲方应在三日内确认。

4.5 甲方应指定一名联系人负责需求确认和验收配合。

4.6 乙方交付的系统包括可执行程序、账号和操作手册，源代码不属于交付范围。

4.7 乙方提供一次现场培训，时间不超过一日；额外培训按每人日¥2,000收取。

4.8 甲方应自备满足系统运行要求的电脑、手机及网络环境。

## 第五条 验收

5.1 乙方完成部署并通知甲方后，甲方开始使用系统，或在七日内未提出书面异议的，即视为验收合格。

5.2 甲方提出的异议应具体列明不符合之处；乙方修改后再次通知甲方，视为验收合格。

5.3 甲方在验收前使用系统处理实际业务的，视为已验收。

5.4 验收合格后，甲方不得以系统不符合需求为由拒绝支付剩余款项。

## 第六条 免费维护及后续服务

6.1 乙方自系统部署完成之日起提供三个月的免费维护，包括缺陷修复及远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护、升级及技术支持服务，应与乙方签订年度服务协议，服务费按乙方届时公布的年度服务价格标准收取。

6.3 服务支持时间为工作日9:00至18:00。系统无法使用的一级故障，乙方在接到通知后8小时内响应；其他问题在两个工作日内答复。乙方将尽商业上合理的努力解决故障，但不保证系统无中断运行。

6.4 下列情况不属于免费维护范围：甲方操作不当、擅自修改系统、运行环境变化、病毒侵害或第三方软件冲突，乙方处理上述问题的，按次另行收费。

6.5 远程支持方式限于电话、微信及远程桌面；需上门服务的，差旅费用由甲方承担。

6.6 免费维护期内的升级仅限于乙方发布的补丁版本，不包括大版本升级。

6.7 甲方未签订年度服务协议的，乙方有权停止系统的更新与技术支持，系统按现状继续使用。

## 第七条 知识产权

7.1 本合同项下交付的全部软件，包括为甲方定制开发的功能模块及其源代码、数据库设计和技术文档，其知识产权均归乙方所有。

7.2 甲方获得在本工作室内部使用上述软件的非独占、不可转让许可，不得修改、反编译、复制或向第三方提供。乙方有权将定制功能纳入其标准产品向其他客户提供。

7.3 甲方不得自行或委托第三方开发与本系统功能相同或类似的软件。

## 第八条 数据安全

8.1 甲方在系统中录入的作品信息、工艺记录、客户及订单数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。

8.2 乙方对其托管的服务器采取防火墙、数据加密和每日备份等安全措施。因乙方原因发生数据泄露或丢失的，乙方应在二十四小时内通知甲方，协助恢复数据，并赔偿由此造成的直接损失。

8.3 甲方应妥善保管账号和密码，因甲方账号泄露造成的损失由甲方自行承担。

8.4 合同终止后，乙方保留甲方数据三十日，期满后予以删除。

8.5 乙方仅安排经授权的技术人员访问甲方数据，并记录访问日志。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密信息不包括已经公开或从第三方合法获得的信息。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的20%为限；乙方不承担任何间接损失、利润损失或数据损失。

10.4 甲方使用本系统过程中造成第三方损失的，由甲方自行负责。

10.5 乙方因第三方原因未能按时交付的，交付期限相应顺延。

## 第十一条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未纠正的，另一方有权书面通知解除本合同。非因乙方违约，甲方单方终止合同的，已付款项不予退还。合同解除后，甲方应停止使用定制功能并删除相关程序副本。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、云服务商故障、政策调整或第三方平台原因导致本合同不能履行或延迟履行的，乙方不承担责任。受影响方应在事件发生后十日内通知对方。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

本合同为乙方标准格式文本，双方对格式条款已充分阅读并理解。本合同未尽事宜，双方可签订补充协议。《需求说明书》《功能清单》及乙方报价单为本合同附件，附件与正文不一致的，以正文为准。乙方的通知可通过电子邮件、短信或系统公告发出，发出即视为送达。本合同自双方签字盖章之日起生效，一式两份，各执一份。

甲方（签章）：　　　　　　　　乙方（签章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BSS-CN-2027-0412
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengrun Precision Electronics Co., Ltd., a company registered in Suzhou, Jiangsu Province, People's Republic of China (the "Customer"), and Big Sandy Software Systems, LLC, a Kentucky limited liability company with its principal office at 210 North Arnold Avenue, Prestonsburg, Kentucky 41653, United States (the "Vendor").
P:The Customer operates four surface-mount and final-assembly plants and wishes to replace its spreadsheet-based maintenance planning with the Vendor's enterprise asset maintenance software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AssetPath enterprise asset maintenance software, version 9, in object code, including the planning, work-order, spare-parts, inspection and mobile modules listed in Annex 1, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the SAP PM and MM interface programs, the inspection templates, report designs, data-conversion scripts and any other work product created by the Vendor specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 350 named users and 40 concurrent mobile users at the Customer's sites in the People's Republic of China, including use by contractors working on the Customer's behalf.
P:2.2 The Vendor shall perform the implementation services described in Annex 2: design workshops, configuration of the four plants, migration of asset registers and maintenance histories, the SAP integration, user acceptance testing support, go-live support and training of key users and administrators.
P:2.3 The Vendor shall provide a project manager who speaks Mandarin and who shall attend the Customer's sites during design, testing and go-live. Replacing the project manager requires the Customer's written approval.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,758,000, inclusive of all taxes, made up of: Software licence fee CNY 1,120,000; implementation and configuration CNY 386,000; SAP integration CNY 214,000; training CNY 38,000. The price is fixed for the scope in Annex 2.
P:3.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 351,600) within 30 days after signature of this Agreement and receipt of a valid invoice; (b) 45% (CNY 791,100) within 30 days after go-live of all four plants; and (c) the remaining 35% (CNY 615,300) within 30 days after Final Acceptance.
P:3.3 Go-live and productive use of the Software do not constitute acceptance. The Vendor shall issue a valid VAT invoice, or an equivalent commercial invoice approved by the Customer, before each payment.
H:Article 4 Delivery and Timetable
P:4.1 The Vendor shall deliver the Software installation media and licence keys within 15 days after signature, complete configuration and integration within 120 days, and bring all four plants live within 150 days after signature, as detailed in the project plan in Annex 2.
P:4.2 If the Vendor fails to achieve go-live or Final Acceptance by the agreed dates for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After go-live the Software shall run in production for 30 consecutive days. Final Acceptance requires that: (a) every function in the acceptance test plan of Annex 3 has passed; (b) asset registers and open work orders migrated from the old records reconcile line by line with the Customer's sign-off lists; (c) the SAP interface has posted notifications, orders and goods issues for 20 consecutive working days without unresolved errors; (d) work-order screens open within 3 seconds with 200 concurrent users; and (e) no Severity 1 incident has remained open during the 30-day period.
P:5.2 The Customer shall issue the Final Acceptance certificate within 10 working days after the criteria are met, or give written reasons for refusing it. The Vendor shall correct any failure at its own cost and resubmit the system for acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Support is available in Chinese and English from 8:00 to 20:00 China Standard Time on working days, and by telephone at all times for Severity 1 incidents. A Severity 1 incident is one that stops maintenance work orders from being created or closed at any plant. The Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround within 8 hours; Severity 2 incidents shall receive a response within 2 hours and a workaround by the next working day.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,500, deducted from the next payment or from the annual support fee.
P:6.4 After the Warranty Period, the Customer may order annual support for CNY 123,200 per year, being 11% of the Software licence fee. This fee is fixed for the first three support years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify, and license the Custom Deliverables to third parties without further payment.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 All data entered into or generated by the Software, including asset records, maintenance histories, spare-parts data and personal information of the Customer's employees ("Customer Data"), belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Software shall be hosted on the Customer's own servers in Suzhou. The Vendor shall access Customer systems only through the Customer's remote-access gateway with individual accounts and multi-factor authentication, after approval of each session, and shall not transfer Customer Data outside the People's Republic of China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss or disclosure of Customer Data, cooperate in the investigation and remediation, and be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's production processes, plant layouts and supplier prices, and shall use it only for the purposes of this Agreement. These obligations continue for five years after termination.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.2 The Customer may also terminate by written notice if the liquidated damages under Article 4.2 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund amounts paid for work not delivered and accepted, and the licence granted under Article 2.1 continues for any Software already paid for.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event continues for more than 90 days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Kentucky, United States of America, without regard to its conflict-of-laws rules.
P:14.2 The parties shall first try to settle any dispute through negotiation between senior managers. If the dispute is not settled within 45 days, it shall be submitted to the state courts located in Floyd County, Kentucky, and each party submits to the jurisdiction of those courts.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software modules and licence metrics), Annex 2 (Scope of services and project plan) and Annex 3 (Acceptance test plan), is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses stated above, with a copy by email to each party's project manager. This Agreement is signed in English and Chinese; both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# ORDER FORM — FieldRoute Service Management Subscription

**Order Form No.:** CGC-OF-27-0219
**Provider:** Cumberland Gap Cloud Services, Inc., 1820 Cumberland Avenue, Middlesboro, Kentucky 40965, USA ("Provider")
**Customer:** Hangzhou Xinglian Elevator Maintenance Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, PRC ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

A1.1 Provider will provide the FieldRoute service management platform as a hosted subscription service (the "Service"): work-order dispatch, technician scheduling and routing, preventive-maintenance calendars for elevators and escalators, mobile technician app, parts usage recording, customer signature capture and management dashboards.

A1.2 Subscribed quantity: 180 named users (dispatchers, supervisors and field technicians). Customer may add users at the unit price in A3 for the remainder of the Subscription Term.

A1.3 The Service is hosted in a data centre operated by a licensed cloud provider in Shanghai, PRC. Provider will not move the hosting location outside mainland China.

### A2. Subscription Term

A2.1 The Subscription Term is 24 months, beginning on the Service Start Date, which is the date of Onboarding Acceptance under A5.

A2.2 This Order Form does not renew automatically. Any renewal requires a new order form signed by both parties, with prices agreed at that time.

### A3. Fees

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| Subscription, Subscription Year 1 | per named user per year | 180 | 1,150 | 207,000 |
| Subscription, Subscription Year 2 | per named user per year | 180 | 1,150 | 207,000 |
| Onboarding and configuration | one-time | 1 | 58,000 | 58,000 |
| **Total fees for the Subscription Term** | | | | **472,000** |

A3.1 All fees are in CNY and include VAT. The unit price is fixed for the Subscription Term.

A3.2 Subscription fees are invoiced quarterly in advance, CNY 51,750 per quarter, starting on the Service Start Date. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days of receipt.

A3.3 No payment is due on signature of this Order Form.

### A4. Onboarding

A4.1 Provider will complete onboarding within 60 days after signature: tenant set-up, configuration of Customer's four branch offices, import of 6,800 elevator units with their maintenance histories, integration with Customer's Kingdee finance system for parts and billing, and training of 12 administrators and 20 lead technicians.

A4.2 Provider will report progress weekly. If onboarding is late, Provider will use reasonable efforts to recover the schedule and will inform Customer of the revised date.

### A5. Onboarding Acceptance

A5.1 Onboarding Acceptance occurs when: (a) all functions in the acceptance checklist attached as Exhibit 1 have passed testing by Customer's staff; (b) imported unit records reconcile with Customer's unit register, with every difference explained and corrected; (c) the Kingdee interface has posted parts issues and service invoices for 10 consecutive working days without errors; and (d) a pilot in the Hangzhou branch has run for 14 days with all dispatches handled in the Service.

A5.2 Customer will sign the acceptance certificate within 5 working days after the criteria are met, or state in writing which criteria are not met. Use of the Service during the pilot does not constitute acceptance.

### A6. Service Levels

A6.1 Availability: Provider will make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

A6.2 Incident response: Priority 1 (Service unavailable, or technicians unable to receive or close work orders): response within 1 hour, at all times; Priority 2 (major function impaired): response within 2 hours during business hours; Priority 3: next business day.

A6.3 Service credits: if monthly availability falls below the commitment in A6.1, Customer receives a credit of 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to 50% of that month's fee. A missed Priority 1 response time gives a credit of CNY 800 per occurrence. Credits are deducted from the next invoice.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, including personal information, that Customer or its users enter into the Service or that the Service generates from Customer's use, such as work orders, unit records, technician locations and customer signatures.

1.2 "Aggregated Data" means data derived from Customer Data that has been combined with data of other customers and from which the identity of Customer, its users and its customers has been removed.

1.3 "Customer Configurations" means the workflows, forms, report templates and interface mappings that Provider configures specifically for Customer.

### 2. Use of the Service

2.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its internal business purposes.

### 3. Provider Obligations

3.1 Provider will provide the Service in accordance with this Order Form and the user documentation, with qualified staff and with the care of a professional service provider.

### 4. Customer Data and Security

4.1 As between the parties, Customer owns Customer Data. Provider will process Customer Data to provide the Service and support under this Order Form.

4.2 Customer grants Provider a perpetual, irrevocable licence to create Aggregated Data and to use it to improve and develop Provider's products, to train its routing and forecasting models, and to publish industry benchmarks. This licence survives expiry or termination of this Order Form.

4.3 Provider will protect Customer Data with administrative, physical and technical measures that meet at least MLPS level 3, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all administrative access. Customer Data is stored in mainland China only.

4.4 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, cooperate with Customer and the authorities, and bear the costs and losses caused by its failure to comply with this Section 4.

4.5 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in CSV format and then delete it from the Service, except Aggregated Data.

### 5. Confidentiality

5.1 Each party will keep the other party's Confidential Information secret, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. Confidential Information includes pricing, Customer's customer lists and contract terms, and Provider's product roadmaps. These duties last for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and documentation, and all improvements to them.

6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have them used by a third party for Customer's benefit, during and after the Subscription Term. Provider will deliver them in an exportable format on request.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with the documentation and that onboarding services will be performed with reasonable skill and care.

7.2 If the Service does not conform to this warranty, Provider will correct it without charge. If Provider cannot correct it within 30 days, Customer may terminate under Section 9.1 and receive a refund of prepaid fees for the unused part of the Subscription Term.

### 8. Limitation of Liability

8.1 Each party's total liability arising out of this Order Form is limited to 150% of the total fees payable under this Order Form.

8.2 The limit in 8.1 does not apply to breach of Section 4 or Section 5, infringement claims, personal injury, or fraud.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

9.2 Customer may terminate by written notice if onboarding has not reached Onboarding Acceptance within 120 days after signature, in which case Provider will refund all fees paid.

9.3 On termination by Customer under 9.1 or 9.2, Provider will refund any prepaid fees for the period after termination and provide the data return under Section 4.5.

### 10. Subcontracting and Assignment

10.1 Provider will not subcontract any part of the Service or onboarding, other than the hosting provider named in A1.3, without Customer's prior written consent. Provider remains responsible for its subcontractors.

10.2 Neither party may assign this Order Form without the other party's written consent.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute that cannot be settled through negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Notices must be in writing and sent to the addresses in this Order Form, with a copy by email to each party's account manager.

12.2 This Order Form is the entire agreement of the parties on its subject matter and replaces all prior proposals. Amendments require a written document signed by both parties. Provider's online terms do not apply.
"""

E03 = """T:Equipment Supply and Software Licence Contract
P:Contract No. JY-EQ-2027-038
P:Buyer: Wuhu Jiangyan Cement Co., Ltd., Fanchang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Green River Sensing Technologies, Inc., 415 East Broadway Street, Campbellsville, Kentucky 42718, United States (the "Supplier").
P:The Buyer wishes to introduce continuous condition monitoring on the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines. This Contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's RiverWatch condition monitoring software for up to 500 measuring points, installed on the Buyer's servers.
P:1.3 "Custom Work" means the asset models, alarm rules, fault-pattern libraries for the Buyer's machines, dashboards and interface programs prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install the Equipment, license the Software, configure the Custom Work, connect the Software to the Buyer's distributed control system and maintenance system, and train the Buyer's staff, all as described in the technical specification in Annex 1.
P:2.2 The Supplier shall survey both clinker lines within 20 days after signature and submit an installation plan stating the position of every sensor, the gateway locations and the radio coverage test results, for the Buyer's approval.
P:2.3 The Supplier shall appoint a project manager and a commissioning engineer who speak Mandarin and who remain on site during installation and the trial run.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,908,000, inclusive of VAT, customs duties, freight to the Buyer's plant, insurance and all other costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, with mounting kits|420|2,300|966,000
TB:2|Industrial wireless gateways with power supplies|28|9,500|266,000
TB:3|RiverWatch Software licence, perpetual, 500 points|1|410,000|410,000
TB:|Equipment and Software subtotal|||1,642,000
TB:4|Installation, cabling and radio commissioning|1 lot|148,000|148,000
TB:5|Custom Work: asset models, alarm rules and dashboards|1 lot|96,000|96,000
TB:6|Training of operators and maintenance engineers|1 lot|22,000|22,000
TB:|Total Contract Price|||1,908,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, material costs or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 190,800) as an advance within 15 working days after signature, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,049,400) after all Equipment has been installed and the installation certificate has been signed. The installation certificate confirms quantities and positions only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 667,800) within 30 days after Final Acceptance.
P:4.4 Each payment is made within 30 days after the Buyer receives a correct VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:5.2 Installation work shall be carried out during the kiln shutdowns notified by the Buyer. The Supplier's staff shall follow the Buyer's safety rules, including hot-work permits and confined-space procedures.
P:5.3 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
P:5.4 Before the trial run starts, the Supplier shall provide as-built drawings showing the position and identifier of every sensor and gateway, and a spare-parts list with recommended stock levels.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 45 consecutive days. Final Acceptance requires that: (a) every sensor reports to the Software at the configured interval with no more than two missing readings per sensor per day; (b) vibration values measured by the sensors differ from readings taken with the Buyer's calibrated portable analyser by no more than the tolerance stated in Annex 1; (c) alarms reach the control room screens and the maintenance system within 10 seconds in a witnessed test; (d) the gateways keep working during a simulated power failure for the battery time stated in Annex 1; and (e) no Severity 1 fault remains open at the end of the trial run.
P:6.2 The Buyer shall issue the Final Acceptance certificate or a written list of failures within 10 working days after the end of the trial run. Delivery, installation, commissioning or use of the system by the Buyer does not amount to acceptance. The Supplier shall correct failures at its own cost and repeat the relevant tests.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment, the Software and the Custom Work for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their stated life, correct Software defects and supply new Software versions without charge.
P:7.2 Severity 1 faults are faults that stop monitoring of a kiln, a mill or a main fan. The Supplier shall respond to a Severity 1 fault within 30 minutes by telephone or remote session, arrive on site within 24 hours if remote work cannot solve it, and restore monitoring within 48 hours. Severity 2 faults shall receive a response within 2 hours.
P:7.3 For each hour of delay beyond the Severity 1 response or restoration times, the Supplier shall pay the Buyer CNY 1,000, deducted from the next payment or from the performance bond.
P:7.4 After the warranty, the Buyer may order support and spare-part supply at an annual fee not exceeding 7% of the Equipment and Software subtotal, that is CNY 114,940 per year, fixed for the first three years after the warranty. Support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it at its plants in China.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall hand over the asset models, alarm rules, dashboards and interface programs in editable form with their source code at Final Acceptance, and the Buyer may use, modify and license them without restriction.
H:9. Data Protection and Security
P:9.1 All measurement data, alarm records, asset information and reports produced by the system belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:9.2 The system shall run on the Buyer's servers inside its plant network. The gateways shall use encrypted links. Remote access by the Supplier is allowed only through the Buyer's jump server, for an approved session, and all actions shall be logged. The Supplier shall not copy Buyer data outside the plant or transfer it out of the People's Republic of China.
P:9.3 The Supplier shall report any security incident involving the system or Buyer data to the Buyer within 2 hours, cooperate in containing it, and compensate the Buyer for all losses caused by the Supplier's breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's process data, plant drawings, production figures and any other information received under this Contract, shall use it only for this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract for five years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, property damage caused by negligence, wilful misconduct, or breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Any approved subcontractor shall follow the Buyer's safety rules, and the Supplier remains responsible for its work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 5.3 reach their maximum. On such termination the Supplier shall refund payments for undelivered or rejected work and compensate the Buyer's losses.
P:13.2 Either party may terminate if force majeure prevents performance for more than 90 days.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall first be settled by negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Hefei Arbitration Commission for arbitration in Hefei. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical specification and measuring point list) and Annex 2 (Training plan) form part of this Contract. This Contract is made in English and Chinese, and both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** TCM-MSA-2027-007

**Customer:** Wuhan Changjiang Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China ("Customer")

**Provider:** Triplett Creek Managed IT, LLC, 140 East Main Street, Morehead, Kentucky 40351, USA, acting through its service centre in Wuhan ("Provider")

Customer operates a head office and nine cold-storage warehouses in Hubei and Hunan. Customer wishes to outsource the support of its end-user computing and warehouse devices to Provider. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the response and resolution targets and service credits in Schedule 2.

1.3 "Charges" means the amounts set out in Schedule 3.

1.4 "Transition" means the work needed to take over the Services from Customer's current arrangements, as described in Section 3.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access in performing the Services, including data on devices, in tickets and in Customer systems.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the date of Transition Acceptance (the "Service Period").

2.2 The Service Period may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 Provider shall complete Transition within 60 days after signature. Transition includes: collecting an inventory of all end-user devices and warehouse handhelds, documenting Customer's applications and support procedures, setting up the ticketing tool and the Mandarin-speaking service desk, agreeing escalation paths with Customer's IT manager, and shadowing Customer's current support staff for at least 10 working days.

3.2 Transition Acceptance occurs when Customer confirms in writing that: (a) the device inventory has been verified by sample checks at three warehouses; (b) knowledge articles exist for the 60 most frequent ticket types; (c) the service desk has handled all tickets for 10 consecutive working days in parallel with Customer's staff, meeting the Service Levels; and (d) the reporting pack in Schedule 2 has been delivered once in the agreed format.

3.3 Customer shall confirm Transition Acceptance, or state which criteria are not met, within 5 working days after Provider's written request. Starting the Services in parallel is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000 in total.

## Section 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice, using trained staff who speak Mandarin.

4.2 Provider shall keep at least two on-site engineers at the Wuhan head office during business hours and shall reach any warehouse in Hubei or Hunan by the next business day when on-site work is required.

4.3 Provider shall provide a monthly service report and hold a monthly review meeting with Customer's IT manager. Each quarter the parties shall review the device inventory and adjust the number of supported devices.

4.4 Customer shall give Provider's staff access to its premises and systems as reasonably required, and shall keep its own licences for the software used on its devices.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 1,830,000, comprising the Transition fee and 36 monthly service charges.

5.2 The Transition fee is invoiced after Transition Acceptance. Monthly service charges are invoiced monthly in arrears. Service credits under Schedule 2 are deducted from the invoice for the following month.

5.3 Customer shall pay correct invoices within 30 days of receipt. The monthly service charge is fixed for the Service Period, except for changes in the number of supported devices, which are charged at the unit rates in Schedule 3.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not sell it, disclose it to third parties or use it for any other purpose.

6.2 On expiry or termination, Provider shall return all Customer Data and documentation in its possession to Customer.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or that a reasonable person would treat as confidential, including Customer's customer lists, warehouse layouts, pricing and business plans, and Provider's tools and methods. Each party shall use such information only for this Agreement and disclose it only to its staff and advisers who need to know it.

7.2 Provider's staff who work on Customer's premises shall sign an individual confidentiality undertaking in the form required by Customer.

7.3 These obligations continue for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Provider retains ownership of its ticketing tool, monitoring tools and general know-how.

8.2 Knowledge articles, scripts, device images, configuration baselines and documentation created by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and pass them to any successor provider without restriction. Provider shall hand them over in editable form at the end of the Service Period.

## Section 9. Subcontracting

9.1 Provider may subcontract on-site support at warehouses outside Wuhan, device repair and courier services to third parties by giving Customer written notice at least 10 days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to personal injury, wilful misconduct, fraud, or breach of Section 7.

## Section 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 Customer may terminate by written notice if Provider misses the Priority 1 resolution target more than three times in any three-month period.

11.3 Customer may terminate for convenience after the first 18 months of the Service Period by giving 90 days' written notice and paying the unpaid part of the Transition fee.

11.4 On expiry or termination for any reason, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, including handover of knowledge articles, open tickets and the device inventory to Customer or its new provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled through negotiation within 30 days shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding.

## Section 13. General

13.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

13.2 Neither party is liable for delay caused by events beyond its reasonable control if it gives prompt notice and resumes performance as soon as practicable.

## Schedule 1 — Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, WeChat and portal support in Mandarin; logging, diagnosis and routing of all incidents and requests | Monday to Saturday 07:00–22:00 |
| Desktop support | Installation, moves, repair and replacement of 1,150 PCs, laptops and printers | Head office and nine warehouses |
| Warehouse devices | Support of 420 handheld scanners, label printers and vehicle terminals, including spare-pool management | All warehouses, all shifts |
| Device management | Operating-system and application updates, software distribution, asset inventory | All supported devices |
| Account administration | User creation, changes and removal in Customer's directory and email | Business days |
| Reporting | Monthly service report with ticket volumes, Service Level results, trends and improvement actions | Monthly |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| P1 | A warehouse cannot receive or dispatch goods, or more than 20 users cannot work | 30 minutes | 6 hours | 3% of the monthly charge per missed incident |
| P2 | A single critical user or a warehouse function is impaired | 1 hour | 1 business day | 1% of the monthly charge per missed incident |
| P3 | Other incidents | 2 hours | 3 business days | Reported only |
| Requests | Standard service requests | 1 business day | 3 business days | Reported only |

Total service credits in any month are limited to 20% of that month's service charge. Service credits do not limit Customer's other remedies.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 48,500 per month × 36 months | 1,746,000 |
| **Total Contract Value** | | **1,830,000** |
| Additional PCs or laptops | Per device per month | 38 |
| Additional handheld devices | Per device per month | 26 |
| Exit assistance | Per engineer day | 2,400 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
WEATHER-RISK DATA AND API SERVICES

Agreement No.: PMW-DS-2027-11

PARTIES

Customer: Heilongjiang Fengtian Agricultural Insurance Co., Ltd., Nangang District, Harbin, Heilongjiang Province, People's Republic of China ("Customer").

Provider: Pine Mountain Weather Analytics, Inc., 29 Main Street, Whitesburg, Kentucky 41858, USA ("Provider").

BACKGROUND

Customer underwrites crop and livestock insurance in north-east China and needs gridded precipitation, temperature, soil-moisture and hazard data for pricing, loss assessment and claims handling. Provider operates a data platform that delivers such data through an application programming interface (API) and bulk downloads. The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription Data" means the historical and forecast weather, soil-moisture and hazard data sets listed in Annex A, as updated by Provider from time to time.

1.2 "API" means Provider's programming interface through which Customer's systems request Subscription Data.

1.3 "Customer Query Data" means the field locations, policy identifiers, crop types and other information that Customer sends to the API, and the results returned for them.

1.4 "Subscription Year" means each consecutive annual period of the Subscription Term, the first starting on the Production Start Date.

1.5 "Production Start Date" means the date on which Customer confirms Integration Acceptance under Clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, to use the Subscription Data in its insurance business in the People's Republic of China, and to include Subscription Data in its pricing models, loss reports and communications to policyholders and regulators.

2.2 The subscription includes up to 6,000,000 API calls and 20 bulk downloads in each Subscription Year. Calls above this quota are charged at CNY 0.02 per call, invoiced quarterly in arrears.

2.3 Customer shall not resell the Subscription Data as a data product or supply it to another insurer.

2.4 Provider shall keep the API backward compatible during the Subscription Term. If Provider retires a version of the API, it shall give Customer at least 90 days' notice and support the migration to the new version without charge.

3. TERM AND RENEWAL

3.1 The Subscription Term consists of two Subscription Years starting on the Production Start Date.

3.2 At the end of the Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 For each renewal term, Provider may increase the annual subscription fee to its list price then in effect by giving Customer written notice at least 30 days before the renewal date.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature Provider shall provide test credentials, API documentation in Chinese and English, and an integration engineer to support Customer's IT team in connecting its underwriting and claims systems to the API.

4.2 Integration Acceptance requires that: (a) Customer's systems retrieve each data set listed in Annex A through the API in the test environment; (b) values returned for 200 reference locations agree with the reference file supplied by Provider for the same dates; (c) the median API response time is below 800 milliseconds for 50 parallel requests; and (d) production credentials have been issued and used successfully for 5 consecutive days.

4.3 Customer shall confirm Integration Acceptance in writing, or state the failed criteria, within 5 working days after Provider's request.

4.4 If production credentials are not issued within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay until they are issued.

4.5 Provider's integration engineer shall attend two on-site workshops in Harbin and be available by telephone and video during Chinese business hours until Integration Acceptance.

5. FEES AND PAYMENT

5.1 The fees are: annual subscription fee CNY 386,000 for each Subscription Year (CNY 772,000 for the Subscription Term); one-time integration set-up fee CNY 34,000. The total fees for the Subscription Term are CNY 806,000, excluding any usage charges under Clause 2.2.

5.2 The integration set-up fee is invoiced after Integration Acceptance. The annual subscription fee is invoiced at the start of each Subscription Year.

5.3 Customer shall pay each correct invoice within 30 days of receipt. All fees are in CNY and include VAT. The annual subscription fee is fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of the time in each calendar month, measured at Provider's gateway, excluding maintenance announced at least 72 hours in advance and scheduled outside 07:00 to 22:00 China Standard Time.

6.2 Priority 1 incidents (API unavailable or returning incorrect data for a whole region) shall receive a response within 1 hour and a fix or workaround within 6 hours. Priority 2 incidents shall receive a response within 3 hours.

6.3 If monthly availability falls below the level in Clause 6.1, Provider shall credit 5% of one twelfth of the annual subscription fee for each started 0.1 percentage point of shortfall, up to half of that amount. Provider shall also credit CNY 1,000 for each Priority 1 response that is late. Credits are set off against the next invoice.

6.4 Provider shall correct errors in the Subscription Data that Customer reports within 5 working days and shall notify Customer of any correction that affects data already delivered.

6.5 Provider shall send Customer a monthly report showing availability, response times, incidents, data corrections and API call volumes against the quota.

7. CUSTOMER QUERY DATA AND SECURITY

7.1 Customer Query Data belongs to Customer. Provider shall process it only to deliver the API results to Customer and to operate the service, and shall not use it to build products, sell it, or disclose it to any third party.

7.2 Provider shall host the API endpoints used by Customer and store Customer Query Data in a data centre in mainland China, encrypt data in transit and at rest, restrict access to named staff, keep access logs for at least 180 days, and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 Provider shall notify Customer within 12 hours after discovering any unauthorised access to or loss of Customer Query Data, take steps to contain it, and compensate Customer for losses caused by its breach of this Clause 7.

7.4 Within 30 days after the end of this Agreement, Provider shall delete all Customer Query Data and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's portfolio, pricing and loss data and Provider's data methods and prices, use it only for this Agreement and not disclose it without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Subscription Data and the API.

9.2 Integration adapters, data-mapping scripts and documentation prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

9.3 Pricing models, reports and other works that Customer creates using the Subscription Data belong to Customer and may be kept and used after this Agreement ends.

10. LIABILITY

10.1 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.2 The limit does not apply to personal injury, fraud, wilful misconduct or infringement claims.

10.3 Provider does not guarantee that weather forecasts will be accurate, but warrants that the Subscription Data is produced with the methods described in Annex A.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of the services without Customer's prior written consent, other than the purchase of raw observation data from public meteorological sources. Provider remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 Customer may terminate by written notice if Provider misses the availability level in Clause 6.1 in two consecutive months. On termination by Customer under this Clause 12, Provider shall refund the subscription fee already paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that the parties cannot resolve through negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

14. GENERAL

14.1 Annex A (Data sets, coverage and methods) and Annex B (API documentation) form part of this Agreement.

14.2 Notices shall be given in writing to the addresses above, with a copy by email to each party's named contact.

14.3 This Agreement is signed in English and Chinese. Both versions have equal effect.

14.4 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as practicable.

14.5 Neither party may assign this Agreement without the other party's prior written consent.

SIGNATURES

For Customer: ____________________    For Provider: ____________________
Name and title: ____________________    Name and title: ____________________
Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h1006z01_housekeeping_credit_platform.pdf", "zh", Z01),
    "z02": ("h1006z02_massager_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h1006z03_memory_training_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h1006z04_irrigation_water_metering_om_service.txt", "zh", Z04),
    "z05": ("h1006z05_leaf_carving_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h1006e01_maintenance_software_perpetual_licence_ky_vendor.pdf", "en", E01),
    "e02": ("h1006e02_field_service_saas_order_form.md", "en", E02),
    "e03": ("h1006e03_cement_plant_condition_monitoring_sensors.docx", "en", E03),
    "e04": ("h1006e04_logistics_managed_it_services_36_months.md", "en", E04),
    "e05": ("h1006e05_weather_risk_data_api_subscription.txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only), deemed, value,
#       fee base for TCO (goods only), forum outside mainland, design rules)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 1534000, 780000, False, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.06, None, 10, True, True, 18, 25, False, False,
                         False, "PRC", G], True, True, True, False, 1600000, 1460000, False,
            ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 500 / 664000 * 100, 200, None, True, None, None,
                      None, True, True, False, "PRC", S], True, True, None, False, 664000, None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [None, None, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", S], False, True, None, False, 486000, None, False,
            ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 3, None, False,
                         True, None, "PRC", G], True, True, False, True, 178000, 68000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                         False, "Kentucky", G], True, True, True, False, 1758000, 1120000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.5, 1, True, "buyer", True, False, True, None, 150, None, True, None, None, None, False, True,
                      False, "PRC", S], True, False, None, False, 472000, None, False,
            ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-AVAILABILITY"]),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                         False, "PRC", G], True, True, True, False, 1908000, 1642000, False, []),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 1200 / 1830000 * 100, 150, None, True, None,
                         None, None, False, True, True, "PRC", S], True, True, None, False, 1830000, None, False,
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, True, 600 / 806000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", S], True, True, None, False, 806000, None, False,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(t, x):
    """Post-warranty share of TCO in %, or None when not computable (my reading of §3/§4)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["_base"]
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x):
    r = set()
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or x["_forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan of the texts
BAD = re.compile(
    r"99\.9(?!\d)"
    r"|(?<![\d.,])4\s*(?:-\s*)?(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?|h)\b|four\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?"
    r"|(?<![十\d])四个?(?:工作)?小时|(?<![\d.,])4\s*个?(?:工作)?小时"
    r"|(?<![\d.,])12\s*(?:-\s*)?(?:calendar\s*)?months?\b|twelve[\s-]*(?:calendar\s*)?months?|十二个月|(?<![\d.,])12\s*个月"
    r"|0\.05\s*%|万分之五(?![十\d])|千分之零点五"
    r"|(?<![\d.,])(?:30|15|40|100)\s*%|(?<![\d.,])(?:30|15|40|100)\s*per\s*-?\s*cent"
    r"|百分之(?:三十|十五|四十|百|一百)(?![点\d])|(?:thirty|fifteen|forty|one\s*hundred)\s*per\s*-?\s*cent",
    re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "within 4 business hours", "four hours", "4小时", "四小时", "4个小时",
            "12 months", "12-month", "twelve months", "十二个月", "12个月", "0.05%", "万分之五", "30%", "30 %",
            "百分之三十", "15%", "40%", "100%", "百分之百", "thirty percent", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "24个月", "18 months", "0.055%",
             "130%", "2.30%", "300%", "15.5%", "35%", "45%", "万分之六", "30 days", "15 working days", "40 units",
             "1,400%", "4 business days"]


def readback(path):
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s_ in MUST_HIT:
        assert BAD.search(s_), ("self-test must hit", s_)
    for s_ in MUST_MISS:
        assert not BAD.search(s_), ("self-test must miss", s_, BAD.search(s_))

    office = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[2] for k, v in office.items()},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, summary = set(), []
    for k, (name, lang, src) in FILES.items():
        cat, vals, sla, ld_stated, capped, deemed, value, base, forum, design = LABELS[k]
        terms = dict(zip(TERM_KEYS, vals))
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None, k
            assert terms["final_payment_on_acceptance"] is None or k in (), k
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        calc = dict(extra, _base=base, _forum_outside=forum)
        rules = derive(terms, calc)
        assert rules == sorted(design), (k, rules, design)
        # no label value on a threshold
        for key, th in TH.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        share = tco_share(terms, calc)
        assert share is None or abs(share - TCO_TH) > 2, (k, share)
        # text read back: lengths and threshold scan
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BAD.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        covered |= set(rules)
        summary.append((k, n, risk(rules), rules, None if share is None else round(share, 2)))
    # the mix
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    clean = [k for k, _, _, r, _ in summary if not r]
    assert sorted(clean) == ["e03", "z01"], clean
    assert LABELS["e01"][-1] == ["CR-GOVERNING-LAW"] and risk(["CR-GOVERNING-LAW"]) == "low"
    assert 8 <= len(LABELS["z05"][-1]) <= 10
    assert all(2 <= len(LABELS[k][-1]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for row in summary:
        print(*row)


if __name__ == "__main__":
    main()
