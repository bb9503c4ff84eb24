"""holdout565: ten blind, ordinary draft contracts and their labels.

Run: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels,
checks lengths as read back, scans every source and built file for threshold figures, derives the expected rules
from the labels (own reading of policy.md section 3) and asserts they match the design list and cover all 20 rules.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

Z01 = """T:青溪市科学技术局科技项目管理平台采购合同
P:合同编号：QXKJ-ZC-2025-031　采购方式：公开招标（政府采购）
P:甲方（采购人）：青溪市科学技术局　地址：青溪市政务服务中心B座6楼
P:乙方（供应商）：杭州数衡信息技术有限公司　地址：杭州市西湖区文三路217号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供科技项目管理平台软件许可（永久使用，不限用户数），并按甲方需求完成项目申报、形式审查、专家评审、合同管理、中期检查、结题验收和绩效评价七个模块的定制开发，以及历史数据迁移、部署实施和培训。
P:1.2 平台部署在甲方指定的政务云资源上，并与市政务服务网统一身份认证、财政预算管理一体化系统和市科技专家库完成接口对接。
P:1.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师证书，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,600,000元（大写：壹佰陆拾万元整），为固定总价，含税，构成如下：
P:（1）平台软件许可费：680,000元；
P:（2）七个业务模块定制开发费：760,000元；
P:（3）历史项目数据迁移费：96,000元；
P:（4）部署实施及培训费：64,000元。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后10个工作日内，甲方支付合同总价的20%作为预付款，即320,000元。
P:3.2 系统完成部署、数据迁移并通过初验后，甲方支付合同总价的45%，即720,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即560,000元。
P:3.4 乙方每次请款前应开具等额增值税专用发票，甲方按国库集中支付流程办理付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成全部模块开发和部署，并提交初验申请；初验通过后系统试运行60日，试运行期满后15日内组织最终验收。
P:4.2 乙方应在合同签订后10日内提交项目实施方案和需求调研计划，经甲方确认后执行。
P:4.3 乙方应按月向甲方提交项目进度报告，说明已完成工作、存在问题和下月计划；甲方可随时检查项目进展，乙方应予配合。
H:第五条之一 培训
P:乙方应分别对甲方业务处室人员、系统管理员和项目单位联络员开展培训，培训不少于6场，提供培训教材和操作视频，培训后由甲方组织考核。
H:第五条 验收
P:5.1 初验标准：需求规格说明书列明的全部功能逐项测试通过；2016年以来约1.8万条历史项目数据迁移前后记录数及金额字段逐项核对一致；统一身份认证和预算一体化接口联调通过。
P:5.2 最终验收标准：试运行期间未发生一级故障；申报高峰期500个并发用户下页面响应时间不超过3秒；第三方测评机构出具的安全测评报告无高风险项；用户手册、运维手册、源代码及部署文档齐全。
P:5.3 验收由甲方组织，并出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收未通过的，乙方应在15日内整改后重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和每季度一次的现场巡检。
P:6.2 质保期满后，如甲方需要继续维护，维护年费不超过平台软件许可费的8%，即每年不超过54,400元，该标准在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%（计划内维护不计入，计划内维护须提前三日书面通知甲方）。
P:7.2 故障分级响应：一级故障（平台无法访问，或申报、评审功能中断）30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 月可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元；一级故障响应或恢复每超时1小时，乙方支付违约金1,000元，由甲方从应付款项或履约保函中扣收。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用，并可许可他人使用。
P:8.3 乙方保证所提供的软件不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担费用。
H:第八条之一 信创适配
P:平台应兼容甲方政务云的国产操作系统、数据库和中间件，并通过甲方组织的适配测试；适配产生的费用已包含在合同总价中。
H:第九条 数据安全
P:9.1 平台中的项目申报材料、专家信息、评审意见和资金数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，运维操作一律通过甲方堡垒机进行并留存日志；测试环境只使用甲方提供的脱敏数据。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对履约中知悉的对方未公开信息负有保密义务，尤其是评审专家名单和评审意见；保密义务在本合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提交初验申请或通过最终验收的，每逾期一日，按合同总价的万分之八支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同项下的权利义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方协商延期或解除合同。
P:14.2 乙方应遵守甲方的机房管理和廉政规定，不得向甲方工作人员提供任何不正当利益。
P:14.3 本合同项下的通知以书面形式送达双方在合同首部所列地址。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件和中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青溪市科学技术局　　代表签字：________
P:乙方（盖章）：杭州数衡信息技术有限公司　　代表签字：________
"""

Z02 = """T:1号冷轧机控制系统改造及维保合同
P:合同编号：HJBX-LZ-2025-0712
P:甲方（买方）：华锦不锈钢有限公司　地址：福建省宁德市福安湾坞工业园区
P:乙方（卖方）：武汉恒拓自动化工程有限公司　地址：武汉市东湖新技术开发区高新大道66号
P:甲方1号二十辊冷轧机电气控制系统已运行多年，备件停产、故障频发。经邀请招标，甲方确定乙方承担该机组控制系统改造及质保期满后的维保服务。双方依据《中华人民共和国民法典》订立本合同。
H:一、项目范围
P:（一）乙方负责1号冷轧机基础自动化（PLC及远程I/O）、主传动变频柜、HMI操作站、厚度及板形控制（AGC/AFC）系统的设计、供货、编程、安装、调试和培训。
P:（二）改造须在甲方安排的停机窗口（18日）内完成；停机前乙方应在其工厂完成离线仿真测试，并邀请甲方见证。
P:（三）乙方提供的设备均应为全新原厂产品，随货提供合格证、说明书和装箱单。
H:二、合同价格
P:合同总价为人民币4,400,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程I/O站|1套|1,260,000
TB:2|主传动变频柜改造|1套|1,580,000
TB:3|HMI操作站及工程师站|6台|246,000
TB:4|AGC/AFC厚度板形控制软件许可（永久）|1套|520,000
TB:5|工业以太网交换机|12台|98,000
TB:|软硬件小计||3,704,000
TB:6|系统设计及程序编制|1项|386,000
TB:7|安装调试（含停机窗口施工）|1项|270,000
TB:8|操作及维护培训|1项|40,000
TB:|合同总价||4,400,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即440,000元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，即1,540,000元。到货签收不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即2,200,000元。
P:（四）其余5%即220,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交付与工期
P:（一）设备应于合同签订后75日内运抵甲方现场。
P:（二）停机窗口开始后18日内完成安装调试并恢复轧制，其后进入60日的试运行期。
P:（三）乙方应在合同签订后20日内提交详细设计文件，包括系统配置图、I/O清单、网络拓扑和停机施工方案，经甲方技术部门书面确认后方可投料生产。
P:（四）停机窗口期间，乙方现场人员不少于15人，实行两班作业；乙方应遵守甲方的安全生产、动火作业和危险区域管理制度，进入现场前接受甲方安全培训。
P:（五）乙方应提供调试期间所需的专用工具和备品备件，并在终验前移交一套随机备件，清单见技术协议附表二。
H:四之一、培训与资料
P:（一）乙方应在停机前对甲方操作工、电气维护人员和工艺工程师分批培训，内容包括系统操作、故障诊断、程序备份与恢复，培训课时不少于60学时，其中现场实操不少于一半。
P:（二）终验前乙方应移交竣工图纸、电气原理图、PLC及HMI程序备份、参数清单、设备说明书和维护手册各两套，并提供电子版。
H:四之二、双方联络
P:（一）双方各指定一名项目经理，负责进度协调、技术确认和现场问题处理，每周召开一次项目例会并形成会议纪要。
P:（二）技术协议、设计联络会纪要和经双方签字的变更单为本合同的组成部分；涉及价格或工期的变更，须经双方书面确认。
P:（三）乙方应在停机窗口开始前提交停机施工日程表，逐日列明拆除、安装、接线、单体调试和联动调试工作。
P:（四）拆除的旧控制柜、变频器和电缆归甲方所有，乙方应按甲方指定地点分类堆放，并办理交接清单。
P:（五）乙方派驻现场的人员应具备相应资质，电工、焊工须持证上岗；乙方对其人员在现场的人身安全负责，并为其购买意外伤害保险。
H:五、验收
P:（一）最终验收标准：连续72小时轧制无控制系统原因停机；成品厚度偏差和板形偏差满足技术协议附表一的规定；全部联锁和急停回路逐项测试合格；程序、图纸和备份文件齐全。
P:（二）试运行期满后10日内由甲方组织验收并签署验收证书。设备到货、投入轧制或甲方付款均不视为验收。
H:六、质保与维保
P:（一）质保期为24个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障部件，并每季度现场巡检一次。
P:（二）质保期满后，乙方提供维保服务，维保年费为软硬件小计的8%，即296,320元/年，三个维保年度内固定不变，按维保年度结束后支付。
P:（三）质保期及维保期内，故障响应标准如下：
TB:故障等级|定义|响应时间|到场时间
TB:一级|导致轧机停机|15分钟|2小时
TB:二级|影响产品质量但可轧制|1小时|8小时
TB:三级|其他一般问题|8小时|2个工作日
P:（四）乙方响应或到场每超时1小时，按2,000元向甲方支付违约金。
H:七、数据与网络安全
P:（一）轧制工艺参数、生产数据和报警记录均属甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次审批，经工业防火墙和堡垒机接入并全程记录；调试电脑接入前须查杀病毒。
P:（三）因乙方原因导致数据泄露、控制系统感染病毒或被入侵的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:八、保密
P:双方对在合同履行中获知的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内继续有效。
H:九、知识产权
P:（一）AGC/AFC软件及各设备内置软件的知识产权归其原权利人，乙方保证甲方获得永久使用许可。
P:（二）乙方为本项目编制的PLC程序、HMI画面、控制模型参数及全部源文件归甲方所有，甲方可自行修改或交由第三方使用。
H:十、违约责任
P:（一）乙方逾期交货或逾期恢复轧制的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:十一、分包
P:乙方如需将土建基础或电缆敷设分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同并要求赔偿损失。
H:十二之一、不可抗力
P:因不可抗力致使不能按期履行的，受影响一方应在事件发生后3日内通知对方，并在15日内提供有关证明；双方协商顺延工期，不可抗力持续超过60日的，任何一方可书面解除合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:甲方（盖章）：华锦不锈钢有限公司　　乙方（盖章）：武汉恒拓自动化工程有限公司
P:签订日期：2025年7月12日
"""

Z03 = """宠物门店会员及寄养管理SaaS服务合同

