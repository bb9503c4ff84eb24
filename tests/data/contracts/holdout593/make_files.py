"""holdout593: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (from this folder). .docx/.pdf are built with ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:临江市智慧景区客流监测平台采购合同
P:合同编号：LJWL-ZC-2025-0417
P:采购人（甲方）：临江市文化和旅游局
P:供应商（乙方）：杭州云程数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：LJCG2025-068）、乙方投标文件和中标通知书，甲乙双方就临江市智慧景区客流监测平台采购事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧景区客流监测平台软件许可，覆盖全市9个A级景区、32个出入口及6个停车场，并完成客流预警模型、文旅监测大屏、票务系统与省级平台数据接口的定制开发、部署实施和培训。
P:1.2 具体功能、性能指标及配置以招标文件技术需求和乙方投标文件为准，乙方投标承诺优于招标要求的，按投标承诺执行。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），其中：平台软件许可费¥860,000；定制开发费¥574,000；部署实施费¥118,000；培训费¥28,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、税费、差旅及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函的，甲方在10个工作日内支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付期限与项目管理
P:4.1 乙方应在合同签订后90日内完成部署并提交初验申请，在初验后连续试运行60日，试运行期满后15日内申请最终验收。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，但乙方应及时书面说明。
P:4.3 乙方应指定具有高级项目管理资格的项目经理一名，常驻临江市负责本项目实施，未经甲方书面同意不得更换。项目实施期间，乙方每周向甲方提交书面周报，说明进度、问题及下周计划；每月参加甲方组织的项目例会。
P:4.4 乙方实施人员进入景区现场作业，应遵守景区安全管理规定，不得影响游客正常游览；高空安装摄像机和客流计数设备须办理作业审批并配备安全防护措施。因乙方人员原因造成人身伤害或财产损失的，由乙方承担责任。
P:4.5 乙方应按照甲方要求编制并提交需求规格说明书、概要设计、详细设计、接口规范、测试报告、用户手册、运维手册等文档，文档应为中文，并同时提交纸质版和电子版。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；各出入口客流统计准确率不低于95%；预警信息在客流超过设定阈值后60秒内推送至指挥中心；大屏页面加载时间不超过3秒；与票务系统、省级平台接口联调通过。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的安全测评报告无高风险项；乙方已移交源代码、接口文档、部署手册和培训记录。
P:5.3 甲方组织由业务处室、信息中心和外聘专家组成的验收小组，按上述标准逐项测试，并出具书面验收报告。平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保期与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应。
P:6.3 乙方未达到上述服务水平的，每超时1小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,500，从质保金或后续款项中扣除。
P:6.4 质保期满后，如甲方续购运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥77,400），自质保期满起三个年度内不上调。运维服务合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方所有，甲方获得永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的预警模型、接口程序、大屏页面及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台采集的客流数据、视频图像、票务数据及游客信息均属于甲方，乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求实施部署，采取加密传输、访问控制和操作审计措施，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、游客个人信息及系统配置负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同义务的任何部分转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或交付成果两次验收不合格，或严重违反第八条、第九条的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决、不可抗力及廉洁
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，双方应继续履行合同中不涉及争议的部分。
P:13.2 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响方应在事件发生后3日内通知对方，并在15日内提供有关证明，双方协商延长履行期限。不可抗力消除后，双方应继续履行合同。
P:13.3 乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的不正当利益。乙方违反本条的，甲方有权解除合同并将有关情况报送财政部门。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分，与本合同不一致的，以本合同为准。
P:14.2 双方的通知应以书面形式送达本合同首页所列地址，一方地址或联系人变更的，应在3日内书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临江市文化和旅游局　　　　乙方（盖章）：杭州云程数智科技有限公司
P:签订日期：2025年　月　日
"""

Z02 = r"""
T:篦冷机控制系统改造及维保合同
P:合同编号：HSSN-SB-2025-112
P:甲方：鹤山华石水泥有限公司
P:乙方：洛阳恒拓自动化工程有限公司
P:甲方第二条熟料生产线（日产4,500吨）篦冷机采用的原控制系统已运行十余年，备件停产、控制精度不足。甲方经邀请招标确定乙方承担篦冷机控制系统改造。双方依据《中华人民共和国民法典》，订立本合同。
H:第一条 工作范围
P:1.1 乙方负责篦冷机控制系统的设计、供货、安装、调试和培训，包括PLC控制系统、传动变频器、料层红外监测、液压系统改造、篦冷机优化控制软件及操作站网络，并与甲方中控DCS完成通讯对接。
P:1.2 改造施工须在甲方年度停窑检修期内完成，停窑窗口为连续18日。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾叁万元整（¥1,930,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含柜体、I/O模块、冗余CPU）|1套|486,000
TB:2|篦床传动变频器|8台|392,000
TB:3|料层高温红外监测装置|1套|268,000
TB:4|液压系统改造（泵站、阀组、油缸）|1套|314,000
TB:5|篦冷机优化控制软件许可（永久）|1套|196,000
TB:6|操作站及工业网络设备|1批|64,000
TB:|软硬件小计||1,720,000
TB:7|安装调试及DCS对接|1项|186,000
TB:8|培训|1项|24,000
TB:|合同总价||1,930,000
P:2.2 上述价格为固定总价，含税、运输、保险及安装调试全部费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货、工期与现场要求
P:4.1 乙方应在合同生效后75日内将全部设备运抵甲方现场，并在停窑窗口内完成安装和冷态调试。
P:4.2 复窑后乙方应在20日内完成热态调试并提交验收申请。
P:4.3 乙方应在停窑前完成施工方案、吊装方案和停窑检修配合计划，经甲方设备部审核后实施。施工期间乙方人员须接受甲方安全教育，遵守受限空间、高温作业、动火和高处作业审批制度，正确佩戴劳动防护用品。
P:4.4 乙方应派驻具有同类篦冷机改造经验的项目经理和电气、液压工程师各一名，调试期间全程驻厂。未经甲方同意，乙方不得更换上述人员。
P:4.5 乙方负责拆除的旧设备由乙方清点后移交甲方仓库，旧设备的处置权归甲方。
H:第五条 验收
P:5.1 验收标准：系统连续稳定运行30日，期间未发生因改造设备或软件造成的停窑；篦下压力和料层厚度自动控制投运率不低于98%；二次风温波动范围较改造前缩小；熟料出篦冷机温度不高于环境温度加65℃；全部联锁保护和报警经逐项测试合格；DCS通讯点表核对无误。
P:5.2 验收由甲方生产、设备和安环部门共同进行，出具书面验收报告。设备安装完毕、投入运行或甲方付款，均不视为验收合格。
P:5.3 乙方应在验收前向甲方移交下列资料：电气原理图、端子接线图、PLC程序及组态备份、变频器参数表、液压系统图、设备说明书、合格证、出厂检验报告和备品备件清单。资料不全的，甲方可拒绝组织验收。
P:5.4 乙方应对甲方中控操作员、电气和液压维修人员进行现场培训，培训不少于6个工作日，内容包括系统原理、操作、参数调整、常见故障处理和日常维护。培训结束后乙方应组织考核，考核合格人员名单作为验收资料之一。
H:第六条 质保期
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量或软件缺陷造成的故障，乙方免费维修或更换。
P:6.2 质保期内故障响应：一级故障（篦冷机停机或主传动失控）乙方应在30分钟内远程响应，6小时内到达现场；二级故障2小时内响应。乙方每超时1小时，支付¥2,000违约金。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按年度提供维保服务，内容包括每季度一次现场巡检、软件参数优化、备件保障和7×24电话支持。
P:7.2 维保费按软硬件小计的26%每年计取（即每年¥447,200），自质保期满起三个年度内不作调整。维保服务按年度签订确认书，不自动续期。
H:第八条 知识产权
P:8.1 优化控制软件的著作权归乙方所有，甲方获得永久使用许可。
P:8.2 为本项目编制的PLC程序、组态画面、联锁逻辑及通讯程序，所有权和知识产权归甲方，乙方应移交全部源程序和注释，甲方可自行修改。
H:第九条 数据安全与保密
P:9.1 生产运行数据归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方书面审批，通过甲方工业防火墙和审计设备接入，不得在控制网络上安装未经甲方同意的软件。发生网络安全事件的，乙方应在1小时内报告；因乙方原因造成的损失由乙方赔偿。
P:9.3 乙方对甲方的工艺参数、生产数据和商务信息负有保密义务，合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 液压管路施工可由乙方分包，但须事先取得甲方书面同意；其余工作不得分包。
H:第十二条 解除与不可抗力
P:12.1 乙方逾期超过20日，或验收两次不合格，或有其他严重违约行为经甲方书面催告10日内仍未纠正的，甲方有权解除合同并要求赔偿。
P:12.2 因不可抗力导致合同无法按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交江门仲裁委员会仲裁。
P:13.2 乙方应保证所供设备及软件不侵犯任何第三方的专利权、著作权或其他权利。因侵权引起的索赔，由乙方负责处理并承担全部费用。
P:13.3 乙方在甲方厂区施工期间产生的废料、包装物应及时清理，并按甲方环保要求分类存放。因乙方施工造成甲方设备、建筑物或其他财产损坏的，乙方应负责修复或赔偿。乙方应为其现场人员办理工伤保险及意外伤害保险。
P:13.4 本合同附件包括技术协议、设备清单、施工方案和备件清单，与本合同具有同等效力；技术协议与本合同不一致的，以技术要求较高者为准。
P:13.5 乙方应在质保期内保证常用备件的供应，并在验收时随机提供一批随机备件，清单见附件。质保期满后，乙方应以不高于投标报价的价格持续供应备件。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：鹤山华石水泥有限公司　　乙方（盖章）：洛阳恒拓自动化工程有限公司
"""

