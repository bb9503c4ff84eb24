"""holdout1007: builds the ten blind held-out drafts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf are built by ../word_pdf.py (PDF lines broken at word boundaries).
Labels are written with a one-space indent and no trailing newline. The script asserts: text lengths as read back,
no label value on a policy threshold, no threshold figure in any text (regex, self-tested), price sums, the rules
derived from each label (own reading of policy section 3) against the design list, and coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf)
H1007Z01 = """T:市住房公积金贷款审批平台建设项目合同书
P:合同编号：GJJ-ZC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：市住房公积金管理中心
P:乙方（供应商）：杭州衡信数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就公积金贷款审批平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供贷款审批平台软件产品的永久使用许可，许可范围为甲方本级及所辖六个管理部，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，包括：贷款受理与材料核验、额度测算与还款能力评估、不动产抵押登记联办接口、银行放款对接、贷后风险预警、审批流程配置及统计报表。
P:1.3 乙方负责将原贷款系统中的历史贷款数据迁移至平台，并完成与公积金核心业务系统、不动产登记系统、征信查询前置系统的接口对接。
P:1.4 乙方负责部署实施、系统调优及对甲方业务和技术人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），为固定总价，包含完成本项目所需的全部费用及税费。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥826,000；数据迁移及接口对接费¥248,000；部署实施及培训费¥114,000。
P:2.3 合同履行期间，甲方不因人工、材料价格变化而调整合同价款。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收并上线试运行后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 付款以财政资金到位为前提，甲方按国库集中支付程序办理，乙方应予配合。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百五十日内完成开发、部署并提交初步验收申请。
P:4.2 乙方应提交项目实施方案、需求规格说明书、设计文档、测试报告、用户手册、运维手册及全部定制部分源代码。
P:4.3 乙方应指派具有同类项目经验的项目经理一名，驻场实施人员不少于五名；未经甲方书面同意，乙方不得更换项目经理。乙方人员在甲方场所工作时，应遵守甲方的安全保密和办公管理制度。
P:4.4 乙方每周向甲方提交项目周报，说明进度、问题及风险；甲方在五个工作日内对需求确认、设计评审等事项作出书面答复，因甲方原因延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：需求规格说明书所列功能全部实现；历史贷款数据迁移后经全量比对，记录数及金额一致；各接口连续运行十日无差错；在三百名用户并发条件下，页面平均响应时间不超过2秒。
P:5.2 初验合格后平台试运行九十日。试运行期间未发生一级故障，并通过第三方机构的安全测评和商用密码应用安全性评估后，甲方组织最终验收并出具验收报告。
P:5.3 最终验收时，乙方应同时移交全部源代码、数据库设计文档及部署配置清单，甲方按清单逐项核对。
P:5.4 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内乙方每季度进行一次系统巡检并提交巡检报告，对公积金政策调整引起的审批规则、额度参数变化，乙方应免费完成配置调整。
P:6.3 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即¥106,200），该价格在质保期满后三年内不作上调。维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内停机且经甲方同意的除外）。
P:7.2 一级故障（平台不可用或贷款审批业务中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障在下一工作日处理。
P:7.3 乙方应提供7×24小时服务热线，并每月提交运维报告，载明故障处理、性能指标及优化建议。
P:7.4 乙方响应或修复超出上述时限的，每超出一小时向甲方支付¥1,500；月度可用率每低于约定0.01个百分点，扣减¥2,000，从维护费或质量保证金中扣除。
H:第八条 数据安全
P:8.1 平台存储的申请人信息、缴存信息、贷款数据及其衍生数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应落实网络安全等级保护第三级要求，访问生产环境须经甲方审批并通过堡垒机操作，不得将数据复制至甲方网络以外。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、业务信息及缴存职工个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而解除。
H:第十条 知识产权
P:10.1 定制开发成果，包括源代码、接口程序、数据迁移脚本及技术文档，其知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:10.2 平台软件产品本身的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.3 乙方保证所交付的成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定的，应负责修改、重做，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或发生重大违约经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 乙方应按招标文件要求提交履约保证金，金额为合同总价的5%，最终验收合格后无息退还。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得改变招标文件和中标结果的实质性内容。
P:16.3 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。
P:16.4 附件：采购需求书、分项报价表、验收方案、服务响应承诺书。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------- z02 (docx)
H1007Z02 = """T:生产线控制系统改造合同
P:合同编号：DZG-GZ-2027-006
P:甲方（买方）：广东顺德美煲电器制造有限公司
P:乙方（卖方）：中山市恒控自动化工程有限公司
P:甲方为提升电煮锅、电火锅产品线的自动化水平和质量追溯能力，委托乙方对其三号厂房的六条生产线进行控制系统改造。双方经友好协商，就设备供货、软件许可、改造施工及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 改造对象为注塑成型线两条、总装线三条、包装线一条，包括原有继电器控制柜的拆除、新PLC控制柜及伺服系统的安装、在线检测设备接入、工控网络搭建及SCADA监控系统部署。
P:1.2 乙方负责编写各产线PLC程序、HMI操作画面及SCADA组态，并实现与甲方现有MES系统的数据对接，采集产量、节拍、能耗、不良品及检测记录。
P:1.3 乙方负责新旧控制系统的切换方案设计，切换期间应保留原有控制柜的应急回退条件，确保单线切换失败时可在八小时内恢复原状生产。
P:1.4 改造应分线实施，每条产线停线时间不超过七日，具体停线安排由双方在实施方案中确认，乙方不得影响其他产线的正常生产。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰肆拾万元整（¥2,400,000），含税、运输、保险、安装调试及培训费用。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控PLC及I/O模块）|6套|148,000|888,000
TB:2|触摸屏HMI|12台|9,500|114,000
TB:3|伺服驱动器及伺服电机|24套|18,500|444,000
TB:4|在线耐压及功率检测设备|6套|52,000|312,000
TB:5|工业交换机及工控网络设备|1批|158,000|158,000
TB:6|SCADA监控软件永久许可|1套|244,000|244,000
TB:|硬件及软件小计|||2,160,000
TB:7|改造施工及联调|1项|218,000|218,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||2,400,000
P:2.2 上述价格为固定价格，乙方不得以材料涨价等理由要求调整。
H:第三条 付款
P:3.1 本合同生效后十个工作日内，甲方凭乙方开具的收据支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的45%。到货签收不代表质量验收。
P:3.3 六条产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具增值税专用发票，发票不合格的，甲方有权顺延付款且不承担逾期责任。
H:第四条 交货与施工
P:4.1 乙方应于合同生效后六十日内将全部设备运至甲方厂房，并于九十日内完成全部产线的安装调试。
P:4.2 乙方应在设备发货前提交出厂检验报告、合格证及装箱清单，甲方有权派员到乙方工厂参加出厂测试。设备到货后双方共同开箱清点，发现缺损的，乙方应在七日内补齐或更换。
P:4.3 乙方应在每条产线停线改造前三日提交该线的施工计划、安全措施及回退方案，经甲方生产部门确认后实施。施工期间乙方每日向甲方报告进度。
P:4.4 乙方施工人员应遵守甲方的安全生产制度，动火、登高及带电作业须办理作业票。因乙方施工造成人员伤害或甲方财产损失的，由乙方负责赔偿。
H:第五条 验收
P:5.1 每条产线改造完成后，乙方提交调试报告，甲方组织单线验收。验收标准为：I/O点位逐点核对无误；PLC程序及HMI画面满足技术协议的全部功能；在线检测设备误判率低于0.2%；产线连续满负荷运行七十二小时无停机故障；MES数据采集与人工抽查记录一致。
P:5.2 六条产线均通过单线验收并稳定运行六十日后，乙方提交竣工资料（含电气图纸、程序备份、设备说明书及点位表），甲方组织最终验收，出具最终验收报告。
P:5.3 设备到货、安装或投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏的零部件，免费维护PLC程序及SCADA软件。
P:6.2 质保期内设备故障分级如下：一级故障指产线停机，乙方应在1小时内响应，8小时内到达现场；二级故障指部分功能失效但产线可降速运行，乙方应在2小时内响应，次日到场；三级故障为一般问题，乙方在三个工作日内处理。
P:6.3 乙方未按上述时限响应或到场的，每迟延一小时向甲方支付¥800，甲方可从应付款中直接扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含备件、定期巡检、程序维护和远程支持），维保费按硬件及软件小计的28%每年计取，即每年¥604,800，自质保期满起三年内价格不变。维保服务按年度签订，双方均可选择不续签。
H:第七条 数据与信息安全
P:7.1 生产线运行数据、工艺参数、质量检测记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:7.2 乙方远程维护须事先取得甲方同意，经甲方的VPN及堡垒机接入，操作全程留存日志；乙方应对工控网络做好边界隔离，不得在工控网络中私设外联通道。
P:7.3 发生数据泄露、勒索病毒等安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因导致安全事件的，由乙方赔偿甲方全部损失。
H:第八条 保密
P:乙方对在履约中知悉的甲方产品设计、工艺配方、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、HMI画面、SCADA组态文件及MES接口程序，其知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。
P:9.2 SCADA软件产品本身的著作权归原厂所有，甲方获得永久使用许可，许可不限定点位数量，甲方扩建产线时可继续使用。
P:9.3 乙方保证所供设备及软件来源合法，不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担费用。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的设备不符合约定的，甲方有权要求更换，并由乙方承担由此产生的费用。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方可将电气安装、线缆敷设等施工作业分包给具备相应资质的单位，但应提前三个工作日书面告知甲方分包单位名称及人员名单。乙方对分包单位的工作向甲方承担责任。
H:第十二条 合同解除
P:乙方逾期超过三十日，或存在其他重大违约行为经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交中山仲裁委员会仲裁。
H:第十四条 培训
P:乙方应对甲方电工、设备维修人员及产线班组长进行培训，内容包括PLC程序结构、HMI操作、常见故障判断与处理、SCADA报表使用，培训结束后提交培训记录及考核结果。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、实施方案。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""

# ---------------------------------------------------------------- z03 (txt)
H1007Z03 = """门店预约及会员管理系统服务合同