合同编号：MCH-IT-2025-018

甲方（客户）：成都萌宠汇宠物连锁有限公司
地址：成都市武侯区天府大道北段1480号
乙方（服务商）：上海宠云信息科技有限公司
地址：上海市闵行区紫星路588号

鉴于甲方在四川、重庆经营40家宠物门店，拟统一会员、美容预约和寄养管理；乙方提供“宠云店务”SaaS服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过其SaaS平台向甲方40家门店及总部提供会员管理、储值卡、美容洗护预约、寄养房态与寄养日志、收银对账和经营报表功能。
1.2 乙方负责实施服务：门店开通与参数配置、从甲方原收银系统迁移约6.2万条会员及储值余额数据、开发与甲方财务系统的对账接口、门店店长及收银员培训。
1.3 为甲方定制的对账接口程序、报表模板和数据迁移脚本的知识产权归甲方所有，甲方可自行修改或交第三方使用。平台本身的知识产权归乙方。
1.4 乙方为甲方指定一名客户成功经理，负责实施期及服务期内的需求沟通、问题跟踪和月度服务报告，每季度到甲方总部进行一次业务回顾。
1.5 服务期内乙方平台的功能升级对甲方免费开放；涉及门店操作流程变化的，乙方应提前7日通知并提供操作说明。

2. 服务期限
2.1 订阅服务期为两个服务年度，自全部门店上线验收之日起计算。
2.2 服务期满前30日内任何一方未书面提出异议的，本合同自动续订一个服务年度，并可依此类推。续订时乙方有权调整订阅单价，每次上调幅度不超过上一服务年度单价的8%，乙方应在续订前15日通知甲方。

3. 费用
3.1 门店订阅费：每店每服务年度3,600元，40家门店合计144,000元/服务年度。
3.2 总部管理模块订阅费：36,000元/服务年度。
3.3 订阅费合计180,000元/服务年度，两个服务年度共360,000元。
3.4 一次性实施及数据迁移费48,000元，培训费12,000元。
3.5 本合同总价为420,000元（含税）。

4. 付款
4.1 订阅费自服务期开始之日起按季度支付，每季度首月10日前支付当季费用45,000元。
4.2 实施及数据迁移费、培训费在全部门店上线验收合格后15个工作日内一次性支付。
4.3 上线验收前甲方无须支付任何费用。

5. 上线验收
5.1 乙方应在合同签订后45日内完成全部门店上线。
5.2 上线验收标准：会员数、储值余额、积分与原系统逐户核对一致；每家门店完成一笔真实收银、一次美容预约和一次寄养入住测试；对账接口连续7日数据与财务系统一致。
5.3 甲方在乙方提交验收申请后7个工作日内完成验收并出具书面确认；门店开始使用不视为验收。
5.4 乙方未按5.1条约定时间完成上线的，每逾期一日向甲方支付违约金300元。
5.5 乙方应分批完成门店上线，每批不超过10家门店，首批选取成都市区的试点门店；每批上线前一日完成该批门店的数据冻结与核对，上线当日安排实施人员在店支持。

5A. 培训与支持
5A.1 乙方应为每家门店的店长和收银员提供不少于2小时的现场或远程培训，为总部会员运营、财务和寄养管理人员提供专项培训，并提供操作手册和短视频教程。
5A.2 服务期内乙方提供每日8:00至22:00的在线客服和电话支持，节假日不间断。门店寄养高峰期（春节、国庆）乙方应安排专人值守。
5A.3 甲方新开门店的，按第3.1条单价另行签订补充协议开通；门店关闭的，自次季度起相应减少订阅费。
5A.4 乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、工单处理情况和功能更新说明。
5A.5 甲方应指定专人作为系统管理员，负责门店账号的开通、权限分配和日常使用问题的收集；甲方应按乙方的操作规范使用平台，妥善保管账号密码。

6. 服务水平
6.1 平台月可用率不低于99.5%，计划内维护安排在凌晨1点至5点之间，并提前48小时通知。
6.2 一级故障（收银或会员功能在多家门店不可用）30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决。
6.3 月可用率低于承诺值的，按差额每0.1个百分点减免当月订阅费的2%，最高减免当月订阅费的20%；一级故障恢复每超时1小时，减免当月订阅费的1%。

7. 数据
7.1 甲方会员信息、宠物档案、消费及寄养记录均属甲方所有。
7.2 乙方可将甲方数据经去标识化处理后，用于乙方的行业分析报告、产品改进和宠物健康模型训练，该权利在本合同终止后继续有效。
7.3 乙方应采取加密存储、访问控制和日志审计措施，平台通过网络安全等级保护第三级测评，数据存储于中国境内。
7.4 发生数据泄露时，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的数据泄露，由乙方承担赔偿责任。
7.5 合同终止后30日内，乙方应按甲方要求导出全部数据并删除平台上的甲方数据。

8. 保密
双方对履约中获知的对方商业信息负有保密义务，未经对方同意不得披露，本条在合同终止后三年内继续有效。

9. 分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，应事先取得甲方书面同意。

10. 责任
10.1 任何一方违约的，应赔偿对方因此遭受的损失。
10.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露和故意违约造成的损失不受此限。

11. 解除
11.1 一方严重违约，经对方书面通知后15日内未纠正的，对方有权解除本合同。
11.2 因乙方原因解除合同的，乙方应退还甲方已付但尚未使用期间的订阅费。
11.3 合同终止或期满不续订的，乙方应提供不少于60日的过渡期服务，协助甲方将数据迁移至新的系统，过渡期内费用按原单价按日折算。
11.4 甲方逾期支付订阅费超过30日的，乙方可书面催告，催告后15日内仍未支付的，乙方可暂停相关门店的服务，但不得删除甲方数据。
11.5 合同解除不影响第7条、第8条和第10条的效力。
11.6 任何一方因合并、分立或名称变更导致合同主体变化的，应在变更后10日内书面通知对方，本合同由变更后的主体继续履行。

11A. 不可抗力
因不可抗力导致服务中断的，双方均不承担违约责任，但受影响一方应及时通知对方并尽力减少损失；不可抗力造成的服务中断时间不计入第6.1条的可用率计算。

12. 争议
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

13. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
附件一：门店清单（40家，含地址及开通批次）
附件二：功能清单及上线验收用例
附件三：服务水平与减免计算方法
双方联系人：甲方信息部经理、乙方客户成功经理，联系方式见附件一。

甲方（盖章）：成都萌宠汇宠物连锁有限公司　　日期：2025年8月
乙方（盖章）：上海宠云信息科技有限公司　　　日期：2025年8月
"""

Z04 = """江州市公共自行车系统运维服务合同

项目编号：JZCG-2025-CS-0147（竞争性磋商）
采购人（甲方）：江州市城市公共交通服务中心
地址：江州市滨江区人民路96号
供应商（乙方）：江州畅行城市服务有限公司
地址：江州市高新区创业路18号

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江州市公共自行车系统运维服务订立本合同。