Z03 = r"""儿童乐园会员及票务管理SaaS服务合同

合同编号：XQLY-IT-2025-031
甲方：星趣乐游（广州）文化发展有限公司
乙方：南京智票云信息技术有限公司

甲方在全国经营70家连锁儿童乐园门店，拟统一会员、储值、票务和闸机管理。经比选，甲方选定乙方提供会员及票务管理SaaS服务并负责实施。双方依据《中华人民共和国民法典》，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方70家门店及总部提供会员管理、储值卡、线上购票、核销、闸机联动、营销活动和经营报表功能，按门店数开通账号，总部账号不限数量。
（二）实施服务：
1. 旧会员系统数据迁移（会员约86万人、储值余额及积分）；
2. 各门店闸机、自助售票机和收银系统对接；
3. 小程序购票页面配置及支付通道接入；
4. 门店店长及收银员培训。

二、服务期限
（一）服务期为两个服务年度。首个服务年度自上线验收合格之日起计算，第二个服务年度紧接其后。
（二）服务期满前60日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期时，乙方有权按其届时公布的标准价格调整订阅费，调整后的价格以乙方书面通知为准。

三、费用与支付
（一）订阅费：每门店每服务年度¥9,600，70家门店每服务年度合计¥672,000，两个服务年度合计¥1,344,000。
（二）实施费：一次性¥186,000。
（三）合同总价：¥1,530,000。
（四）支付：
1. 实施费在上线验收合格后15个工作日内一次性支付；
2. 订阅费按季度支付，每季度结束后15个工作日内支付该季度费用¥168,000；
3. 甲方不支付任何预付款。

四、实施与上线验收
（一）乙方应在合同签订后75日内完成全部门店上线。
（二）上线验收标准：
1. 迁移后会员数、储值余额和积分与旧系统逐户核对一致，差异为零；
2. 全部门店闸机核销成功率不低于99.5%，单次核销耗时不超过1秒；
3. 在节假日模拟峰值（每分钟3,000笔购票）下，小程序下单成功且页面响应不超过2秒；
4. 甲方随机抽查10家门店现场运行3日无一级故障。
（三）甲方在收到验收申请后10个工作日内组织验收，出具书面验收意见。门店开始使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，按合同总价的万分之七支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%（计划内维护除外，计划维护须提前3日通知并安排在闭店时段）。
（二）故障分级与响应：
1. 一级故障（全部门店无法购票或核销）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或单项功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（不影响营业的缺陷）：1个工作日内响应。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，按当季订阅费的2%扣减；一级故障超时恢复的，每超时1小时扣减¥2,000。扣减总额以当季订阅费为限。
（四）服务报告：乙方每月5日前向甲方提交上月服务报告，内容包括可用率统计、故障清单及处理情况、服务补偿计算、系统容量和性能趋势、版本更新说明；每季度与甲方召开一次服务回顾会议。
（五）版本更新：乙方对平台的版本更新不得降低已开通功能，涉及门店操作变化的，应提前7日通知甲方并提供培训材料。
（六）客服支持：乙方应提供营业时间内的电话及在线客服，门店店长可直接提交问题工单，乙方应在工单中记录处理过程，甲方可随时查询。
（七）乙方应在上线前提交实施方案，明确各门店的上线批次、切换时间和回退方案。门店切换应安排在闭店后进行，切换失败的，乙方应在次日开店前恢复旧系统运行，确保门店正常营业。
（八）乙方应为甲方提供开放接口，支持甲方自行开发的会员小程序、财务系统及数据仓库调用会员、订单和储值数据，接口调用不另行收费。

六、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）为甲方定制的页面配置、营销活动模板、报表及接口程序归甲方所有，甲方可自由使用、修改并交由第三方维护。

七、数据安全与数据归属
（一）会员信息（含儿童姓名、年龄、照片）、交易和储值数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，对儿童个人信息单独加密存储，实行最小授权和操作留痕，并每个服务年度开展一次安全评估，报告提交甲方。
（三）发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方全部承担。
（四）合同终止后30日内，乙方应以通用格式向甲方移交全部数据，并在甲方确认后彻底删除。

八、保密
双方对在履行本合同过程中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，合同终止后本条继续有效。

九、分包
乙方可将门店现场实施、闸机接线和培训工作委托第三方服务商完成，但应提前5个工作日书面通知甲方。乙方对第三方服务商的工作向甲方承担责任。

十、合同解除
（一）乙方连续两个月月度可用率低于承诺值，或发生严重数据泄露，或有其他重大违约行为经甲方书面催告15日内仍未纠正的，甲方有权书面通知解除合同。
（二）合同解除的，乙方应按第七条（四）移交数据并退还已付未用的订阅费。
（三）服务期满甲方不续约的，乙方应在服务期满前配合甲方完成向新系统的数据迁移，提供数据字典和字段说明，并在迁移完成前保持平台正常运行，迁移期间不另行收费。

十一、双方的其他义务
（一）甲方应指定项目负责人，协调各门店配合实施，按时提供旧系统数据、闸机及收银设备的接口资料。
（二）乙方应指定专职客户经理和实施经理，实施期间每周提交进度报告；门店上线前应完成门店人员操作培训并提供操作手册和视频教程。
（三）乙方应确保线上购票、储值功能符合消费者权益保护、预付卡管理及支付结算相关规定，因平台功能不合规导致甲方被处罚的，乙方应赔偿甲方损失。
（四）本合同服务期内新开门店的，按每门店每服务年度¥9,600按剩余服务月份折算增加订阅费；关闭门店的，自下一季度起相应减少订阅费。

十二、争议解决
本合同适用中华人民共和国法律。争议提交广州仲裁委员会仲裁。

十三、其他
（一）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，不可抗力期间的服务补偿可予免除。
（二）本合同附件包括：功能清单、门店清单、实施计划和服务水平说明，均为本合同组成部分。
（三）双方通知以书面形式送达本合同所列地址或项目联系人电子邮箱，一方联系信息变更的，应及时书面通知对方，否则原地址送达有效。
（四）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。

甲方（盖章）：星趣乐游（广州）文化发展有限公司
乙方（盖章）：南京智票云信息技术有限公司
日期：2025年　月　日
"""

