"""holdout729: ten blind held-out draft contracts (five Chinese, five English) with their expected labels.

Builds every file from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py, PDFs broken into
lines at word boundaries), writes the .json labels, and asserts: price and payment sums, label values off every policy
threshold, TCO shares away from the TCO threshold, each draft's rules (derived from its labels with my reading of policy
§3) equal to the design list, coverage of all 20 CR rules, text lengths as read back, and a threshold-figure scan of
every built file (raw, whitespace-collapsed, whitespace-free). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:云阳县移民后期扶持综合管理平台建设项目合同
P:合同编号：YYYM-ZC-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：重庆市云阳县移民工作局
P:乙方（供应商）：重庆渝川数治科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就三峡库区移民后期扶持综合管理平台（以下简称“平台”）的软件许可、定制开发及实施事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供移民后期扶持管理软件V5.0的永久使用许可（不限用户数，部署于县政务云），并完成以下定制开发：移民人口动态管理、后扶资金直补发放与核对、项目库及绩效评价、避险搬迁与地灾监测联动、移动端入户核查、县乡村三级统计报表及领导驾驶舱。
P:1.2 乙方负责历史数据迁移（约十二万条移民人口及二十年资金发放记录）、与财政一体化系统、社保系统及市级移民信息系统的接口对接、系统部署、试运行及培训。
P:1.3 详细功能需求以招标文件第五章及经甲方确认的需求规格说明书为准。
P:1.4 乙方应为县局、各乡镇移民专干及村级信息员分批开展操作培训，累计不少于200人次，并提供培训教材和操作视频。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾贰万捌仟元整（¥1,528,000），包括：软件许可费¥760,000；定制开发费¥584,000；数据迁移费¥118,000；实施及培训费¥66,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、部署、接口联调及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.3 合同履行期间，合同总价不因人工、材料价格变化或乙方实施人员增加而调整。因甲方书面提出需求变更而增加的工作量，由双方另行协商确定。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，乙方提交等额银行保函后，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后120日内完成部署、数据迁移和初步验收，试运行期为90日。
P:4.2 乙方应在项目启动后15日内提交实施方案及进度计划，经甲方书面确认后执行。
P:4.3 乙方应指定具有类似项目经验的项目经理常驻现场，未经甲方同意不得更换；项目组核心人员名单作为本合同附件。乙方每周提交项目周报，每月参加甲方组织的项目例会。
P:4.4 甲方负责提供政务云资源、网络环境、历史数据及相关单位的协调，并指定联系人配合需求确认和测试。因甲方原因造成的延误，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据经抽样及总量比对，人员、户籍及资金记录差错为零；与财政、社保及市级系统的接口连续10日运行无差错；500个并发用户下常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；完成第三方软件测评和等级保护测评并整改完毕；交付用户手册、运维手册、数据字典、接口文档及定制部分源代码。
P:5.3 验收由甲方组织，可邀请财政、审计及技术专家参加，验收合格后双方签署验收报告。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供故障处理、软件升级、政策调整引起的报表修改和技术咨询。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不高于软件许可费的8%（即¥60,800），质保期满后三年内不上调。维护服务另行签订合同，不自动续期。
P:6.3 质保期内，乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行、备份及安全日志情况，并向甲方提交巡检报告；每年汛期前对避险搬迁与地灾监测联动功能进行专项检查。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台无法登录、资金发放功能中断或数据错误）乙方应在30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每迟延响应或迟延恢复一小时，甲方有权扣减维护款¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,500。
P:7.4 乙方每月向甲方提交运行报告，载明可用率、故障处理情况及改进措施，作为扣减计算的依据。
H:第八条 数据安全
P:8.1 平台中的移民人口、身份证号、银行账户、资金发放及核查影像等数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，落实数据分类分级、传输及存储加密、最小授权、操作日志审计等措施；远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方政务云以外的介质或系统。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 知识产权
P:9.1 软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 本项目定制开发的程序、接口、报表模板、源代码及文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
H:第十条 违约责任
P:10.1 乙方未按第四条约定时间完成初步验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 平台未通过验收的，乙方应在15日内免费整改并再次验收；第二次验收仍不合格的，甲方有权解除合同，乙方退还已收款项。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。
P:14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。合同履行期间，因国家或重庆市移民后期扶持政策调整需要修改平台功能的，乙方应在质保期内免费完成。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：重庆市云阳县移民工作局    乙方（盖章）：重庆渝川数治科技有限公司
P:签订日期：2025年    月    日
"""
Z02 = """T:吹塑及提手装配生产线控制系统改造合同
P:合同编号：HYST-JG-2025-032
P:甲方（买方）：台州恒洋塑业有限公司水桶厂
P:乙方（卖方）：宁波启衡自动化工程有限公司
P:甲方现有两条塑料水桶生产线（注塑桶身、吹塑桶盖及提手装配工位）控制系统老化，停机频繁。经比选，甲方委托乙方对生产线控制系统进行改造，双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换两条线的PLC控制柜、伺服驱动系统和操作触摸屏，新增提手自动穿装工位控制单元及桶身视觉检测系统，部署产线监控软件，实现设备状态、产量、能耗和不良品数据的实时采集与看板展示。
P:1.2 乙方负责拆除旧控制柜、敷设控制电缆、编写和调试PLC程序、与甲方现有ERP系统对接产量及工单数据，并对甲方操作工和设备维修人员进行培训。
P:1.3 改造期间乙方应按甲方的生产排期分线停机施工，每条线停机时间不超过10日。
P:1.4 主要技术要求：PLC采用国产或国际主流品牌中型控制器，预留不少于两成的I/O余量；伺服系统定位精度±0.02毫米以内；触摸屏支持中文界面和三级操作权限；视觉检测单件检测时间不超过0.8秒；监控软件支持不少于60台设备接入，数据保存不少于三年。具体配置以附件技术协议为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾万零肆仟元整（¥1,204,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|4套|86,000|344,000
TB:2|伺服驱动系统（吹塑合模及送料轴）|1批|268,000|268,000
TB:3|操作触摸屏（HMI）|6台|9,500|57,000
TB:4|桶身视觉检测系统|3套|42,000|126,000
TB:5|提手穿装工位控制单元|2套|73,000|146,000
TB:6|产线监控软件永久许可|1套|159,000|159,000
TB:|设备及软件小计||||1,100,000
TB:7|拆装、布线、编程及调试|1项|86,000|86,000
TB:8|培训|1项|18,000|18,000
TB:|合同总价||||1,204,000
P:2.2 上述价格含税、运输、保险、安装调试及质保期内服务费用。合同履行期间价格不作调整，乙方不得以原材料或人工成本上涨为由要求增加价款。
H:第三条 付款方式
P:3.1 合同生效后7个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 设备全部到货并完成安装、两条线恢复生产后，甲方支付合同总价的50%。到货及安装不代表甲方对质量的认可，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，在到货后40日内完成两条线的改造和调试。
P:4.2 乙方施工人员应遵守甲方厂区安全生产、动火作业和用电管理制度，因乙方人员违章造成的人身伤害和财产损失由乙方承担。
P:4.3 乙方应在进场前提交施工组织方案、停机切换方案和应急预案，经甲方设备部门确认后实施。切换期间乙方应保证原控制柜可在2小时内恢复使用，确保甲方在改造失败时能够恢复生产。
P:4.4 甲方负责提供施工场地、临时用电和设备停机窗口，并安排设备维修人员全程配合调试。
P:4.5 乙方提供的设备应为全新原厂正品，出厂日期应在合同签订之后，并随货提供合格证、说明书和装箱单。到货时双方共同开箱清点，数量或外观不符的，乙方应在7日内补齐或更换。控制柜内元器件的品牌和型号应与附件技术协议一致，未经甲方书面同意不得替换。
H:第五条 验收
P:5.1 验收标准：两条线连续生产15日，吹塑成型周期较改造前缩短不少于8%；提手穿装工位漏装率低于千分之二；视觉检测对桶身缺口、飞边的检出率不低于98%；监控软件数据与人工点数差异不超过千分之五；PLC程序及监控软件的功能与附件技术协议一致。
P:5.2 乙方提交验收申请后，甲方在5个工作日内组织生产、设备、质量部门共同验收，合格的签署验收报告。不合格的，乙方应在10日内整改后重新验收。
P:5.3 设备到货、安装完成或甲方投入生产，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为十八个月，自验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级和程序修改），年维保费按设备及软件小计的25%计收，即每年¥275,000，维保期内不上调。维保服务按年签订合同，甲方可选择是否续签。
P:6.3 一级故障（任一条线停产）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单一工位或视觉检测异常）24小时内处理完毕。乙方每迟延一小时，甲方有权扣减维保费或质保金¥500。
H:第七条 违约责任
P:7.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:7.2 改造完成后验收不合格且整改后仍不合格的，甲方有权退货并要求乙方返还已付款项，赔偿因此造成的停产损失。
P:7.3 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测参数及ERP接口程序的知识产权归甲方所有，乙方应在验收时交付源程序及注释。甲方有权自行修改或委托第三方维护。
P:8.2 监控软件产品的著作权仍归乙方，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 生产线采集的产量、工艺参数、能耗及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方设备部门同意，通过甲方指定的VPN账号进行，操作过程留存日志；乙方不得在其设备上留存甲方生产数据，不得在控制系统中设置后门程序。因乙方原因导致数据泄露、程序被篡改或控制系统遭受攻击的，乙方负责修复并赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方工艺配方、模具参数、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 分包
P:11.1 电缆敷设及控制柜拆装等现场施工，乙方可以交由其他施工单位完成，但应在进场前书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日或验收两次不合格的，甲方有权书面通知解除本合同。
P:12.2 任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除合同并要求赔偿。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应首先由各自分管生产的负责人协商解决；协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 乙方交付的资料包括电气图纸、PLC程序备份、HMI工程文件、视觉检测参数表、备件清单、操作规程及维修手册，纸质版和电子版各一套。
P:14.2 附件技术协议、设备清单及验收记录为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：台州恒洋塑业有限公司水桶厂    乙方（盖章）：宁波启衡自动化工程有限公司
"""
Z03 = """连锁门店点餐及会员系统SaaS服务合同

合同编号：SX-IT-2025-0611
甲方（客户）：上海鲜町餐饮管理有限公司
乙方（服务商）：杭州云桌信息技术有限公司

甲方经营“鲜町寿司”连锁品牌，在上海、苏州、杭州共有直营门店50家。甲方拟使用乙方的云端点餐、收银及会员管理服务，并由乙方完成上线实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方50家门店提供扫码点餐、平板点餐、前台收银、厨房出单（KDS）、会员积分与储值、电子券及营销活动、总部报表等SaaS服务，每店开通一个门店账号及不超过8个员工账号。
2. 乙方提供微信小程序和支付宝小程序点餐前端，界面使用甲方品牌标识。
（二）实施服务
1. 菜品及套餐资料录入（约420个菜品、60个套餐）、门店桌台配置、打印机和KDS屏联调。
2. 甲方原会员系统约38万名会员的资料、积分及储值余额迁移。
3. 与甲方现有中央厨房订货系统和财务系统的数据对接。
4. 对店长、收银员和区域督导的分批培训，每批培训后进行操作考核，并提供培训视频供新员工自学。
5. 上线首周派驻实施人员到店值守，协助处理高峰时段问题。
（三）服务期限
服务期为两个服务年度，第一服务年度自全部门店上线验收合格之日起算，第二服务年度紧随其后。
（四）门店终端硬件（平板、打印机、KDS屏）由甲方自行采购，不在本合同范围内；乙方应提供经过兼容性测试的硬件型号清单，并负责上线时的联调。

二、费用及支付
（一）订阅服务费为每店每服务年度¥7,800，50家门店每服务年度合计¥390,000，两个服务年度合计¥780,000。
（二）实施费为一次性¥126,000。
（三）本合同总价为¥906,000（含税）。门店数量增加的，新增门店按相同单价按月折算。
（四）支付方式：
1. 实施费在全部门店上线验收合格后15个工作日内一次付清。
2. 订阅服务费按季度支付，每季度开始后10个工作日内支付当季费用¥97,500。
3. 乙方应在付款前开具增值税专用发票。
（五）除本合同另有约定外，服务期内订阅服务费单价不作调整。短信、第三方支付手续费等按实际发生由甲方另行与相关机构结算，不计入本合同总价。

三、上线实施与验收
（一）乙方应在合同生效后60日内完成全部门店上线，上线可分三批进行。
（二）上线验收标准：
1. 50家门店点餐、收银、出单、会员功能全部可用，与合同附件功能清单一致。
2. 会员资料、积分及储值余额迁移后逐户核对，总额差异为零。
3. 高峰时段单店并发下单不少于30笔/分钟时，下单响应时间不超过2秒。
4. 与中央厨房订货系统及财务系统的数据连续7日核对一致。
（三）甲方在收到乙方验收申请后5个工作日内组织验收，验收合格的签署上线验收单。门店开始试用或甲方支付季度费用，均不视为验收合格。
（四）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

四、服务水平
（一）乙方保证系统月可用率不低于99.5%，计划内维护应安排在凌晨1点至5点之间并提前48小时通知。
（二）故障分级及响应：
1. 一级故障（任一门店无法点餐或收银）：15分钟内响应，1小时内恢复或提供离线收银替代方案。
2. 二级故障（会员、报表等部分功能异常）：1小时内响应，8小时内解决。
3. 三级问题（咨询、优化建议）：1个工作日内答复。
（三）月可用率低于承诺值或一级故障恢复超时的，乙方按当季订阅服务费的3%至10%向甲方提供服务费抵扣，具体比例见附件二；累计抵扣在下一季度费用中扣除。服务费抵扣不影响甲方依本合同主张解除合同或要求赔偿损失的权利。因甲方网络或终端设备原因造成的故障不计入可用率统计。
（四）乙方设7×24小时服务热线，并为甲方指定专属客户经理。
（五）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录及处理时长、版本更新说明和下月计划维护安排。双方每季度召开一次服务回顾会。
（六）乙方对系统进行版本升级的，应提前7日通知甲方，升级不得减少本合同约定的功能，不得影响门店营业时间。

五、数据
（一）甲方的会员信息、订单、菜品、储值及营销数据归甲方所有。
（二）甲方同意，乙方可对甲方订单和消费数据进行脱敏、汇总处理后，用于餐饮行业分析报告、产品改进及向其他客户提供行业对标服务；此种使用不需另行取得甲方同意，也不另行付费。
（三）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出并交付甲方全部数据，并在甲方确认后删除其系统中的甲方数据。

六、数据安全
（一）乙方系统应通过网络安全等级保护第三级测评，会员手机号、储值等敏感信息加密存储，后台访问采用多因素认证并留存日志。
（二）乙方应建立数据备份机制，每日备份，备份数据保留不少于30日。
（三）发生数据泄露、丢失或篡改的，乙方应在发现后2小时内通知甲方，配合甲方履行个人信息保护法规定的通知义务，并承担因乙方原因造成的全部损失。

七、保密
双方对在合作中获知的对方商业秘密负有保密义务，包括甲方的菜单定价、门店经营数据、营销方案等。未经对方书面同意，任何一方不得向第三方披露，但依法律法规或监管要求披露的除外。双方应仅向履行本合同确有需要的员工提供上述信息，并要求其遵守同等的保密义务。保密义务在合同终止后三年内继续有效。

八、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、报表模板及与中央厨房、财务系统的接口程序，知识产权归甲方所有，乙方应交付接口源代码。

九、续期
服务期满前30日内任何一方未提出书面异议的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况及产品功能调整订阅服务费单价，并以书面通知甲方后执行。

十、甲方义务
（一）甲方应按时提供菜品资料、门店信息及原会员系统的数据导出文件，并指定项目负责人配合实施。
（二）甲方负责各门店的网络、平板、打印机等终端设备，并保证其符合乙方提供的配置要求。
（三）甲方应妥善管理各门店账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。

十一、转让与分包
未经甲方书面同意，乙方不得将本合同项下的服务转让或分包给第三方。

十二、合同解除
（一）乙方严重违约，或连续两个月可用率低于承诺值的，甲方有权书面通知解除本合同，乙方应退还已收取但未履行期间的服务费。
（二）甲方逾期付款超过30日，经乙方催告后仍不支付的，乙方有权暂停服务。
（三）合同因任何原因终止的，乙方应给予甲方不少于30日的过渡期，过渡期内按原标准提供服务，并协助甲方将数据迁移至甲方指定的系统。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向上海仲裁委员会申请仲裁。

十四、其他
本合同附件包括：附件一 功能清单；附件二 服务费抵扣标准；附件三 门店清单。本合同一式两份，自双方盖章之日起生效。

甲方（盖章）：上海鲜町餐饮管理有限公司
乙方（盖章）：杭州云桌信息技术有限公司
"""
Z04 = """角膜捐献管理信息系统运维服务合同

项目编号：HSYK-CS-2025-004（竞争性磋商）
甲方（采购人）：山东省红十字眼库
乙方（成交供应商）：济南明澈信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就角膜捐献管理信息系统（以下简称“系统”）的运维服务达成一致，订立本合同。

第一条 服务范围
1. 系统包括捐献登记、供体评估、角膜获取与保存、质量检测、分配与移植登记、随访管理及统计上报等子系统，以及与省人体器官捐献管理平台和各合作医院的接口。
2. 乙方提供的运维服务包括：日常监控与巡检；故障诊断与处置；数据库管理与数据备份恢复；操作系统及中间件补丁更新；安全加固与漏洞修复；配合网络安全等级保护测评与整改；因业务规范调整引起的小型功能修改（每次不超过10人日，全年累计不超过60人日）；用户培训及咨询。
3. 乙方派驻1名工程师在甲方现场工作（工作日8:30至17:30），其余时间提供远程值守和电话支持。
4. 运维对象的软硬件环境包括：应用服务器6台、数据库服务器2台（主备）、备份一体机1台、前置交换机及甲方眼库实验室的条码打印和冷链温度采集终端。硬件设备的原厂维修不在本合同范围内，但乙方应负责报修协调和修复后的系统恢复。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条 服务费用及支付
1. 运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包括人员、工具、差旅、税费及本合同约定的全部服务内容。
2. 服务费按季度支付，每季度¥96,500。每季度结束后，甲方根据第七条进行季度考核，考核通过后15个工作日内支付该季度服务费。
3. 服务期内服务费不作调整。本合同不设预付款。乙方应在每次付款前开具合法发票。

第四条 服务水平
1. 系统月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
2. 故障分级与时限：
（1）一级故障（系统整体不可用、供体信息无法登记或查询、角膜分配流程中断）：乙方应在15分钟内响应，1小时内到达现场，2小时内恢复；
（2）二级故障（单个子系统或接口异常）：30分钟内响应，8小时内解决；
（3）三级问题（一般咨询、界面调整）：2个工作日内处理。
故障级别由甲方信息科根据对捐献、获取和分配业务的影响确定，乙方有异议的可事后提出，但不得因此延误处置。
3. 由于角膜获取和移植对时效要求极高，夜间及节假日发生的一级故障，乙方同样按上述时限处理。
4. 乙方每半年组织一次应急演练，内容包括数据库主备切换和备份数据恢复，演练方案和结果报甲方备案。
5. 乙方每月提交运维月报，载明可用率、故障清单、巡检结果、备份检查及安全事件情况。

第五条 服务质量扣减
1. 一级故障响应或恢复每超时一小时，扣减当季服务费¥1,000；二级故障每超时一小时，扣减¥300。
2. 月可用率每低于承诺值0.01个百分点，扣减当季服务费¥800。
3. 乙方未按期提交月报或巡检报告的，每次扣减¥500。
4. 扣减金额在当季服务费中直接扣除，不影响甲方依本合同主张其他权利。

第六条 专项工作期限与违约金
1. 乙方应在服务期开始后30日内完成系统现状评估并提交运维方案；在甲方通知的等保测评整改项发出后20日内完成整改。
2. 乙方逾期完成上述专项工作的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
3. 乙方派驻工程师无故缺勤或未经甲方同意更换的，每人每日扣减¥600。

第七条 考核与验收
1. 季度考核标准：当季各月可用率均达到承诺值；一级故障全部按时恢复；巡检、备份恢复演练按计划完成；甲方用户满意度评价不低于85分。
2. 服务期满时，甲方组织年度验收，标准为：全年运维记录、月报、巡检报告、备份恢复演练记录完整；全年无因乙方原因造成的数据丢失；等保测评整改项全部关闭；运维文档（系统配置清单、应急预案、账号清单）已更新并移交甲方。
3. 年度验收合格后，甲方出具验收意见。未通过的，乙方应在15日内整改，整改后仍不合格的，甲方有权扣留第四季度服务费。

第八条 数据安全
1. 系统中的捐献者及其家属信息、受者病历、角膜质量检测记录等数据均属于甲方所有，其中包含敏感个人信息和健康医疗数据。乙方仅为提供运维服务而接触上述数据，不得用于任何其他目的。
2. 乙方应遵守《个人信息保护法》《数据安全法》及卫生健康行业数据安全管理要求：运维操作通过甲方堡垒机进行并全程录像；禁止将数据导出至甲方网络以外；测试需要使用数据的，应使用甲方提供的脱敏样本；运维人员账号实行最小权限并定期复核。
3. 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取处置措施，并在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。
4. 备份数据应存放于甲方机房及甲方指定的异地备份点，乙方不得自行留存任何备份。合同终止时，乙方应删除其持有的全部运维账号和临时文件，并出具书面确认。

第九条 保密
乙方及其派驻人员对在服务中知悉的捐献者身份、供受者配对信息、甲方内部管理资料负有保密义务，不得以任何形式向第三方披露。乙方应与派驻人员签订保密承诺书并报甲方备案。保密义务不因本合同终止而解除。

第十条 知识产权
乙方在本合同服务中形成的运维脚本、功能修改代码、应急预案及各类文档，知识产权归甲方所有，乙方应随月报一并移交，甲方有权自行使用、修改或提供给后续服务商使用。乙方在运维中使用的工具软件应为正版，由此产生的知识产权纠纷由乙方负责。

第十一条 人员与分包
1. 乙方派驻工程师应具备三年以上医疗信息系统运维经验，名单经甲方确认。
2. 本合同服务不得分包或转包。
3. 乙方更换派驻工程师的，应提前15日书面申请并经甲方同意，新人员须完成不少于5个工作日的交接。
4. 乙方人员在甲方场所工作期间，应遵守甲方关于眼库洁净区、实验室和档案室的管理规定。

第十二条 合同解除
1. 乙方连续两个季度考核不通过，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。
2. 任何一方严重违约，经对方书面催告后15日内未改正的，守约方有权解除本合同。
3. 合同终止时，乙方应在10日内移交全部运维资料、账号及密码，并配合甲方或新服务商完成交接。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 其他
1. 服务期内甲方联系人为信息科负责人，乙方联系人为项目经理，联系人变更应书面通知对方。双方往来的故障工单、考核记录及书面通知均作为结算依据。
2. 磋商文件、响应文件、成交通知书及服务方案为本合同附件，与本合同具有同等效力。本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：山东省红十字眼库
乙方（盖章）：济南明澈信息技术服务有限公司
"""
Z05 = """# 织迹生产追溯管理软件 许可及定制开发合同

**湘织科技标准合同文本 ZJ-2024版**

合同编号：XZ-ZJ-2025-0413

甲方（用户）：湖南沅陵棕韵蓑衣工艺厂

乙方（开发方）：长沙湘织科技有限公司

甲方主营棕丝蓑衣、棕编工艺品及文创产品，产品由厂内车间和周边农户分散加工。为实现从棕片收购、剥丝、编织到成品检验、出货的全过程追溯，甲方选用乙方“织迹生产追溯管理软件”，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹生产追溯管理软件”标准版永久使用许可一套（含20个用户授权及农户端小程序）。

1.2 乙方根据甲方需求进行定制开发，内容包括：棕片收购批次登记与扫码入库；农户加工派单、领料与计件工资结算；每件蓑衣及工艺品的一物一码追溯标签；成品检验记录；电商订单对接及追溯查询页面。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

1.4 软件许可的范围：甲方可在其本厂及自有门店范围内使用，用户数超过20个的，按乙方报价另行购买授权；甲方不得将软件出租、出借或提供给关联企业使用。许可使用的软件版本以部署时乙方发布的版本为准。

1.5 定制开发的具体功能以双方签字确认的《需求确认书》为准，《需求确认书》未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹生产追溯管理软件标准版永久许可（20用户） | 360,000 |
| 2 | 定制开发（收购、派单、计件、追溯码、电商对接） | 248,000 |
| 3 | 部署实施及培训 | 52,000 |
| | 合计 | 660,000 |

2.1 合同总价为人民币陆拾陆万元整（¥660,000），含税。

2.2 追溯标签打印机、扫码枪、服务器等硬件由甲方自行采购。乙方可根据甲方要求推荐型号，但不对硬件质量负责。

2.3 合同价款不包括追溯标签耗材、短信费用、电商平台接口费用及第三方云服务费用，上述费用由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥429,000。乙方收到该款项后启动项目。

3.2 软件上线运行后10个工作日内，甲方支付合同总价的35%，即¥231,000。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停开发和服务，交付期限相应顺延。

## 第四条 交付

4.1 乙方在收到首期款后90日内完成定制开发并部署上线。

4.2 甲方应及时提供需求说明、农户名单、产品编码规则等资料，因甲方提供资料延误或需求变更导致的延期，乙方不承担责任。需求确认后甲方提出新增功能的，另行计费。

4.3 乙方为甲方管理人员、车间班组长及农户联络员提供集中培训两次，每次不超过两天。培训场地、设备由甲方提供，参训农户的交通及误工费用由甲方承担。

4.4 乙方交付的资料包括：安装包、用户操作手册、管理员手册。源代码不属于交付范围。

## 第五条 验收

5.1 软件部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在免费维护期内予以处理。

## 第六条 免费维护与后续服务

6.1 乙方自软件上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

6.3 维护期内，甲方报告一级故障（系统无法登录或无法生成追溯码）的，乙方在8小时内响应；其他问题在3个工作日内响应。乙方通过电话、远程方式处理，需要现场服务的，差旅费由甲方承担。

6.4 免费维护期内乙方提供标准版软件的版本升级；维护期满未签订维护协议的，乙方不再提供升级、补丁及技术支持，由此产生的系统问题由甲方自行负责。

## 第七条 知识产权

7.1 织迹软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、追溯查询页面及相关源代码，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或转让。

7.3 乙方有权将定制开发成果整合进其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入和产生的收购、农户、生产及订单数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在部署、维护中接触甲方数据的，应采取访问控制、操作留痕和传输加密措施，不得擅自复制或向第三方提供；远程维护前应取得甲方联系人同意。

8.3 因乙方过错导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复，并承担相应的赔偿责任。

8.4 农户的姓名、身份证号、银行卡号等个人信息，由甲方负责依法取得本人同意。乙方按照甲方的指示处理上述信息，不得超出本合同目的使用。

8.5 合同终止后30日内，乙方应删除其持有的甲方数据副本，并根据甲方要求提供书面说明。

## 第九条 保密

双方对履行本合同过程中知悉的对方技术资料、经营信息及价格条款负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的50%。乙方不承担甲方的间接损失、利润损失及数据恢复以外的其他损失。

10.3 因甲方网络、硬件、操作不当或第三方软件导致的问题，乙方不承担责任。

10.4 甲方违反本合同第七条约定，擅自修改、复制或向第三方提供软件的，应按合同总价的20%向乙方支付违约金，并赔偿乙方因此遭受的损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后20日内仍未纠正的，守约方有权解除本合同。

11.2 合同因甲方原因解除的，甲方已付款项不予退还；因乙方原因解除的，乙方退还未完成部分对应的款项。

## 第十二条 不可抗力

因自然灾害、政府行为、网络运营商故障等不可抗力造成合同不能履行的，受影响方不承担责任，但应及时通知对方并提供证明。不可抗力影响持续超过60日的，双方可协商变更或解除合同，乙方已完成的工作按比例结算。因病毒、黑客攻击等非乙方可控原因造成的服务中断，参照不可抗力处理。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可提交长沙仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议。

14.2 双方往来通知以书面形式发送至本合同首页载明的地址或电子邮箱，发出后三日即视为送达。任何一方变更联系方式的，应及时通知对方。

14.3 本合同自双方签字盖章且乙方收到首期款之日起生效，一式两份，双方各执一份。

甲方（盖章）：湖南沅陵棕韵蓑衣工艺厂　　　乙方（盖章）：长沙湘织科技有限公司

日期：2025年　　月　　日
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TJS-XM-2025-09
P:This Agreement is made between Xiamen Haiyue Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huli District, Xiamen (the "Buyer"), and Tanjay Logic Systems, Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office in Tanjay City, Negros Oriental (the "Vendor").
P:The Buyer operates three refrigerated warehouses and a fleet of reefer trucks serving seafood and fruit importers. The Vendor publishes the ColdTrace warehouse management system. The Buyer wishes to acquire a perpetual licence to ColdTrace and to have the Vendor configure, extend and implement it for the Buyer's operations, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrace warehouse management system, version 7, in object code, with its standard modules for receiving, put-away, temperature-zone slotting, picking, dispatch and billing, and the related user documentation.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including interfaces, reports, mobile scanning screens, configuration scripts, data-migration programs, and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, stored in or generated by the Software in the Buyer's use, including inventory records, customer lists, temperature logs and shipment documents.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence in Article 3 and deliver the following services: installation of the Software on the Buyer's servers in Xiamen; configuration for the three warehouses; development of interfaces to the Buyer's ERP, its customs declaration platform and its temperature-sensor gateway; migration of open inventory and two years of history from the Buyer's current system; and training of supervisors, operators and IT staff.
P:2.2 The detailed scope, milestones and responsibilities are set out in the Statement of Work in Annex 1, which forms part of this Agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the internal operations of the Buyer and its affiliates in mainland China, for up to 150 named users and unlimited handheld scanners.
P:3.2 The Buyer may make copies for backup, disaster recovery and testing. The Buyer shall not resell or sublicense the Software to unrelated third parties.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,194,000, inclusive of VAT, made up of: Software licence fee CNY 820,000; implementation and configuration CNY 264,000; data migration CNY 72,000; training CNY 38,000.
P:4.2 The Buyer shall pay 20% of the total price within 15 days after signature against the Vendor's invoice and an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.3 The Buyer shall pay 45% of the total price after go-live of all three warehouses, as confirmed in writing by the Buyer's project manager. Go-live is not acceptance.
P:4.4 The Buyer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.5 Payments are made in CNY by bank transfer to the Vendor's account. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After go-live, the Software and Custom Deliverables shall run in production for 45 consecutive days (the "Acceptance Run").
P:5.2 Final Acceptance requires that: (a) all functions listed in the Statement of Work work as specified; (b) migrated stock quantities, lot numbers and expiry dates reconcile with the legacy system with no differences; (c) the ERP, customs and sensor interfaces run during the Acceptance Run without data loss; (d) scanning transactions complete within 2 seconds at 120 concurrent users; (e) no Severity 1 incident remains open; and (f) the Vendor has delivered the documentation and the source code of the Custom Deliverables.
P:5.3 The Buyer shall issue the acceptance certificate or a written list of defects within 10 working days after the Acceptance Run. Defects shall be corrected and the relevant tests repeated. Use of the Software in production or any payment does not by itself mean acceptance.
H:Article 6 Delivery and Delay
P:6.1 The Vendor shall achieve go-live of all three warehouses within 110 days after signature, in accordance with the plan in Annex 1.
P:6.2 If the Vendor fails to achieve go-live or Final Acceptance by the dates in Annex 1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price. Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the documentation and the Statement of Work for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and remote and on-site support at no charge.
P:7.2 Severity 1 incidents (warehouse operations stopped, dispatch impossible or temperature data lost) shall be responded to within 1 hour and a workaround provided within 6 hours; Severity 2 incidents within 2 hours and resolved within 2 business days. For every full hour by which the Vendor misses a Severity 1 response or workaround time, the Buyer may deduct CNY 1,000 from any amount due to the Vendor.
P:7.3 After the Warranty Period, the Vendor shall offer annual support at a fee of 9% of the Software licence fee per year, that is CNY 73,800 per year, fixed for the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables belong to the Buyer from their creation. The Buyer may use, modify, reproduce and license them freely, including through third-party contractors. The Vendor shall deliver their source code with the documentation.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall indemnify the Buyer for resulting costs and damages.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and process it only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems remotely only through the Buyer's VPN with individual accounts and multi-factor authentication, after approval of each session by the Buyer's IT team. Buyer Data shall not be copied outside the Buyer's environment. The Vendor shall comply with the Buyer's security policies and with applicable PRC laws on data security and personal information.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, shall cooperate in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. These obligations continue for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the total price.
P:11.2 The limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 6.2 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the licence in Article 3 survives for any Software already paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Philippine Dispute Resolution Center, Inc. in Makati City, Metro Manila, in English, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Project Plan), is the entire agreement between the parties on its subject and supersedes prior proposals.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# Order Form and General Terms — LearnTide Subscription

**Order Form No. LT-OF-2025-118**

**Provider:** LearnTide Solutions Corp., Larena Road, Siquijor, Province of Siquijor, Philippines ("Provider")

**Customer:** Guangzhou Qihang Vocational Training Co., Ltd., Tianhe District, Guangzhou, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

LearnTide Cloud, Provider's hosted learning-management platform, Enterprise edition, with the course authoring, live classroom, assessment, certificate and mobile learning modules, for up to 6,000 active learners and 80 administrator or instructor seats. The platform runs on servers of Provider's hosting provider in Shenzhen and is delivered to Customer over the internet.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date Provider makes the production tenant available to Customer, planned for 1 September 2025. The second Subscription Year follows immediately after the first. The Agreement ends at the end of the second Subscription Year unless the parties sign a new Order Form; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | fixed annual fee | 468,000 |
| Subscription fee, Subscription Year 2 | fixed annual fee | 468,000 |
| Onboarding and configuration (one-time) | fixed | 84,000 |
| Total Contract Value | | 1,020,000 |

Fees include VAT. Additional learners above the subscribed number are charged at CNY 6 per learner per month and are not part of the Total Contract Value.

### A4. Invoicing and Payment

(a) On the Order Effective Date Provider will invoice the onboarding fee and the Year 1 subscription fee, together CNY 552,000. Customer shall pay this invoice within 10 days, and Provider will begin provisioning and onboarding work only after receiving payment.

(b) The Year 2 subscription fee is invoiced 30 days before the start of Subscription Year 2 and is payable on the first day of Subscription Year 2.

(c) Payments are made in CNY to Provider's designated account.

### A5. Onboarding and Acceptance

(a) Onboarding includes tenant set-up, single sign-on with Customer's identity provider, branding, import of 1,400 existing courses and learner records from Customer's current system, and training of 25 administrators.

(b) Onboarding is accepted when Customer confirms in writing that: all imported courses open and play correctly; learner histories and certificates reconcile with the source export; single sign-on works for all user groups; and a test cohort of 200 learners completes a course with assessment and certificate without a Severity 1 incident. Customer shall test within 10 business days after Provider's notice of readiness.

(c) If onboarding is not accepted by 31 October 2025 for reasons attributable to Provider, Provider will credit Customer CNY 900 for each day of delay until acceptance.

### A6. Service Levels

| Measure | Commitment |
|---|---|
| Monthly availability of the platform | 99.95% |
| Severity 1 (platform unavailable or live classes cannot start) | response within 30 minutes, restoration target 3 hours |
| Severity 2 (a module impaired) | response within 2 hours, resolution within 2 business days |
| Severity 3 (questions, minor issues) | response within 1 business day |

Service credits: for each 0.1 percentage point of monthly availability below the commitment, 2% of the monthly equivalent of the subscription fee; for each hour by which a Severity 1 response is late, CNY 800. Credits are deducted from the next invoice.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content and materials submitted to the service by or for Customer and its learners, including learner records, results and uploaded course content.

1.2 "Customer Configurations" means the branding, course templates, certificate designs, reports and integrations configured or built by Provider specifically for Customer.

1.3 "Order Effective Date" means the date on which both parties have signed the Order Form.

### 2. Use of the Service

2.1 Provider grants Customer the right to access and use the service during the Subscription Term for the training of Customer's staff, students and corporate clients.

2.2 Customer is responsible for its users' compliance with this Agreement and for the accuracy of the content it uploads.

2.3 Customer will appoint a project lead for onboarding, provide the export of its current system in the agreed format, and make its identity-provider administrators available for the single sign-on set-up. Delays caused by Customer extend the dates in A5 accordingly.

### 3. Support and Changes

3.1 Provider will provide support in English and Chinese through its help desk portal, e-mail and a telephone line staffed 24 hours a day for Severity 1 matters and during Customer's business hours for other matters.

3.2 Provider may update the service from time to time, provided that updates do not materially reduce its functionality. Provider will give Customer at least 14 days' notice of any change that requires action by Customer or its administrators, and will schedule maintenance outside Customer's teaching hours where possible.

3.3 Provider will give Customer's administrators access to usage reports, including active learners, course completions and availability for each month.

### 4. Fees, Taxes and Suspension

4.1 The fees in the Order Form are fixed for the Subscription Term. Customer shall pay undisputed invoices by the due date. Customer may withhold any amount it disputes in good faith while the parties resolve the dispute.

4.2 If an undisputed amount remains unpaid more than 30 days after written reminder, Provider may suspend the service after a further 10 days' notice, and will restore it promptly after payment.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the service to Customer under this Agreement and will not use it for any other purpose.

5.2 At the end of the Subscription Term Provider will make Customer Data available for export in standard formats for 30 days and will then delete it.

### 6. Customer Configurations

Customer Configurations belong to Customer. Customer may use, copy and modify them and have them used by other service providers. The platform itself, and any general improvements to it, remain Provider's property.

### 7. Confidentiality

7.1 Each party will keep the other party's confidential information confidential, will use it only for the purposes of this Agreement, and will disclose it only to its personnel and advisers who need to know it and are bound by similar obligations.

7.2 Confidential information does not include information that is public, already known to the recipient, independently developed, or lawfully received from a third party. These obligations last for three years after the Agreement ends.

### 8. Warranties

8.1 Provider warrants that the service will perform materially in accordance with its published documentation and that it will not materially reduce the functionality of the service during the Subscription Term.

8.2 If the service does not so perform, Provider will correct it; if Provider cannot do so within 30 days, Customer may terminate the Agreement and receive a refund of prepaid fees for the remaining Subscription Term.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect, consequential or special damages, or for lost profits.

9.2 Each party's total liability arising out of or relating to this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

9.3 The limitations do not apply to Customer's payment obligations or to a party's fraud or wilful misconduct.

### 10. Subcontracting

Provider shall not subcontract its obligations under this Agreement without Customer's prior written consent, except for its hosting provider named in this Order Form, and remains responsible for any subcontractor.

### 11. Term and Termination

11.1 This Agreement runs for the Subscription Term.

11.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving notice.

11.3 If Customer terminates for Provider's breach, Provider will refund the prepaid fees for the remaining Subscription Term.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### 13. General

13.1 Notices must be in writing and sent to the addresses in this Order Form. Neither party may assign this Agreement without the other's written consent, except to a successor of its whole business.

13.2 This Agreement is the entire agreement on its subject. Customer's purchase order terms do not apply.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""
E03 = """T:Supply Contract for Mill Condition-Monitoring Sensors and Software
P:Contract No. GXTY-EQ-2025-027
P:Buyer: Guangxi Tianyuan Sugar Group Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Escalante Millwatch Technologies, Inc., Barangay Balintawak, Escalante City, Negros Occidental, Philippines (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment purchases. The Buyer operates four sugar mills. It wishes to monitor vibration and bearing temperature on its cane mills, shredders, boiling-house pumps and turbines, and to analyse the data in one monitoring system. The Supplier has experience with such systems at sugar mills in Negros.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, cabinets and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's MillWatch condition-monitoring software, licensed under clause 7, installed on the Buyer's servers.
P:1.3 "Project Deliverables" means the sensor layouts, alarm settings, analytics dashboards, interface programs to the Buyer's maintenance system and all related documents made for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed final acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and the Software at the Buyer's four mills and train the Buyer's staff. The total Contract Price is CNY 1,290,000, inclusive of VAT, duties, freight to site and insurance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration sensor, triaxial, IP67|180|2,600|468,000
TB:2|Bearing temperature sensor|96|1,150|110,400
TB:3|Edge gateway with cabinet|12|14,800|177,600
TB:4|MillWatch Software perpetual licence, four sites|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,142,000
TB:5|Installation, cabling and commissioning|1 lot|126,000|126,000
TB:6|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,290,000
P:2.2 The Contract Price is fixed and covers all work needed to achieve Final Acceptance, including the warranty services in clause 6.
P:2.3 Training shall cover sensor handling and battery replacement for the mill maintenance crews, alarm handling for duty engineers, and Software administration and analysis for the Buyer's reliability team, with at least two sessions at each mill before the Trial Run and printed materials in Chinese.
H:3. Payment
P:3.1 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price after delivery and installation at all four mills, confirmed by an Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 All payments are made in CNY by bank transfer against a valid VAT invoice issued by the Supplier or its appointed PRC trading agent.
H:4. Delivery and Delay Damages
P:4.1 The Supplier shall deliver the Equipment to the four mills within 60 days after signature and complete installation and commissioning before the start of the crushing season, no later than 10 November 2025.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price. The Buyer may deduct them from any payment.
P:4.3 The Supplier is responsible for export packing suitable for humid conditions, export clearance in the Philippines and delivery to each mill. The Buyer's import agent handles PRC customs clearance, and the Supplier shall provide complete shipping documents, certificates of origin and radio type-approval documents for the wireless sensors in good time.
P:4.4 Risk in the Equipment passes to the Buyer on delivery at each mill; title passes on payment of the amount in clause 3.2.
H:5. Acceptance
P:5.1 After commissioning, the system shall run during the first 30 days of the crushing season (the "Trial Run").
P:5.2 Final Acceptance requires that: (a) all Equipment is installed as shown in the approved sensor layout and matches the specifications in Annex 1; (b) at least 98% of sensors report data to the Software on every day of the Trial Run; (c) vibration readings agree with the Buyer's portable reference analyser within 5% on a sample of 20 points per mill; (d) alarms reach the duty engineers' mobile phones within 60 seconds; (e) work orders are created in the Buyer's maintenance system through the interface; and (f) documentation, passwords and the source code of the interface programs have been handed over.
P:5.3 The Buyer shall sign the final acceptance certificate or give written reasons within 10 working days after the Trial Run. Installation, use of the system during the crushing season and any payment do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During that period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail before their rated life, and shall correct Software defects and provide new versions.
P:6.2 Faults are classified in the table below. For every full hour by which the Supplier misses a response time, the Buyer may deduct CNY 600 from the warranty retention or any amount due.
TB:Severity|Definition|Response|Restoration
TB:1|Monitoring of a whole mill lost during the crushing season|2 hours|24 hours
TB:2|Several sensors or a gateway not reporting|8 hours|3 days
TB:3|Other faults and questions|1 working day|as agreed
P:6.3 After the warranty period, the Supplier shall provide annual support, including replacement of failed sensors and gateways, Software updates and remote diagnosis, at a fee of 8% of the Equipment and Software Subtotal per year, that is CNY 91,360 per year. This fee is fixed for the two years following the warranty period. Support is ordered each year by the Buyer and does not renew automatically.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's mills, including any additional mill the Buyer later brings into the system.
P:7.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them, and have them maintained by third parties. The Supplier shall hand over the source code of the interface programs.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data Security
P:8.1 All measurement data, alarm records and maintenance records collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's servers within the Buyer's industrial network. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's jump server and is logged. The Supplier shall not copy data to its own systems or transfer any data outside mainland China.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours, cooperate in the investigation and bear all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical and commercial information of the Buyer obtained under this Contract, including mill layouts, production figures and equipment data, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of clauses 7.3, 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local cabling contractors proposed by the Supplier may be approved by the Buyer in writing before they start work. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund amounts paid for Equipment or work not accepted and shall remove any Equipment the Buyer rejects at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. General
P:14.1 The Annexes form part of this Contract: Annex 1 Technical Specifications; Annex 2 Sensor Layout; Annex 3 Training Plan.
P:14.2 Notices under this Contract shall be in writing and sent to the project managers named in Annex 3 by courier or e-mail. The Supplier shall appoint a project manager who speaks Chinese or provide an interpreter for site meetings, at its own cost.
P:14.3 This Contract is signed in two originals in English and Chinese, with equal force. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed IT Services Agreement

**Agreement No. TGM-DG-2025-044**

**Customer:** Dongguan Hengmu Furniture Manufacturing Co., Ltd., Houjie Town, Dongguan, Guangdong, People's Republic of China ("Customer")

**Provider:** Tagum BrightDesk IT Services Corporation, Apokon Road, Tagum City, Davao del Norte, Philippines ("Provider")

Customer makes and exports wooden and upholstered furniture from two factories and a showroom in Dongguan. Provider runs a bilingual service desk and remote operations centre in Tagum City and a field team through its Dongguan branch office. Customer wishes to outsource the day-to-day operation of its end-user IT and infrastructure to Provider on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider can access in performing the Services, including e-mail, design files, order records and personal information.

1.5 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition and Acceptance

3.1 Provider shall carry out the transition described in Schedule 1, Part B, within 75 days after signature. Transition includes discovery of all devices and accounts, documentation of the environment, set-up of monitoring and the ticketing system, and knowledge transfer from Customer's current IT team.

3.2 Transition is accepted when: (a) at least 98% of the devices in the asset inventory are enrolled in monitoring and endpoint management; (b) all runbooks listed in Schedule 1 are approved by Customer's IT manager; (c) the service desk has handled live tickets for 14 days in parallel with Customer's team, with no Priority 1 ticket missing its response time; and (d) backup and restore of the ERP and design-file servers have been tested successfully. Customer shall sign the transition acceptance certificate or list the open items within 5 working days after Provider's notice that these criteria are met.

3.3 If transition is not accepted within the period in clause 3.1, Provider shall continue the transition work at its own cost until acceptance. The Charges start only on the Service Commencement Date.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall provide a monthly service report with ticket statistics, Service Level performance, security patch status, backup results and recommendations, and attend a monthly review meeting with Customer.

4.3 If Provider misses a Service Level, the Service Credits in Schedule 2 apply. Service Credits are deducted from the next monthly invoice. Customer agrees that Service Credits are its sole and exclusive financial remedy for any failure to meet the Service Levels.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly charge is fixed for the Term.

5.2 Provider invoices the transition fee after the Service Commencement Date and the monthly charge monthly in arrears. Customer pays undisputed invoices within 30 days.

5.3 There is no advance payment under this Agreement.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall access and process it only as needed to perform the Services and on Customer's instructions, and shall not use it for any other purpose.

6.2 Provider shall access Customer's systems only through named accounts with multi-factor authentication via the privileged-access gateway that Customer provides; all privileged sessions are recorded. Provider shall not store Customer Data on its own systems in the Philippines or elsewhere, except ticket descriptions that contain no personal information.

6.3 Provider shall comply with Customer's information security policy and with PRC laws on cybersecurity, data security and personal information, and shall ensure its staff receive security training every year.

6.4 Provider shall notify Customer of any actual or suspected security incident affecting Customer Data within 6 hours, support the investigation and remediation, and be liable for losses caused by its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's product designs, customer lists and prices, and use it only for this Agreement. This clause survives for five years after the Agreement ends.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration baselines, reports and documentation created by Provider for Customer belong to Customer, which may use and modify them freely and give them to any future service provider.

8.2 Provider's pre-existing tools and ticketing software remain Provider's property. Provider grants Customer a free licence to use any of them embedded in the deliverables under clause 8.1.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and keep at least two field engineers based in Dongguan.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term. The limit does not apply to breach of clauses 6 or 7, personal injury, or wilful misconduct.

## 11. Early Termination

11.1 This Agreement cannot be terminated before the end of the Term, except:

(a) by Provider, if Customer fails to pay undisputed Charges for more than 60 days after written reminder; or

(b) by mutual written agreement of the parties.

11.2 Customer's remedies for any failure in the Services are the Service Credits under clause 4.3 and a claim for damages under clause 10.

## 12. Exit

12.1 At the end of the Term Provider shall, for up to 60 days, cooperate with Customer and any new provider to hand over the Services, including all credentials, documentation, the asset inventory and open tickets, at the rates in Schedule 3.

12.2 Provider shall return or destroy Customer Data and confirm it in writing.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the people's court with jurisdiction where Customer is located.

## 14. General

14.1 Notices must be in writing and sent to the addresses above. Neither party may assign this Agreement without the other's written consent.

14.2 The Schedules form part of this Agreement. If a Schedule conflicts with the clauses, the clauses prevail.

## Schedule 1 — Services

**Part A — Scope**

| Service | Scope |
|---|---|
| Service desk | Bilingual (Chinese and English) desk for about 620 users, by phone, portal and WeChat, 7:00 to 22:00 China time, Monday to Saturday; on-call for Priority 1 outside these hours |
| End-user devices | About 560 laptops and desktops and 90 tablets on the factory floor: imaging, patching, endpoint protection, moves and changes |
| Servers and storage | 18 virtual servers and 2 storage arrays in Customer's server room: monitoring, patching, backup and restore |
| Network | Firewalls, switches and Wi-Fi in two factories and the showroom: monitoring, configuration management |
| Business applications | First-line support for ERP, CAD and e-mail; coordination with the software vendors |
| Field support | Two engineers on site in Dongguan on working days |

**Part B — Transition**

| Step | Content | Target |
|---|---|---|
| Discovery | Inventory of devices, accounts, licences, network | Day 30 |
| Tooling | Monitoring, endpoint management and ticketing set up | Day 45 |
| Runbooks | Runbooks for the 25 most frequent requests and for incident handling | Day 60 |
| Parallel run | 14 days of live tickets with Customer's IT team | Day 75 |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit per missed ticket |
|---|---|---|---|---|
| Priority 1 | Factory production systems, ERP or whole site network down | 15 minutes | 6 hours | CNY 2,000 |
| Priority 2 | A department or a key user unable to work | 1 hour | 1 working day | CNY 500 |
| Priority 3 | Single user issue with workaround | 8 hours | 3 working days | CNY 100 |

| Measure | Target | Service Credit |
|---|---|---|
| Monthly availability of ERP and file servers | 99.95% | 3% of the monthly charge for each 0.1 percentage point below target |
| Patch compliance of devices each month | 95% | 2% of the monthly charge if missed |

Total Service Credits in a month are capped at 20% of the monthly charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement Date | 74,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Charges for the Term | | 2,162,000 |
| Additional project work | per engineer day, on written order | 2,600 |
| Exit assistance | per engineer day | 2,600 |

All Charges include VAT.
"""
E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. PNB-QD-2025-063

BETWEEN

Panabo AgriSignal Data Services, Inc., a corporation organised in the Philippines with its office on Quezon Street, Panabo City, Davao del Norte ("Provider"); and

Qingdao Lanhai Fresh Fruit Import Co., Ltd., a company established in the People's Republic of China with its office in Shinan District, Qingdao, Shandong ("Customer").

BACKGROUND

Customer imports bananas, pineapples and other fresh fruit from Mindanao to ports in northern China. Provider compiles data on plantation harvest volumes, packing-house output, fruit quality inspections, weather and vessel schedules in Davao and other Mindanao ports, and makes the data available through an application programming interface (API) and a web dashboard. Customer wishes to subscribe to the data and connect it to its purchasing and logistics planning system.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets described in Annex A, as updated by Provider from time to time, delivered through the API and the dashboard.

1.2 "Customer Data" means the data Customer uploads or transmits to Provider's systems, including Customer's purchase orders, supplier lists, container bookings and the queries made by Customer's users.

1.3 "Subscription Year" means the period starting on the Activation Date, or on an anniversary of it, and ending on the day before the next anniversary.

1.4 "Activation Date" means the date Provider delivers working production API credentials and the first complete data feed to Customer.

1.5 "Connectors" means the data-mapping programs, import scripts and dashboard views that Provider builds specifically for Customer under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the Licensed Data through the API and the dashboard, and to use, store and combine it within Customer's own systems for Customer's internal purchasing, logistics and sales planning.

2.2 Customer may allow up to 40 named users and its affiliates in mainland China to use the Licensed Data. Customer shall not resell the Licensed Data or publish it in bulk.

2.3 Where Customer shows Licensed Data in reports shared outside its group, it shall name Provider as the source. Customer shall not use the Licensed Data to build a competing data service.

2.4 API usage is included up to 2,000,000 calls per Subscription Year. Calls above that volume are charged at the rate in clause 5.4.

3. TERM AND RENEWAL

3.1 The initial term of this Agreement is two Subscription Years from the Activation Date (the "Initial Term").

3.2 At the end of the Initial Term, and of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the then-current period.

3.3 Provider may change the subscription fee for any renewal period by written notice to Customer at least 45 days before the renewal period starts. The changed fee applies from the start of the renewal period.

4. ACTIVATION, CONNECTORS AND ACCEPTANCE

4.1 Provider shall deliver the production API credentials and the first complete data feed by 15 August 2025.

4.2 Provider shall build Connectors that map the Licensed Data to Customer's planning system, load the daily harvest, quality and vessel data into Customer's data warehouse, and provide three dashboard views designed with Customer's purchasing team.

4.3 Integration Acceptance occurs when Customer confirms in writing that: (a) the Connectors load each daily feed completely into Customer's data warehouse for 20 consecutive days; (b) record counts in the warehouse match Provider's feed manifest for every day of that period; (c) the three dashboard views display the agreed fields for all origins in Annex A; and (d) Provider has delivered the Connector source code and an operating guide. Customer shall test within 10 business days after Provider's notice of readiness. Use of the data before then is not acceptance.

4.4 If Provider fails to meet the date in clause 4.1 for reasons within its control, Provider shall pay Customer liquidated damages of CNY 700 for each day of delay, up to CNY 21,000. Customer may set these off against the integration fee.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 336,000 per Subscription Year for the Initial Term, a total of CNY 672,000.

5.2 The integration fee for the Connectors is CNY 42,000, one-time.

5.3 The total value of this Agreement for the Initial Term is CNY 714,000, inclusive of VAT.

5.4 API calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such charges are not included in the total value.

5.5 Provider invoices the subscription fee for each Subscription Year at the start of that Subscription Year, payable within 30 days of invoice. The integration fee is invoiced after Integration Acceptance and is payable within 30 days.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the dashboard available and to deliver the daily data feeds on time, subject to scheduled maintenance and to the availability of data from its sources.

6.2 Provider will provide support by e-mail and through its support portal during its business hours, Monday to Friday, Philippine time. Provider will try to answer support requests promptly, in the order received.

6.3 Provider will announce scheduled maintenance on its status page in advance where it can, and will tell Customer's technical contact by e-mail when a daily feed is delayed, with the expected delivery time.

6.4 Provider does not warrant that the Licensed Data is complete or error-free. Harvest volumes and forecasts are estimates compiled from third-party sources and field reports. If Customer reports an error in the Licensed Data, Provider will investigate and correct it in the next feed where the error is confirmed.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the Licensed Data, the API and the dashboard. Nothing in this Agreement transfers ownership of them to Customer.

7.2 The Connectors belong to Customer from their delivery. Customer may use, modify and license them freely and have them maintained by anyone. Provider keeps no rights in the Connectors beyond using its general know-how.

7.3 Reports, analyses and forecasts that Customer prepares using the Licensed Data belong to Customer.

8. CUSTOMER DATA

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the subscription and support to Customer and for no other purpose, and shall not combine it with data supplied to other customers.

8.2 At the end of this Agreement, Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

9. DATA SECURITY

9.1 Provider shall protect Customer Data and the API credentials with encryption in transit and at rest, access limited to named Provider staff who need it, multi-factor authentication for administrative access and logging of all access.

9.2 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or Customer's credentials, take immediate steps to contain it, and cooperate with Customer's investigation. Provider is liable for losses Customer suffers as a result of Provider's breach of this clause 9.

9.3 Customer is responsible for keeping its API keys secret within its organisation and for the security of its own systems.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party, including the terms of this Agreement, Customer's purchasing volumes and prices, and Provider's methods, and shall use it only for this Agreement.

10.2 These obligations continue for three years after this Agreement ends.

11. LIABILITY

11.1 Neither party is liable to the other for indirect or consequential losses, or for loss of profit arising from purchasing decisions made using the Licensed Data.

11.2 Each party's total liability under this Agreement is limited to two times the total value stated in clause 5.3. The limit does not apply to breach of clauses 9 or 10, fraud or wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract the building or support of the Connectors, or any processing of Customer Data, without Customer's prior written consent.

12.2 Neither party may assign this Agreement without the written consent of the other party.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the unused part of the subscription fee paid for the current Subscription Year.

13.3 On expiry or termination, Customer's right to access the Licensed Data ends. Customer may keep and continue to use Licensed Data downloaded before that date for its internal records and analyses.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail with confirmation of receipt or by courier to the addresses above.

15.2 This Agreement, with Annex A (Licensed Data and Origins), is the entire agreement between the parties on its subject.

15.3 This Agreement is signed in two originals in English. Each party keeps one original.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {
    "h729z01": ("h729z01_three_gorges_resettlement_support_platform.pdf", "zh", Z01),
    "h729z02": ("h729z02_bucket_plant_blow_moulding_line_retrofit.docx", "zh", Z02),
    "h729z03": ("h729z03_sushi_chain_ordering_membership_saas.txt", "zh", Z03),
    "h729z04": ("h729z04_eye_bank_cornea_donation_system_om.txt", "zh", Z04),
    "h729z05": ("h729z05_raincoat_workshop_tracking_supplier_template.md", "zh", Z05),
    "h729e01": ("h729e01_cold_chain_wms_perpetual_licence_tanjay.pdf", "en", E01),
    "h729e02": ("h729e02_lms_saas_order_form_siquijor.md", "en", E02),
    "h729e03": ("h729e03_sugar_mill_sensors_monitoring_licence_escalante.docx", "en", E03),
    "h729e04": ("h729e04_managed_it_services_36_months_tagum.md", "en", E04),
    "h729e05": ("h729e05_harvest_data_api_subscription_panabo.txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in KEYS order), extra (sla_clause, ld_stated, capped, deemed, contract_value)
LABELS = {
    "h729z01": ("software", [99.95, 0.5, True, "buyer", True, True, False, 0.03, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
                (True, True, True, False, 1528000)),
    "h729z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 25, True, True, 18, 25, False, True, True, "PRC", G],
                (True, True, True, False, 1204000)),
    "h729z03": ("cloud", [99.5, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
                (True, True, None, False, 906000)),
    "h729z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None, False, True, False, "PRC", S],
                (True, True, None, False, 386000)),
    "h729z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, 50, 65, False, False, 6, None, False, True, None, None, G],
                (True, True, False, True, 660000)),
    "h729e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False, "Philippines", G],
                (True, True, True, False, 1194000)),
    "h729e02": ("cloud", [99.95, 0.5, True, "buyer", False, True, True, 900 / 1020000 * 100, 6 / 24 * 100, 552000 / 1020000 * 100,
                          True, None, None, None, False, True, False, "PRC", S],
                (True, True, None, False, 1020000)),
    "h729e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
                (True, True, True, False, 1290000)),
    "h729e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, False, False, "PRC", S],
                (True, False, None, False, 2162000)),
    "h729e05": ("cloud", [None, None, False, "buyer", True, True, True, 700 / 714000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
                (False, True, None, False, 714000)),
}
FORUM_OUTSIDE = {"h729e01"}  # Makati City arbitration
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal), annual post-warranty fee
TCO = {"h729z01": (760000, 60800), "h729z02": (1100000, 275000), "h729z05": (360000, None),
       "h729e01": (820000, 73800), "h729e03": (1142000, 91360)}
PRICE_ITEMS = {"h729z01": [760000, 584000, 118000, 66000], "h729z02": [344000, 268000, 57000, 126000, 146000, 159000, 86000, 18000],
               "h729z03": [780000, 126000], "h729z04": [4 * 96500], "h729z05": [360000, 248000, 52000],
               "h729e01": [820000, 264000, 72000, 38000], "h729e02": [468000, 468000, 84000],
               "h729e03": [468000, 110400, 177600, 386000, 126000, 22000], "h729e04": [74000, 36 * 58000],
               "h729e05": [336000, 336000, 42000]}
SPLITS = {"h729z01": [20, 45, 35], "h729z02": [25, 50, 25], "h729z05": [65, 35], "h729e01": [20, 45, 35], "h729e03": [10, 55, 35]}
DESIGN = {
    "h729z01": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h729z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h729z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h729z04": [],
    "h729z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h729e01": ["CR-GOVERNING-LAW"],
    "h729e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    "h729e03": [],
    "h729e04": ["CR-LD-MISSING", "CR-TERMINATION"],
    "h729e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t = dict(zip(KEYS, LABELS[key][1]))
    base, fee = TCO[key]
    if fee is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.5, key
    return post / (LABELS[key][2][4] + post) * 100


def derive(key):
    """My reading of policy §3, from the labels."""
    t = dict(zip(KEYS, LABELS[key][1]))
    sla, ld_stated, capped, deemed, cv = LABELS[key][2]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])0\.05(?![\d])",
    r"百分之(?:三十|十五|四十|一百|百)(?![点一二三四五六七八九十])", r"万分之五(?![十点])", r"千分之(?:零|〇)点五",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?|h(?![a-zA-Z])|-hour)", r"(?<!十)四个?小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])12\s*(?:个月|个自然月|months?|-month)", r"十二个(?:自然)?月", r"\btwelve[\s-]*(?:calendar\s*)?months?",
    r"(?<![每第])一年(?!级)", r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*(?:-\s*)?years?\b", r"(?<![\d.])1\s*年",
]), re.IGNORECASE)
MUST_HIT = ["30%", "百分之三十", "15 %", "40％", "100%", "99.9%", "0.05%", "万分之五", "4小时", "四小时", "4 hours", "four hours",
            "12个月", "十二个月", "12 months", "twelve months", "一年", "one year", "1 year", "Four Hours", "4h", "99.9"]
MUST_MISS = ["130%", "99.95%", "300%", "0.055%", "1.5%", "24小时", "二十四小时", "24 hours", "14 hours", "4.5 hours",
             "120,000", "112 months", "18个月", "万分之五十", "每一年", "第一年度", "2 years", "Article 4 Hardware", "45%"]


def read_back(path):
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    name, lang, _ = FILES[key]
    cat, terms, (sla, ld_stated, capped, deemed, cv) = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    obj = {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(KEYS, terms)),
           "expected_extra": extra, "expected_rules": DESIGN[key]}
    return json.dumps(obj, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)

    sources = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if k not in sources:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, lang, src) in FILES.items():
        cat, terms, extra = LABELS[k]
        t = dict(zip(KEYS, terms))
        assert sum(PRICE_ITEMS[k]) == extra[4], k
        if k in SPLITS:
            assert sum(SPLITS[k]) == 100, k
        for f, th in THRESHOLDS.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and extra[2] is None, k
        if k in TCO:
            sh = tco_share(k)
            assert sh is None or abs(sh - 40) > 2, (k, sh)
            print("  TCO share", k, None if sh is None else round(sh, 2))
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")
        print("  %s %s %d %s %s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    assert sum(1 for k in DESIGN if 2 <= len(DESIGN[k]) <= 3) == 6
    assert 8 <= len(DESIGN["h729z05"]) <= 10 and DESIGN["h729e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed")