（1）服务范围
乙方负责全市286个公共自行车站点、约6,000辆自行车及管理平台的日常运维，包括：站点锁桩、智能终端和供电设施的巡检维修；车辆的维修保养和报废更新配合；车辆调度和站点清洁；管理平台及手机应用的运行维护；客服热线（每日7:00至22:00）。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同即终止，不自动续期；甲方如需继续采购，依法另行组织采购。

（3）合同价款
本合同总价为人民币1,678,800元，为固定总价，含税，构成如下：
站点巡检维护：286个站点，每站1,800元，计514,800元；
车辆维修保养：6,000辆，每辆95元，计570,000元；
车辆调度服务（3台调度车及司机）：318,000元；
管理平台及应用运维：156,000元；
客服热线：120,000元。

（4）付款方式
服务费按季度支付。每季度结束后，甲方完成当季考核，并在收到乙方发票后15个工作日内支付当季服务费419,700元，扣除当季考核扣款。甲方不支付预付款。

（5）服务标准
站点巡检每周不少于一次，锁桩故障在发现后24小时内修复；故障车辆在站点停留不得超过48小时；早晚高峰（7:00—9:00、17:00—19:00）前，重点站点车辆不足或满桩的，应在40分钟内调度到位。
管理平台月可用率不低于99.95%。
平台故障分级：一级故障（平台或全市租还车功能中断）15分钟内响应，1小时内恢复；二级故障（单个区域或个别站点无法租还）1小时内响应，6小时内恢复；三级故障当日处理。
客服热线来电应在20秒内接通，投诉在2个工作日内答复。

（6）考核与扣款
甲方按季度对乙方进行考核，考核细则见附件一。平台月可用率每低于承诺值0.01个百分点，扣款1,000元；一级故障每超时30分钟扣款2,000元；站点维修、车辆调度每超时一次扣款200元；每季度考核扣款累计不超过当季服务费的10%。
服务期满时，甲方组织终期考核，终期考核内容包括站点设施完好情况、车辆台账与实物核对、平台数据和运维文档移交，考核合格后出具书面确认。

（7）服务启动
乙方应在服务期开始之日起接管全部站点和平台。乙方未按时接管的，每延迟一日，向甲方支付违约金1,500元，并承担甲方因此另行委托他人发生的费用。

（8）人员与车辆
乙方应配备不少于38名专职运维人员，其中平台运维工程师不少于3名，并提供3台调度车。人员名单报甲方备案，项目负责人未经甲方同意不得更换。
乙方运维人员应统一着装、持证上岗，在站点作业时设置警示标志。乙方应在本市设立运维服务站和车辆维修车间，配备必要的维修设备和不少于200辆的周转车辆。

（8之一）备品备件与报废
维修所需的常用零部件由乙方采购并承担费用，费用已包含在合同价款中；锁桩、智能终端等主要部件的更换，乙方应事先报甲方确认。报废车辆和部件由乙方登记造册，经甲方核对后按国有资产管理规定处置，乙方不得自行变卖。

（8之二）报告与台账
乙方应通过管理平台如实记录巡检、维修、调度和投诉处理情况，每月5日前向甲方提交上月运维报告，内容包括站点和车辆运行统计、故障分析、用户投诉及处理情况、下月工作计划。甲方可随时抽查现场和台账，乙方应予配合。

（8之三）应急保障
遇节假日、大型活动或恶劣天气，乙方应按甲方要求制定应急预案，增派调度和维修力量；台风、暴雨等预警发布后，乙方应在2小时内完成重点站点的车辆加固或回收。

（9）第三方作业
乙方可将车辆调度和站点清洁作业委托具备相应能力的第三方实施，但应提前5个工作日书面告知甲方，并对第三方的作业质量和安全承担全部责任。

（10）数据与网络安全
骑行数据、用户注册信息、站点和车辆运行数据均属甲方所有。乙方只能为履行本合同使用上述数据，不得复制、出售或提供给任何第三方。
乙方应执行平台网络安全等级保护第三级的管理要求，运维账号实名管理，操作日志留存不少于180日。发生数据泄露或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失，由乙方全额赔偿。

（11）成果与资料
乙方在服务期内形成的巡检记录、维修台账、调度方案、平台配置文档及脚本均归甲方所有，服务期满时一并移交，甲方可自由使用和修改。

（12）安全生产
乙方应遵守安全生产和道路交通法规，调度车辆和作业人员的安全责任由乙方承担；因乙方作业造成第三方人身或财产损害的，由乙方负责赔偿。
乙方应为作业人员购买工伤保险和意外伤害保险，并为调度车辆投保第三者责任险。

（12之一）服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的单位移交全部站点、车辆、平台账号、运维台账和文档，配合完成新旧服务单位的现场交接，交接期间不得中断服务。

（13）违约与解除
乙方连续两个季度考核不合格，或严重违反本合同且经甲方书面通知后10日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。

（14）适用法律与争议
本合同适用中华人民共和国法律。争议协商不成的，向江州市滨江区人民法院起诉。

（14之一）履约保证金
乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。服务期满且终期考核合格后，甲方在15个工作日内无息退还；乙方违约的，甲方可从中扣除违约金和赔偿金。

（14之二）廉洁条款
乙方不得向甲方工作人员提供任何形式的财物或其他利益；发现违反的，甲方有权解除合同，并按有关规定处理。

（14之三）其他约定
服务期内，如甲方根据城市规划调整站点数量，站点巡检维护费按第（3）项单价据实增减，其他费用不变；新增站点的锁桩和终端设备由甲方另行采购，乙方负责接入平台和后续维护。
乙方应配合甲方接受审计、财政和交通主管部门的监督检查，如实提供运维记录和费用资料。
乙方应每半年组织一次用户满意度调查，调查方案和结果报甲方备案，并针对用户集中反映的问题提出整改措施。

（15）其他
磋商文件、响应文件和成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：江州市城市公共交通服务中心　　　代表：__________
乙方（盖章）：江州畅行城市服务有限公司　　　　代表：__________
签订日期：2025年6月20日
"""

Z05 = """# 冷云WMS冷库管理软件许可及定制开发合同

> 厦门冷云软件有限公司 标准合同文本 V3.0（2025版）

**合同编号：** LY-2025-0863

**甲方（用户）：** 福州海味鲜食品有限公司（鱼丸及速冻调理食品生产）
**地址：** 福州市连江县经济开发区海源路9号

**乙方（供应商）：** 厦门冷云软件有限公司
**地址：** 厦门市软件园二期观日路32号

甲方拟对其两座低温冷库（-18℃成品库、-25℃速冻库）及原料暂存库实施信息化管理，选用乙方“冷云WMS冷链版”软件。双方经协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供冷云WMS冷链版软件许可（永久许可，20个并发用户，含手持终端应用）。

1.2 乙方按甲方需求进行定制开发：冷库温控系统数据对接、原料至成品的批次追溯、称重系统和打码机接口、鱼丸成品出入库报表。

1.3 乙方负责软件部署、基础数据初始化和操作培训。

1.4 软件运行所需的服务器、网络、手持终端、条码打印机及操作系统、数据库软件由甲方自行采购，乙方提供配置建议。乙方提供的软件版本为签约时的最新正式版本。

1.5 本合同定制开发范围以双方确认的《需求确认书》为准。需求确认后甲方提出的新增或变更需求，由乙方另行报价，经双方书面确认后实施，工期相应顺延。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 冷云WMS冷链版软件许可（永久） | 360,000 |
| 2 | 定制开发（温控对接、批次追溯、称重及打码接口、报表） | 168,000 |
| 3 | 部署实施及培训 | 42,000 |
| | 合同总价（含税） | 570,000 |

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即285,000元，乙方收款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付剩余50%，即285,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后60日内完成部署和定制开发，并安排上线。

4.2 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方未按时提供服务器环境、基础数据或未及时确认需求造成延误的，交付期限相应顺延，乙方不承担逾期责任。

## 第四条之一 甲方义务

1. 甲方应指定一名项目负责人，负责需求确认、内部协调和上线组织。

2. 甲方应在乙方实施前准备好机房、服务器和网络环境，并提供物料编码、库位、客户和供应商等基础数据，保证数据真实完整。

3. 甲方应组织仓管、质检和财务人员参加培训，并按乙方的操作手册使用软件；因甲方操作不当造成的问题，不属于乙方免费维护范围。

## 第四条之二 培训

乙方在上线前为甲方提供一次集中培训，时长两天，培训对象为甲方系统管理员和关键用户，不超过15人；额外培训按乙方收费标准另行计费。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的问题，乙方将在后续维护中处理，不影响验收结论和付款。

## 第六条 维护与技术支持

6.1 自系统上线之日起，乙方提供六个月免费维护。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即100,800元/年。