Z04 = r"""商品房网签备案系统年度运维服务合同

项目编号：JZCG-2025-FW-0219
采购人（甲方）：江州市住房和城乡建设局
供应商（乙方）：湖南房信软件技术有限公司

根据江州市住房和城乡建设局商品房网签备案系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方经协商一致，订立本合同。

第一条 服务对象与内容
（一）服务对象：江州市商品房买卖合同网签备案系统，包括新建商品房和存量房网签、合同备案、资金监管接口、不动产登记接口及对外查询服务，部署于甲方政务云。
（二）服务内容：
1. 日常运行监控、巡检和故障处置；
2. 数据库维护、备份与恢复演练（每季度一次）；
3. 因政策调整引起的功能调整，全年累计不超过800人日；
4. 配合等级保护测评及漏洞整改；
5. 驻场运维：乙方派驻3名工程师在甲方办公地点工作，工作日8:30至17:30在岗，其余时间电话值守。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条 服务费用与支付
（一）本合同总价为人民币玖拾陆万捌仟元整（¥968,000），包括驻场人员、备件、工具、差旅及税费。
（二）服务费按季度支付：每季度结束且季度考核完成后15个工作日内，甲方按考核结果支付当季服务费¥242,000（扣除考核扣款）。
（三）甲方不支付预付款。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前2个工作日经甲方同意，并安排在非办公时间。
（二）故障等级与响应：
1. 一级故障：网签或备案业务全市中断。乙方应在6小时内响应，并在响应后尽快恢复；
2. 二级故障：部分业务或部分区县不可用。乙方应在8小时内响应；
3. 三级故障：个别功能异常，不影响办件。乙方应在2个工作日内处理。
（三）考核扣款：月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥2,000；故障未按时响应的，每次扣减¥3,000；驻场人员无故缺岗的，每人每日扣减¥800。

第四条之二 运维人员与管理
（一）乙方驻场工程师应具备相关专业资格，其中至少一人持有数据库管理认证。乙方更换驻场人员须提前10个工作日书面征得甲方同意，并完成工作交接。
（二）乙方应建立运维工单制度，所有故障、变更和数据操作均须形成工单记录，每月5日前向甲方提交上月运维报告，包括可用率、故障处理、巡检结果、变更记录和改进建议。
（三）重要时段保障：在每月月底、季度末及政策调整上线期间，乙方应增派工程师现场保障，费用已包含在合同总价中。
（四）变更管理：系统变更须提前提交变更方案和回退方案，经甲方审批后在非办公时间实施，实施后向甲方报告结果。

第五条 验收与考核
（一）季度考核：甲方每季度末依据巡检记录、故障工单、可用率统计和满意度评价进行考核，考核得分低于80分的，当季服务费扣减2%。考核细则见附件2，甲方应在季度结束后10个工作日内将考核结果书面告知乙方，乙方对考核结果有异议的，可在5个工作日内提出复核申请。
（二）年度验收：服务期满前，乙方提交年度运维报告、备份恢复演练记录、漏洞整改清单及文档移交清单。验收标准为：四个季度考核均合格；备份恢复演练全部成功；等保测评发现的中高风险项全部整改完毕；文档和账号交接完整。甲方出具书面验收意见。

第六条 乙方的违约责任
（一）乙方未按甲方要求的期限完成政策调整功能上线或漏洞整改的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方违反第八条、第九条的，应赔偿甲方因此遭受的全部损失。

第六条之二 甲方的义务
（一）甲方应为驻场人员提供办公场所、网络和必要的办公设备，并提供系统运行所需的账号和权限。
（二）甲方应及时向乙方通报政策调整和业务变化，组织业务处室对调整功能进行确认和测试。
（三）甲方负责协调政务云服务商、不动产登记中心、银行资金监管系统等相关单位，配合乙方开展故障处置和接口联调。

第七条 知识产权
运维期间乙方为甲方开发的功能模块、脚本、补丁及其源代码和文档，知识产权归甲方所有，乙方应在完成后及时移交。

第八条 数据安全
（一）系统中的网签合同、备案信息、购房人身份信息及交易数据全部属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
（二）乙方运维操作须通过甲方堡垒机进行，使用实名账号，禁止在个人设备上存储业务数据；数据库导出须经甲方书面审批。
（三）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其驻场人员应对工作中知悉的购房人个人信息、房地产市场数据和甲方内部资料保密，并签署保密承诺书。保密义务不因合同终止而解除。

第十条 分包
乙方不得将本合同服务分包或转包给第三方。

第十一条 合同的变更与解除
（一）本合同履行期间，除不可抗力导致合同目的无法实现外，任何一方不得单方解除本合同。
（二）乙方服务不符合约定的，甲方可按第四条、第五条扣款，并要求乙方限期整改。
（三）合同的变更须经双方书面确认。
（四）因机构改革或财政预算调整需要变更服务内容的，双方应协商签订补充协议，服务费按实际服务内容和考核结果据实结算。乙方不得以合同变更为由中断服务或拒绝交接。

第十一条之二 不可抗力
因自然灾害、政务云平台重大故障等不可抗力或非乙方原因导致服务中断的，乙方应立即通知甲方并全力配合恢复，该期间的可用率考核可相应调整。

第十二条 服务交接
服务期满或合同终止时，乙方应在15个工作日内完成系统文档、账号权限、运维工具及知识库的交接，并配合新服务商完成过渡，交接期内不得停止服务。

第十二条之二 应急保障
（一）乙方应编制系统应急预案，包括数据库故障、网络中断、接口异常和数据错误等场景的处置流程，报甲方备案，并每半年组织一次应急演练。
（二）发生一级故障时，乙方应同步启用应急预案，协助甲方通过窗口登记等方式维持业务受理，并在故障处置完成后3个工作日内提交故障分析报告，说明原因、影响范围和整改措施。

第十三条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 其他
（一）磋商文件、响应文件及成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：江州市住房和城乡建设局
乙方（盖章）：湖南房信软件技术有限公司
签订日期：2025年6月　日
附件：1. 系统清单及部署架构；2. 运维服务内容及考核细则；3. 驻场人员名单；4. 应急预案及联系人清单；5. 保密承诺书样本。
"""