合同编号：XM-SaaS-2027-031

甲方：上海星姿模特职业培训连锁有限公司
乙方：苏州约客云信息技术有限公司

鉴于甲方在全国经营四十家模特培训门店，需要统一的课程预约、会员管理及收银对账系统，乙方以软件即服务（SaaS）方式提供“约客门店云”系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方四十家门店开通“约客门店云”系统，包括课程排期与学员预约、会员卡及课时包管理、教练排班、收银及线上支付对账、营销活动、经营报表等模块。
（二）乙方负责系统实施，包括：
1. 四十家门店的组织架构、课程体系及价格体系配置；
2. 将甲方现有会员数据、剩余课时及储值余额迁移至系统；
3. 与甲方财务系统及微信小程序的接口对接；
4. 为门店店长、前台及财务人员提供培训，培训采用线上直播与区域集中授课相结合的方式，并提供操作视频及常见问题手册，新开门店人员可随时参加线上培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为期一年。
（四）服务期内，乙方免费提供系统的版本更新、功能优化及安全补丁，并提供7×24小时客服热线和在线工单服务；乙方指定一名客户成功经理，每季度与甲方召开一次服务回顾会，通报系统运行情况、故障处理及改进计划。
（五）甲方门店数量、课程体系或收费规则调整时，乙方应在五个工作日内协助完成配置调整，不另收费。

二、服务费用
（一）订阅费按门店数计收，每店每服务年度人民币9,600元，四十家门店每服务年度合计人民币384,000元，两个服务年度合计人民币768,000元。
（二）一次性实施费人民币86,000元（含数据迁移及接口对接），培训费人民币18,000元。
（三）本合同总价为人民币872,000元。服务期内新增门店的，按上述单价及剩余服务期折算计费。

三、付款方式
（一）实施费及培训费在系统上线验收合格后十个工作日内一次性支付。
（二）订阅费按季度支付，服务季度自上线验收合格之日起按自然季度划分，首个服务季度不足三个月的，按实际天数折算；甲方在每个服务季度开始后十个工作日内支付该季度订阅费人民币96,000元。
（三）乙方应在付款前开具增值税专用发票。服务期内订阅单价固定不变，乙方不得以任何理由要求调整。
（四）门店关闭或合并的，甲方可提前三十日通知乙方减少相应门店的订阅，自下一服务季度起按实际门店数计费。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成系统配置、数据迁移和接口对接，并提交上线验收申请。
（二）上线验收标准为：
1. 合同约定的功能模块全部可用；
2. 迁移后会员人数、剩余课时及储值余额与甲方原系统逐户核对一致；
3. 线上支付与财务系统对账连续七日无差异；
4. 在全部门店同时营业的高峰时段，预约操作响应时间不超过2秒。
（三）甲方在收到验收申请后五个工作日内组织验收。系统开通或甲方门店试用，均不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收；因乙方原因两次验收仍不合格的，甲方有权解除合同，乙方退还已收取的全部款项。
（五）甲方应指定项目负责人，按时提供门店资料、会员数据及接口所需的账户权限，并组织门店人员参加培训。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨一时至六时并提前两日通知甲方。
（二）故障分级及响应：一级故障（系统无法登录、无法预约或无法收银）乙方应在15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障在两个工作日内解决。
（三）月度可用率未达到承诺的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣总额以当月订阅费为限；一级故障响应超时的，每次抵扣人民币500元。

六、续期
（一）服务期届满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。
（二）自动续期时，乙方有权根据其价格政策调整订阅单价，调整幅度不超过上一服务年度单价的8%，乙方应在届满前十五日通知甲方新的价格。

七、数据安全与数据归属
（一）甲方及其学员、会员的个人信息、交易记录及经营数据均属于甲方所有，乙方仅为提供本合同服务之目的处理，不得用于其他用途，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心（不低于网络安全等级保护第三级），采取加密存储、访问控制、操作审计及每日备份等措施，并符合个人信息保护相关法律的要求。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担赔偿责任。
（四）乙方每年应委托具备资质的机构对系统进行安全测评，并将测评结论及整改情况告知甲方；乙方员工访问甲方数据须经授权并留存日志。
（五）合同终止后三十日内，乙方应按甲方要求导出并移交全部数据，随后删除其保存的甲方数据并出具删除证明。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得披露，但依法律规定或监管要求披露的除外。乙方应要求其接触甲方信息的员工签署保密承诺。保密义务在合同终止后继续有效。

九、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。甲方不得对系统进行反向工程或将账号转让给第三方使用。
（二）乙方为甲方定制开发的报表、接口程序及小程序页面，其知识产权归甲方所有，乙方应交付源代码。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致会员课时或储值余额记录错误的，乙方应在两个工作日内核实更正，并赔偿甲方因此向会员承担的损失。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）乙方的服务出现一级故障，单月累计三次以上，或连续两个月可用率未达承诺的，甲方有权解除合同，乙方退还已付未使用的订阅费。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、服务终止与交接
（一）本合同终止或期满不再续期的，乙方应继续提供不少于三十日的只读访问，便于甲方核对会员余额并完成数据迁出。
（二）乙方应配合甲方或甲方指定的新服务商完成数据交接，交接期间系统的计费按实际使用天数折算，提供数据字典及导出文件说明，不得以任何理由拖延或拒绝。

十五、其他
（一）双方的通知以书面形式送达本合同所载地址或电子邮箱，一方变更联系方式的，应在三日内通知对方。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、服务水平说明。

甲方（盖章）：                    乙方（盖章）：
"""

# ---------------------------------------------------------------- z04 (txt)
H1007Z04 = """渡口渡船安全监管系统运维服务合同

项目编号：JTJ-CS-2027-004（竞争性磋商）
采购人（甲方）：某县交通运输局
成交供应商（乙方）：江西航讯智联科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就渡口渡船安全监管系统年度运维服务事项，订立本合同。