6.3 维护期内，甲方报修后乙方将尽快安排技术人员远程或现场处理，具体处理时间视问题复杂程度而定。

6.4 维护服务内容包括软件缺陷修复、远程技术咨询和版本升级；因甲方硬件、网络故障或第三方软件引起的问题，以及甲方要求的二次开发，不属于维护服务范围，乙方可另行收费。

6.5 甲方未签订年度维护合同的，乙方不再提供任何技术支持和升级服务。

## 第七条 知识产权

7.1 软件及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的接口程序、报表、追溯模块及其源代码的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方。

## 第八条 数据

8.1 甲方在系统中录入和产生的库存、批次、温控数据由甲方所有。

8.2 乙方有权对上述数据进行脱敏处理后，用于产品优化、行业分析和冷链数据服务，甲方同意该等使用无需另行付费。

8.3 乙方对其远程维护中接触的甲方数据采取访问控制和加密传输措施，不向第三方泄露；因乙方原因导致数据泄露的，乙方应在48小时内通知甲方并承担相应赔偿责任。

## 第九条 保密

双方对合同内容及在合作中获知的对方商业秘密负有保密义务，本条在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方对本合同项下的全部赔偿责任（含违约金）以合同总价的20%为限。

10.2 乙方不承担甲方的间接损失、利润损失或因第三方设备故障造成的损失。

## 第十一条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

合同解除的，甲方应支付乙方已完成工作的费用；已交付的软件许可不予退还。

## 第十一条之一 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方，并在事件结束后继续履行。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十二条之一 通知

本合同项下的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱；以电子邮件发送的，发出之日视为送达。一方变更地址或联系人的，应提前7日书面通知对方。

## 第十二条之二 附件

附件一：需求确认书（上线前确认）；附件二：软件功能清单；附件三：报价单。附件与本合同正文具有同等效力。

## 第十二条之三 廉洁与合规

双方应遵守国家有关反商业贿赂的规定，不得向对方经办人员提供回扣、礼金或其他不正当利益。

## 第十二条之四 软件升级

乙方发布新版本后，免费维护期内或已签订年度维护合同的，甲方可免费升级；升级前乙方应提供升级说明并协助备份数据。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方官网公布的《冷云软件服务说明》为准。

13.3 甲方应在乙方完成部署后及时组织人员使用系统，因甲方原因推迟上线超过15日的，视为系统已上线运行。

13.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

**甲方（盖章）：** 福州海味鲜食品有限公司
**乙方（盖章）：** 厦门冷云软件有限公司
**日期：** 2025年9月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 18 August 2025 between:
P:(1) Haedong Smart Systems Co., Ltd., a company incorporated in the Republic of Korea, with its registered office at 97 Centum Jungang-ro, Haeundae-gu, Busan 48059, Korea (the "Licensor"); and
P:(2) Foshan Linmu Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 12 Lecong Avenue, Shunde District, Foshan, Guangdong (the "Customer").
P:Background: The Customer manufactures panel furniture and wishes to replace its cutting-optimisation and CNC programming tools in two plants. The Licensor develops the NestPro panel optimisation and CAM software. The Customer selected the Licensor after a competitive quotation process and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means NestPro Optimiser, NestPro CAM and NestPro Server in the version current at delivery, including updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the post-processors, label templates, ERP interface and report templates developed by the Licensor for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
P:1.4 "Customer Data" means all production orders, part lists, drawings, machine programs and other data of the Customer processed by the Software or made available to the Licensor.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 40 named workstations and one server instance at the Customer's plants in Foshan and Qingyuan, for the Customer's internal business purposes.
P:2.2 The Customer may make backup copies and may move licences between its own workstations by notice through the licence portal.
P:2.3 The licence is not affected by expiry or termination of support services under Article 7.
H:Article 3 Services
P:3.1 The Licensor shall install and configure the Software, develop post-processors for the Customer's 14 CNC routers and 6 edge banders, integrate the Software with the Customer's Kingdee ERP system for production orders and material consumption, migrate 3,200 existing part templates, and train the Customer's engineers and operators.
P:3.2 The Licensor shall deliver a project plan within 10 days after signature and shall complete installation, development and migration within 75 days after signature.
P:3.3 Each party shall appoint a project manager. The project managers shall meet weekly, online or at the Foshan plant, to review progress, open issues and risks, and the Licensor shall circulate minutes within two business days. Changes to the scope, price or schedule are valid only if recorded in a change note signed by both project managers and approved by the Customer's IT director.
H:Article 4 Price and Payment
P:4.1 At the Customer's request, all prices are stated and paid in Chinese Yuan (CNY). The total contract price is CNY 1,078,000, inclusive of applicable taxes in the PRC, made up as follows: NestPro workstation licences, 40 at CNY 18,500, CNY 740,000; NestPro Server licence, CNY 86,000; licence subtotal, CNY 826,000; implementation, post-processor and interface development, CNY 214,000; training, CNY 38,000.
P:4.2 The Customer shall pay (a) 20% of the total contract price within 15 days after signature and receipt of the Licensor's invoice; (b) 45% after installation and the initial tests under Article 5.1; and (c) 35% after Final Acceptance.
P:4.3 Each payment is due within 20 days after receipt of a valid invoice. No other fees, expenses or travel costs are payable unless agreed in writing.
H:Article 5 Acceptance
P:5.1 After installation, the Licensor shall demonstrate that every workstation and the server run the Software, that each post-processor produces machine programs that run without error on the relevant machine, and that production orders flow from the ERP system into the Software.
P:5.2 The Customer shall then operate the Software in production for 30 days. Final Acceptance requires: (a) nesting results for a test set of 50 orders with material yield not lower than the Customer's current tool; (b) error-free transfer of orders and material consumption between the ERP system and the Software over ten consecutive working days; (c) all 3,200 migrated templates checked by sample; (d) no open Severity 1 or Severity 2 defect; and (e) delivery of documentation and the source code of the Custom Deliverables.
P:5.3 The Customer shall issue a Final Acceptance certificate or a written list of defects within 10 working days after the end of the production period. Installation, production use or payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the agreed specifications for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Licensor shall correct defects, provide all updates and new releases free of charge, and provide the support services described in Article 7 at no charge.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period, the Customer may order annual support services. The annual support fee is 11% of the licence subtotal, that is CNY 90,860 per year, and shall not be increased for the first three support years. Any later change requires the written agreement of both parties.
P:7.2 Support is ordered by purchase order for each support year and does not renew automatically.
P:7.3 During the Warranty Period and any support year, the Licensor shall respond to reported defects as follows: Severity 1 (production planning or CNC program output stopped at a plant) within 1 hour, with a workaround within 8 hours; Severity 2 (a major function impaired) by 10:00 on the next business day; Severity 3 within two business days.
P:7.4 For each full hour by which a Severity 1 response or workaround is late, the Licensor shall pay or credit the Customer CNY 1,000.
H:Article 8 Intellectual Property
P:8.1 The Licensor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Licensor shall deliver their source code, and the Customer may use, modify and license them freely, including through third parties.
P:8.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Licensor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not keep copies after the work for which it was provided is complete.
P:9.2 Remote access by the Licensor requires the Customer's approval for each session, through the Customer's VPN with individual accounts; all sessions are logged. The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside the PRC.
P:9.3 The Licensor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall assist in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party, including designs, prices and production data, and shall use it only for this Agreement. This obligation continues for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Licensor fails to complete the work under Article 3.2 or to achieve Final Acceptance within 150 days after signature for reasons attributable to it, the Licensor shall pay liquidated damages of 0.08% of the total contract price for each day of delay, up to 8% of the total contract price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to liability under Articles 8.3 and 9, to personal injury or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Licensor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Arbitration
P:14.1 This Agreement is governed by the laws of the Republic of Korea.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Korean Commercial Arbitration Board under its International Arbitration Rules. The seat of arbitration is Busan, and the language is English.
H:Article 15 General
P:15.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:15.2 This Agreement is made in two English originals, one for each party, and takes effect on signature.
P:For the Licensor: Haedong Smart Systems Co., Ltd.    Name: ____________    Title: Managing Director
P:For the Customer: Foshan Linmu Home Furnishing Co., Ltd.    Name: ____________    Title: General Manager
"""

E02 = """# ORDER FORM — HerdTrace Cloud Subscription

**Order Form No.:** TT-OF-2025-0193
**Order Date:** 5 September 2025

| | Provider | Customer |
|---|---|---|
| Name | Tumen Cloud LLC | Xilin Grassland Dairy Co., Ltd. |
| Address | 14 Peace Avenue, Sukhbaatar District, Ulaanbaatar 14210, Mongolia | 88 Xilin Avenue, Xilinhot, Inner Mongolia, PRC |
| Contact | Account Director, Greater China | Head of Milk Sourcing |