Z05 = r"""# 溯源云码产品质量追溯系统软件许可及开发合同

（溯源云码标准合同文本 SY-HT-V3.0，乙方提供）

合同编号：SYYM-2025-0586

甲方（需方）：贵阳黔辣坊食品有限公司

乙方（供方）：成都溯源云码科技有限公司

甲方为满足食品安全追溯管理要求，向乙方采购"溯源云码"产品质量追溯系统软件许可及定制开发服务。双方经友好协商，签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供溯源云码追溯平台（标准版）软件许可，并按甲方需求完成以下定制开发：辣椒、菜籽油等原料批次溯源；生产批次一物一码赋码；与甲方MES、ERP及电商平台接口；经销商防窜货管理；消费者扫码查询页面。

1.2 乙方负责系统部署、基础数据初始化及甲方操作人员培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云码追溯平台软件许可（标准版，不限用户数） | 420,000 |
| 2 | 定制开发（原料溯源、赋码、接口、防窜货、扫码页面） | 368,000 |
| 3 | 部署实施及数据初始化 | 64,000 |
| 4 | 培训 | 18,000 |
| | 合同总价 | 870,000 |

合同总价为人民币捌拾柒万元整（¥870,000），含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即¥478,500。乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的45%，即¥391,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方在收到首期款后100日内完成系统部署和定制开发，并通知甲方上线。

4.2 交付期限因甲方需求变更、提供资料延迟或现场条件不具备而顺延。

4.3 甲方应在合同签订后10日内向乙方提供原料供应商清单、产品编码规则、生产线布局、MES及ERP接口文档，并指定专人配合需求调研。甲方需求确认后提出变更的，乙方有权另行收取开发费用并顺延交付期限。

4.4 赋码所需的喷码机、扫码枪、工业相机等硬件设备由甲方自行采购，乙方提供选型建议和对接支持。硬件设备不能满足系统运行要求的，由甲方负责更换。

4.5 乙方提供的部署方式为私有化部署，服务器、操作系统和数据库由甲方准备；甲方要求采用乙方云平台部署的，云资源费用另行计算。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后对功能有异议的，应在3日内书面提出，逾期未提出的，视为无异议。

5.3 甲方提出的异议属于需求变更或新增功能的，不影响验收结论，由双方另行协商开发费用。乙方对甲方提出的缺陷应在合理期限内修复，修复期间不影响甲方按第三条付款。

5.4 系统上线后，甲方应安排专人负责系统日常管理，定期备份数据，并按乙方提供的操作手册使用系统。

## 第六条 售后服务

6.1 乙方提供六个月免费维护期，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法赋码或扫码查询中断）乙方在2小时内响应；其他故障在2个工作日内响应。乙方以远程方式处理故障，需要现场服务的，差旅费用由甲方承担。

6.4 乙方对甲方操作人员提供一次集中培训，培训地点在甲方厂区，培训时间不超过2日。甲方需增加培训的，按乙方收费标准另行支付。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费按乙方届时公布的服务价格标准收取。

## 第七条 知识产权

7.1 溯源云码平台及本合同项下所有定制开发成果（包括源代码、接口程序、页面模板及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，亦不得许可第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、原料及流通数据归甲方所有。

8.2 乙方应采取防火墙、数据加密、访问控制和定期备份等措施保障数据安全。发生数据泄露的，乙方应在事发后2小时内通知甲方；因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

8.3 甲方同意，乙方有权对系统中的数据进行脱敏、汇总处理后，用于乙方产品改进、行业追溯数据分析及市场研究，上述处理结果归乙方所有。

8.4 合同终止后，甲方要求导出数据的，乙方应协助导出，导出服务按乙方收费标准另行计费。

## 第九条 保密

双方对本合同内容及履约中知悉的对方技术秘密和商业秘密负有保密义务，未经对方同意不得向第三方披露，但法律法规另有规定的除外。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及商誉损失。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的首期款不予退还。乙方已完成的开发工作量，甲方应按实际完成比例另行结算。

## 第十一条之一 甲方义务

甲方应按约定支付合同款项，为乙方实施人员进入厂区提供必要的工作条件，并保证提供给乙方的资料真实、完整。甲方应妥善保管系统管理员账号，因甲方人员操作不当造成的数据丢失或系统故障，由甲方自行承担。

## 第十二条 不可抗力

因不可抗力或电力、网络、第三方平台故障等非乙方原因导致系统无法正常运行的，乙方不承担责任。因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准。

14.2 乙方的产品说明书、报价单及演示材料仅供参考，不构成本合同的组成部分。

14.3 双方联系人：甲方由信息部负责人作为联系人，乙方由客户经理作为联系人。通过电子邮件发送的通知，自发出之日起视为送达。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：贵阳黔辣坊食品有限公司

乙方（盖章）：成都溯源云码科技有限公司

签订日期：2025年　月　日
"""