第一条 服务范围
（一）运维对象为甲方渡口渡船安全监管系统，包括：监管平台软件及数据库；全县二十三处渡口的视频监控前端一百一十八路；四十一艘渡船的船载定位终端及载客计数设备；渡口水位及气象监测站九套；监管中心大屏、服务器、存储及网络设备。
（二）服务内容包括：系统日常监测与故障处理；前端设备巡检、清洁、校准及损坏部件更换；平台软件缺陷修复及小版本升级；数据备份与恢复演练；汛期及节假日重点保障；每月运行分析报告。
（三）乙方应协助甲方完成监管系统与市级水上交通安全监管平台的数据对接维护，确保渡船动态及预警信息按要求及时上报。
（四）单件价值在人民币3,000元以上的设备更换，由乙方提出方案，甲方另行采购，乙方负责安装调试，不另收费。

第二条 服务期限
本合同服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购运维服务，依法另行组织采购。

第三条 合同价款与支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包含人工、交通、工具、备品备件（第一条第（四）项除外）及税费。
（二）服务费按季度支付。每季度结束后，甲方按第五条进行季度考核，考核合格后十五个工作日内支付当季服务费人民币121,500元；考核扣减的费用从当季服务费中扣除。
（三）乙方收款前应开具合法有效的发票。乙方账户信息变更的，应提前书面通知甲方，因未通知造成的付款延误由乙方负责。

第四条 服务要求
（一）乙方应组建不少于四人的运维团队，其中驻场工程师两人，工作日在甲方监管中心值守，汛期及法定节假日实行7×24小时值守。
（二）故障分为三级。一级故障指监管平台瘫痪、渡口视频大面积中断或船载定位数据全部丢失；二级故障指单个渡口设备离线或部分功能异常；三级故障指其他一般问题。
（三）一级故障，乙方应在6小时内响应，24小时内修复；二级故障，乙方应在8小时内响应，两日内修复；三级故障在五个工作日内处理完毕。
（四）前端设备每季度巡检一次，每次巡检应形成巡检记录，载明设备状态、问题及处理情况，经渡口管理员签字确认。
（五）乙方每月5日前向甲方提交上月运行分析报告，内容包括设备在线情况、故障处理情况、超载及恶劣天气预警事件统计及改进建议。
（六）每年汛期前，乙方应对全部渡口的水位监测站、视频前端及供电防雷设施开展专项检查，并在汛期前完成发现问题的整改；遇台风、暴雨等灾害性天气预警，乙方应提前安排人员到岗，保障监管系统连续运行。
（七）乙方应每月进行一次数据库全量备份，每周进行增量备份，每半年组织一次恢复演练，演练方案及结果报甲方备案。
（八）乙方运维人员应具备相应的专业技能，驻场人员名单报甲方备案；未经甲方同意，乙方不得更换驻场工程师，确需更换的，应提前十日书面申请，并保证接替人员能力不低于原人员。

第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：故障响应及修复符合第四条时限；巡检按计划完成且记录完整；离线前端设备在修复时限内恢复；数据备份完整且恢复演练成功；运行报告按时提交。
（二）一级故障响应或修复超时的，每超时一小时扣减服务费人民币300元；二级故障超时的，每次扣减人民币200元；巡检未按计划完成的，每处渡口扣减人民币500元。
（三）服务期满前十五日，甲方组织年度验收。乙方应提交全年巡检记录、故障处理台账、运行报告、设备台账及系统配置文档。资料齐全、各季度考核均合格且系统运行正常的，甲方出具年度验收意见。

（四）甲方收到年度验收资料后十个工作日内完成验收；资料不全或存在未整改问题的，乙方应在甲方指定期限内补正，补正后重新验收。

第六条 甲方义务与安全作业
（一）甲方为驻场人员提供监管中心内的办公场所、必要的网络接入条件及系统运维所需的操作权限，协调各乡镇渡口管理员配合乙方开展巡检和维修。
（二）乙方人员登船或在渡口水域作业时，应穿戴救生衣，遵守渡口安全管理规定，恶劣天气时不得登船作业；乙方应为作业人员购买意外伤害保险，作业中发生的人身伤害由乙方负责。
（三）更换下来的设备及部件归甲方所有，乙方应登记后交回甲方，不得自行处置。

第七条 数据安全
（一）监管系统中的视频图像、船舶轨迹、乘客计数及渡口管理数据均属于甲方所有，乙方不得复制、留存，不得用于本合同以外的任何用途。
（二）乙方应按照网络安全等级保护的要求开展运维，远程操作须经甲方审批并通过堡垒机进行，所有操作留存日志；乙方人员离场时应交还全部账号和介质。
（三）发生数据泄露、系统被入侵等安全事件的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，由乙方承担全部责任。

第八条 保密
乙方及其工作人员对在服务中知悉的甲方工作信息、系统配置、账号口令及乘客信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。

第九条 知识产权
乙方在服务期内编写的运维脚本、巡检记录、运行报告及配置文档归甲方所有，甲方可自由使用、修改或交由其他单位使用。乙方保证其提供的服务和工具不侵犯第三方的合法权益。

第十条 违约责任
（一）乙方未按计划完成季度巡检、汛前专项检查或甲方书面通知的整改事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方人员违反甲方安全管理制度造成损失的，由乙方赔偿；因乙方维护不当导致监管系统长时间中断，造成渡口安全监管缺位的，乙方除承担前述扣减外，还应承担由此给甲方造成的损失。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 不可抗力
因洪水、台风等不可抗力致使合同无法履行的，受影响方应及时通知对方，并在十日内提供有关证明，根据影响程度部分或全部免除责任。不可抗力消除后，乙方应立即恢复服务，并优先恢复渡口视频和船载定位功能。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 服务交接
服务期满或本合同终止时，乙方应在十日内向甲方或甲方指定的单位移交全部系统账号、口令、配置文档、设备台账、备品备件清单及运维资料，并配合完成交接，交接期间不得中断系统运行。

第十五条 其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议不得违背磋商文件及成交结果的实质性内容。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                    乙方（盖章）：
"""

# ---------------------------------------------------------------- z05 (md, supplier's template)
H1007Z05 = """# 软件产品许可及定制开发合同

> 织梦软件标准合同文本 V3.0（乙方提供）

**合同编号：** ZM-2027-0412

**甲方（用户）：** 杭州拾绒布艺玩偶工作室

**乙方（开发方）：** 宁波织梦软件科技有限公司

甲方拟使用乙方的“织梦工序通”生产过程跟踪软件，并委托乙方根据甲方的布艺玩偶生产流程进行定制开发。为明确双方权利义务，经协商一致，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供“织梦工序通”软件V3版的永久使用许可，许可用户数为六十个，限甲方在其工作室及外协加工点使用。

1.2 乙方根据甲方需求开发以下定制功能：裁片、缝制、充棉、绣花、质检、包装各工序的扫码报工；外协加工点的发料与回收跟踪；计件工资核算；订单进度看板；与甲方网店订单系统的接口。

1.3 乙方负责软件部署、基础数据初始化及对甲方人员的操作培训。基础数据包括工序、工价、物料、款式及外协加工点信息，由甲方按乙方提供的模板整理后交付乙方导入。

1.4 定制功能的具体范围以双方签字确认的需求说明书为准，需求说明书以外的功能不属于本合同范围。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾柒万元整（¥470,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织梦工序通软件永久许可（六十用户） | 186,000 |
| 2 | 定制功能开发 | 248,000 |
| 3 | 部署实施及培训 | 36,000 |
| | 合计 | 470,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪、标签打印机等硬件。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币305,500元。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的35%，即人民币164,500元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署及服务，工期相应顺延。

## 第四条 开发与交付

4.1 乙方在收到第3.1条款项后开始需求调研，并于九十日内完成开发和部署。

4.2 甲方应及时提供生产流程、工序工价、物料编码、外协加工点名单等资料，并指定专人配合需求调研、测试和上线准备工作。因甲方资料不全或需求变更导致的延误，乙方不承担责任。

4.3 甲方在开发过程中提出需求变更的，乙方有权另行收取费用。变更费用按乙方的人天单价计算，具体以双方确认的变更单为准。

4.4 甲方应自行准备满足乙方配置要求的服务器、网络环境、扫码枪及标签打印机，并在部署前五个工作日完成安装。因甲方环境不满足要求造成的部署延误或运行问题，由甲方自行负责。