This Order Form is issued under, and incorporates, the HerdTrace General Terms set out below (the "General Terms"). Together they form the agreement between Provider and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Section 1 Order Details

1.1 **Service.** HerdTrace Cloud, a hosted herd and milk-collection management service, for 120 contracted pastures and 3 collection centres of Customer, with up to 400 named users and the HerdTrace mobile application for pasture staff.

1.2 **Subscription Term.** Two Subscription Years, starting on the Service Start Date. The "Service Start Date" is the date of Onboarding Acceptance under Section 4.2. The first "Subscription Year" runs from the Service Start Date to the day before its first anniversary, and the second runs from that anniversary to the day before the second anniversary.

1.3 **Onboarding.** Provider will configure the Service, import Customer's herd registers and pasture master data, connect the weighbridge and milk-analyser interfaces of the 3 collection centres, and train 60 key users.

## Section 2 Fees

At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 120 pastures | 186,000 |
| Subscription Fees for the Subscription Term | 2 Subscription Years | 372,000 |
| Onboarding Fee | one-time | 52,000 |
| **Total Contract Value** | | **424,000** |

Fees include VAT and are fixed for the Subscription Term.

## Section 3 Invoicing and Payment

3.1 Provider will invoice the Onboarding Fee and the Subscription Fee for the first Subscription Year on the Order Date. Customer shall pay that invoice, CNY 238,000, within 15 days after the Order Date and before onboarding starts.

3.2 Provider will invoice the Subscription Fee for the second Subscription Year 30 days before that Subscription Year begins, payable on its first day.

3.3 Payments are made by bank transfer to Provider's account in CNY. Late payments bear interest at the PRC Loan Prime Rate.

## Section 4 Onboarding and Acceptance

4.1 Provider will complete onboarding within 60 days after receipt of the payment under Section 3.1.

4.2 Onboarding Acceptance requires: (a) herd registers for all 120 pastures imported and reconciled animal by animal with Customer's registers; (b) weighbridge and milk-analyser data received from each collection centre for 7 consecutive days without loss; (c) end-to-end tests of the collection, quality grading and settlement reports passed; and (d) training completed. Customer will sign an acceptance certificate or list the failures within 5 business days after Provider's notice of readiness. Use of the Service before acceptance is not acceptance.

4.3 If Onboarding Acceptance is delayed beyond the period in Section 4.1 for reasons attributable to Provider, Provider shall pay CNY 300 for each day of delay.

## Section 5 Service Levels

5.1 Provider will make the Service available 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and performed between 00:00 and 05:00 Beijing time.

5.2 Priority 1 incidents (the Service or milk-collection recording unavailable for all users) receive a response within 30 minutes and a restoration target of 3 hours; Priority 2 incidents receive a response within 2 hours.

5.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

## Section 6 Signatures

Signed for Tumen Cloud LLC: ____________ (Chief Executive Officer)
Signed for Xilin Grassland Dairy Co., Ltd.: ____________ (General Manager)

---

# HERDTRACE GENERAL TERMS

## Section 7 Definitions

7.1 "Customer Data" means all data that Customer or its users enter into or upload to the Service, including herd records, milk quantities and quality results, pasture and farmer details, and settlement data.

7.2 "Customer Configurations" means the workflows, report templates, grading rules and interface mappings configured specifically for Customer.

## Section 8 Use of the Service

8.1 Provider grants Customer a non-exclusive right for its users to access and use the Service during the Subscription Term for Customer's business.

8.2 Customer is responsible for its users' accounts and for the accuracy of the data it enters.

8.3 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product. Customer may allow its contracted pastures and milk hauliers to use the mobile application under Customer's user accounts.

8.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality. Provider will announce major updates at least 14 days in advance and will provide release notes in Chinese and English.

8.5 Provider will provide support for Customer's key users by telephone, email and the in-app chat from 08:00 to 20:00 Beijing time every day, and will keep the incident contact for Priority 1 incidents reachable at all times.

## Section 9 Customer Data

9.1 Customer Data belongs to Customer. Provider will use Customer Data only to provide the Service to Customer and will not sell it or use it for any other purpose.

9.2 On expiry or termination, Provider will make Customer Data available for export in CSV format for 30 days and then delete it.

## Section 10 Confidentiality

10.1 Each party will keep the other party's Confidential Information confidential, use it only for the purposes of the Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. Confidential Information includes the terms of this Agreement, Customer Data and Provider's non-public technical information.

10.2 These obligations continue for three years after the Agreement ends.

## Section 11 Intellectual Property

11.1 Provider owns the Service, the HerdTrace software and all improvements to them.

11.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and may let a successor provider use them.

## Section 12 Subcontracting

12.1 Provider shall not subcontract any part of the Service, including hosting, without Customer's prior written consent. Hosting by the data-centre operator named in this Order Form, located in Hohhot, is approved by signature.

## Section 13 Term, Renewal and Termination

13.1 The Agreement runs for the Subscription Term and ends at its expiry. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

13.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

13.3 If Customer terminates under Section 13.2, Provider shall refund the prepaid Subscription Fees for the remainder of the Subscription Term and, if termination occurs before Onboarding Acceptance, the Onboarding Fee.

## Section 14 Liability

14.1 Provider's aggregate liability arising out of the Agreement shall not exceed 150% of the Total Contract Value.

14.2 Neither party is liable for indirect or consequential loss, except for breach of Section 10.

## Section 15 Warranties

15.1 Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.

15.2 Provider will correct any failure of the Service to conform to its documentation at no additional charge.

## Section 16 Governing Law and Disputes

16.1 The Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final and binding on both parties.

## Section 17 General

17.1 Neither party may assign the Agreement without the other party's written consent.

17.2 Notices must be in writing and sent to the addresses in this Order Form, with a copy by email.

17.3 The Agreement is written in English and Chinese. If the versions differ, the English version prevails.

17.4 Neither party is responsible for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, power grid failures or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. Severe winter weather at pastures does not excuse Provider's performance of the hosted Service.

17.5 Each party shall comply with applicable anti-bribery laws in connection with the Agreement.