E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LPS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Lumiplan Scheduling d.o.o., a company registered in Ljubljana, Slovenia, with its office at Dunajska cesta 156, 1000 Ljubljana (the "Vendor"), and Foshan Meihe Household Appliances Co., Ltd., a company registered in Foshan, Guangdong, People's Republic of China (the "Buyer").
P:The Buyer manufactures washing machines and dishwashers in three plants and wishes to replace spreadsheet-based production planning with the Vendor's advanced planning and scheduling software, configured and integrated with the Buyer's ERP and MES systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's LumiPlan APS software, version 8, in object code, with its user documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, scheduling rules, interface programs, reports and related source code and documentation produced by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data of the Buyer, including orders, bills of materials, routings, inventory and capacity data, that the Vendor accesses or processes under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software for its internal business in its plants in the People's Republic of China, for 36 named planner users and unlimited read-only users, on servers owned or controlled by the Buyer.
P:2.2 The Vendor shall configure the Software for the three plants, build the interfaces with the Buyer's ERP and MES systems, migrate master data, train the Buyer's planners and key users, and support the go-live, as described in Annex 1.
P:2.3 The Buyer may make a reasonable number of copies of the Software for backup, testing and disaster recovery.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,940,000 (the "Contract Price"), made up of: Licence Fee CNY 1,260,000; configuration and interfaces CNY 540,000; project management CNY 95,000; training CNY 45,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel. Prices are in Chinese yuan (CNY).
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after the Vendor delivers an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Go-Live Certificate is signed. The Go-Live Certificate confirms that the Software is running in production in all three plants. It is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Each payment is made against a valid invoice by bank transfer.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live in all three plants within 150 days after the effective date, following the project plan in Annex 1.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 2 passes its test case; (b) a full scheduling run for all three plants completes within 8 minutes; (c) interface reconciliation shows no unexplained difference between the ERP and the Software for orders and inventory over 10 consecutive working days; (d) schedule adherence reports are produced as specified; and (e) no Severity 1 defect occurs during a 45-day stabilisation period after go-live.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days or state in writing the criteria not met. Go-live, productive use or any payment does not constitute acceptance.
P:5.4 If the delivery date in Article 5.1 is missed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:6.2 Support levels: Severity 1 (scheduling unavailable for a plant) response within 1 hour and a workaround within 8 hours; Severity 2 response within 2 hours; Severity 3 response within 2 working days.
P:6.3 For each hour by which a Severity 1 response or workaround is late, the Vendor shall credit CNY 1,000 against the next payment or pay it to the Buyer.
P:6.4 After the Warranty Period, the Buyer may order annual support at 10% of the Licence Fee per year (CNY 126,000), fixed for three years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor.
P:7.2 The Custom Deliverables belong to the Buyer on delivery. The Vendor shall hand over their source code and documentation, and the Buyer may use, modify and license them without restriction.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, with each session approved in advance. The Vendor shall not transfer Buyer Data outside the People's Republic of China, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 2 hours of becoming aware of any security incident affecting Buyer Data, cooperate in its remediation, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 8, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 5.4 reach their maximum. On termination by the Buyer, the Vendor shall refund payments for deliverables not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Slovenia, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration at the Ljubljana Arbitration Centre at the Chamber of Commerce and Industry of Slovenia, in Ljubljana, in the English language.
H:Article 14 Project Organisation
P:14.1 Each party shall appoint a project manager with authority to take day-to-day decisions. The Vendor's project manager and lead consultant shall be named in Annex 1 and shall not be replaced without the Buyer's consent, which the Buyer shall not unreasonably withhold.
P:14.2 The project managers shall meet weekly, in person or by video conference, and the Vendor shall issue written minutes and an updated risk and issue log after each meeting. A steering committee with senior representatives of both parties shall meet monthly to review progress, approve changes and resolve escalated issues.
P:14.3 Changes to the scope, the plan or the Contract Price require a written change order signed by both parties. The Vendor shall estimate the effect of each requested change on cost and schedule within five working days of the request.
P:14.4 The Vendor's consultants working at the Buyer's plants shall comply with the Buyer's site rules, including safety, hygiene and visitor registration rules, and the Buyer shall provide them with workplaces, network access and the cooperation of its key users as set out in Annex 1.
P:14.5 The Buyer shall provide the master data, interface specifications and test data described in Annex 1 on time. Where a delay is caused by the Buyer, the Vendor's dates are extended accordingly, provided the Vendor notified the Buyer of the delay in writing without undue delay.
H:Article 15 General
P:15.1 Neither party is liable for a failure to perform caused by force majeure, meaning events beyond its reasonable control such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If force majeure lasts more than 60 days, either party may terminate by written notice. The Vendor shall comply with applicable anti-bribery laws and shall not offer any improper benefit to the Buyer's employees. Notices shall be in writing and sent to the addresses above, with a copy by e-mail.
P:15.2 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification and Test Cases), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = r"""# ORDER FORM AND GENERAL TERMS: QUALITRACE SUPPLIER QUALITY CLOUD

Order Form No. QT-APAC-2025-0092

## PART A: ORDER FORM

### A1. Parties

- **Vendor:** Qualitrace s.r.o., a company registered in Brno, Czech Republic, Purkyňova 99, 612 00 Brno, acting through its Shanghai representative office.
- **Customer:** Ningbo Hengrun Auto Parts Co., Ltd., a company registered in Ningbo, Zhejiang, People's Republic of China.

### A2. Subscribed Service

The Qualitrace Supplier Quality Cloud (the "Service"): supplier audits, incoming inspection, non-conformance reports, 8D problem solving, PPAP document management, supplier scorecards and customer complaint tracking, for 180 named users and up to 650 supplier portal accounts, hosted for the Customer in a data centre in mainland China.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Service Start Date, the date on which the Customer signs the Onboarding Acceptance under Section 4 of Part B. The second Subscription Year follows immediately. The Order Form ends at the end of the second Subscription Year and does not renew automatically; any further term needs a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 named users, 650 supplier accounts | 438,000 |
| Subscription, Subscription Year 2 | same scope, same price | 438,000 |
| Onboarding services | one-time, fixed price | 64,000 |
| **Total Order Value** | | **940,000** |

Additional named users may be added at CNY 2,350 per user per Subscription Year, pro rata. Such additions are not part of the Total Order Value.

### A5. Invoicing and Payment

- Onboarding services are invoiced after Onboarding Acceptance.
- The subscription fee of each Subscription Year is invoiced at the start of that Subscription Year.
- Invoices are payable within 30 days of receipt of a valid VAT invoice issued by the Vendor's PRC reseller, Hangzhou Zhiyuan Information Co., Ltd.
- All amounts are in Chinese yuan and include value-added tax. Bank charges outside China are borne by the Vendor.

### A6. Onboarding Scope and Contacts

Onboarding covers: configuration of workflows for two plants; import of the supplier master list (about 420 suppliers) and open non-conformance records; single sign-on with the Customer's identity system; an interface to the Customer's ERP for goods receipts; and training of key users and administrators. Customer contact: Quality Director. Vendor contact: APAC Delivery Manager.

This Order Form is governed by the General Terms in Part B. In case of conflict, Part A prevails.

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and files uploaded to the Service by or for the Customer and its suppliers, and all records generated from them.

1.2 "Customer Configurations" means workflows, forms, report templates, scorecard models and interface mappings configured by the Vendor specifically for the Customer.

1.3 "Documentation" means the Vendor's user and administrator guides for the Service as updated from time to time.

### 2. Access and Use

2.1 The Vendor grants the Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer may allow its suppliers to use the supplier portal to submit documents and respond to requests, within the supplier account limit.

2.3 The Customer is responsible for the accuracy of the data it and its suppliers upload and for obtaining any consents required for that data.

2.4 The Customer shall keep its user credentials secure and shall not resell the Service or use it to build a competing product.

### 3. Service Operation

3.1 The Vendor will use commercially reasonable efforts to make the Service available to the Customer and to carry out maintenance outside the Customer's normal working hours where practicable.

3.2 Support requests may be raised through the Vendor's support portal or by email. The Vendor will handle support requests in the order received, during its business hours, in English or Chinese.

3.3 The Vendor may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 4. Onboarding and Acceptance

4.1 The Vendor shall complete onboarding within 70 days after the Order Form is signed. The Vendor shall provide an onboarding plan within ten working days after signature, showing workshops, configuration milestones, data import dates and test phases, and shall report progress to the Customer's project lead every week until Onboarding Acceptance.

4.2 Onboarding Acceptance criteria: (a) every workflow in the agreed configuration workbook passes the Customer's test scripts; (b) the imported supplier list and open records reconcile with the source files without unexplained differences; (c) single sign-on works for all named users; (d) goods receipts from the ERP appear in the Service within 10 minutes in a test of five consecutive working days; and (e) training is completed and documented.

4.3 The Customer shall confirm Onboarding Acceptance in writing within 10 working days after the Vendor's notice that the criteria are met, or list the failed criteria. Use of the Service before that confirmation is not acceptance.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the Service under this Order Form and for no other purpose, and shall not aggregate, analyse or license it for itself or any third party.

5.2 The Vendor shall host the Service and store Customer Data only in data centres located in mainland China, encrypt Customer Data in transit and at rest, apply role-based access with multi-factor authentication for its administrators, keep access logs for at least 180 days, and maintain its ISO/IEC 27001 certification.

5.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 2 hours of detection, provide a written report within 3 days, and bear the costs and losses resulting from incidents caused by its breach of this Section.

5.4 Within 30 days after the Subscription Term ends, the Vendor shall return Customer Data in a standard format and then delete it and certify the deletion.

### 6. Intellectual Property

6.1 The Service, the Documentation and all underlying software remain the property of the Vendor.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and have third parties use them, during and after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. These obligations survive for three years after the Subscription Term.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to two times the Total Order Value, except for breach of Section 5 or Section 7, fraud or wilful misconduct, which are unlimited.

8.2 Neither party is liable for indirect or consequential loss, except under Section 5.

### 9. Subcontracting

9.1 The Vendor may use subcontractors for hosting or onboarding only with the Customer's prior written consent. The hosting provider named in the security annex is consented to by signature of this Order Form. The Vendor remains responsible for its subcontractors.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

10.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund prepaid fees for the remainder of the Subscription Term.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force.

### 12. Changes to the Service and Suspension

12.1 The Vendor shall give the Customer at least 60 days' written notice of any change that removes a feature the Customer uses or requires the Customer to change its interfaces, and shall support the previous interface version until the end of that notice period.

12.2 The Vendor may suspend access of an individual user who breaches Section 2.3, after notice to the Customer's administrator. The Vendor may not suspend the Service as a whole for non-payment unless an undisputed invoice remains unpaid 45 days after a written reminder.

12.3 Each party shall comply with applicable export control and anti-bribery laws in performing this Order Form. Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.

### 13. General

13.1 Neither party may assign this Order Form without the other party's written consent. Notices must be in writing. This Order Form, with Part B and the security annex, is the entire agreement.

Signed for the Vendor: ____________________ Signed for the Customer: ____________________
"""