4.5 乙方向甲方交付软件安装程序、操作手册及培训课件。培训以集中授课方式进行，共两次，每次半天；甲方需要增加培训的，另行收费。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线，软件上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在维护期内予以修复，但不影响验收结论及付款。

5.3 甲方要求进行试运行的，试运行期间发生的问题按维护服务处理，试运行不影响第3.2条的付款时间。

## 第六条 维护服务

6.1 乙方自软件上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 维护期内，对于导致生产无法报工的一级故障，乙方在2小时内响应，对于其他故障在两个工作日内响应，并尽力尽快解决。

6.3 免费维护期内，因甲方自行修改配置、断电、病毒感染或使用非乙方推荐的硬件造成的故障，不属于免费维护范围，乙方可按次收取服务费。

6.4 乙方的维护服务以远程方式为主，确需现场服务的，甲方应承担乙方人员的差旅费用。

6.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

## 第七条 知识产权

7.1 “织梦工序通”软件及乙方为甲方开发的全部定制功能（包括源代码、数据库设计和技术文档）的知识产权归乙方所有。

7.2 甲方仅获得在许可范围内使用上述软件的权利，不得自行或委托他人修改、反编译，不得向第三方转让或提供。乙方有权将定制功能纳入其标准产品向其他客户销售。

## 第八条 数据

8.1 甲方在软件中录入的生产数据、订单数据和员工计件数据归甲方所有。软件部署在甲方自备服务器上，数据备份由甲方负责，乙方可提供备份脚本供甲方使用。

8.2 甲方同意，乙方可以对上述数据进行脱敏和汇总处理，并将处理后的数据用于乙方产品的优化、行业分析及对外发布行业报告。

8.3 乙方对其提供的服务采取必要的安全措施，包括访问权限控制、数据定期备份和传输加密；因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，并按本合同第十条承担赔偿责任。

8.4 甲方应妥善保管系统管理员账号及口令，因甲方人员操作不当、账号泄露或甲方自行安装其他软件导致的数据损失，乙方不承担责任。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。乙方可以将甲方名称及标识列入其客户名单用于市场宣传。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金），累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

10.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。逾期超过三十日的，乙方有权停止提供软件授权及维护服务，由此造成的损失由甲方承担。

10.4 软件上线后，甲方未经乙方同意擅自将软件安装于许可范围以外的场所，或超出许可用户数使用的，应按超出部分的许可价格补缴费用，并向乙方支付同等金额的违约金。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

11.2 合同解除时，乙方已完成的开发工作量由双方按实际进度结算；甲方已支付的款项不足以支付已完成工作量的，甲方应补足差额。

## 第十二条 不可抗力

因地震、火灾、疫情、网络运营商线路故障、政府行为等不可抗力或其他非乙方所能控制的原因导致乙方不能按期履行的，乙方不承担违约责任，履行期限相应顺延。

## 第十三条 通知

双方的通知可以通过电子邮件、微信或书面方式发送至本合同首页所载联系人。甲方在收到乙方的上线通知、交付通知后三个工作日内未提出书面异议的，视为甲方已确认。

## 第十四条 争议解决

因本合同产生的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。本合同附件包括需求说明书、报价单及培训计划，附件与正文不一致的，以正文为准。