17.6 Provider will give Customer, on request and not more than twice in each Subscription Year, a usage report showing active users, pastures recording collections and interface errors, and will attend a review meeting with Customer's milk-sourcing team in Xilinhot or online to discuss the report and planned updates.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR TEA GARDEN SENSOR NETWORK
P:Contract No. YMT-PUR-2025-027
P:Buyer: Pu'er Yunwu Tea Industry Co., Ltd., 6 Chaxiang Road, Simao District, Pu'er, Yunnan, PRC (the "Buyer").
P:Supplier: Himal Sensing Pvt. Ltd., Sanepa Road 4, Lalitpur 44700, Nepal (the "Supplier").
P:The Buyer invited quotations for a soil, microclimate and irrigation sensor network for its Jingmai tea garden of about 600 mu. The Supplier's quotation of 2 July 2025 was accepted. This Contract is issued on the Buyer's standard terms for equipment purchases, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, weather stations, gateways, mounting materials and spare parts listed in Annex 1.
P:1.2 "Platform Licence" means the perpetual licence to the Supplier's FieldSense data platform for the Buyer's use on the Buyer's own server.
P:1.3 "Site" means the Buyer's Jingmai tea garden and its field office in Huiming village, Lancang County.
P:1.4 "Final Acceptance" means acceptance under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Site, install, configure and commission the Equipment and the Platform Licence, integrate the platform with the Buyer's drip-irrigation controllers, and train the Buyer's garden managers and technicians.
P:2.2 The Supplier shall design the sensor layout so that each of the 24 management blocks of the garden has soil moisture and temperature readings at two depths, and shall submit the layout for the Buyer's written approval before installation.
P:2.3 All Equipment shall be new, of the models stated in Annex 1, rated for outdoor use at the Site's altitude, humidity and temperature range, and delivered with certificates of origin, test reports and radio type-approval required in the PRC. The Supplier is responsible for export and import formalities and for delivery duty paid to the Site.
P:2.4 Each party shall appoint a project representative. The Supplier's representative shall be present at the Site during installation and commissioning and shall speak English or Chinese. The Supplier shall comply with the Buyer's site rules, including rules on fire, chemicals and access to picking areas, and shall restore any ground disturbed by its work.
H:3. Contract Price
P:3.1 The contract price is CNY 850,000, inclusive of PRC taxes, delivery to the Site, import formalities, installation and training, as set out below. The price is fixed.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor, two depths|120|2,600|312,000
TB:2|Automatic weather station|8|28,500|228,000
TB:3|LoRa gateway with solar power kit|16|6,800|108,800
TB:4|FieldSense platform licence, perpetual|1|96,000|96,000
TB:|Equipment and licence subtotal|||744,800
TB:5|Installation, integration and commissioning|1|86,400|86,400
TB:6|Training|1|18,800|18,800
TB:|Contract price|||850,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the contract price as an advance within 15 days after signature, against the Supplier's advance-payment guarantee for the same amount issued by a bank in the PRC.
P:4.2 The Buyer shall pay 55% of the contract price after all Equipment has been delivered and installed and the installation certificate under clause 6.1 has been signed.
P:4.3 The Buyer shall pay the remaining 25% of the contract price after Final Acceptance.
P:4.4 Each payment is made within 20 days after receipt of the Supplier's invoice and the documents listed in this clause.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature and complete installation and commissioning within 35 days after delivery.
P:5.2 Installation shall be carried out outside the spring picking season (1 March to 20 April) unless the Buyer agrees otherwise in writing, and shall not damage tea bushes.
P:5.3 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. If the delay exceeds 45 days, the Buyer may terminate this Contract.
H:6. Inspection and Acceptance
P:6.1 Installation certificate: the Buyer signs it when all Equipment is installed according to the approved layout and every device reports to the platform. The installation certificate is not acceptance.
P:6.2 Trial operation: the network then runs for 30 days. Final Acceptance requires: (a) no sensor or station without readings for more than 6 consecutive hours during the last 14 days; (b) soil moisture readings within ±3% of the Buyer's gravimetric check samples at 12 selected points; (c) weather readings consistent with the county meteorological station within the tolerances of Annex 2; (d) irrigation commands from the platform executed by each controller; and (e) as-built drawings, manuals and configuration backups delivered.
P:6.3 The Buyer shall issue the Final Acceptance certificate or a written list of defects within 10 days after the trial operation. Delivery, installation, use or payment alone is not acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the platform for 36 months after Final Acceptance. During this period it shall repair or replace defective items free of charge, including shipping and import costs, and provide platform updates.
P:7.2 The Supplier shall keep at the Site, at its cost, spare sensors and one spare gateway equal to at least 5% of the installed quantities during the warranty period.
P:7.3 Service levels during the warranty period: Severity 1 (a gateway or the platform down, so that one or more management blocks send no data) — response within 2 hours and restoration within 48 hours; Severity 2 (individual sensors faulty) — response within 8 hours and replacement within 5 days. For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 500.
P:7.4 After the warranty period, the Buyer may order annual support. The annual support fee is 6% of the equipment and licence subtotal, that is CNY 44,688 per year, fixed for three years. Support is ordered year by year and does not renew automatically.
H:8. Data and Security
P:8.1 All sensor readings, irrigation records, garden maps and other data collected by the Equipment or stored on the platform belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, sell or disclose them.
P:8.2 The platform is installed on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and is logged. Gateways use encrypted transmission and changed default passwords.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours and shall be liable for losses caused by its breach of this clause.
H:9. Intellectual Property
P:9.1 The Supplier retains its rights in the FieldSense software and device firmware.
P:9.2 The sensor layout, block configuration, dashboards and irrigation rules prepared for the Buyer belong to the Buyer, which may modify them and use them with other suppliers.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's garden data and production plans, and shall not disclose it without prior written consent. This clause survives for three years after the Contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local labour for trenching and pole mounting may be engaged only through a contractor approved by the Buyer in writing, and the Supplier remains responsible for its work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or under clause 5.3.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for Equipment not accepted, and the Buyer may claim its losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:15. General
P:15.1 Annex 1 (Equipment list and layout) and Annex 2 (Acceptance tolerances) form part of this Contract. This Contract is signed in two English originals with a Chinese translation for reference.
P:15.2 Neither party is liable for delay caused by force majeure, such as earthquake, landslide, flood or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the delay. Notices under this Contract shall be in writing and sent to the addresses above.
P:15.3 The Supplier shall provide, before Final Acceptance, a recommended spare-parts list with prices valid for three years after Final Acceptance, and shall keep spare parts and replacement sensors compatible with the installed network available for purchase for at least eight years after delivery.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** DDS-MSA-2025-11

**Service Provider:** Druk Digital Services Pvt. Ltd., Norzin Lam 22, Thimphu 11001, Bhutan ("Provider")

**Customer:** Chengdu Jinli Hotels Management Co., Ltd., 31 Hongxing Road Section 3, Jinjiang District, Chengdu, Sichuan, PRC ("Customer")

**Date:** 1 October 2025

## BACKGROUND

Customer operates 12 mid-scale hotels in Sichuan and Chongqing. Provider operates a remote service desk and network operations centre and provides managed guest Wi-Fi, endpoint and service-desk services to hotels. Customer wishes to outsource the operation of its hotel IT on the terms below.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.3.

1.3 "Initial Term" means 24 months from the Service Commencement Date.

1.4 "Customer Data" means guest registration and Wi-Fi log-in data, device logs, network configurations, tickets and any other data of Customer or its guests that Provider accesses or processes.

## 2. SERVICES

2.1 Provider shall provide the Services for the 12 hotels and the Chengdu head office listed in Schedule 1, in accordance with the service levels in Schedule 3.

2.2 Provider shall provide the Services remotely from its service centre and through on-site engineers engaged by Provider in Chengdu and Chongqing, who shall be Provider's employees.

2.3 Provider shall operate within Customer's policies on guest privacy and shall use only the management tools approved by Customer.

## 3. CHARGES AND PAYMENT

3.1 At Customer's request all charges are stated and paid in Chinese Yuan (CNY). The charges are set out in Schedule 2. The total contract value for the Initial Term is CNY 1,456,000.

3.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No amount is payable in advance.

3.3 Customer shall pay each undisputed invoice within 30 days after receipt. Service credits are deducted from the next invoice.

## 4. TRANSITION

4.1 Provider shall take over the Services within 45 days after signature in accordance with the transition plan agreed by the parties.

4.2 During transition Provider shall document every hotel's network, access points, switches, property-management-system terminals and point-of-sale devices, install its monitoring tools and run the service desk in parallel with Customer's current supplier for 10 days.

4.3 Transition Acceptance requires: (a) a complete and verified inventory of devices at every hotel; (b) monitoring in place for every core switch, gateway and access point; (c) successful failover tests of the internet links at each hotel; (d) the knowledge base and escalation lists approved by Customer; and (e) 10 parallel days with no Priority 1 incident left unresolved. Customer shall sign the certificate or list the failures within 5 business days.

4.4 If Transition Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay.

## 5. SERVICE LEVELS AND CREDITS

5.1 Provider shall meet the service levels in Schedule 3. Guest Wi-Fi service availability at each hotel shall be at least 99.5% in each calendar month, measured by Provider's monitoring system and excluding failures of the public internet links provided by Customer's carriers.

5.2 If a service level is missed, Provider shall credit Customer the amounts in Schedule 3. Provider shall report on all service levels by the fifth business day of each month.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider may process it only to provide the Services and on Customer's instructions and shall not use it for any other purpose.

6.2 Customer Data shall be stored only on systems located in mainland China. Provider's staff shall access Customer systems only through named accounts with multi-factor authentication, and all access shall be logged and retained for 180 days. Guest personal information shall be processed in accordance with the PRC Personal Information Protection Law.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall contain and remedy it, and shall be liable for all losses, fines and costs caused by its breach of this clause.

## 7. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including guest information, network designs, passwords and commercial terms, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

8.1 Provider retains its rights in its monitoring tools and service-desk software.

8.2 Runbooks, network documentation, configurations and reports prepared for Customer belong to Customer, which may use and modify them freely and give them to a successor provider.

## 9. LIABILITY

9.1 Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to breach of clause 6 or 7, to personal injury or to wilful misconduct.

9.2 Neither party is liable for indirect loss or loss of profit, except for breach of clause 6 or 7.

## 10. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Customer may not terminate this Agreement before the end of the Initial Term. If Provider breaches this Agreement, including by failing to meet the service levels, Customer's remedies are the service credits under Schedule 3 and a claim for damages under clause 9, and Customer shall continue to pay the charges for the remainder of the Initial Term.

11.3 Provider may suspend the Services if an undisputed invoice remains unpaid for 60 days after its due date and Customer fails to pay within 15 days after a further written notice.

11.4 On expiry, Provider shall provide exit assistance for up to 30 days, hand over all documentation and Customer Data, and delete any copies it holds.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 13. GENERAL

13.1 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 Provider shall maintain professional indemnity and cyber insurance with reputable insurers during the Initial Term and shall provide certificates on request.

13.4 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of Provider's own systems or staff are not such events.

13.5 Notices shall be in writing and sent to the addresses above, with a copy by email to the contacts named in the transition plan.

13.6 Each month Provider's service manager shall meet Customer's IT manager, online or in Chengdu, to review the monthly report, open problems, planned changes and security notices, and shall record agreed actions with owners and dates.