E03 = r"""
T:SUPPLY AND LICENCE CONTRACT FOR WIRELESS CONDITION MONITORING
P:Contract No. GXJY-EQ-2025-077
P:Buyer: Guangxi Jiayuan Pulp and Paper Co., Ltd., Wuzhou, Guangxi, People's Republic of China (the "Buyer").
P:Supplier: Vibrosense Sp. z o.o., ul. Kamieńskiego 47, 30-644 Kraków, Poland (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the rotating equipment of its paper machine PM3, pulping line and power plant with wireless vibration and temperature sensors and condition monitoring software. The Supplier was selected by competitive tender. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission 240 wireless vibration and temperature sensors, 12 wireless gateways, and a perpetual licence of its VS-Monitor condition monitoring software, and shall configure fault detection models for the monitored machines and train the Buyer's staff.
P:1.2 The detailed technical specification, the list of monitored machines and the sensor positions are set out in Annex A (Technical Specification).
P:1.3 The Supplier warrants that all equipment is new, unused, of current production and suitable for the humid and dusty environment of a paper mill, with at least IP67 protection.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,410,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VS-300|240|5,900|1,416,000
TB:2|Wireless gateway VS-GW2 with mounting kit|12|18,500|222,000
TB:3|VS-Monitor software, perpetual licence, unlimited assets on one site|1|486,000|486,000
TB:|Hardware and licence subtotal|||2,124,000
TB:4|Installation and commissioning|1|168,000|168,000
TB:5|Fault detection model configuration|1|92,000|92,000
TB:6|Training|1|26,000|26,000
TB:|Contract Price|||2,410,000
P:2.2 The Contract Price is fixed. It includes delivery DDP to the Buyer's mill in Wuzhou, import duties, taxes, packing, insurance and all costs of the Supplier's personnel.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price within 15 working days after the Buyer receives an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 55% of the Contract Price within 15 working days after all equipment is delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price within 15 working days after the Final Acceptance Certificate is signed.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the mill within 60 days and complete installation and commissioning within 100 days after the Contract is signed.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final acceptance requires: (a) all 240 sensors report to the software at the configured interval with a data loss rate below 0.5% over 21 consecutive days; (b) the battery life forecast for each sensor is at least three years at the configured interval; (c) alarms for a simulated bearing fault and a simulated imbalance reach the control room within 60 seconds; (d) vibration readings agree with a calibrated portable analyser within ±5% at ten test points; and (e) training records and all documentation are delivered.
P:5.2 The Buyer shall test within 10 working days after the Supplier's written notice and sign the Final Acceptance Certificate or list the failed criteria. Delivery, installation, use or payment does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months after the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective sensors, gateways and batteries free of charge and supply software updates.
P:6.2 Fault response: for a Severity 1 fault (monitoring of the paper machine lost) the Supplier shall respond within 30 minutes and restore monitoring within 8 hours, on site if needed; for a Severity 2 fault, respond within 2 hours; for a Severity 3 fault, within 2 working days.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,200.
P:6.4 After the warranty period, the Buyer may order annual support at 7.5% of the hardware and licence subtotal (CNY 159,300 per year), fixed for two years. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The VS-Monitor software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:7.2 The fault detection models, alarm thresholds, machine hierarchy and reports configured for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties.
H:8. Data
P:8.1 All measurement data, machine data and reports belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep or use them for any other purpose, including product development.
P:8.2 The software is installed on the Buyer's servers in the mill. The Supplier shall access it remotely only through the Buyer's VPN, with multi-factor authentication and approval for each session, and shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall report any security incident within 2 hours and is liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's process data, drawings and commercial information and shall not disclose them to third parties without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty period.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages reach their maximum.
P:12.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the delay. If force majeure lasts more than 60 days, the Buyer may terminate the Contract and the Supplier shall refund payments for equipment not delivered.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.
H:14. Site Work, Documentation and Training
P:14.1 Before installation, the Supplier shall submit a method statement, an installation drawing for each machine and a list of its site personnel for the Buyer's approval. Sensors shall be fixed by stud mounting on prepared surfaces or by an approved adhesive, as stated in Annex A; drilling into pressure parts is not permitted.
P:14.2 The Supplier's personnel shall attend the Buyer's safety induction, follow its permit-to-work, lock-out and confined-space procedures, and wear the protective equipment required in each area. Work on the paper machine may only be done during the shutdowns agreed in the installation plan.
P:14.3 The Supplier shall deliver, in Chinese and English, the operating and maintenance manuals, the sensor position list with photographs, the network and gateway configuration, the software administration guide and the model configuration report.
P:14.4 The Supplier shall train up to 12 maintenance engineers and 6 reliability analysts at the mill, for at least five days in total, covering installation and replacement of sensors, battery changes, alarm handling, spectrum analysis in the software and report generation, and shall assess the trainees at the end.
P:14.5 The Supplier shall keep spare parts, including sensors, gateways and batteries, available for purchase for at least eight years after Final Acceptance, at prices no higher than those in clause 2.1.
H:15. General
P:15.1 The Annexes form part of this Contract: Annex A (Technical Specification), Annex B (Installation Plan), Annex C (Acceptance Test Procedure) and Annex D (Spare Parts Price List).
P:15.2 The Supplier shall not assign or transfer this Contract or any payment under it without the Buyer's prior written consent. Notices shall be in writing and delivered to the addresses above, with a copy by e-mail to the project managers named in Annex B.
P:15.3 Amendments must be in writing and signed by both parties. This Contract is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# MANAGED END-USER IT SERVICES AGREEMENT

Agreement No. TSK-CN-MS-2025-06

**Between:** Tatrasoft Services a.s., Karadžičova 8, 821 08 Bratislava, Slovak Republic, through its branch in Suzhou (the "Provider"),

**and:** Jiangsu Kangtai Pharmaceutical Distribution Co., Ltd., Nanjing, Jiangsu, People's Republic of China (the "Customer").

**Background.** The Customer runs 14 regional warehouses and a head office with about 2,600 staff. It wishes to outsource its service desk, desktop support and device lifecycle management for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance under Section 4.

1.3 "Service Levels" means the levels in Schedule 2.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or can access in performing the Services.

## 2. Services and Term

2.1 The Provider shall perform the Services from the Service Commencement Date for 36 months (the "Term").

2.2 The Agreement ends at the end of the Term and does not renew automatically. The parties may agree an extension in writing at least 90 days before the Term ends.

2.3 The Provider shall perform the Services with qualified staff, in accordance with good industry practice and the Customer's IT policies notified to it in writing.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total value of this Agreement is CNY 2,340,000: a fixed Monthly Service Charge of CNY 61,500 for 36 months (CNY 2,214,000) and a one-time Transition Fee of CNY 126,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after Transition Acceptance. No advance payment is due.

3.3 Service credits under Schedule 2 are deducted from the next invoice.

3.4 The Customer shall pay each correct invoice within 45 days of receipt. Charges are fixed for the Term and include all taxes, travel and tools.

## 4. Transition and Acceptance

4.1 The Provider shall complete transition of the Services from the Customer's incumbent provider within 75 days after signature.

4.2 Transition Acceptance criteria: (a) the service desk handles all Customer tickets for ten consecutive working days with the Service Levels of Schedule 2 met; (b) the asset inventory reconciles with the Customer's device records, with every difference explained; (c) knowledge articles for the 60 most frequent request types are approved by the Customer; and (d) the Provider's staff at all sites are in place and trained on the Customer's systems.

4.3 The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or list the criteria not met. Performance of the Services before that confirmation is not acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay, up to CNY 126,000.

## 5. Service Levels and Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 every month and report on them by the fifth working day of the following month.

5.2 If a Service Level is missed, the Provider shall grant the service credit in Schedule 2. Credits in a month are limited to 12.5% of that month's Monthly Service Charge. Credits do not limit the Customer's other remedies.

## 6. Personnel

6.1 The Provider shall name a service delivery manager and keep key personnel in place for at least the first half of the Term unless the Customer agrees otherwise.

6.2 The Provider's on-site staff shall follow the Customer's site rules, including GMP and warehouse safety rules.

6.3 The Provider shall ensure that its staff have the skills and language ability needed for the Services, shall train new staff on the Customer's systems before they take calls, and shall replace any individual whom the Customer reasonably asks to be removed from its sites.

6.4 The Provider is responsible for the employment, pay, social insurance and work permits of its staff, and none of them becomes an employee of the Customer.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination, the Provider shall return all Customer Data and documentation in its possession to the Customer.

## 8. Intellectual Property

8.1 The Provider's tools, ticketing software and methods remain its property.

8.2 Knowledge articles, scripts, device images and reports created for the Customer belong to the Customer, which may use, modify and give them to a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's business, pricing and customer information, and shall not disclose it to any third party without prior written consent, except to its staff and advisers who need to know it.

9.2 This Section survives for three years after the end of the Agreement.

## 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same critical Service Level in three consecutive months.

12.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates then applicable under Schedule 3.

## 13. Governance and Exit

13.1 The parties shall hold a monthly service meeting to review the service report, open problems and planned changes, and a quarterly service review attended by the Customer's IT director and the Provider's account director.

13.2 The Provider shall propose at least two service improvements each quarter, with their expected effect on ticket volumes or resolution times, and shall implement those the Customer approves at no additional charge where they fall within the Services.

13.3 The Provider shall keep the asset register, the knowledge base and the operating procedures up to date throughout the Term, so that a successor provider or the Customer can take over the Services without interruption.

13.4 During exit the Provider shall continue to meet the Service Levels, transfer open tickets, hand over documentation and administrator accounts, and cooperate with the successor provider in good faith.

13.5 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as practicable.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1: Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English; ticket logging, triage and first-line resolution | 7:30 to 20:00, Monday to Saturday |
| Desktop support | On-site second-line support at the head office and 14 warehouses; printers, scanners and handheld terminals | Business hours at each site |
| Device lifecycle | Imaging, deployment, moves, asset tagging and disposal coordination for about 2,900 devices | Business hours |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2: Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | A warehouse cannot ship, or more than 50 users are affected | 15 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| P2 | A team or critical device is affected | 1 hour | 1 business day | 1% per incident |
| P3 | A single user is affected | 2 business hours | 3 business days | 2% if fewer than 90% of P3 tickets meet target |
| Satisfaction | Average user satisfaction score | | at least 4.2 of 5 | 1% if missed |

## Schedule 3: Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Fee | 126,000 | after Transition Acceptance |
| Monthly Service Charge | 61,500 | monthly in arrears, 36 months |
| Total | 2,340,000 | |
| Additional on-site engineer day (exit assistance or projects) | 1,650 | per day, on written order |

Signed for the Provider: ____________________ Signed for the Customer: ____________________
"""