**甲方（盖章）：**　　　　　　**乙方（盖章）：**
"""

# ---------------------------------------------------------------- e01 (pdf)
H1007E01 = """T:Software Licence and Services Agreement
P:Agreement No. EVS-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Suzhou Industrial Park (the "Buyer"), and Elk Valley Casting Software, Inc., a Tennessee corporation with its principal office at 418 South Main Street, Jellico, Tennessee 37762, United States (the "Vendor").
P:The Buyer produces investment and sand castings for pump, valve and compressor makers and wishes to license the Vendor's FoundryTrace software for casting process simulation, heat and pour records, and quality traceability, and to have the Vendor implement it at its two plants. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FoundryTrace Enterprise suite, version 9, in object code, including the simulation solver, the melt and pour records module, the non-destructive testing records module and the traceability portal, together with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts, configuration files and other work product created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written acceptance of the implemented system under Article 5.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its Suzhou and Nantong plants for up to 45 named users and 6 solver seats, for the Buyer's own business.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers in Suzhou, build interfaces to the Buyer's ERP system, spectrometer and X-ray inspection stations, convert the last three years of heat records, and configure the traceability portal for the Buyer's customers.
P:2.3 The Vendor shall provide 16 days of training for process engineers, quality staff and system administrators, on site in Suzhou, in Chinese or with a qualified interpreter supplied by the Vendor.
P:2.4 The Vendor shall deliver the implementation within 150 days after the effective date, following a project plan agreed by the parties within 20 days after the effective date.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 2,080,000, fixed and inclusive of all taxes, duties, travel and expenses, made up of: licence fee CNY 1,640,000; implementation and interfaces CNY 392,000; training CNY 48,000.
P:3.2 The Buyer shall pay: (a) 10% of the Contract Price within 30 days after signature, against the Vendor's invoice; (b) 55% within 30 days after the Vendor delivers the licence keys, completes installation and passes the operational readiness test under Article 5.2; and (c) 35% within 30 days after Final Acceptance.
P:3.3 Payments are made in CNY by bank transfer to the Vendor's account named in the invoice.
H:Article 4 Project Management
P:4.1 Each party shall appoint a project manager. The Vendor's project manager shall be on site in Suzhou during configuration, testing and go-live, and shall not be replaced without the Buyer's written consent, which shall not be unreasonably withheld.
P:4.2 The Vendor shall report progress to the Buyer every two weeks, including completed tasks, open issues and risks. The Buyer shall provide access to its premises, systems and staff as reasonably required.
H:Article 5 Acceptance
P:5.1 The parties shall agree a written acceptance test plan before configuration starts. The test plan shall cover every function in the specification attached as Annex 1.
P:5.2 The operational readiness test shows that the Software is installed, licensed and reachable from both plants and that the interfaces pass data in test mode.
P:5.3 Final Acceptance requires that: (a) all test cases in the test plan pass; (b) simulation results for three reference castings chosen by the Buyer fall within the tolerance stated in Annex 1 against measured results; (c) the converted heat records reconcile with the source records by count and by chemistry values; (d) the interfaces run for 20 consecutive working days without a Severity 1 defect; and (e) all Custom Deliverables and documentation are delivered.
P:5.4 The Buyer shall start final testing within ten working days after the Vendor's notice of readiness and shall either issue the Final Acceptance certificate or list the failed criteria in writing. The Vendor shall correct failures and resubmit within 15 days. Installation, use of the Software in production or payment of any amount is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide help desk support at no charge.
P:6.2 The Vendor shall respond to a Severity 1 defect (the system or a production interface is down, or pour records cannot be saved) within 1 hour, 24 hours a day, and work continuously until a fix or workaround is in place. Severity 2 defects shall receive a response within 8 business hours and Severity 3 defects within two business days.
P:6.3 If the Vendor misses a Severity 1 response or restoration target in Annex 2, it shall credit the Buyer CNY 1,000 for each hour or part of an hour of delay, against the next payment or support invoice.
P:6.4 After the Warranty Period, the Buyer may buy annual support and updates at 11% of the licence fee per year (CNY 180,400). This price is fixed for the first three support years. Each support year is ordered separately by the Buyer; support does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 All data entered into or generated by the Software, including heat records, process parameters, inspection images and customer information, belongs to the Buyer. The Vendor may use it only to perform this Agreement and shall not keep copies after the work that needs them is complete.
P:7.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN, with named accounts and multi-factor authentication, and only with the Buyer's prior approval for each session. The Vendor shall not transfer Buyer data outside the People's Republic of China.
P:7.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer data within 12 hours of becoming aware of it, shall help the Buyer contain and investigate it, and shall be liable for the Buyer's losses caused by a breach of this Article.
H:Article 8 Confidentiality
P:8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties.
P:8.2 Confidential information of the Buyer includes its casting designs, process parameters, customer names and prices. These duties last for three years after this Agreement ends.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all rights in the Software, subject to the licence in Article 2.1.
P:9.2 All intellectual property rights in the Custom Deliverables belong to the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:9.3 The Vendor shall defend and indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Final Acceptance by the date in the agreed project plan for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 7, 8 and 9.3, to personal injury, or to fraud or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate by written notice if liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund amounts paid for services not accepted.
P:12.3 The licence in Article 2.1, once paid for, survives termination of this Agreement.
H:Article 13 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Tennessee, United States of America, without regard to its conflict of law rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state courts located in Campbell County, Tennessee, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification and Acceptance Tolerances) and Annex 2 (Support Targets), is the entire agreement of the parties on its subject and replaces all earlier proposals.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:15.3 This Agreement is signed in English in two originals, one for each party, and takes effect on the date of the later signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, order form)
H1007E02 = """# RidgeOps Subscription Order Form

**Order No.:** SRH-ORD-27-0386

**Provider:** Smoky Ridge Hospitality Systems, LLC, 1120 Parkway, Sevierville, Tennessee 37862, United States

**Customer:** Sanya Haitang Bay Resorts Management Co., Ltd., Haitang Bay, Sanya, Hainan Province, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1 Services Ordered

Provider will make available the RidgeOps cloud platform for hotel and resort operations to Customer's twelve resort properties listed in Attachment 1. The subscription includes the Property Operations Suite (housekeeping boards, room status, maintenance work orders, preventive maintenance schedules, inventory of linen and amenities, and mobile apps for staff) and the Guest Messaging add-on (in-stay requests by WeChat and SMS, routed to the right department). Customer may add properties during the Subscription Term at the unit fees in A2, pro rata for the remaining part of the Subscription Year.

### A2 Fees

| Item | Quantity | Unit fee per Subscription Year (CNY) | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|---|
| Property Operations Suite | 12 properties | 21,600 | 259,200 | 777,600 |
| Guest Messaging add-on | 12 properties | 7,200 | 86,400 | 259,200 |
| Onboarding and data migration (one-time) | 1 | 64,800 | - | 64,800 |
| **Total Contract Value** | | | | **1,101,600** |

All fees are in CNY and include value added tax. SMS messages above 40,000 per property per month are charged at CNY 0.06 per message and are not part of the Total Contract Value.

### A3 Subscription Term

The Subscription Term is 36 months and consists of three Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date on which Customer signs the Onboarding Acceptance under A5. Each later Subscription Year starts on the anniversary of the Go-Live Date.

### A4 Invoicing and Payment

(a) Provider will invoice the onboarding fee after Onboarding Acceptance.

(b) Provider will invoice the annual subscription fees for each Subscription Year on the first day of that Subscription Year. The first invoice is therefore issued on the Go-Live Date.

(c) Customer will pay each correct invoice within 30 days of receipt by bank transfer in CNY. Provider will issue official PRC VAT invoices through its appointed agent in Haikou.

### A5 Onboarding and Acceptance

(a) Provider will complete onboarding by the Target Go-Live Date of 15 June 2027. Onboarding includes configuration of the twelve properties, import of room lists, assets and open work orders from Customer's current systems, integration with Customer's property management system, and training of housekeeping and engineering supervisors at each property.

(b) Onboarding Acceptance requires that: (i) all functions in Attachment 2 work as described for every property; (ii) the imported rooms, assets and open work orders reconcile with Customer's source lists; (iii) room status changes reach the property management system within 10 seconds in a test of at least 200 changes; and (iv) Customer's supervisors at each property have completed training.

(c) Customer will test within ten business days after Provider's notice of readiness and will sign the Onboarding Acceptance or list the failed criteria. Use of the platform by Customer's staff before that date is not acceptance.

(d) If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer liquidated damages of 0.08% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

### A6 Contacts and Signatures

Provider contact: Account Director, Asia Pacific. Customer contact: Director of IT, Haitang Bay resort office.

Signed for Provider: ____________________ Signed for Customer: ____________________

Date: ____________ Date: ____________

## Part B - General Terms

### 1. Use of the Services

1.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the platform during the Subscription Term for Customer's internal business purposes.

1.2 Customer is responsible for its users' conduct and for keeping their log-in details secure. Customer will not resell the platform, attempt to reverse engineer it, or use it to send unlawful messages.

1.3 Provider will keep the platform's features at least at the level described in Attachment 2 during the Subscription Term. Provider may release new versions, but it will not remove a function that Customer uses without giving Customer an equivalent function at no extra charge.

1.4 Support is available in Chinese and English through the support portal, by email and, for Severity 1 issues, by a hotline staffed at all times. Provider will assign a named customer success manager who will hold a service review with Customer every quarter and report availability, tickets and planned releases.

1.5 Provider may suspend a user account only if it is being used in breach of 1.2 and only for as long as needed to stop the misuse, after telling Customer's contact in A6.

### 2. Service Levels

2.1 Provider will make the platform available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Provider will respond to support tickets within the following times: Severity 1 (platform unavailable or a property cannot update room status) within 30 minutes, at all times; Severity 2 (a major function is impaired) within 2 hours; Severity 3 (other issues) within one business day.

2.3 If monthly availability falls below the level in 2.1, Customer will receive a service credit of 5% of the monthly portion of the subscription fees for each 0.1 percentage point (or part of it) below that level, up to the full monthly portion. Each missed Severity 1 response time earns a credit of CNY 800. Credits are applied to the next invoice or paid at the end of the Subscription Term.

### 3. Customer Data

3.1 Customer Data means all data entered into the platform by or for Customer, including guest names, room numbers, requests, staff records and work order history. Customer Data belongs to Customer. Provider will use Customer Data only to provide the services to Customer and will not sell it, disclose it or use it for any other purpose.

3.2 Provider will host Customer Data in data centres located in mainland China, operated by a provider holding an MLPS level 3 record. Provider will encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and keep daily backups for 30 days.

3.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate steps to contain it, and give Customer the information it needs to meet its legal duties. Provider is liable for losses caused by its breach of this section 3.

3.4 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in CSV format and then delete it, and will confirm the deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the platform and all improvements to it.

4.2 Checklists, room inspection templates, report layouts and other configurations made for Customer belong to Customer, and Customer may use and adapt them freely, including with other systems.

### 5. Subcontractors

Provider may use subcontractors, including hosting, SMS and messaging providers, to perform the services. Provider will tell Customer about any new subcontractor by email before it starts work. Provider remains responsible for its subcontractors.

### 6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. Provider may change the fees for any renewal term by giving Customer notice at least 90 days before the renewal term starts; the changed fees then apply to that renewal term.

### 7. Termination

7.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing the breach.

7.2 Customer may also terminate by written notice if Provider misses the availability level in 2.1 in any two consecutive months. On termination under 7.1 by Customer or under 7.2, Provider will refund the prepaid fees for the period after termination.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Contract Value.

8.2 The limit in 8.1 does not apply to Provider's obligations under section 3, to either party's infringement of the other party's intellectual property, or to fraud or wilful misconduct.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

10.2 Notices shall be in writing and sent to the contacts in A6. This Order Form is executed in English and may be signed in counterparts.
"""