## SCHEDULE 1 — SERVICES AND SITES

| Service | Scope |
|---|---|
| Service desk | 24 x 7 telephone, chat and email support for hotel staff and guests (Chinese and English) |
| Managed guest Wi-Fi | 12 hotels, 1,180 access points, controllers and portal |
| Network monitoring | core switches, gateways, internet links and firewalls at 12 hotels and head office |
| Endpoint management | 420 front-desk, back-office and point-of-sale devices: patching, anti-virus, imaging |
| On-site support | engineers based in Chengdu and Chongqing for hardware swaps and cabling faults |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 64,000 |
| Monthly Service Charge | per month, 24 months | 58,000 |
| Monthly Service Charges for the Initial Term | 24 x 58,000 | 1,392,000 |
| Total contract value | | 1,456,000 |

## SCHEDULE 3 — SERVICE LEVELS

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | guest Wi-Fi, property-management system or point-of-sale down at a hotel | 30 minutes | 3 hours |
| P2 | a floor or a function impaired at a hotel | 1 hour | 8 hours |
| P3 | a single user or device affected | 2 business hours | 2 business days |

| Service level missed | Service credit |
|---|---|
| Monthly guest Wi-Fi availability below the commitment at a hotel | 5% of that month's Monthly Service Charge for each hotel affected |
| P1 response or restoration late | CNY 1,000 per incident, plus CNY 500 per further hour of delay |
| Monthly report late | CNY 500 per business day |

Total credits in a month shall not exceed 25% of that month's Monthly Service Charge.

**Signed for Provider:** ____________ (Director)

**Signed for Customer:** ____________ (General Manager)
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: CTX-API-2025-0078

Provider: Ceylon TeaXchange Data (Private) Limited, 45 Galle Face Terrace, Colombo 03, Sri Lanka ("Provider").

Subscriber: Fuzhou Minyue Tea Trading Co., Ltd., 120 Wusi Road, Gulou District, Fuzhou, Fujian, PRC ("Subscriber").

Date: 15 September 2025

Provider collects and publishes auction prices, grade information and market statistics for teas sold at the Colombo tea auctions and other origins, and makes them available through its TeaPrice data API. Subscriber imports and blends black tea and wishes to receive this data directly in its purchasing and pricing systems. The parties agree as follows.

1. Definitions

1.1 "API" means Provider's TeaPrice REST and streaming interfaces, the related documentation and the API keys issued to Subscriber.

1.2 "Provider Data" means the auction prices, lot data, grade and estate information, indices and market reports delivered through the API.

1.3 "Subscriber Data" means Subscriber's account details, API keys, query logs, watch lists, purchase targets and any other information that Subscriber provides or that Provider receives from Subscriber's use of the API.

1.4 "Subscription Year" means each of the two consecutive periods starting on the Service Start Date and on its first anniversary.

1.5 "Service Start Date" means the date of Integration Acceptance under clause 4.3.

2. Subscription

2.1 Provider grants Subscriber, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use Provider Data within Subscriber's group for its own purchasing, blending, pricing and reporting. Subscriber may keep Provider Data received during the Subscription Term after it ends for internal records.

2.2 The subscription covers 8 user accounts, 3 system integrations and up to 500,000 API calls per month. Calls above that volume are charged at the overage rate in clause 3.2.

2.4 Subscriber shall not resell Provider Data, publish it outside its group except in summarised form in its own price lists and customer reports, or use it to create a competing data service. Subscriber shall keep its API keys secure and shall tell Provider promptly if a key may have been compromised.

2.5 Provider may change the API, provided that it gives at least 90 days' notice of any change that removes fields or endpoints used by Subscriber, keeps the previous version available during that period, and does not reduce the scope of Provider Data described in the documentation.

2.3 The Subscription Term is two Subscription Years from the Service Start Date. After that it renews automatically for a further Subscription Year at a time, at the same fees and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

3. Fees

3.1 At Subscriber's request, all fees are quoted and paid in Chinese Yuan (CNY):
    Subscription fee, per Subscription Year ............ CNY 138,000
    Subscription fees for the Subscription Term ........ CNY 276,000
    Integration support, one-time ...................... CNY 24,000
    Total contract value ............................... CNY 300,000

3.2 API calls above the monthly volume in clause 2.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears. Overage charges are not part of the total contract value.

3.3 Subscription fees are invoiced quarterly in advance, from the Service Start Date, in equal instalments of CNY 34,500. The integration support fee is invoiced after Integration Acceptance. Subscriber shall pay each invoice within 30 days after receipt. Nothing is payable before the Service Start Date.

4. Integration and Acceptance

4.1 Provider shall issue production and test API keys within 5 business days after signature and shall provide integration support: an onboarding workshop, field mappings from Provider Data to Subscriber's ERP and pricing spreadsheet, and sample code.

4.2 Provider will use reasonable efforts to complete integration support within 30 days after signature. Target dates are estimates only.

4.3 Integration Acceptance requires: (a) Subscriber's ERP receiving the daily auction results for 10 consecutive auction days without missing lots when compared with the published auction catalogue; (b) historical price series for the last three seasons loaded; and (c) the field mappings documented. Subscriber shall confirm acceptance in writing or list the failures within 5 business days after Provider's notice of readiness. Use of the API before acceptance is not acceptance.

5. Service Levels

5.1 Provider targets availability of the API of 99.95% in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance.

5.2 Provider will publish daily auction results through the API within 3 hours after the close of each Colombo auction session.

5.3 Severity 1 incidents (the API unavailable or returning errors for all requests) receive a response within 1 hour; Severity 2 incidents receive a response within 8 business hours.

5.4 Provider's only obligation if a service level is not met is to use reasonable efforts to restore the API and to report the cause to Subscriber. No service credits, refunds or other compensation are payable for any failure to meet a service level.

6. Subscriber Data and Security

6.1 Subscriber Data belongs to Subscriber. Provider shall use Subscriber Data only to provide the API and support to Subscriber and shall not disclose Subscriber's watch lists, purchase targets or query patterns to any other customer or third party, nor use them for any other purpose.

6.2 Provider shall protect Subscriber Data with encryption in transit and at rest, access limited to named support staff with multi-factor authentication, and access logs kept for at least 180 days.

6.3 Provider shall notify Subscriber within 48 hours after becoming aware of unauthorised access to Subscriber Data, shall take remedial measures, and shall be responsible for losses caused by its failure to comply with this clause 6.

7. Intellectual Property

7.1 Provider owns the API and Provider Data.

7.2 The field mappings, sample code adapted for Subscriber and integration scripts prepared for Subscriber under clause 4.1 belong to Subscriber, which may use, modify and share them with its IT contractors freely.

8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information and the terms of this Agreement, and shall use them only for this Agreement. This obligation continues for three years after the Agreement ends.

9. Subcontracting

9.1 Provider shall not subcontract the operation or hosting of the API or support services for Subscriber without Subscriber's prior written consent, except for the cloud hosting provider named in the API documentation at the date of this Agreement.

10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement is limited to the subscription fees paid by Subscriber in the six months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or trading losses arising from decisions based on Provider Data.

11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

11.2 If Subscriber terminates under clause 11.1, Provider shall refund the fees paid for the period after termination.

11.3 Provider may suspend access if Subscriber's undisputed invoices remain unpaid for 45 days after their due date, after 10 days' written notice.

12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.

13. General

13.1 This Agreement is the whole agreement of the parties on its subject and may be amended only in writing signed by both parties.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, suspension of the auctions by the auction organisers, or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.4 Notices shall be in writing and sent by courier or email to the addresses and contacts notified by each party. Notices by email are effective on the business day after they are sent.

13.5 Each party shall comply with applicable anti-bribery and sanctions laws in performing this Agreement.

13.6 This Agreement is signed in English. A Chinese translation may be prepared for Subscriber's internal use; the English text prevails.

13.7 Provider shall give Subscriber a named account manager who will hold a review call with Subscriber's purchasing team each quarter, covering data coverage, new origins or auction centres added to the API, usage against the monthly volume, and any open support requests. Provider will also send Subscriber its weekly market commentary on the Colombo auctions by email at no extra charge during the Subscription Term.

13.8 If any provision of this Agreement is held invalid, the remaining provisions continue in force and the parties shall replace the invalid provision with a valid one of similar effect.

Signed for Ceylon TeaXchange Data (Private) Limited: ______________ (Director)