E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CRX-SUB-2025-311

PARTIES

Chemrex Regulatory Data Kft., Piac utca 61, 4025 Debrecen, Hungary ("Provider"); and

Zhejiang Huanyu Specialty Chemicals Co., Ltd., Shaoxing, Zhejiang, People's Republic of China ("Customer").

BACKGROUND

The Customer exports coatings additives and surfactants to the European Union and needs current regulatory data on substances, including registration status, classification and labelling, restrictions and candidate-list entries, in its product stewardship and order-screening systems. The Provider maintains a regulatory substance database and makes it available through a web application and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription Data" means the Provider's regulatory data sets described in Annex 1, as updated by the Provider during the Subscription Term.

1.2 "API" means the Provider's REST interface through which the Customer's systems retrieve Subscription Data.

1.3 "Customer Data" means product formulations, substance lists, customer and order information and any other data that the Customer or its systems submit to the Service, including API queries and their results linked to the Customer's products.

1.4 "Subscription Year" means the period from the start of the Subscription Term, or from an anniversary of it, to the day before the next anniversary.

2. SERVICE

2.1 The Provider grants the Customer a non-exclusive, non-transferable right, during the Subscription Term, to access the web application for 25 named users and to retrieve Subscription Data through the API for use in the Customer's internal systems, with up to 400,000 API calls per Subscription Year.

2.2 The Customer may store Subscription Data retrieved through the API in its product stewardship system and use it in safety data sheets, labels and internal reports. The Customer may not resell Subscription Data as a data set.

2.3 The Provider updates the Subscription Data at least weekly and within 3 working days after an official publication of the European Chemicals Agency or the European Commission that changes a regulated list.

3. INTEGRATION SERVICES AND ACCEPTANCE

3.1 The Provider shall deliver an Integration Package consisting of a connector to the Customer's product stewardship system, mapping tables between the Customer's substance codes and the Provider's identifiers, and an order-screening rule set, within 50 days after signature.

3.2 Integration Acceptance criteria: (a) the connector retrieves updates for all mapped substances without error on ten consecutive working days; (b) at least 98% of the Customer's 3,100 substance codes are mapped, and every unmapped code is listed with a reason; (c) the order-screening rule set flags all test orders in the agreed test file correctly; and (d) API response time is below 800 milliseconds for 95% of calls in a load test of 20 calls per second.

3.3 The Customer shall confirm Integration Acceptance in writing within ten working days after the Provider's notice, or list the criteria not met. Use of the API before that confirmation is not acceptance.

3.4 If the Integration Package is delivered late for reasons attributable to the Provider, the Provider shall pay delay damages of 0.07% of the Total Fees for each day of delay, up to 7% of the Total Fees.

4. TERM AND RENEWAL

4.1 The Subscription Term starts on the date of Integration Acceptance and runs for two Subscription Years.

4.2 At the end of the Subscription Term, and at the end of each renewal year, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 90 days before the end of the current period.

4.3 For each renewal year, the Provider may increase the Subscription Fee to its list price then in effect, by written notice at least 100 days before the renewal date.

5. FEES AND PAYMENT

5.1 Fees for the initial Subscription Term are:

Subscription Fee, Subscription Year 1 ........ CNY 396,000
Subscription Fee, Subscription Year 2 ........ CNY 396,000
Integration Package (one-time) ............... CNY 38,000
Total Fees ................................... CNY 830,000

5.2 The Integration Package fee is invoiced after Integration Acceptance. The Subscription Fee of each Subscription Year is invoiced in four equal quarterly instalments of CNY 99,000 at the start of each quarter of that Subscription Year.

5.3 API calls above the annual allowance are charged at CNY 0.45 per call, invoiced quarterly in arrears. Such usage charges are not included in the Total Fees.

5.4 Invoices are payable within 30 days. The fees include all taxes; the Provider's PRC distributor issues the VAT invoices.

6. SERVICE LEVELS

6.1 The API and the web application shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and carried out between 22:00 and 06:00 Beijing time.

6.2 Incident response: Priority 1 (API unavailable or returning wrong data for all users) response within 1 hour and restoration within 6 hours; Priority 2 response within 2 hours; Priority 3 response within two working days.

6.3 Service credits: for each 0.1 percentage point of monthly availability below the commitment, 3% of the quarterly instalment; for each hour by which a Priority 1 restoration is late, CNY 1,500. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for analytics, benchmarking, product development or any other purpose, in identified, anonymised or aggregated form.