# ---------------------------------------------------------------- e03 (docx, buyer's paper)
H1007E03 = """T:Supply Contract for Greenhouse Sensors and Monitoring Software
P:Contract No. DCH-PUR-2027-044 (Buyer's standard purchase contract for equipment and software)
P:Buyer: Yunnan Dianchi Horticulture Co., Ltd., Chenggong District, Kunming, Yunnan Province, People's Republic of China.
P:Supplier: Warren County Grow Sensors, Inc., 305 West Main Street, McMinnville, Tennessee 37110, United States.
P:The Buyer grows cut flowers and potted plants in glasshouses and plastic tunnels at its Chenggong and Songming bases. It has selected the Supplier to supply, install and commission a wireless network of soil and climate sensors with the Supplier's GreenWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations and accessories listed in clause 2.
P:1.2 "Software" means the GreenWatch monitoring software, version 6, with its mobile application and documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and calibrate all devices, integrate the System with the Buyer's irrigation controllers and greenhouse climate computers, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,820,000, fixed, including all taxes, import duties, freight to site, insurance, installation and travel. The price is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensors|640|1,150|736,000
TB:2|LoRa gateways with 4G backhaul|32|9,800|313,600
TB:3|Compact weather stations|8|26,500|212,000
TB:4|GreenWatch software, perpetual site licence|1|348,000|348,000
TB:|Hardware and Licence Subtotal|||1,609,600
TB:5|Installation, calibration and integration|1 lot|186,400|186,400
TB:6|Training (operators and administrators)|1 lot|24,000|24,000
TB:|Contract Price|||1,820,000
P:2.3 The Software licence is perpetual, non-exclusive and covers all of the Buyer's present and future growing sites in Yunnan, with no limit on the number of users or devices.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 Delivery payment: 45% of the Contract Price within 20 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance of the System.
P:3.3 Final payment: 35% of the Contract Price within 20 days after Final Acceptance.
P:3.4 The Supplier shall issue VAT invoices for each payment through its authorised distributor in Kunming. All payments are in CNY.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Chenggong base within 75 days after signature, and shall complete installation and integration at both bases within 120 days after signature.
P:4.2 The Supplier shall deliver with the Equipment its packing lists, certificates of origin, factory test reports and radio type approval certificates for mainland China.
P:4.3 Before installation the Supplier shall survey both bases, confirm gateway positions and radio coverage, and submit an installation plan showing the location of every device. Installation in each greenhouse block shall be arranged with the Buyer's growers so that planting, spraying and harvesting are not disturbed.
P:4.4 The Supplier's installers shall follow the Buyer's site rules on plant hygiene, chemical areas and working at height. Damage to crops or structures caused by the Supplier's installers shall be made good by the Supplier.
H:5. Acceptance
P:5.1 After installation the Supplier shall run a 30-day trial operation of the complete System.
P:5.2 The System passes Final Acceptance when: (a) every sensor reports to the Software at the configured interval and no more than 3 sensors at any base miss more than two readings a day during the trial; (b) sensor readings, after calibration, lie within the accuracy stated in the technical specification when checked by the Buyer against reference instruments at 20 sample points; (c) alarm messages for frost, high temperature and low soil moisture reach the Buyer's duty staff within 60 seconds; (d) the integration with irrigation controllers and climate computers works in both directions as specified; and (e) all documentation, configuration records and training records have been handed over.
P:5.3 The Buyer shall carry out the acceptance tests within ten working days after the end of the trial operation. If any criterion is not met, the Supplier shall correct the defect within ten days, and the relevant tests shall be repeated.
P:5.4 Delivery, installation, trial operation or use of the System by the Buyer does not count as acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty Equipment free of charge, including parts, labour and freight, and shall provide Software updates and remote support.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or a gateway or weather station offline so that a whole greenhouse block is not monitored|1 hour|8 hours (remote) or 48 hours (on site)
TB:Severity 2|Individual sensors faulty or one function impaired|8 business hours|5 business days
TB:Severity 3|Questions and minor issues|2 business days|Next Software update
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it from the Supplier.
P:6.4 The Supplier shall keep a stock of spare sensors and gateways equal to at least 3% of the installed quantity at its Kunming distributor during the warranty.
P:6.5 After the warranty, the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal per year (CNY 128,768), covering repair, Software updates and remote support. This fee is fixed for the fourth and fifth years after Final Acceptance. Each support year requires a separate purchase order from the Buyer; there is no automatic renewal.
H:7. Data and Security
P:7.1 All data collected by the System, including sensor readings, irrigation records, crop and greenhouse layouts, and the Buyer's user data, belongs to the Buyer. The Supplier shall not use this data for any purpose other than performing this Contract.
P:7.2 The Software shall be installed on the Buyer's servers in Kunming. The Supplier's remote support staff shall connect only through the Buyer's VPN with individual accounts, after the Buyer approves each session, and the Buyer may record the sessions.
P:7.3 The Supplier shall ensure that the gateways and the Software have no undisclosed remote access functions, shall fix security vulnerabilities found in the System within the times in clause 6.2, and shall inform the Buyer of any security incident affecting the Buyer's data within 12 hours. The Supplier shall compensate the Buyer for losses caused by its breach of this clause.
H:8. Confidentiality
P:8.1 The Supplier shall keep confidential all information it receives about the Buyer's varieties, growing methods, yields, sales and systems, and shall not disclose it to any third party without the Buyer's written consent.
P:8.2 This obligation survives the end of this Contract for three years.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software and the Equipment firmware, subject to the licence in clause 2.3.
P:9.2 Integration programs, dashboards, alarm rules and reports developed for the Buyer belong to the Buyer, and the Supplier shall deliver their source code. The Buyer may use and modify them freely and have third parties maintain them.
P:9.3 The Supplier shall indemnify the Buyer against claims that the System infringes a third party's rights.
H:10. Delay and Liability
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 7 and 8.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any subcontractor that the Buyer approves.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages reach the maximum in clause 10.1.
P:12.2 On such termination the Supplier shall refund all amounts paid for Equipment and services not accepted, and the advance payment guarantee may be called.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The arbitration award is final.
H:14. General
P:14.1 Annex 1 (Technical Specification), Annex 2 (Site Plans) and Annex 3 (Installation Plan) form part of this Contract.
P:14.2 This Contract is made in English and Chinese; both texts are equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, managed services)
H1007E04 = """# Managed IT Services Agreement

**Agreement No.:** ACM-YH-2027-02

**Customer:** Hefei Yuanhang Home Appliance Components Co., Ltd., Hefei Economic and Technological Development Area, Anhui Province, People's Republic of China

**Provider:** Anderson County Managed IT, LLC, 120 East Woodford Street, Lawrenceburg, Kentucky 40342, United States, acting in China through its project office in Hefei

Customer makes motors, thermostats and wiring harnesses for home appliance brands at three plants in Hefei and Chuzhou. Customer wishes to outsource the day-to-day operation of its IT infrastructure to Provider for 36 months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer accepts the completion of transition under Section 3.

1.5 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider or its staff can access in performing the Services.

## Section 2 Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The parties may extend the Service Term only by a written amendment signed by both parties, on terms agreed at the time. There is no automatic renewal.

## Section 3 Transition

3.1 Provider shall take over the Services from Customer's internal IT team during a transition period of 60 days after signature, following the transition plan in Schedule 1.

3.2 Transition is complete when: (a) all endpoints, servers and network devices in scope are enrolled in Provider's monitoring and management tools and shown in the asset inventory; (b) the service desk has handled Customer's calls for ten working days in parallel with Customer's team with every P1 and P2 ticket meeting the Schedule 2 targets; (c) backup jobs for all servers in scope have run successfully for ten consecutive days and a test restore has succeeded; and (d) run books for every service in Schedule 1 have been approved by Customer.

3.3 Customer shall confirm completion in writing within five working days after Provider's notice, or state which criteria are not met. Provider shall fix the gaps and give notice again.

3.4 If the Service Commencement Date is later than 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay as liquidated damages, up to CNY 120,000.

## Section 4 Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall keep a service delivery manager and two on-site engineers at Customer's Hefei head office during business hours, and shall provide remote support at all other times.

4.3 Provider shall report monthly on ticket volumes, Service Level performance, changes, backup results and open risks, and shall attend a monthly service review with Customer's IT manager.

4.4 Customer shall give Provider's staff access to its sites and systems as needed for the Services, and shall tell Provider in advance about plant shutdowns, relocations and new systems.

## Section 5 Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term, except for changes in the number of devices under 5.2.

5.2 If the number of endpoints in scope changes by more than 5% from the baseline in Schedule 3, the monthly charge shall be adjusted at the unit rates in Schedule 3 from the next month.

5.3 Provider shall invoice the transition fee after the Service Commencement Date, and the monthly charge at the end of each month for that month. Customer shall pay correct invoices within 30 days by bank transfer in CNY, against official VAT invoices.

5.4 Service credits under Schedule 2 are deducted from the next invoice.

## Section 6 Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services for Customer.

6.2 At the end of the Service Term Provider shall return to Customer any Customer Data in its possession.

## Section 7 Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's product designs, prices, customer lists and network information, and shall use it only for this Agreement.