Signed for Fuzhou Minyue Tea Trading Co., Ltd.: ______________ (General Manager)
"""

# ---------------------------------------------------------------- files
TEXT_FILES = {
    "h565z03": ("h565z03_pet_chain_membership_boarding_saas.txt", Z03),
    "h565z04": ("h565z04_public_bicycle_system_annual_om.txt", Z04),
    "h565z05": ("h565z05_fishball_cold_store_wms_supplier_template.md", Z05),
    "h565e02": ("h565e02_dairy_herd_saas_order_form_mongolia_vendor.md", E02),
    "h565e04": ("h565e04_hotel_managed_it_service_bhutan_vendor.md", E04),
    "h565e05": ("h565e05_tea_auction_data_api_sri_lanka_vendor.txt", E05),
}
SOURCES = {"h565z01": Z01, "h565z02": Z02, "h565e01": E01, "h565e03": E03}
TARGETS = {"h565z01": ("h565z01_sci_tech_bureau_project_platform.pdf", "pdf"),
           "h565z02": ("h565z02_steel_cold_mill_control_retrofit.docx", "docx"),
           "h565e01": ("h565e01_furniture_nesting_cam_licence_busan_vendor.pdf", "pdf"),
           "h565e03": ("h565e03_tea_garden_sensor_network_nepal_vendor.docx", "docx")}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: (file, language, category, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only),
#       deemed, contract_value, tco fee base (goods only))
LABELS = {
    "h565z01": ("h565z01_sci_tech_bureau_project_platform.pdf", "zh", "software",
                [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC", G],
                T, T, T, F, 1600000, 680000),
    "h565z02": ("h565z02_steel_cold_mill_control_retrofit.docx", "zh", "hardware",
                [N, 0.25, T, "buyer", T, T, T, 0.03, 50, 10, T, T, 24, 8, F, T, F, "PRC", G],
                T, T, T, F, 4400000, 3704000),
    "h565z03": ("h565z03_pet_chain_membership_boarding_saas.txt", "zh", "cloud",
                [99.5, 0.5, T, "buyer", T, F, T, 300 / 420000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
                T, T, N, F, 420000, N),
    "h565z04": ("h565z04_public_bicycle_system_annual_om.txt", "zh", "services",
                [99.95, 0.25, T, "buyer", T, T, F, 1500 / 1678800 * 100, N, N, T, N, N, N, F, T, T, "PRC", S],
                T, T, N, F, 1678800, N),
    "h565z05": ("h565z05_fishball_cold_store_wms_supplier_template.md", "zh", "software",
                [N, N, F, "supplier", T, F, T, 0.1, 20, 50, F, F, 6, 28, F, T, N, N, G],
                F, T, T, T, 570000, 360000),
    "h565e01": ("h565e01_furniture_nesting_cam_licence_busan_vendor.pdf", "en", "software",
                [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Republic of Korea", G],
                T, T, T, F, 1078000, 826000),
    "h565e02": ("h565e02_dairy_herd_saas_order_form_mongolia_vendor.md", "en", "cloud",
                [99.95, 0.5, T, "buyer", F, T, T, 300 / 424000 * 100, 150, 238000 / 424000 * 100, T, N, N, N, F, T,
                 F, "PRC", S],
                T, T, N, F, 424000, N),
    "h565e03": ("h565e03_tea_garden_sensor_network_nepal_vendor.docx", "en", "hardware",
                [N, 2, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 36, 6, F, T, F, "PRC", G],
                T, T, T, F, 850000, 744800),
    "h565e04": ("h565e04_hotel_managed_it_service_bhutan_vendor.md", "en", "services",
                [99.5, 0.5, T, "buyer", T, T, T, 1000 / 1456000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
                T, T, N, F, 1456000, N),
    "h565e05": ("h565e05_tea_auction_data_api_sri_lanka_vendor.txt", "en", "cloud",
                [99.95, 1, F, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
                T, F, N, F, 300000, N),
}

# The design list, written before the labels were derived from.
DESIGN = {
    "h565z01": [],
    "h565z02": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "h565z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h565z04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h565z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h565e01": ["CR-GOVERNING-LAW"],
    "h565e02": ["CR-DATA-SECURITY", "CR-PREPAYMENT"],
    "h565e03": [],
    "h565e04": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h565e05": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
}
DESIGN_RISK = {"h565z01": "low", "h565z02": "medium", "h565z03": "medium", "h565z04": "medium", "h565z05": "high",
               "h565e01": "low", "h565e02": "high", "h565e03": "low", "h565e04": "medium", "h565e05": "high"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    file, lang, cat, vals, sla, ld_stated, capped, deemed, value, _base = LABELS[key]
    assert len(vals) == len(TERM_KEYS)
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if vals[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": file, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, vals)),
            "expected_extra": extra}


def tco_share(key):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata);
    fee base = the itemised licence / hardware subtotal; purchase price + implementation = contract value."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    base = LABELS[key][-1]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def rules(key):
    """My own reading of policy.md section 3, applied to a label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    out = []
    if not x["sla_clause"]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        out.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        out.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        out.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        out.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Busan
        out.append("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > 40:
        out.append("CR-TCO-SERVICE-SHARE")
    return sorted(out)


def risk(found):
    sev = [SEVERITY.get(r, "medium") for r in found]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
BAD = [
    r"99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|(?:working\s+|business\s+|clock\s+)?hours?\b|hrs?\b|h\b)",
    r"(?<!十)四\s*个?\s*小时", r"(?<![\w-])four[\s-]*(?:working\s+|business\s+|clock\s+)?hours?",
    r"(?<![\d.,])240\s*(?:分钟|minutes?)",
    r"(?<![\d.,])0\.05(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百千\d])",
    r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"hundred\s+per\s*cent",
    r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十", r"三成", r"thirty\s+per\s*cent",
    r"(?<![\d.,])12\s*(?:个)?\s*(?:calendar\s+)?(?:月|months?)", r"十二个月", r"twelve[\s-]+(?:calendar\s+)?months?",
    r"一年", r"(?<![\w-])one[\s-]+(?:full\s+)?year", r"(?<![\d.,])1\s*(?:years?\b|年)",
    r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s+per\s*cent",
    r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十", r"四成", r"forty\s+per\s*cent",
    r"(?<![\d.,])5\s*(?:年|years?\b)", r"五年", r"(?<![\w-])five[\s-]+years?", r"(?<![\d.,])60\s*(?:个)?\s*(?:months?|月)",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4 business hours", "four hours",
            "240分钟", "240 minutes", "0.05%", "0.05 % per day", "万分之五", "100%", "百分之百", "30%", "百分之三十",
            "三成", "12个月", "12 个月", "十二个月", "twelve months", "twelve calendar months", "12 months", "一年",
            "one year", "1 year", "15%", "15 per cent", "40%", "四成", "5年", "5 年", "五年", "five years", "5 years",
            "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "2025年", "万分之五十", "服务年度", "Subscription Year", "130%", "140%", "112 months", "24个月",
             "0.055%", "214%", "45%", "25%", "1,100%", "14 hours", "2016年", "first anniversary", "万分之八"]


def bad_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAD_RE:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert bad_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not bad_hits(s), ("must miss", s, bad_hits(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    if key[4] == "z":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    names = {k: v[0] for k, v in TEXT_FILES.items()} | {k: v[0] for k, v in TARGETS.items()}
    raw = {k: v[1] for k, v in TEXT_FILES.items()} | SOURCES
    covered = set()
    problems = []
    for key in sorted(LABELS):
        assert LABELS[key][0] == names[key]
        text = read_back(OUT / names[key])
        n, nws = measure(key, text)
        lo, hi = (2750, 3000) if key[4] == "z" else (1450, 1650)
        print(f"{names[key]}: {n} {'chars' if key[4] == 'z' else 'words'}" + (f" ({nws} non-space)" if nws else ""))
        if not lo <= n <= hi:
            problems.append(f"{key} length {n}")
        for hit in bad_hits(text) + bad_hits(raw[key]):
            problems.append(f"{key} threshold text {hit!r}")
        lab = label(key)
        for k, thr in THRESHOLDS.items():
            v = lab["expected_terms"][k]
            if v is not None and abs(v - thr) < 1e-9:
                problems.append(f"{key} label {k} on threshold")
        share = tco_share(key)
        if share is not None and abs(share - 40) <= 2:
            problems.append(f"{key} TCO share {share:.2f} within 2 points of 40")
        found = rules(key)
        if found != sorted(DESIGN[key]):
            problems.append(f"{key} rules {found} != design {sorted(DESIGN[key])}")
        if risk(found) != DESIGN_RISK[key]:
            problems.append(f"{key} risk {risk(found)} != {DESIGN_RISK[key]}")
        covered |= set(found)
        lab["expected_rules"] = found
        (OUT / (Path(names[key]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("  rules:", ", ".join(found) or "(none)", "| risk", risk(found),
              "| TCO share %.2f" % share if share is not None else "")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(f"rules never fired: {sorted(missing)}")
    print("\n".join(problems) or "all checks passed")
    assert not problems