7.2 The Provider shall host the Customer's instance and store Customer Data in a cloud region in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, and keep access logs for at least three years.

7.3 The Provider shall notify the Customer within 2 hours after detecting any unauthorised access to or loss of Customer Data, take immediate remedial measures, and compensate the Customer for losses caused by its breach of this clause 7.

7.4 Within 30 days after the end of the Agreement, the Provider shall return Customer Data and delete all copies, and certify the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Subscription Data, the database, the API and the web application remain the property of the Provider or its licensors.

8.2 The mapping tables and order-screening rules prepared for the Customer under clause 3 belong to the Customer, which may use and modify them and let third parties use them, during and after the Subscription Term.

9. WARRANTIES

9.1 The Provider warrants that it compiles the Subscription Data with due care from official sources and corrects any error reported by the Customer within five working days.

9.2 The Customer remains responsible for its regulatory decisions. The Provider does not warrant that the Subscription Data is complete for substances not yet assessed by the authorities.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of clause 7, fraud or wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider may not subcontract the hosting or support of the Service without the Customer's prior written consent, and remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.

12.2 If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

14. CUSTOMER OBLIGATIONS AND DATA QUALITY

14.1 The Customer shall keep its API keys secret, rotate them at least every six months and inform the Provider without delay if a key may have been disclosed, so that the Provider can revoke it.

14.2 The Provider shall keep a change log of the Subscription Data, showing for each update the affected substances, the source publication and the date of entry, and shall make the change log available through the API.

14.3 If the Customer reports a suspected error in the Subscription Data, the Provider shall check it against the official source and confirm or correct the entry, and shall notify all affected substance records through the change log.

14.4 The Provider shall give the Customer at least 90 days' notice of any change to the API that is not backward compatible and keep the previous API version available during that period.

14.5 Neither party is liable for delay caused by force majeure, provided it informs the other party promptly and resumes performance as soon as possible.

15. GENERAL

15.1 Notices must be in writing to the addresses above. Amendments must be signed by both parties. Annex 1 (Data Sets and API Specification) forms part of this Agreement.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- designs and labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")


def terms(kind, **kw):
    t = dict(OK, availability_pct=None, liability_cap_pct=None, prepayment_pct=None, contract_kind=kind,
             final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None)
    t.update(kw)
    return {k: t[k] for k in TERM_KEYS}


# key: (file, format, language, category, terms, extra, licence/hardware fee base, forum outside mainland, design rules)
D = {
    "z01": ("h593z01_tourism_bureau_scenic_visitor_flow_platform.pdf", "pdf", "zh", "software",
            terms("goods_or_licence", availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1580000), 860000, False, []),
    "z02": ("h593z02_cement_plant_clinker_cooler_control_retrofit.docx", "docx", "zh", "hardware",
            terms("goods_or_licence", p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                  final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1930000), 1720000, False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h593z03_kids_playpark_chain_membership_ticketing_saas.txt", "txt", "zh", "cloud",
            terms("service", availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.07,
                  auto_renewal_price_increase=True, subcontract_without_consent=True),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1530000),
            None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": ("h593z04_housing_bureau_contract_filing_system_om.txt", "txt", "zh", "services",
            terms("service", availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=0.1,
                  termination_for_breach=False),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=968000),
            None, False, ["CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "z05": ("h593z05_chilli_sauce_traceability_supplier_template.md", "md", "zh", "software",
            terms("goods_or_licence", p1_response_hours=2, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                  ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False,
                  final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
                  governing_law=None),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=870000), 420000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"]),
    "e01": ("h593e01_aps_perpetual_licence_ljubljana_vendor.pdf", "pdf", "en", "software",
            terms("goods_or_licence", p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                  prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                  governing_law="Slovenia"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1940000), 1260000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("h593e02_supplier_quality_saas_order_form_brno_vendor.md", "md", "en", "cloud",
            terms("service", p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=200),
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=940000),
            None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("h593e03_paper_mill_wireless_condition_monitoring.docx", "docx", "en", "hardware",
            terms("goods_or_licence", p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                  prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2410000), 2124000, False, []),
    "e04": ("h593e04_managed_end_user_it_services_bratislava_vendor.md", "md", "en", "services",
            terms("service", p1_response_hours=0.25, data_security_clause=False,
                  ld_rate_per_day_pct=1800 / 2340000 * 100, liability_cap_pct=6 / 36 * 100),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2340000),
            None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("h593e05_regulatory_substance_data_api_debrecen_vendor.txt", "txt", "en", "cloud",
            terms("service", availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                  ld_rate_per_day_pct=0.07, liability_cap_pct=150, auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=830000),
            None, False, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
# policy thresholds (defaults of §3 / §4)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 ("Where rules apply, and how clauses are read")."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, base)
        if s is not None and s > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low")


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
TH_PATTERNS = [
    r"99[.,]9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h(?![a-z]))", r"(?<![\d.])4\s*个?\s*小\s*时", r"(?<![十\d])四\s*个?\s*小\s*时",
    r"four[\s-]*hours?",
    r"(?<![\d.])0?\.050*(?!\d)", r"万\s*分\s*之\s*五(?!十)",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百\s*分\s*之\s*一?\s*百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九])", r"thirty" + PCT,
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九])", r"forty" + PCT,
    r"(?<![\d.])12\s*(?:-\s*)?(?:calendar\s*)?(?:months?|个\s*月)", r"十\s*二\s*个\s*月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"一\s*年", r"(?<![\d.])1\s*年", r"(?<![\d.])1\s*-?\s*years?(?![a-z])", r"(?<![a-z])one[\s-]*years?",
    r"(?<![\d.])5\s*-?\s*years?(?![a-z])", r"five[\s-]*years?", r"(?<![\d.十])五\s*个?\s*年", r"(?<![\d.])5\s*个?\s*年",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "4-hour", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "fifteen percent", "40%",
            "百分之四十", "12个月", "十二个月", "12 months", "12-month", "twelve months", "一年", "one year", "1 year",
            "5 years", "five years", "五年", "5年", "40 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "0.055%", "万分之五十", "130%", "115%", "140%",
             "2025年", "12 gateways", "45%", "35%", "百分之三十五", "Subscription Year 1", "2024年12月", "31.5%",
             "2.15%", "14 hours", "6 hours", "three years", "0.45 per call", "150%", "1,500", "1.5 years", "25 named"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            parts += ["\t".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    built = {k: (d[0], d[1]) for k, d in D.items() if d[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for k, d in D.items():
        if d[1] in ("txt", "md"):
            (OUT / d[0]).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
    covered, problems = set(), []
    for k, (name, fmt, lang, cat, t, x, base, forum, design) in D.items():
        assert name.startswith("h593" + k + "_") and name.endswith("." + fmt)
        rules = derive(t, x, base, forum)
        if rules != sorted(design):
            problems.append((k, "derived", rules, "design", sorted(design)))
        covered |= set(rules)
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        share = tco_share(t, x, base)
        if share is not None:
            assert abs(share - TCO_SHARE) > 2, (k, share)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        text = read_back(OUT / name)
        hits = scan(text)
        if hits:
            problems.append((k, "threshold text", hits))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        extra = dict(x)
        order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": {kk: extra[kk] for kk in order if kk in extra}, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        nows = len(re.sub(r"\s+", "", text))
        print("%s %-62s %-5s n=%d nows=%d tco=%s risk=%s %s" % (k, name, fmt, n, nows,
              None if share is None else round(share, 2), risk(rules), ",".join(r[3:] for r in rules) or "-"))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