7.2 A party may disclose such information only to its employees and permitted subcontractors who need to know it and who are bound by written duties of confidence at least as strict as this Section. These duties last for three years after the end of this Agreement.

## Section 8 Intellectual Property

8.1 Provider keeps its monitoring tools, scripts and methods that existed before this Agreement, and grants Customer a free licence to use any of them that remain in Customer's environment after the Service Term.

8.2 Run books, configuration records, network diagrams, reports and scripts written specifically for Customer belong to Customer, which may use and modify them freely and hand them to another provider.

## Section 9 Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any subcontractor that Customer approves.

## Section 10 Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. The limit in 10.1 does not apply to personal injury or to fraud.

## Section 11 Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 Customer may also terminate by written notice if Provider misses the P1 response target in Schedule 2 in three months out of any six consecutive months.

11.3 On expiry or termination, Provider shall give Customer and any new provider up to 60 days of exit assistance at the rates in Schedule 3, including handover of all run books, passwords, configuration records and open tickets.

## Section 12 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei, and the award is final.

## Section 13 General

13.1 This Agreement, with Schedules 1 to 3, is the whole agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 This Agreement is made in English and Chinese; both texts are equally valid.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Service Description

| Service | Scope | Provider duties |
|---|---|---|
| Service desk | About 1,600 users at three plants | Chinese-speaking service desk by phone, portal and WeChat; log, prioritise and resolve incidents and requests; escalate to on-site engineers |
| Endpoint management | 1,480 desktops and laptops, 220 shop-floor terminals | Imaging, software distribution, monthly patching, antivirus management, hardware break-fix with the makers' warranties |
| Server and storage | 64 virtual servers, 2 storage arrays | Monitoring, capacity reports, patching in agreed windows, backup job management, quarterly restore tests |
| Network | Core, distribution and access switches, firewalls and Wi-Fi at three plants | Monitoring, configuration backups, changes through Customer's change process, liaison with carriers |
| Transition | All of the above | Discovery, tool roll-out, knowledge transfer, run books, parallel run as in Section 3 |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| P1 | A plant's production systems, network or ERP access down | 15 minutes | 6 hours | CNY 3,000 for each missed target |
| P2 | A department or a line affected, workaround available | 30 minutes | 12 hours | CNY 1,000 for each missed target |
| P3 | A single user affected | 2 hours | 3 business days | CNY 200 for each missed target above 5% of P3 tickets in a month |
| Backup | Failed backup job | Next business day | Rerun within 24 hours | CNY 500 for each job not rerun |

Service credits in any month are capped at 20% of that month's monthly charge. Response is measured from ticket logging to first contact by a qualified engineer.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Service Commencement Date | 96,000 |
| Monthly charge | Baseline 1,700 endpoints, 64 servers, three plants | 68,000 per month |
| Monthly charges over the Service Term | 36 months | 2,448,000 |
| **Total Contract Value** | | **2,544,000** |
| Endpoint adjustment | Per endpoint per month above or below the baseline | 34 |
| Exit assistance | Per engineer day | 2,400 |
"""

# ---------------------------------------------------------------- e05 (txt, data subscription)
H1007E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. OVA-DL-2027-07

BETWEEN

Dalian Beiliang Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Dalian Free Trade Zone, Liaoning Province ("Customer"); and

Ohio Valley Agri-Data, Inc., a Kentucky corporation with its principal office at 1104 Seaton Avenue, Greenup, Kentucky 41144, United States ("Provider").

BACKGROUND

Customer imports soybeans, corn and sorghum from the Americas and sells them to feed mills and crushers in north-east China. Provider collects and publishes crop condition, weather, planting progress, export inspection and inland basis price data for the main growing regions of the United States, Brazil and Argentina. Customer wishes to receive this data through Provider's application programming interface ("API") and daily files for use in its procurement and risk teams. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Schedule A, as updated by Provider from time to time, including historical data back to the 2012 crop year.

1.2 "Subscription Year" means each period of one year starting on the Activation Date or on an anniversary of it. The subscription covers two Subscription Years (the "Subscription Term").

1.3 "Activation Date" means the date on which Customer confirms activation under clause 4.

1.4 "Customer Materials" means the lists of origins, elevators, ports and contract positions that Customer uploads to the API to receive tailored alerts, and Customer's queries and usage records.

1.5 "Customer Outputs" means analyses, models, reports and dashboards that Customer creates using the Licensed Data.

2. LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Licensed Data through the API and daily files, and to use it internally in Customer's business, for up to 25 named users and 3 system accounts.

2.2 Customer may include limited extracts of the Licensed Data in Customer Outputs shared with its affiliates, banks and auditors, but shall not resell the Licensed Data or publish it in bulk.

2.3 Provider may add or improve data sets. Provider shall not remove any data set listed in Schedule A during the Subscription Term without offering a data set of equal coverage at no extra charge.

2.4 Customer shall keep its API credentials secure, shall not share them between named users, and shall tell Provider promptly if it believes that credentials have been lost or misused. Provider may check API usage records to confirm that use stays within the licensed number of users and accounts; any excess use shall be charged at the rate in clause 3.4.

2.5 Provider shall deliver the Licensed Data in JSON through the API and in CSV daily files, with the field definitions, units and update times documented in Schedule A. Provider shall give Customer at least 60 days' notice of any change to field names or file layouts that would require Customer to change its systems.

3. FEES AND PAYMENT

3.1 The fees are CNY 398,000 for the first Subscription Year and CNY 418,000 for the second Subscription Year, a total of CNY 816,000 for the Subscription Term. The fees are fixed and include all taxes.

3.2 Provider shall invoice the fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay each correct invoice within 30 days of receipt by bank transfer in CNY.

3.3 Provider shall issue invoices acceptable for Customer's tax filings through its authorised reseller in Dalian.

3.4 Additional named users may be added at CNY 9,600 per user per Subscription Year, pro rata for the rest of the Subscription Year.

4. ACTIVATION AND ACCEPTANCE

4.1 Within 20 business days after signature, Provider shall issue API credentials, set up the daily file delivery to Customer's secure file server, load the historical data, and configure alerts for the Customer Materials.

4.2 Customer shall confirm activation when: (a) every data set in Schedule A can be retrieved through the API with the fields listed in Schedule A; (b) the historical data loads completely and matches the record counts stated by Provider; (c) daily files have arrived complete and on schedule for five consecutive business days; and (d) test alerts for three Customer elevators have been received. Customer shall confirm activation or list the failed items within five business days after Provider's notice of readiness.

4.3 Use of the API by Customer's staff during testing is not acceptance.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API available and to deliver the daily files on time, and to correct errors in the Licensed Data promptly once they are identified.

5.2 Provider offers support by email during its business hours in the Eastern time zone and will endeavour to answer support requests as soon as practicable.

5.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance in advance on its status page.

6. CUSTOMER MATERIALS AND SECURITY

6.1 Customer Materials belong to Customer. Provider shall use them only to provide the services to Customer under this Agreement and shall not disclose them, combine them with data of other customers, or use them to create products or analyses for anyone else.

6.2 Provider shall store Customer Materials encrypted, limit access to named staff with multi-factor authentication, keep access logs for at least one year, and test its security controls at least once a Subscription Year by an independent assessor.

6.3 Provider shall notify Customer of any security incident affecting Customer Materials or Customer's credentials within 24 hours of becoming aware of it, revoke and reissue affected credentials, cooperate with Customer's investigation, and compensate Customer for losses caused by its breach of this clause 6.

6.4 At the end of the Subscription Term Provider shall delete Customer Materials and confirm the deletion in writing within 30 days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including Customer's positions, origins and trading plans and Provider's methods and prices, and shall not disclose it to any third party without written consent.

7.2 These duties continue for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Licensed Data and the API. Nothing in this Agreement transfers them to Customer.

8.2 Customer Outputs, including any models and reports built for Customer by Provider's analysts under a statement of work, belong to Customer, which may use, modify and license them freely, even after the Subscription Term.

8.3 Provider shall defend Customer against any claim that Customer's use of the Licensed Data in accordance with this Agreement infringes the rights of a third party.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 Provider shall not subcontract any part of the services without Customer's prior written consent, other than its use of data sources listed in Schedule A.

9.2 Neither party may assign this Agreement without the other party's written consent.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term, except for breach of clauses 6 and 7, infringement claims under clause 8.3, and fraud.

10.2 Provider does not warrant that the Licensed Data is free of errors or suitable for any particular trading decision. Customer is responsible for its own trading decisions.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. Any further subscription requires a new written agreement or order signed by both parties; there is no automatic renewal.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If Customer terminates under clause 11.2, Provider shall refund the part of the fees for the current Subscription Year that relates to the period after termination.

11.4 After the end of this Agreement Customer may keep Customer Outputs and the extracts of Licensed Data contained in them, but shall stop using the API and delete bulk copies of the Licensed Data.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding.

13. GENERAL

13.1 Notices shall be sent in writing by email and courier to the addresses above.

13.2 This Agreement, with Schedule A, is the whole agreement of the parties on its subject. It is made in English and Chinese; both texts are equally valid.

SCHEDULE A - LICENSED DATA

A1 Weekly crop condition and planting progress by state, province and department for corn, soybeans and sorghum.

A2 Daily gridded weather observations and 15-day forecasts for the main growing regions, with drought indices.

A3 Daily inland basis prices at 480 elevators and river terminals, and weekly export inspection volumes by port.

A4 Daily Brazilian and Argentine port line-ups and freight indications to north China ports.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""


# ================================================================ design and labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (file, language, category, terms (in KEYS order), extra, price parts, fee base for TCO, forum outside mainland,
#       design rule list)
T, F, N = True, False, None
DESIGN = {
    "z01": ("h1007z01_housing_fund_loan_approval_platform.pdf", "zh", "software",
            [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 9, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=2368000),
            [1180000, 826000, 248000, 114000], 1180000, F, []),
    "z02": ("h1007z02_cooker_plant_line_control_retrofit.docx", "zh", "hardware",
            [N, 1, T, "buyer", T, T, T, 0.08, N, 20, T, T, 18, 28, F, T, T, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=2400000),
            [888000, 114000, 444000, 312000, 158000, 244000, 218000, 22000], 2160000, F,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h1007z03_model_school_chain_booking_saas.txt", "zh", "cloud",
            [99.5, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=872000),
            [2 * 40 * 9600, 86000, 18000], None, F, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("h1007z04_ferry_safety_supervision_om_service.txt", "zh", "services",
            [N, 6, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=486000),
            [4 * 121500], None, F, ["CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "z05": ("h1007z05_plush_toy_studio_process_tracking_supplier_template.md", "zh", "software",
            [N, 2, F, "supplier", T, F, T, 0.02, 20, 65, F, F, 6, N, F, T, N, N, "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T,
                 contract_value=470000),
            [186000, 248000, 36000], 186000, F,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"]),
    "e01": ("h1007e01_foundry_software_perpetual_licence_tn_vendor.pdf", "en", "software",
            [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 24, 11, F, T, F, "Tennessee", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=2080000),
            [1640000, 392000, 48000], 1640000, T, ["CR-GOVERNING-LAW"]),
    "e02": ("h1007e02_resort_operations_saas_order_form.md", "en", "cloud",
            [99.95, 0.5, T, "buyer", T, T, F, 0.08, 150, N, T, N, N, N, T, T, T, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1101600),
            [3 * 12 * 21600, 3 * 12 * 7200, 64800], None, F,
            ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "e03": ("h1007e03_greenhouse_sensors_monitoring_licence.docx", "en", "hardware",
            [N, 1, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1820000),
            [640 * 1150, 32 * 9800, 8 * 26500, 348000, 186400, 24000], 1609600, F, []),
    "e04": ("h1007e04_managed_it_services_36_months.md", "en", "services",
            [N, 0.25, T, "buyer", F, T, T, 2000 / 2544000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, F, "PRC",
             "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=2544000),
            [96000, 36 * 68000], None, F, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("h1007e05_grain_market_data_api_subscription.txt", "en", "cloud",
            [N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", "service"],
            dict(sla_clause=F, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=816000),
            [398000, 418000], None, F, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SOURCES_ALL = {k: globals()["H1007" + k.upper()] for k in DESIGN}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy thresholds (defaults of the shipped pack, policy section 3)
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepay=30, warranty=12, pw_fee=15, tco=40, horizon=5)


def tco_share(terms, extra, fee_base):
    """Post-warranty share of TCO over 5 years from acceptance (policy section 4), or None."""
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None or fee_base is None:
        return None
    years = max(0.0, TH["horizon"] - (terms["warranty_months"] or 0) / 12)
    fees = terms["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (extra["contract_value"] + fees) * 100


def derive_rules(terms, extra, fee_base, forum_outside):
    """My own reading of policy section 3 applied to a label."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > TH["p1_hours"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
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
    if terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == "goods_or_licence":
        if terms["warranty_months"] is None or terms["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        pw = terms["post_warranty_fee_pct"]
        if pw is None or not extra["post_warranty_fee_capped"] or pw > TH["pw_fee"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(terms, extra, fee_base)
        if share is not None and share > TH["tco"]:
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
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ threshold scan
NUM = r"(?<![0-9.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"99\.9(?![0-9])", r"99\.90",
    NUM + r"4\s*-?\s*(?:小时|個?小時|hours?|hrs?)(?![a-z])", r"(?<![十0-9])四个?小时", r"four[\s-]*hours?",
    NUM + r"0\.050*" + PCT, r"万分之五(?![十0-9])", r"千分之零点五", r"0\.0005(?![0-9])",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百", r"one\s*hundred\s*per\s*cent",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    NUM + r"12\s*-?\s*(?:months?|个月|個月)", r"(?<![十])十二个月", r"twelve[\s-]*months?", r"一年质保|质保期为?一年",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    NUM + r"5\s*-?\s*(?:years?|年)(?![0-9])", r"(?<![十〇零0-9])五年", r"five[\s-]*years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "0.05 %", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "12 months",
            "12-month", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "forty percent",
            "5 years", "5-year", "5年", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "7×24小时", "二十四小时", "14 hours", "48 hours", "0.055%",
             "1100%", "130%", "115%", "140%", "2027年12月31日", "15 days", "40,000 per property", "2025年",
             "二十五年", "CNY 0.06 per message", "万分之五十", "8%", "0.08%", "36 months", "25 years", "百分之三十五",
             "百分之四十五", "5 business days", "405%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s) and THRESHOLD_RE.search(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ================================================================ read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {}
    for key, d in DESIGN.items():
        name = d[0]
        if name.endswith((".docx", ".pdf")):
            office[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SOURCES_ALL[key], encoding="utf-8")
            print("wrote", name)
    write(SOURCES_ALL, office, OUT, wrap_words=True)

    covered = set()
    for key, (name, lang, cat, vals, extra, parts, fee_base, forum_outside, design_rules) in DESIGN.items():
        terms = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        assert sum(parts) == extra["contract_value"], (key, sum(parts))
        # no label value on a threshold
        assert terms["availability_pct"] != TH["availability"]
        assert terms["p1_response_hours"] != TH["p1_hours"]
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
        assert terms["liability_cap_pct"] is None or abs(terms["liability_cap_pct"] - TH["cap"]) > 1e-9
        assert terms["prepayment_pct"] != TH["prepay"] and terms["warranty_months"] != TH["warranty"]
        assert terms["post_warranty_fee_pct"] != TH["pw_fee"]
        share = tco_share(terms, extra, fee_base)
        assert share is None or abs(share - TH["tco"]) > 2, (key, share)
        rules = derive_rules(terms, extra, fee_base, forum_outside)
        assert rules == sorted(design_rules), (key, rules, design_rules)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = LIMITS[lang]
        hits = scan(text)
        print("%-66s %s %5d  risk %-6s tco %s  %s" % (name, lang, n, risk(rules),
                                                      "-" if share is None else "%.2f" % share, ", ".join(rules)))
        assert not hits, (name, hits)
        assert lo <= n <= hi, (name, n)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(d[8]) for d in DESIGN.values()]
    assert mix.count(0) == 2 and DESIGN["e01"][8] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"][8]) <= 10
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
