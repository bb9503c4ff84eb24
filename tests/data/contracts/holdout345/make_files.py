"""holdout345 — ten ordinary draft contracts written blind. Writes the .txt/.md/.docx/.pdf files and the .json labels,
reads every built file back, and asserts lengths, threshold hygiene, label arithmetic and rule coverage.
Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 — 教育局 中小学校园安全管理平台 (政府采购 公开招标, buyer's paper), .pdf, 第X条 + 1.1
H345Z01 = """
T:江州市中小学校园安全管理平台建设项目政府采购合同
P:合同编号：JZJY-2025-ZC-0417    采购项目编号：JZCG2025-G-0093（公开招标）
P:甲方（采购人）：江州市教育局，地址：江州市新城区文昌路88号
P:乙方（中标供应商）：杭州安澜智校科技有限公司，地址：杭州市滨江区江虹路1750号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方在平等自愿的基础上协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设江州市中小学校园安全管理平台，覆盖全市126所中小学校，内容包括市级监管平台软件、校园一键报警终端、边缘视频分析设备，与公安110接警系统、教育局协同办公系统及学籍系统的对接开发，以及部署实施和培训。
P:1.2 具体技术要求以招标文件第五章“采购需求”和乙方投标文件技术响应表为准；二者不一致的，以对甲方更有利的内容为准。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，总价为人民币贰佰柒拾陆万元整（¥2,760,000.00），已包含设备、软件、运输、安装、调试、对接、培训、税费以及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.2 分项价格如下：
P:（1）市级监管平台软件许可（永久许可，不限用户数）：¥1,180,000；
P:（2）校园一键报警终端126台，单价¥3,800：¥478,800；
P:（3）边缘视频分析盒42台，单价¥12,600：¥529,200；
P:以上软硬件小计¥2,188,000。
P:（4）对接开发（公安110接警、教育局协同办公、学籍系统）：¥386,000；
P:（5）部署实施：¥164,000；
P:（6）培训：¥22,000。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥552,000。
P:3.2 全部设备到货安装、平台部署完成并经初验合格后，甲方支付合同总价的45%，即¥1,242,000。
P:3.3 项目终验合格后，甲方支付合同总价的35%，即¥966,000。
P:3.4 甲方按财政国库集中支付程序付款。因财政审批程序造成的合理延误，不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成全部设备安装和平台部署，并于合同签订后120日内具备终验条件。
P:4.2 乙方应在进场前提交实施方案，经甲方确认后实施；施工须避开学校教学时段，并遵守各校安全管理规定。
P:4.3 乙方应组建不少于8人的项目实施团队，项目经理须具有同类项目经验，未经甲方书面同意不得更换。
P:4.4 乙方应分片区为各校安全管理员及市级平台值班人员组织培训不少于6场，并提供操作手册和视频教程。
H:第五条 验收
P:5.1 初验：部署完成后，甲方组织对设备数量、型号及平台功能逐项核对，按招标文件功能清单逐条测试，全部通过后出具初验报告。
P:5.2 终验：初验合格后平台试运行60日，终验标准为：（1）126所学校全部接入并完成联调；（2）一键报警信号到达市级平台及110接警系统的时间不超过3秒；（3）平台在1,000个并发用户下页面响应时间不超过2秒；（4）通过第三方网络安全等级保护二级测评；（5）试运行期间未发生一级故障。
P:5.3 设备到货签收、平台上线或甲方使用均不视为验收合格。终验不合格的，乙方应在15日内整改并重新申请验收，所需费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级和技术支持。
P:6.2 服务水平：平台年度可用率不低于99.95%（经甲方同意的计划维护除外）。一级故障（平台整体中断或一键报警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内修复。
P:6.3 乙方未达到6.2约定的，响应或到场每超时1小时扣减¥1,000；可用率每低于约定值0.01个百分点扣减¥2,000。扣减款项从尚未支付的合同款或履约保证金中扣除。
P:6.4 乙方应在江州市设立服务网点，配备不少于3名专职工程师，并储备一键报警终端和边缘分析盒作为备品备件。
P:6.5 质保期满后，甲方如需乙方继续提供维保服务，年度维保服务费不超过软硬件小计的8%（即每年不超过¥175,040），自质保期满起三年内不上调，具体以双方另行签订的维保合同为准，不自动续期。
H:第七条 数据安全
P:7.1 平台采集的学生及教职工个人信息、报警记录、视频图像等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:7.2 乙方应按网络安全等级保护二级要求落实安全措施。数据存储于甲方指定的政务云，运维访问须经甲方审批并通过堡垒机进行，乙方不得将数据复制或带离。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、学校安防点位、系统账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 对接开发形成的程序、源代码、接口文档及配置成果，其知识产权归甲方所有，甲方可自行或委托第三方修改和使用。乙方平台软件的原有知识产权仍归乙方，甲方享有永久使用许可。
P:9.2 乙方保证所提供的软硬件不侵犯任何第三方权利；发生侵权争议的，由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备终验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用。
P:10.3 乙方应在合同签订前提交合同总价5%的履约保证金（¥138,000），终验合格后无息退还。
H:第十一条 分包
P:11.1 本项目不得分包，也不得转包。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日、终验两次不合格或有其他根本违约行为的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方据此协商延期履行或部分免除责任。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市教育局        乙方（盖章）：杭州安澜智校科技有限公司
P:法定代表人或授权代表：______        法定代表人或授权代表：______
P:签订日期：2025年__月__日
"""

# z02 — 碳纤维厂 预氧化炉控制系统改造 with post-warranty 维保, .docx with a Word price table, 一、/（一）
H345Z02 = """
T:预氧化炉控制系统改造项目合同书
P:合同编号：HT-TX-2025-0628
P:甲方：吉林华拓碳纤维有限公司（住所：吉林市经济技术开发区九站街道化纤路16号）
P:乙方：上海衡控自动化工程有限公司（住所：上海市闵行区紫星路588号）
P:鉴于甲方一号碳化线四台预氧化炉原有控制系统已运行多年，温区波动偏大、备件停产，甲方经比选确定由乙方承担控制系统改造。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。
H:一、项目范围
P:（一）乙方负责四台预氧化炉的控制系统改造，包括DCS控制站、炉区温度测量仪表、氧含量在线分析仪、操作员站及工程师站的供货，组态及监控软件、先进控制（APC）软件许可，工程设计、组态编程、安装调试、开车保运及培训。
P:（二）改造须在甲方安排的停炉检修窗口内完成，每台炉停炉时间不超过10日，不得影响其余生产线运行。
P:（三）乙方应遵守甲方安全生产、动火作业和危险化学品管理制度，进场人员须经甲方安全培训并持证上岗。因乙方人员违章造成的安全事故由乙方负责。
P:（四）甲方负责提供施工用电、仪表风、临时存放场地及停炉条件，并指定工艺和设备负责人配合乙方工作。
H:二、合同价格
P:（一）合同总价为人民币叁佰肆拾肆万捌仟元整（¥3,448,000），含税，明细如下表：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|DCS控制站|冗余控制器及I/O机柜|4套|286,000|1,144,000
TB:2|炉区温度测量仪表|多点热电偶及变送器|96套|3,500|336,000
TB:3|氧含量在线分析仪|原位式|8台|42,500|340,000
TB:4|操作员站及工程师站|工控机及显示器|6套|28,000|168,000
TB:5|组态及监控软件许可|永久许可|1套|318,000|318,000
TB:6|先进控制（APC）软件许可|温区协调控制模块|1套|540,000|540,000
TB:—|软硬件小计|||—|2,846,000
TB:7|工程设计及组态编程||1项|—|318,000
TB:8|安装调试及开车保运||1项|—|236,000
TB:9|培训||1项|—|48,000
TB:—|合同总价|||—|3,448,000
P:（二）上述价格为固定价格，含运输、保险、税费及质保期内的服务费用。
P:（三）因甲方要求增加的工作内容，按双方书面确认的变更单另行结算；未经甲方书面确认的变更，甲方不承担费用。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款（¥689,600）。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的45%（¥1,551,600）。到货签收仅为数量清点，不代表质量验收。
P:（三）终验合格后，甲方支付合同总价的35%（¥1,206,800）。
P:（四）乙方应在每次收款前开具合法有效的增值税专用发票；甲方支付预付款前，乙方应提交金额相等的银行预付款保函。
H:四、工期
P:（一）乙方应于合同生效后75日内完成全部设备到货，并在甲方停炉检修窗口内完成安装调试。
P:（二）乙方应在合同生效后15日内提交详细设计和施工组织方案，经甲方确认后实施；每台炉改造完成后，须经甲方工艺人员确认方可升温投料。
P:（三）乙方应派驻项目经理1名、组态工程师2名、仪表工程师2名，改造期间常驻现场，未经甲方同意不得更换。
H:五、验收
P:（一）终验标准：各温区控制精度在±1.5℃以内；氧含量测量值与甲方标定仪器偏差不超过量程的2%；冗余控制器切换无扰动；APC投运后各温区协调控制连续72小时稳定运行；全部报警及联锁功能逐项测试通过。
P:（二）四台炉全部投运并连续稳定运行30日后，由甲方组织终验并签署终验报告。设备到货、安装完成或投入生产均不视为验收合格。
P:（三）乙方应随终验提交竣工图、组态程序备份、控制回路整定记录、仪表校验报告和操作维护手册各两套。
P:（四）终验不合格的，乙方应在15日内整改并重新组织验收，所需费用由乙方承担。
H:六、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:（二）故障响应：一级故障（控制站失效或炉温失控报警）乙方应在1小时内电话响应，6小时内派员到场；二级故障8小时内响应。乙方响应或到场每超时1小时，向甲方支付¥2,000。
P:（三）乙方应在甲方厂区储备控制器卡件、I/O模块和热电偶等常用备件，保证一级故障时可即时更换。
P:（四）质保期内乙方每季度对控制系统进行一次现场巡检，检查控制器负荷、通讯状态和仪表漂移，并出具巡检报告。
P:（五）质保期满后，乙方继续提供维保服务（含驻厂巡检、备件及软件升级），年度维保服务费为软硬件小计的28%，即每年¥796,880，自质保期满起三年内价格不变。维保合同逐年签订，不自动续期。
H:七、数据与工控安全
P:（一）控制系统产生的工艺参数、配方及运行数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方应按工业控制系统安全防护要求部署工业防火墙，远程维护须经甲方逐次审批并全程录屏；发生数据泄露或网络安全事件的，乙方应在1小时内报告，因乙方原因造成的损失由乙方全额赔偿。
P:（三）项目结束后，乙方应删除其工作电脑中留存的甲方组态备份和工艺数据，并出具书面确认。
H:八、保密
P:（一）乙方对甲方的工艺配方、生产参数、设备布置及其他技术信息负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。
P:（二）乙方人员进入甲方生产区域须遵守甲方保密管理规定，未经许可不得拍照、录像或带出任何技术资料。
H:九、知识产权
P:（一）乙方为本项目编制的组态程序、APC模型参数、图纸及文档，其知识产权归甲方所有，甲方可自行修改使用。乙方软件产品本身的知识产权仍归乙方，甲方享有永久使用许可。
P:（二）乙方保证所提供的软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:十、分包
P:（一）乙方可将仪表安装、电缆敷设及热电偶校验工作交由其合作单位完成，但应在进场前书面告知甲方。乙方对合作单位的工作质量和安全承担责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成停炉时间超过约定的，乙方还应赔偿甲方由此产生的直接损失。
P:（三）乙方交付的设备或软件不符合合同约定的，应负责免费更换或整改，由此延误工期的，按本条（一）承担违约金。
H:十二、合同解除
P:（一）乙方逾期超过30日或终验两次不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:（二）合同解除的，乙方应配合移交已安装设备及资料，并协助恢复原控制系统运行。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交吉林仲裁委员会仲裁。
P:（二）仲裁期间，除争议事项外，双方应继续履行本合同其他义务。
H:十四、不可抗力
P:（一）任何一方因不可抗力不能履行合同的，应在3日内通知对方并提供证明，双方协商延期履行或解除部分义务。
H:十五、其他
P:（一）本合同附件包括技术协议、设备清单、施工组织方案和验收大纲，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：吉林华拓碳纤维有限公司      乙方（盖章）：上海衡控自动化工程有限公司
P:代表签字：__________      代表签字：__________      日期：2025年__月__日
"""

# z03 — 连锁儿童乐园 (30 家) 票务及会员 SaaS + 实施, .txt, 第X条 + （1）
H345Z03 = """童趣岛儿童乐园票务及会员管理系统服务合同

合同编号：TQD-IT-2025-031

甲方：广州童趣岛文化娱乐有限公司
地址：广州市天河区黄埔大道西638号

乙方：深圳票云科技有限公司
地址：深圳市南山区粤海街道科技南十二路18号

甲方在华南地区经营30家室内儿童乐园门店，为统一各门店的售票、检票、会员和储值管理，拟采用乙方“票云”SaaS平台并由乙方完成实施。双方经协商，达成如下条款。

第一条 服务内容
（1）乙方向甲方30家门店提供票云平台订阅服务，包括线上售票、门店收银、闸机核验、会员及储值卡管理、营销活动和经营报表功能。
（2）乙方负责实施：平台配置、30家门店闸机与收银设备对接、原会员系统数据迁移、会员小程序页面定制及门店人员培训。
（3）门店闸机、收银终端及网络由甲方自备，乙方提供对接所需的技术支持。
（4）服务期内甲方新开或关闭门店的，应提前30日书面通知乙方，关闭门店自次一服务季度起停止计费。
（5）服务期内乙方应保持平台功能不低于本合同签订时的水平，不得擅自下线甲方正在使用的功能。

第二条 服务期限
（1）服务期为三个服务年度，自上线验收合格之日起计算。
（2）服务期满前60日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方可根据届时市场情况上调服务费，每次上调幅度不超过10%，乙方应在续期前30日书面通知甲方。

第三条 费用
（1）平台订阅费按门店计收，每家门店每个服务年度人民币21,600元，30家门店每个服务年度合计648,000元，三个服务年度合计1,944,000元。
（2）实施费一次性人民币186,000元。
（3）本合同总价为人民币2,130,000元（含税）。超出约定门店数的新增门店，按同一单价另行计费。
（4）订阅费包含平台功能升级和云资源费用；短信通知按实际发送量每条人民币0.045元另行结算，不计入合同总价。

第四条 付款
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）订阅费按服务季度结算，甲方在每个服务季度结束后15日内支付该季度费用162,000元。
（3）上线验收合格前，甲方无需支付任何款项。

第五条 实施与上线验收
（1）乙方应在合同签订后60日内完成全部门店上线。
（2）上线验收标准：（a）30家门店售票、检票、会员和储值功能逐项测试通过；（b）原系统会员及储值余额迁移后逐笔核对一致；（c）周末高峰时段单店每分钟200笔核验无积压；（d）试运行14日内未发生一级故障。
（3）验收合格后双方签署上线验收单。门店试用或甲方支付款项均不视为验收合格。
（4）乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币1,800元。
（5）乙方应为甲方总部运营人员及各门店店长、收银员提供培训，并提供操作手册和视频教程；服务期内新开门店由乙方免费远程培训。
（6）乙方应在上线前完成原会员系统约18万名会员资料、储值余额及积分的迁移，迁移前后由双方共同抽样核对，并保留原系统数据备份至上线后60日。
（7）上线验收不合格的，乙方应在10日内整改并重新验收。

第六条 服务水平
（1）平台月可用率不低于99.5%（每月计划维护不超过4次且须在营业时间以外进行）。
（2）一级故障（全部门店无法售票或闸机核验中断）：乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：1小时内响应，当日修复。
（3）月可用率低于约定值的，甲方当季订阅费按每低0.1个百分点扣减2%计算，最高扣减20%；一级故障响应每超时30分钟扣减人民币500元。
（4）乙方应提供全天候服务热线和在线工单系统，并于每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、响应时间和改进措施。
（5）因甲方门店网络或自备设备故障导致的服务中断，不计入不可用时间，但乙方应协助排查。
（6）乙方应提前3日通知计划维护，法定节假日、寒暑假及周末全天不得安排计划维护。

第七条 数据
（1）会员信息、交易记录、储值数据等业务数据归甲方所有。
（2）乙方可对上述数据进行去标识化处理后，用于行业客流分析、产品改进以及向其他客户提供的行业对标报告，该等使用不需另行取得甲方同意。
（3）乙方应将数据存储于中国境内，按网络安全等级保护三级要求采取加密存储、访问控制和日志审计措施；发生数据泄露的，应在12小时内通知甲方，因乙方原因造成的损失由乙方承担赔偿责任。
（4）合同终止后30日内，乙方应将全部业务数据以通用格式交还甲方，并删除其保存的副本。
（5）储值卡余额及交易流水须每日与甲方财务系统自动对账，出现差异的，乙方应在一个工作日内查明原因并书面说明。

第八条 保密
（1）双方对在合作中获悉的对方商业秘密、经营数据和价格信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。
（2）乙方应要求其员工签署保密承诺，并对员工违反保密义务的行为承担责任。

第九条 知识产权
（1）票云平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的会员小程序页面、报表模板及对接程序，知识产权归甲方所有，甲方可自行或委托第三方修改使用。
（3）乙方保证平台不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

第十条 分包
（1）乙方不得将实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。
（2）平台部署于阿里云华南区域，乙方更换云服务商须事先取得甲方书面同意。

第十一条 责任限制
（1）乙方在本合同项下的累计赔偿责任以本合同总价的1.5倍为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限。

第十二条 甲方义务
（1）甲方应指定项目联系人，按实施计划提供门店设备清单、原系统数据和测试条件。
（2）甲方应妥善保管平台管理账号，因甲方账号管理不当造成的损失由甲方自行承担。
（3）甲方应按本合同约定支付费用。

第十三条 合同解除
（1）一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（2）连续两个月可用率低于第六条约定值的，甲方有权解除合同，费用按实际服务期间结算。
（3）合同终止或解除的，乙方应提供不少于30日的过渡期服务，协助甲方完成数据迁移，过渡期服务费按原单价按日计算。

第十四条 不可抗力
（1）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，中断期间相应免除责任；中断超过30日的，任何一方可书面解除合同。

第十五条 争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

第十六条 其他
（1）本合同附件包括门店清单、实施计划、服务水平说明及数据迁移方案，与本合同具有同等效力。
（2）本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：广州童趣岛文化娱乐有限公司
授权代表：__________
乙方（盖章）：深圳票云科技有限公司
授权代表：__________
日期：2025年__月__日
"""

# z04 — 市药品监督管理局 药品追溯监管系统 年度运维 (政府采购 竞争性磋商), .txt, 1. / 1.1
H345Z04 = """临江市药品追溯监管系统运维服务采购合同

项目名称：临江市药品追溯监管系统运维服务（采购方式：竞争性磋商）
项目编号：LJCG-2025-FW-0215

采购人（甲方）：临江市药品监督管理局
地址：临江市滨河东路201号
供应商（乙方）：南京医溯信息技术有限公司
地址：南京市雨花台区软件大道119号

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方签订本合同。

1. 服务内容与期限
1.1 乙方为甲方药品追溯监管系统（含追溯码查验、企业追溯数据上报、监管预警和统计分析子系统）提供运维服务，内容包括驻场运维、应用运维及缺陷修复、数据治理与追溯码核查、安全运维与等保测评配合、年度版本适配。
1.2 服务期为2025年7月1日至2026年6月30日。服务期满后，甲方依法重新组织采购，本合同不自动续期。
1.3 乙方应派驻2名具有同类系统运维经验的工程师，工作日在甲方现场值守；非工作时间安排专人远程值班。
1.5 乙方应建立运维服务台，受理甲方及各区县分局、药品生产经营企业的咨询和问题报告，做好记录并跟踪闭环。
1.6 甲方负责提供驻场办公场所、网络接入和必要的系统账号，并协调原运维单位配合交接。
1.4 驻场人员须具有三年以上相关工作经验，经甲方面试同意后进场；乙方更换驻场人员须提前15日书面报甲方同意，并做好工作交接。

2. 合同金额
2.1 本合同总金额为人民币壹佰贰拾陆万捌仟元整（¥1,268,000），为固定总价。分项如下：
（1）驻场运维（2人）：¥456,000；
（2）应用运维及缺陷修复：¥318,000；
（3）数据治理与追溯码核查：¥236,000；
（4）安全运维与等保测评配合：¥158,000；
（5）年度版本适配（对接国家药品追溯协同服务平台接口变更）：¥100,000。
2.2 上述金额包含人工、差旅、工具、税费等全部费用。
2.3 服务期内国家或省级追溯平台发生重大调整导致工作量显著增加的，双方可另行协商，但不影响本合同约定的服务水平。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付：每季度结束后，甲方依据附件考核结果，在15个工作日内支付合同总金额的25%（¥317,000），并按考核扣款结果相应扣减。
3.3 甲方按财政资金支付程序办理付款。
3.4 乙方应按季度开具合法有效的发票，甲方收到发票及考核结果后付款。

4. 服务交接与工作计划
4.1 乙方应于2025年7月10日前完成与原运维单位的交接，包括账号、文档、运行记录及未关闭问题清单，并提交运维方案。
4.2 年度版本适配应于国家平台接口变更通知发布后45日内完成上线。
4.3 服务期满或合同解除时，乙方应配合甲方向新的运维单位办理交接，交接期不少于15日，期间继续保障系统正常运行。

5. 服务水平
5.1 系统月可用率不低于99.95%（计划停机须提前3个工作日报甲方批准）。
5.2 故障分级及响应时间：
一级故障（系统整体不可用或追溯码查验中断）：乙方应在6小时内响应，24小时内恢复；
二级故障（单一子系统或部分功能异常）：8小时内响应，48小时内修复；
三级故障（不影响业务的一般问题）：2个工作日内处理。
5.3 乙方每月提交运维报告，内容包括故障处理、巡检记录、数据质量和安全事件情况。
5.4 乙方应每日巡检服务器、数据库和接口运行状态，每季度开展一次应急演练，并在重大节假日及药品安全专项检查期间安排专人保障。
5.5 乙方应每月对企业上报的追溯数据进行质量核查，对缺失、重复、异常的追溯码形成问题清单，报甲方督促企业整改。
5.6 乙方应配合甲方完成网络安全等级保护测评、密码应用安全性评估和上级部门的安全检查，对发现的问题按期整改。

6. 考核与扣款
6.1 甲方按季度对乙方进行考核。可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000；一级故障响应或恢复每超时1小时，扣减¥800；驻场人员无故缺勤每人每日扣减¥600。
6.2 季度考核扣款合计超过当季服务费10%的，甲方可书面要求乙方更换项目负责人。
6.3 考核结果经双方确认后作为付款依据；乙方对考核结果有异议的，可在5个工作日内提出书面复核申请。

7. 验收
7.1 服务期满后，甲方组织年度验收。验收标准为：全年各季度考核合格；运维文档、配置清单、缺陷修复记录完整移交；年度版本适配已上线并通过国家平台联调；未发生因乙方原因导致的数据安全事件。
7.2 年度验收不合格的，乙方应在15日内整改，整改期间的费用由乙方承担。
7.3 年度验收由甲方组织，可邀请信息化专家参加，验收结论以书面形式作出。

8. 违约责任
8.1 乙方未按4.1约定完成交接，或未按4.2约定期限完成年度版本适配上线的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。
8.2 乙方违约给甲方造成损失的，还应赔偿甲方的实际损失。
8.3 甲方无正当理由逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。

9. 数据安全
9.1 系统内的药品追溯数据、企业信息及监管数据均归甲方所有，乙方仅可为履行本合同使用，不得以任何形式复制、留存或对外提供。
9.2 乙方应遵守甲方网络安全管理制度，运维操作须通过甲方堡垒机进行并留存日志，不得私自开通远程访问；发生数据泄露、篡改或丢失的，应在1小时内报告甲方并配合处置，因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
9.3 乙方应对驻场人员开展网络安全和数据保护培训，严禁使用个人移动存储介质，严禁将工作文件上传至公共网盘。
9.4 服务期满或合同解除后，乙方应交回全部账号、门禁卡及工作资料，删除所持有的甲方数据，并出具书面说明。

10. 保密
10.1 乙方及其人员对履约中知悉的监管信息、企业数据和系统口令负有保密义务，人员进场前须签署保密承诺书。保密义务不因合同终止而解除。

11. 知识产权
11.1 乙方在服务期内为甲方编写的脚本、补丁、数据治理规则及运维文档，知识产权归甲方所有。
11.2 乙方保证其提供的服务及工具不侵犯第三方合法权益。

12. 分包
12.1 本项目不允许分包。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
13.2 合同解除的，乙方仍应履行4.3约定的交接义务，直至新的运维单位接手。

14. 廉洁与不可抗力
14.1 乙方不得向甲方工作人员提供任何形式的回扣、礼金或其他不正当利益，违反的，甲方有权解除合同。
14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。

15. 适用法律与争议解决
15.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

16. 其他
16.1 磋商文件、响应文件、成交通知书及附件考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方两份。
16.2 本合同未尽事宜，依照《中华人民共和国民法典》和政府采购有关规定执行。

甲方（盖章）：临江市药品监督管理局
乙方（盖章）：南京医溯信息技术有限公司
签订日期：2025年__月__日
"""

# z05 — 粽子厂 MES licence + custom development on the supplier's own template (many problems), .md, ## 第X条 + 1.1
H345Z05 = """# 织码MES软件许可及实施合同

> 织码智造标准合同文本 V4.0（乙方提供）

**合同编号：** ZM-MES-2025-0087

**甲方（客户）：** 嘉兴禾香斋食品有限公司
**地址：** 浙江省嘉兴市南湖区大桥镇亚太路1200号

**乙方（供应商）：** 杭州织码智造软件有限公司
**地址：** 杭州市余杭区五常街道文一西路998号

甲方为粽子及速冻米面制品生产企业，拟在其三条粽子生产线和一条包装线实施制造执行系统。乙方同意向甲方许可使用织码MES标准版软件，并按甲方需求进行定制开发和实施。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供织码MES标准版软件（生产管理、质量管理、仓储管理、设备管理模块）的使用许可，许可范围为甲方嘉兴厂区。

1.2 乙方按甲方需求进行定制开发，包括：粽叶、糯米及馅料批次追溯；蒸煮工艺参数采集；包装线称重数据对接；与甲方ERP系统的接口。

1.3 乙方提供数据采集网关、实施部署和操作培训。

1.4 系统运行所需的服务器、操作系统、数据库、网络及机房环境由甲方自行提供和负责。

1.5 本合同附件《需求清单》为定制开发范围的唯一依据，附件以外的功能不属于乙方交付范围。本合同许可的并发用户数为80个。

## 第二条 合同价款

2.1 合同总价为人民币壹佰贰拾叁万贰仟元整（¥1,232,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 织码MES标准版软件许可（四个模块） | 1套 | 560,000 |
| 2 | 定制开发（批次追溯、工艺参数采集、称重对接、ERP接口） | 1项 | 480,000 |
| 3 | 数据采集网关（单价6,000元） | 12套 | 72,000 |
| 4 | 实施部署 | 1项 | 96,000 |
| 5 | 操作培训 | 1项 | 24,000 |
| | 合计 | | 1,232,000 |

2.2 如甲方需求超出本合同附件需求清单，乙方按每人日人民币2,800元另行收费。

2.3 上述价格不含甲方服务器、操作系统、数据库软件及网络设备的采购费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即人民币616,000元。

3.2 系统安装部署完成并上线运行后5个工作日内，甲方支付剩余50%，即人民币616,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

3.4 乙方收到款项后开具增值税专用发票。

## 第四条 实施

4.1 乙方计划于收到首期款后90日内完成上线。实施计划以双方确认的项目计划书为准。

4.2 因需求变更、甲方配合不到位或其他原因导致实施延期的，乙方不承担责任，双方协商调整实施计划。

4.3 甲方应在乙方提交需求调研报告后5个工作日内书面确认，需求确认后原则上不再变更；确需变更的，按2.2另行收费。

4.4 甲方应指定项目负责人及各车间关键用户，配合完成基础数据整理、工艺路线录入和现场测试。

4.5 乙方有权根据项目实际情况调整实施人员。实施期间，甲方应保证生产线计划停机时间满足乙方调试需要，因停机安排不足导致的延期由甲方负责。

## 第五条 验收

5.1 乙方完成安装部署后，系统上线运行即视为甲方验收合格。

5.2 甲方在系统上线后7日内未提出书面异议的，亦视为验收合格。

5.3 甲方在验收后提出的问题，乙方在维护服务中统一处理。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 一级故障（生产线停止数据采集或无法报工）：乙方应在接到甲方通知后8小时内响应，并尽力修复；二级及以下故障在3个工作日内处理。

6.3 乙方未在上述时限内响应或修复的，不承担任何扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，维护费按乙方当年公布的服务价格标准另行收取。

6.5 以下情形不属于免费维护范围：甲方擅自修改系统配置或数据库；服务器、网络等硬件故障；病毒感染；第三方软件问题；需求清单以外的新增功能。

6.6 维护服务以远程支持为主，如需乙方派员到现场，甲方应承担差旅费用。乙方发布新版本的，甲方可在免费维护期内升级，但定制功能的适配另行收费。

## 第七条 培训

7.1 乙方提供不超过3天的现场操作培训，培训对象为甲方关键用户和系统管理员。超出部分按每人日人民币2,800元收费。

7.2 培训教材及视频仅限甲方内部使用。

## 第八条 知识产权

8.1 织码MES软件及其全部组成部分的知识产权归乙方所有。

8.2 乙方为本项目完成的定制开发成果（包括源代码、接口程序、工艺参数模型及相关文档），其知识产权归乙方所有，甲方仅享有在嘉兴厂区范围内的非独占、不可转让的使用权，不得修改、反编译或提供给第三方。

8.3 甲方不得自行或委托第三方对织码MES软件进行二次开发，否则乙方不再承担维护义务。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方有权将上述数据进行脱敏处理后用于产品优化、行业模型训练及对外发布的食品行业分析报告。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、停产损失、利润损失或数据丢失承担责任。

10.3 甲方依据本系统数据作出的生产、质量或食品安全决策，由甲方自行负责。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方已支付的软件许可费不予退还。

11.3 甲方逾期付款超过30日的，乙方有权解除合同或暂停软件许可。

## 第十二条 不可抗力

12.1 因不可抗力、网络故障、电力中断、政府行为等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，由双方另行协商并书面补充。

14.2 双方通知以书面或电子邮件方式发送至合同首页地址及项目负责人邮箱，发出后即视为送达。

14.3 本合同签署后，双方此前就本项目达成的口头或书面约定，与本合同不一致的，以本合同为准。

14.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

**甲方（盖章）：** 嘉兴禾香斋食品有限公司　　　**乙方（盖章）：** 杭州织码智造软件有限公司

**授权代表：** __________　　　　　　　　　　**授权代表：** __________

**日期：** 2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 — Huizhou brick-carving studio, relief software perpetual licences, Hungarian vendor in Sopron; .pdf, Article N
H345E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HZ-RF-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Shexian Mingyan Brick Carving Art Studio Co., Ltd., a company established in the People's Republic of China, with its registered office at No. 36 Doushan Street, Huicheng Town, She County, Huangshan City, Anhui Province (the "Customer"); and
P:(2) Reliefwerk Kft., a limited liability company registered in Hungary, with its registered office at Kossuth Lajos utca 14, 9400 Sopron, Hungary (the "Vendor").
H:Recitals
P:A. The Customer designs and produces carved brick panels, door lintels and screen walls in the Huizhou tradition, combining hand carving with CNC roughing of the relief layers.
P:B. The Vendor develops and licenses ReliefForge, a software product for modelling bas-relief and high-relief surfaces from drawings, photographs and 3D scans and for generating CNC toolpaths.
P:C. The Customer wishes to acquire perpetual licences of ReliefForge and related services on the terms below. At the Customer's request all prices are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means ReliefForge Studio Edition, version 7, and the ReliefForge CNC Post-Processor Module, in object code, with the user documentation.
P:1.2 "Customer Templates" means the library of Huizhou motif templates, brush and chisel profiles and post-processor settings that the Vendor configures for the Customer under Article 3.2.
P:1.3 "Customer Data" means all drawings, photographs, scans, models and design files created or supplied by the Customer, including those processed by the Licensed Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of workstations set out in Article 4, at the Customer's premises in She County and any other premises of the Customer in the PRC.
P:2.2 The Customer may make one backup copy of the installation files. The Customer shall not decompile the Licensed Software except to the extent permitted by applicable law.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for non-payment of the licence fees.
H:Article 3 Services
P:3.1 The Vendor shall install the Licensed Software on six workstations and configure the post-processor for the Customer's two five-axis CNC routers.
P:3.2 The Vendor shall build the Customer Templates from the Customer's sample drawings (at least forty motifs), calibrate the chisel profiles against three test panels, and deliver a configuration report.
P:3.3 The Vendor shall give six days of on-site training to the Customer's designers and CNC operators, in English with an interpreter provided by the Customer.
P:3.4 The Customer shall provide six workstations meeting the hardware specification in Annex 1, network access for licence activation, and a designer familiar with its motifs to work with the Vendor's engineer while the Customer Templates are built.
H:Article 4 Price
P:4.1 The Contract Price is CNY 481,000, fixed, inclusive of travel and taxes, itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ReliefForge Studio Edition, perpetual licence|6 seats|58,000|348,000
TB:CNC Post-Processor Module, perpetual licence|2 seats|36,500|73,000
TB:Licence subtotal|||421,000
TB:Installation and Customer Templates|1 lot|42,000|42,000
TB:On-site training|6 days|3,000|18,000
TB:Contract Price|||481,000
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and deliver the Customer Templates within 50 days after signature.
P:5.2 Acceptance tests, carried out jointly at the Customer's studio, shall demonstrate that: (a) all six seats and both post-processors run without licence errors; (b) three reference panels selected by the Customer are modelled from their drawings and milled with a surface deviation of no more than 0.3 mm from the model; (c) the forty motif templates load and scale without distortion; (d) the configuration report and documentation are delivered.
P:5.3 When all tests pass, the Customer shall sign a Final Acceptance certificate within five working days. Installation, use of the software in production or payment of any instalment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.4 If the Customer does not make the studio available for the acceptance tests within 15 days after the Vendor's notice of readiness, the parties shall agree a new test date and the period under Article 8 is extended accordingly.
H:Article 6 Payment
P:6.1 20% of the Contract Price (CNY 96,200) within 15 days after signature, against the Vendor's invoice.
P:6.2 55% of the Contract Price (CNY 264,550) after installation on all workstations, confirmed by an installation note. The installation note is not acceptance.
P:6.3 25% of the Contract Price (CNY 120,250) within 20 days after Final Acceptance.
P:6.4 Payments are made by bank transfer in CNY to the Vendor's account stated on the invoice. Bank charges outside China are for the Vendor.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software will perform substantially in accordance with its documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct reported defects and supply new versions free of charge.
P:7.2 Support requests may be sent by e-mail or through the Vendor's online portal. The Vendor will use commercially reasonable efforts to answer support requests and to correct defects within a reasonable time. No response or resolution times apply.
P:7.3 After the Warranty Period, the Customer may order Annual Maintenance covering new versions and e-mail support. The annual fee is 11% of the licence subtotal (CNY 46,310 per year) and will not increase during the first three years after the Warranty Period. Annual Maintenance is ordered by the Customer year by year and does not renew automatically.
P:7.4 Annual Maintenance includes every new major version released while it is in force, and the Vendor shall migrate the Customer Templates to each new version at no extra charge.
P:7.5 The warranty does not cover defects caused by modification of the Licensed Software by anyone other than the Vendor, by use on hardware that does not meet Annex 1, or by malware introduced from the Customer's systems.
H:Article 8 Delay
P:8.1 If the Vendor fails to complete the acceptance tests within 80 days after signature for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Licensed Software.
P:9.2 The Customer Templates are made for the Customer from its own designs. All rights in the Customer Templates vest in the Customer upon creation; the Customer may use, modify and license them without restriction, and the Vendor shall not reuse them for any other client.
P:9.3 The Vendor shall indemnify the Customer against claims that the Licensed Software infringes the rights of a third party.
H:Article 10 Customer Data
P:10.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 Remote support sessions require the Customer's approval for each session and are recorded. The Vendor shall protect any Customer Data it receives with encryption and access controls, delete it when the support case is closed, and notify the Customer within 12 hours of any unauthorised access. The Vendor is liable for any loss caused by a breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's unpublished designs, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to twice the Contract Price, except for breach of Articles 10 and 11, infringement claims, wilful misconduct and personal injury.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any services under this Agreement without the Customer's prior written consent.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates before Final Acceptance, the Vendor shall refund the amounts paid.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Hungary.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by the Commercial Arbitration Court attached to the Hungarian Chamber of Commerce and Industry in Budapest. The language of the arbitration is English.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate by written notice, and the Vendor shall refund amounts paid for undelivered items.
H:Article 17 Notices
P:17.1 Notices shall be in writing in English and sent by courier or e-mail to the addresses above, for the attention of the signatories.
H:Article 18 General
P:18.1 This Agreement is the entire agreement between the parties. Amendments must be in writing and signed by both parties. It is signed in two English originals, one for each party.
P:For the Customer: ______________________    For the Vendor: ______________________
P:Name and title: ______________________    Name and title: ______________________
P:Date: __________
"""

# e02 — Xishuangbanna botanical-garden operator, ticketing SaaS, Order Form + General Terms; Romanian vendor; .md
H345E02 = """# ORDER FORM AND GENERAL TERMS — GATEWISE TICKETING CLOUD

**Order Form No.:** GW-CN-2025-0311

## PART A — ORDER FORM

### A1. Parties

| | |
|---|---|
| **Customer** | Xishuangbanna Mengla Tropical Flora Park Operation Co., Ltd., No. 8 Lanjiang Road, Mengla County, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province, PRC |
| **Vendor** | Gatewise Software S.R.L., Strada Lungă 112, 500058 Brașov, Romania |

The Customer operates a tropical botanical garden with two entrance plazas, an electric-shuttle loop and evening shows. It orders the Gatewise Ticketing Cloud service described below. This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Services ordered

- Gatewise Ticketing Cloud, Attractions edition: online and on-site ticket sales, timed-entry quotas, shuttle and show add-ons, QR and ID-card entry validation at 14 turnstiles, group and travel-agency booking, reporting.
- Set-up: configuration of products and quotas, integration with the Customer's 14 turnstiles, its WeChat official account and its finance system, migration of open bookings, and staff training at the park.
- Training: two days of on-site training for up to 30 ticket-office and gate staff, and a train-the-trainer session for supervisors.

### A3. Subscription Term

The Subscription Term starts on the Go-Live Date and lasts three Subscription Years. Each Subscription Year is the period of consecutive months starting on the Go-Live Date or its anniversary.

### A4. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY), including VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Annual Subscription Fee | per Subscription Year | 286,000 |
| Subscription, three Subscription Years | 3 x 286,000 | 858,000 |
| Set-up Fee | one-time | 74,000 |
| **Total Contract Value** | | **932,000** |

Ticket volumes are unlimited. Optional SMS notifications are charged at cost and are not part of the Total Contract Value.

### A5. Invoicing and payment

1. On signature of this Order Form, the Vendor invoices the Set-up Fee together with the Annual Subscription Fee for the first Subscription Year (CNY 360,000 in total). The Customer pays this invoice within 15 days of receipt and in any case before the Go-Live Date.
2. The Annual Subscription Fee for the second and third Subscription Years is invoiced on the anniversary of the Go-Live Date and paid within 30 days.
3. Payments are made in CNY to the Vendor's account at a bank in the PRC named on the invoice.

### A6. Go-Live

1. The Vendor shall make the service ready for Go-Live Acceptance within 45 days after receipt of the first payment.
2. Go-Live Acceptance requires that: (a) all ticket products, quotas and add-ons are configured as set out in the Customer's approved product sheet; (b) all 14 turnstiles validate QR and ID-card entries in under one second; (c) a load test of 3,000 entries per hour across both plazas completes without errors; (d) test orders reconcile with the finance system for three consecutive days. When the tests pass, the Customer signs a Go-Live Acceptance note, and the date of that note is the Go-Live Date. Use of the service for sales before the note is signed is not acceptance.
3. If the service is not ready for Go-Live Acceptance on time for reasons attributable to the Vendor, the Vendor shall pay CNY 600 for each day of delay.
4. The Vendor shall assign a Mandarin-speaking project manager and hold a weekly progress call with the Customer until the Go-Live Date.

### A7. Renewal

After the Subscription Term, this Agreement renews automatically for a further Subscription Year each time, unless either party gives notice of non-renewal at least 60 days before the end of the current period. The Vendor may increase the Annual Subscription Fee for any renewal period by up to 8% by notice given 90 days before the renewal.

### A8. Customer responsibilities

The Customer provides the turnstiles, network connections at both plazas, a test WeChat account and a project manager with authority to approve the product sheet. The Customer is responsible for the accuracy of the prices and quotas it approves.

## PART B — GENERAL TERMS

### 1. Service levels

1.1 The Vendor shall make the service available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and carried out between 22:00 and 06:00 China Standard Time.

1.2 Incidents are classified as follows. Priority 1: ticket sales or entry validation unavailable at either plaza. Priority 2: a major function impaired with a workaround. Priority 3: other faults. The Vendor responds to Priority 1 incidents within 30 minutes at any time, to Priority 2 within two hours, and to Priority 3 within one business day, and works continuously on Priority 1 incidents until the service is restored.

1.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the Annual Subscription Fee for each started 0.1 percentage point of shortfall, up to 50%. A late Priority 1 response earns a credit of CNY 1,000 per started hour. Credits are deducted from the next invoice or refunded at the end of the term.

1.4 The Vendor shall provide a monthly service report showing availability, incidents, response times and credits due. Service credits do not limit the Customer's other rights and remedies.

### 2. Customer Data

2.1 All data entered into or generated by the service for the Customer, including visitor names, ID numbers, phone numbers, orders and entry records ("Customer Data"), belongs to the Customer. The Vendor processes Customer Data only to provide the service and does not use it for any other purpose.

2.2 Customer Data is hosted in a cloud region in mainland China. The Vendor shall apply encryption in transit and at rest, role-based access with multi-factor authentication, and logging of administrative access, shall comply with the PRC Personal Information Protection Law and Data Security Law, and shall maintain MLPS level-3 filing for the service.

2.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, take all steps to contain it, and bear the costs and losses caused by incidents attributable to the Vendor or its subcontractors.

2.4 Within 30 days after the end of the Agreement, the Vendor shall return Customer Data in CSV format and then delete all copies.

2.5 The Vendor shall help the Customer to answer requests from visitors who exercise their rights under the Personal Information Protection Law.

### 3. Subcontractors

3.1 The Vendor may engage subcontractors, including cloud hosting providers, local implementation partners and support centres, to perform any part of the services. The Vendor shall inform the Customer of each new subcontractor by e-mail before the subcontractor starts work. The Vendor remains responsible for its subcontractors.

### 4. Configurations

4.1 The product set-up, price rules, report layouts and integration scripts prepared for the Customer are the Customer's property. The Customer may use, modify and give them to any successor provider. The Vendor keeps all rights in the Gatewise platform.

4.2 The Vendor warrants that the service and the configurations do not infringe third-party rights and shall defend the Customer against any such claim.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need it. This obligation lasts for three years after the end of the Agreement.

### 6. Liability

6.1 Each party's aggregate liability under the Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 2, breach of clause 5, wilful misconduct or fraud.

6.2 Neither party is liable for loss of profit or indirect loss, except under clause 2.

### 7. Term and termination

7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

7.2 If the Customer terminates under 7.1, the Vendor refunds the prepaid fees for the remaining part of the Subscription Year.

7.3 On expiry or termination the Vendor shall keep the service available in read-only mode for 30 days so that the Customer can export its data, at no charge.

### 8. Governing law and disputes

8.1 The Agreement is governed by the laws of the People's Republic of China.

8.2 Disputes that cannot be settled by negotiation shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

### 9. Force majeure

9.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public networks, provided it notifies the other party promptly. Force majeure does not excuse the Vendor's obligations under clause 2.

### 10. General

10.1 Notices are given in writing to the addresses in A1. Amendments require the signature of both parties.

10.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

---

**Signed for the Customer:** ____________________ Name / Title / Date

**Signed for the Vendor:** ____________________ Name / Title / Date
"""

# e03 — Yunnan tea estate soil and canopy sensors, buyer's paper, Bulgarian integrator; .docx, Section N / N.N
H345E03 = """
T:Purchase Contract for Soil and Canopy Monitoring System
P:Contract No. YW-PUR-2025-027
P:Buyer: Pu'er Yunwu Tea Estate Co., Ltd., Mangjing Village, Huimin Town, Lancang County, Pu'er City, Yunnan Province, PRC.
P:Supplier: AgroSense Balkan EOOD, 7 Nikola Gabrovski Street, 5000 Veliko Tarnovo, Bulgaria.
P:The Buyer grows tea on 620 hectares of terraced hillside between 1,300 m and 1,700 m. It wants to measure soil moisture and nutrients and the microclimate under the canopy to plan irrigation, fertilising and frost protection. After comparing three offers, the Buyer awards this contract to the Supplier on the Buyer's standard purchase terms, as set out below. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission: soil sensor nodes measuring moisture, temperature, electrical conductivity and pH at three depths; canopy microclimate stations measuring air temperature, humidity, leaf wetness and photosynthetically active radiation; solar-powered LoRaWAN gateways; and the Estate Monitor platform licence, installed on the Buyer's server in its Lancang office.
P:1.2 The Supplier shall also build custom dashboards and the frost-warning and irrigation-alert models described in Annex A, and train the Buyer's agronomists and technicians.
P:1.3 Positions of nodes and stations follow the site survey in Annex B. The Buyer provides access roads, porters for the steep terraces and a local guide.
P:1.4 All equipment shall be new and of current production. Field units shall be rated at least IP67 and suitable for operation between -5 °C and 45 °C and in heavy monsoon rain.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,366,000, fixed, including delivery to the estate, import duties, taxes, installation and all services during the warranty period. It is itemised in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil sensor node, three depths|120|3,900|468,000
TB:2|Canopy microclimate station|24|9,800|235,200
TB:3|LoRaWAN gateway with solar kit|8|14,500|116,000
TB:4|Estate Monitor platform licence, perpetual|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,105,200
TB:5|Installation and calibration|1 lot||148,000
TB:6|Custom dashboards and alert models|1 lot||96,000
TB:7|Training|1 lot||16,800
TB:|Contract Price|||1,366,000
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 136,600) within 20 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 751,300) after all equipment is delivered and installed, as confirmed in an installation record signed by both parties. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 478,100) within 30 days after Final Acceptance.
P:3.4 Payments are made by bank transfer in CNY after receipt of a correct invoice. Bank charges outside the PRC are for the Supplier.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the estate within 70 days after signature and complete installation within 40 days after delivery, avoiding the spring picking season unless the Buyer agrees otherwise.
P:4.2 If the Supplier is late in delivery or installation for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.3 The Supplier is responsible for export packing, shipment, customs clearance in the PRC and delivery to the estate warehouse in Huimin. Risk passes to the Buyer on signature of the installation record.
P:4.4 The Supplier shall send a detailed installation schedule fourteen days before arriving on site and coordinate with the estate manager so that plucking teams and young tea plants are not disturbed.
P:4.5 The Supplier shall insure the equipment until it is installed and hold public liability insurance for its staff working on the estate.
H:Section 5 Acceptance
P:5.1 After installation, the system runs for a trial period of 45 days. Final Acceptance requires that: (a) at least 118 of the 120 soil nodes and all 24 stations report to the platform every 15 minutes throughout the last 14 days of the trial; (b) soil moisture readings at ten sample points are within 3 percentage points of gravimetric samples taken by the Buyer; (c) frost and irrigation alerts are triggered correctly in a simulation test with recorded data; (d) dashboards match Annex A; and (e) manuals, calibration certificates and the as-built layout are delivered.
P:5.2 When all criteria are met the Buyer issues a Final Acceptance Certificate. Installation, data reporting during the trial or any payment is not acceptance. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the trial is extended.
P:5.3 Final Acceptance does not release the Supplier from its warranty obligations or from liability for hidden defects.
H:Section 6 Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace faulty equipment, including batteries and solar panels, free of charge, and supply software updates.
P:6.2 Priority 1 faults (a gateway out of service, or the platform unavailable) shall receive a response within one hour from the Supplier's support desk in Kunming and an engineer on site within 48 hours. Priority 2 faults (individual nodes or stations) shall be fixed within ten days.
P:6.3 For each hour by which the Supplier misses a Priority 1 response or on-site time, it shall pay CNY 800, deducted from any amount due or from the performance bond.
P:6.4 After the warranty period the Buyer may order annual maintenance at a fee of 9% of the Hardware and Licence Subtotal (CNY 99,468 per year), fixed for three years. Maintenance is ordered by separate purchase order each year; it is not renewed automatically.
P:6.5 During the warranty period the Supplier shall keep at the Buyer's warehouse spare parts for at least five soil nodes, one microclimate station and one gateway, replenished within 30 days after use.
P:6.6 Training shall cover installation and replacement of nodes, calibration checks, use of the dashboards, interpretation of alerts and basic troubleshooting, for at least twelve participants over four days, with Chinese-language materials.
H:Section 7 Data
P:7.1 All measurements, field records, images and reports produced by the system are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this contract.
P:7.2 The platform is hosted on the Buyer's server. The Supplier shall configure encrypted links from the gateways, individual accounts with strong passwords and an access log, and shall use remote access only with the Buyer's approval for each session.
P:7.3 The Supplier shall report any data leak or security incident within 12 hours and is liable for the losses it causes.
P:7.4 At the end of the warranty period, and earlier on request, the Supplier shall delete any copies of the Buyer's data held on its own systems and confirm this in writing.
H:Section 8 Intellectual Property
P:8.1 The custom dashboards, alert models and their parameters are made for the Buyer and belong to the Buyer, which may use and modify them and let third parties do so. The Supplier keeps its rights in the Estate Monitor platform and grants the Buyer a perpetual licence.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's yield, cost and cultivation data, and shall not disclose it without prior written consent. This Section survives termination.
P:9.2 Neither party shall use the other party's name or logo in publicity without written consent, and the Supplier shall not present the estate as a reference customer without the Buyer's approval.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation crews approved in writing by the Buyer remain the Supplier's responsibility.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for equipment and services not yet accepted, and the Buyer may complete the work through another supplier at the Supplier's reasonable cost.
H:Section 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be brought before the people's court with jurisdiction over the Buyer's domicile.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as earthquakes, landslides, floods, epidemics or government measures, if it notifies the other party within seven days and provides evidence. Delivery dates are extended by the duration of the event.
H:Section 15 Compliance
P:15.1 The Supplier shall ensure that all gateways and nodes hold the radio type approval required in the PRC and operate only in the permitted frequency band.
H:Section 16 Final Provisions
P:16.1 Notices shall be in writing and delivered by courier or e-mail to the addresses above.
P:16.2 This contract is made in two English originals with a Chinese translation for reference. Annex A (dashboards and alert models) and Annex B (site survey) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________
"""

# e04 — Changzhou motor maker, managed backup and DR service, Belgian provider in Dinant; .md, numbered clauses + Schedules
H345E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement reference: MS-BDR-2025-CZ-09

**Between**

**Changzhou Jinlong Electric Motor Co., Ltd.**, No. 55 Hehai East Road, Xinbei District, Changzhou, Jiangsu Province, PRC ("**Customer**"), and

**Meuse Continuity Services SRL**, Rue Grande 71, 5500 Dinant, Belgium ("**Provider**").

**Background.** Customer manufactures industrial motors at two plants in Changzhou. Its ERP, MES, PLM and file servers run in its own server room. Customer wants its production systems backed up off site and a tested recovery capability at a second site. Provider runs managed backup and recovery services for manufacturers and offers them in China through a data centre operator in Wuxi. The parties agree as follows. At Customer's request all charges are in Chinese yuan (CNY).

## 1. Definitions

1.1 "**Protected Systems**" means the servers, virtual machines and databases listed in Schedule 3.

1.2 "**Service Commencement**" means the date on which Customer signs the commencement certificate under clause 4.3.

1.3 "**Customer Data**" means all data of Customer, including backup copies, that Provider stores or processes under this Agreement.

1.4 "**Contract Year**" means each period of consecutive months starting on Service Commencement or on an anniversary of it.

1.5 "**Recovery Site**" means the data centre in Wuxi, Jiangsu, operated by Taihu Cloud Data Co., Ltd. for Provider.

## 2. Services

2.1 Provider shall back up the Protected Systems to the Recovery Site, keep daily copies for 35 days and monthly copies for 13 months, and keep a standby recovery environment ready at the Recovery Site.

2.2 Provider shall run a full disaster-recovery test twice in every contract year, with Customer's participation, and deliver a test report within ten working days after each test.

2.3 Provider shall monitor all backup jobs around the clock and handle failures as set out in Schedule 1.

2.4 Provider shall appoint a named service manager, hold a monthly service review with Customer and deliver a monthly report on backup success, restore tests, service levels and capacity.

2.5 Customer shall give Provider remote access to the Protected Systems through its jump server, tell Provider about planned changes to them at least five working days in advance, and take part in the recovery tests.

## 3. Term

3.1 The Initial Term is 36 months from Service Commencement.

3.2 After the Initial Term this Agreement renews for a further Contract Year at a time, at the same charges and on the same terms, unless either party gives notice of non-renewal at least 90 days before the end of the current period.

## 4. Onboarding and commencement

4.1 Provider shall complete onboarding within 60 days after signature: install backup agents and appliances, establish the encrypted line to the Recovery Site, take the first full backups and prepare the recovery runbooks.

4.2 For each day by which Service Commencement is delayed beyond that date for reasons attributable to Provider, Provider shall pay CNY 1,600 as liquidated damages.

4.3 Service Commencement requires a successful commencement test: (a) every Protected System has a complete backup that has been restored and verified at the Recovery Site; (b) the ERP and MES databases are recovered within the recovery time and recovery point objectives in Schedule 1; (c) the runbooks have been walked through with Customer's IT team. When the test succeeds Customer signs the commencement certificate. Running backups before that date is not commencement.

4.4 If the commencement test fails, Provider shall fix the cause and repeat the test within ten working days, at its own cost.

## 5. Service levels

5.1 Provider shall meet the service levels in Schedule 1.

5.2 The service levels are performance targets. Provider shall report on them every month and, when a target is missed, explain the cause and the corrective action. No service credits, fee reductions or other compensation apply to a failure to meet a service level.

5.3 Provider shall restore a sample of backups every month to check that they are usable and shall include the results in the monthly report.

## 6. Charges and payment

6.1 The charges are set out in Schedule 2.

6.2 The Onboarding Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears, starting from Service Commencement. Invoices are payable within 30 days. No charge is payable before Service Commencement.

6.3 The charges are fixed for the Initial Term. Provider shall issue invoices that comply with PRC tax rules.

## 7. Customer Data and security

7.1 Customer Data belongs to Customer. Provider uses it only to provide the services and shall not analyse, copy or disclose it for any other purpose.

7.2 Customer Data is stored only in mainland China, at the Recovery Site, encrypted in transit and at rest with keys held in a key-management service to which Customer holds a recovery key. Provider shall maintain MLPS level-3 filing and ISO 27001 certification for the service, restrict access to named engineers with multi-factor authentication and keep access logs for at least 180 days.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within six hours, contain it, and bear the costs and losses caused by incidents attributable to Provider or its subcontractors.

7.4 At the end of the Agreement Provider shall return the latest backups on media chosen by Customer and then securely erase all copies, with a certificate of erasure.

7.5 Provider shall support audits by Customer's auditors or regulators on reasonable notice and shall share the results of its own annual security audit.

## 8. Runbooks and documents

8.1 The recovery runbooks, test reports and configuration documents prepared for Customer belong to Customer, which may use and modify them and hand them to any successor provider.

8.2 Provider keeps its rights in its backup software, tools and general know-how.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. This clause survives for three years after the Agreement ends.

## 10. Subcontracting

10.1 Customer approves Taihu Cloud Data Co., Ltd. as operator of the Recovery Site by signing this Agreement. Provider shall not use any other subcontractor without Customer's prior written consent, and remains responsible for all subcontractors.

## 11. Termination

11.1 Customer may not terminate this Agreement before the end of the Initial Term. A breach by Provider entitles Customer to claim damages under clause 12 but not to terminate this Agreement.

11.2 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed charges within 60 days after a reminder.

11.3 On expiry or termination Provider shall give up to 60 days of exit assistance at the rates in Schedule 2.

## 12. Liability

12.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to CNY 280,000.

12.2 Neither party is liable for loss of profit, loss of production or indirect loss. This clause does not limit liability for wilful misconduct or for personal injury.

## 13. Governing law and disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 14. Force majeure

14.1 Neither party is liable for a failure caused by events beyond its reasonable control. A disaster affecting Customer's own site is, however, the very event the services are designed for and never excuses Provider's recovery obligations.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement. Changes must be in writing and signed by both parties.

15.2 Notices shall be in writing and sent to the addresses above by courier or e-mail. Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 — Service levels

| Priority | Definition | Response | Target |
|---|---|---|---|
| P1 | Backup failure of the ERP or MES database, or disaster-recovery invocation | 30 minutes, at any time | Recovery of ERP and MES at the Recovery Site within 2 hours of invocation |
| P2 | Backup failure of any other Protected System | 2 hours | Successful backup within the next backup window |
| P3 | Reporting, portal or other non-urgent issue | Next business day | Resolution within 5 business days |

Recovery point objective: 15 minutes for ERP and MES, 24 hours for other Protected Systems. Recovery time objective: 2 hours for ERP and MES, 8 hours for other Protected Systems.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 96,000 |
| Monthly Service Charge | per month, 36 months | 46,800 |
| Monthly Service Charges, Initial Term | 36 x 46,800 | 1,684,800 |
| **Total for the Initial Term** | | **1,780,800** |
| Exit assistance | per engineer day | 4,200 |

Storage above 60 TB of protected data is charged at CNY 180 per TB per month and is not included in the total.

## Schedule 3 — Protected Systems

ERP database cluster (2 nodes), MES database and application servers (4), PLM server, file servers (2), domain controllers (2), and 38 virtual machines on the production cluster, as listed in the onboarding inventory.

---

**For Customer:** ____________________ Name / Title / Date

**For Provider:** ____________________ Name / Title / Date
"""

# e05 — Xi'an logistics platform, truck-weight record API subscription, Austrian vendor in Bregenz; .txt, upper-case headings
H345E05 = """API SUBSCRIPTION AGREEMENT
TRUCK AXLE-LOAD AND GROSS-WEIGHT RECORDS

Agreement No.: WV-XA-2025-0042

BETWEEN

Xi'an Qinchuan Freight Link Technology Co., Ltd., Room 1806, Block B, Silk Road International Plaza, Gaoxin Road, Yanta District, Xi'an, Shaanxi Province, PRC (the "Customer")

AND

Waagdaten Vorarlberg GmbH, Seestrasse 21, 6900 Bregenz, Austria (the "Vendor").

BACKGROUND

(A) The Customer runs an online freight-matching platform for road hauliers in north-west China. Before accepting a load it wants to check the axle-load and gross-weight history of the truck offered, to reduce overloading and insurance disputes.

(B) The Vendor operates an interface service that collects certified weighbridge records from participating logistics parks, ports and weigh stations and makes them available by API. For customers in China the records are collected, stored and served entirely within mainland China.

(C) The parties therefore agree as follows. At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Vendor's WeighRecord REST interface, version 3, with its documentation.

1.2 "Records" means weighbridge records returned by the API, each with plate number, axle configuration, axle loads, gross weight, station and time.

1.3 "Customer Data" means all queries sent by the Customer, the plate numbers and waybills in them, the results returned to the Customer and the Customer's account information.

1.4 "Subscription Year" means each period of consecutive months starting on the Production Start Date or on an anniversary of it.

1.5 "Production Start Date" means the date of the Integration Acceptance certificate under clause 4.

2. SERVICE

2.1 The Vendor grants the Customer, for the Subscription Term, access to the API for up to 4,000,000 queries per Subscription Year, for use within the Customer's platform and by its own staff.

2.2 The Vendor shall provide a test environment, sample data, integration support and an adapter library for the Customer's Java services.

2.3 The Customer may display Records to the haulier and shipper concerned in a transaction, but shall not resell Records as a data product.

2.4 Records are reproduced as certified by the station operators. The Vendor shall correct any Record shown to differ from the underlying weighbridge slip within five business days after notice, and shall give the Customer at least 30 days' notice before a group of stations leaves its network.

2.5 The Customer shall keep its API keys secure, use them only in its own systems and tell the Vendor promptly if a key may have been compromised.

3. TERM

3.1 The Subscription Term is two Subscription Years from the Production Start Date.

3.2 The Agreement ends at the end of the Subscription Term. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall give the Customer production access within 20 days after signature.

4.2 Integration Acceptance takes place when: (a) the Customer's platform has completed 10,000 test queries with a median response time below 300 ms and no incorrect results in a sample of 500 Records checked against weighbridge slips; (b) the adapter library passes the Customer's integration tests; (c) monitoring and alert contacts are set up on both sides. The Customer then signs an Integration Acceptance certificate. Test traffic or early production use is not acceptance.

4.4 If Integration Acceptance fails, the Vendor shall correct the cause and the tests shall be repeated within ten days.

4.3 If production access is late for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule.

5.2 The Onboarding Fee is invoiced after Integration Acceptance. The Annual Subscription Fee is invoiced in four equal instalments at the end of each quarter of the Subscription Year, in arrears. Invoices are payable within 30 days. Nothing is payable before the Production Start Date.

5.3 Queries above the annual allowance are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

5.4 The fees are fixed for the Subscription Term. The Vendor shall issue invoices that comply with PRC tax rules.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of the time in each calendar month, measured at the Vendor's gateway in Xi'an, excluding maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Severity 1 (the API unavailable, or returning errors for more than a tenth of queries): response within 30 minutes at any time and continuous work until restored. Severity 2 (slow responses or a single station missing): response within two hours. Severity 3: next business day.

6.3 For each started 0.1 percentage point by which monthly availability falls short, the Customer receives a credit of 3% of the monthly share of the Annual Subscription Fee, up to half of that monthly share. A late Severity 1 response earns a credit of CNY 1,000 per started hour. Credits are set off against the next invoice.

6.4 The Vendor shall keep a public status page and send a monthly service report showing availability, incidents and credits.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor processes it only to provide the API to the Customer and shall not sell it, analyse it for its own purposes, combine it with other customers' data or use it to improve its products.

7.2 The Vendor shall store and process Customer Data only in mainland China, keep it encrypted in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs, delete query logs after 90 days, and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

7.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within eight hours, take the necessary remedial steps, and bear the losses and regulatory costs caused by incidents attributable to it.

7.4 At the end of the Agreement the Vendor shall delete all Customer Data and confirm the deletion in writing within 30 days.

8. INTELLECTUAL PROPERTY

8.1 The Vendor keeps all rights in the API and the Records, subject to the Customer's rights under clause 2.

8.2 Any adapters, mappings or scripts written by the Vendor specifically for the Customer's platform belong to the Customer, which may modify them and let third parties do so.

8.3 The Vendor shall defend the Customer against any claim that use of the API or the Records in accordance with this Agreement infringes the rights of a third party.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, and shall disclose it only to employees and advisers who need to know it. This obligation survives the Agreement for three years.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of the service without the Customer's prior written consent. The hosting provider named in the Schedule is approved by signature of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule, except for breach of clause 7 or 9, wilful misconduct and fraud, which are not limited.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 On termination by the Customer under clause 12.1 the Vendor shall refund any fees paid for the period after termination.

12.3 On expiry or termination the Customer's access ends, but the Customer may keep Records already retrieved for its own completed transactions.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Austria, without regard to its conflict-of-law rules. The UN Convention on Contracts for the International Sale of Goods does not apply.

13.2 All disputes arising out of or in connection with this Agreement shall be finally settled under the Vienna Rules by three arbitrators appointed in accordance with those Rules. The seat of arbitration is Vienna and the language is English.

14. FORCE MAJEURE

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or failures of public telecommunications networks, provided that it notifies the other party promptly. Service credits still apply to unavailability caused by the Vendor's own systems.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent.

15.2 Notices shall be in writing and sent to the addresses above. This Agreement and its Schedule are the entire agreement. It is signed in two originals.

SCHEDULE — FEES AND HOSTING

Annual Subscription Fee, per Subscription Year ........ CNY 318,000
Annual Subscription Fees, two Subscription Years ...... CNY 636,000
Onboarding Fee (one-time) ............................. CNY 22,000
Total fees ............................................ CNY 658,000

Overage rate above 4,000,000 queries per Subscription Year: CNY 0.06 per query (not included in the total).

Approved hosting provider: Xi'an Silk Cloud Computing Co., Ltd., data centre in Xixian New Area, Shaanxi.

Signed for the Customer: ______________________   Date: __________

Signed for the Vendor: ______________________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, language, source)
    "h345z01": ("h345z01_education_bureau_campus_safety_platform.pdf", "pdf", "zh", H345Z01),
    "h345z02": ("h345z02_carbon_fibre_oxidation_oven_control_retrofit.docx", "docx", "zh", H345Z02),
    "h345z03": ("h345z03_kids_park_chain_ticketing_member_saas.txt", "txt", "zh", H345Z03),
    "h345z04": ("h345z04_drug_administration_traceability_om_service.txt", "txt", "zh", H345Z04),
    "h345z05": ("h345z05_zongzi_factory_mes_supplier_template.md", "md", "zh", H345Z05),
    "h345e01": ("h345e01_brick_carving_relief_software_hu_vendor.pdf", "pdf", "en", H345E01),
    "h345e02": ("h345e02_botanical_garden_ticketing_saas_order_form.md", "md", "en", H345E02),
    "h345e03": ("h345e03_tea_estate_soil_canopy_sensors.docx", "docx", "en", H345E03),
    "h345e04": ("h345e04_motor_maker_managed_backup_dr_service.md", "md", "en", H345E04),
    "h345e05": ("h345e05_logistics_truck_weight_api_subscription.txt", "txt", "en", H345E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Label facts. Derived values are computed here from the figures in the texts; "forum_out" (a forum outside mainland
# China) and "fee_base" (itemised licence/hardware subtotal, for TCO) are helpers, not label keys.
G, S = "goods_or_licence", "service"
FACTS = {
    "h345z01": dict(category="software", value=2760000, avail=99.95, p1=0.5, remedy=True, ip="buyer", ds=True,
                    owns=True, conf=True, ld=0.08, cap=None, pre=552000 / 2760000 * 100, acc=True, final=True,
                    warranty=36, pwf=8, capped=True, fee_base=2188000, auto=False, term=True, sub=False, law="PRC",
                    forum_out=False, kind=G, sla=True, deemed=False,
                    rules=[]),
    "h345z02": dict(category="hardware", value=3448000, avail=None, p1=1, remedy=True, ip="buyer", ds=True,
                    owns=True, conf=True, ld=0.1, cap=None, pre=689600 / 3448000 * 100, acc=True, final=True,
                    warranty=18, pwf=28, capped=True, fee_base=2846000, auto=False, term=True,
                    sub=True, law="PRC", forum_out=False, kind=G, sla=True, deemed=False,
                    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h345z03": dict(category="cloud", value=30 * 21600 * 3 + 186000, avail=99.5, p1=0.25, remedy=True, ip="buyer",
                    ds=True, owns=False, conf=True, ld=1800 / 2130000 * 100, cap=150, pre=None, acc=True, final=None,
                    warranty=None, pwf=None, capped=None, fee_base=None, auto=True, term=True, sub=False, law="PRC",
                    forum_out=False, kind=S, sla=True, deemed=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h345z04": dict(category="services", value=456000 + 318000 + 236000 + 158000 + 100000, avail=99.95, p1=6,
                    remedy=True, ip="buyer", ds=True, owns=True, conf=True, ld=0.02, cap=None, pre=None, acc=True,
                    final=None, warranty=None, pwf=None, capped=None, fee_base=None, auto=False, term=True, sub=False,
                    law="PRC", forum_out=False, kind=S, sla=True, deemed=False,
                    rules=["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "h345z05": dict(category="software", value=560000 + 480000 + 72000 + 96000 + 24000, avail=None, p1=8,
                    remedy=False, ip="supplier", ds=False, owns=False, conf=False, ld=None, cap=20,
                    pre=616000 / 1232000 * 100, acc=False, final=False, warranty=6, pwf=None, capped=False,
                    fee_base=560000, auto=False, term=True, sub=None, law=None, forum_out=False, kind=G, sla=True,
                    deemed=True,
                    rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-DATA-SECURITY",
                           "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h345e01": dict(category="software", value=348000 + 73000 + 42000 + 18000, avail=None, p1=None, remedy=False,
                    ip="buyer", ds=True, owns=True, conf=True, ld=0.1, cap=200, pre=96200 / 481000 * 100, acc=True,
                    final=True, warranty=18, pwf=46310 / 421000 * 100, capped=True, fee_base=421000, auto=False,
                    term=True, sub=False, law="Hungary", forum_out=True, kind=G, sla=False, deemed=False,
                    rules=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h345e02": dict(category="cloud", value=3 * 286000 + 74000, avail=99.95, p1=0.5, remedy=True, ip="buyer",
                    ds=True, owns=True, conf=True, ld=600 / 932000 * 100, cap=150, pre=(74000 + 286000) / 932000 * 100,
                    acc=True, final=None, warranty=None, pwf=None, capped=None, fee_base=None, auto=True, term=True,
                    sub=True, law="PRC", forum_out=False, kind=S, sla=True, deemed=False,
                    rules=["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "h345e03": dict(category="hardware", value=468000 + 235200 + 116000 + 286000 + 148000 + 96000 + 16800,
                    avail=None, p1=1, remedy=True, ip="buyer", ds=True, owns=True, conf=True, ld=0.08, cap=150,
                    pre=136600 / 1366000 * 100, acc=True, final=True, warranty=36, pwf=99468 / 1105200 * 100,
                    capped=True, fee_base=1105200, auto=False, term=True, sub=False, law="PRC", forum_out=False,
                    kind=G, sla=True, deemed=False,
                    rules=[]),
    "h345e04": dict(category="services", value=36 * 46800 + 96000, avail=None, p1=0.5, remedy=False, ip="buyer",
                    ds=True, owns=True, conf=True, ld=1600 / 1780800 * 100, cap=280000 / 1780800 * 100, pre=None,
                    acc=True, final=None, warranty=None, pwf=None, capped=None, fee_base=None, auto=False, term=False,
                    sub=False, law="PRC", forum_out=False, kind=S, sla=True, deemed=False,
                    rules=["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h345e05": dict(category="cloud", value=2 * 318000 + 22000, avail=99.95, p1=0.5, remedy=True, ip="buyer",
                    ds=True, owns=True, conf=True, ld=500 / 658000 * 100, cap=200, pre=None, acc=True, final=None,
                    warranty=None, pwf=None, capped=None, fee_base=None, auto=False, term=True, sub=False,
                    law="Austria", forum_out=True, kind=S, sla=True, deemed=False,
                    rules=["CR-GOVERNING-LAW"]),
}
EXPECTED_VALUES = {"h345z01": 2760000, "h345z02": 3448000, "h345z03": 2130000, "h345z04": 1268000,
                   "h345z05": 1232000, "h345e01": 481000, "h345e02": 932000, "h345e03": 1366000,
                   "h345e04": 1780800, "h345e05": 658000}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(f):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years
    = 5 - warranty years (pro rata); fee base = itemised licence/hardware subtotal. None when not computable."""
    if f["kind"] != G or f["pwf"] is None or f["warranty"] is None:
        return None
    years = max(0.0, 5 - f["warranty"] / 12)
    fees = years * f["pwf"] / 100 * f["fee_base"]
    total = f["value"] + fees
    return {"years": years, "fees": fees, "tco": total, "share": fees / total * 100}


def policy_rules(f):
    """The rules of policy.md §3 as I read them, applied to the label facts (a check on my own labels)."""
    r = set()
    if not f["sla"]:
        r.add("CR-SLA-MISSING")
    if f["avail"] is not None and f["avail"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if f["p1"] is None or f["p1"] > 4:
        r.add("CR-SLA-RESPONSE")
    if f["sla"] and not f["remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if f["ip"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not f["ds"]:
        r.add("CR-DATA-SECURITY")
    if f["owns"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not f["conf"]:
        r.add("CR-CONFIDENTIALITY")
    if f["ld"] is None:
        r.add("CR-LD-MISSING")
    elif f["ld"] < 0.05:
        r.add("CR-LD-LOW")
    if f["cap"] is not None and f["cap"] < 100:
        r.add("CR-LIABILITY-CAP")
    if f["pre"] is not None and f["pre"] > 30:
        r.add("CR-PREPAYMENT")
    if not f["acc"] or f["final"] is False:
        r.add("CR-ACCEPTANCE")
    if f["kind"] == G:
        if f["warranty"] is None or f["warranty"] < 12:
            r.add("CR-WARRANTY")
        if f["pwf"] is None or not f["capped"] or f["pwf"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        t = tco(f)
        if t and t["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if f["auto"]:
        r.add("CR-AUTO-RENEWAL")
    if not f["term"]:
        r.add("CR-TERMINATION")
    if f["sub"] is True:
        r.add("CR-SUBCONTRACT")
    if f["law"] not in (None, "PRC") or f["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key, f):
    name, fmt, lang, _ = FILES[key]
    def clean(v):  # 20.0 -> 20, as the corpus writes whole numbers
        return int(v) if isinstance(v, float) and v.is_integer() else v
    f = {k: clean(v) for k, v in f.items()}
    terms = dict(zip(TERM_KEYS, [f["avail"], f["p1"], f["remedy"], f["ip"], f["ds"], f["owns"], f["conf"], f["ld"],
                                 f["cap"], f["pre"], f["acc"], f["final"], f["warranty"], f["pwf"], f["auto"],
                                 f["term"], f["sub"], f["law"], f["kind"]]))
    extra = {"sla_clause": f["sla"], "ld_stated": f["ld"] is not None}
    if f["kind"] == G:
        extra["post_warranty_fee_capped"] = f["capped"]
    extra["acceptance_deemed_on_delivery"] = f["deemed"]
    extra["contract_value"] = f["value"]
    return {"file": name, "language": lang, "category": f["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(f["rules"])}


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: none may appear in any text (raw, whitespace-collapsed, whitespace-free).
ZD = "零〇一二两三四五六七八九十百千"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("availability 99.9 zh", r"九十九点九(?![零一二三四五六七八九])"),
    ("P1 4 hours", r"(?<![\d.])4(?:\.0+)?\s*个?\s*(?:小时|钟头|h(?![a-z])|hrs?\b|hours?\b)"),
    ("P1 4 hours zh", r"(?<![" + ZD + r"])四\s*个?\s*(?:小时|钟头)"),
    ("P1 four hours", r"\bfour[\s-]*hours?\b"),
    ("P1 240 minutes", r"(?<![\d.])240\s*(?:分钟|min|minutes?)"),
    ("P1 240 minutes zh", r"二百四十\s*分钟"),
    ("LD 0.05%", r"(?<![\d.])0?\.050*" + PCT),
    ("LD 万分之五", r"万分之五(?![零一二三四五六七八九十])"),
    ("LD 千分之零点五", r"千分之零点五(?![零一二三四五六七八九])"),
    ("cap 100%", r"(?<![\d.])100(?:\.0+)?" + PCT),
    ("cap 百分之百", r"百分之一?百(?![零一二三四五六七八九十])"),
    ("cap one hundred per cent", r"\bone\s+hundred\s+per\s*cent"),
    ("30%", r"(?<![\d.])30(?:\.0+)?" + PCT),
    ("30% zh", r"百分之三十(?![零一二三四五六七八九点])"),
    ("三成", r"(?<![" + ZD + r"])三成"),
    ("thirty per cent", r"\bthirty\s+per\s*cent"),
    ("40%", r"(?<![\d.])40(?:\.0+)?" + PCT),
    ("40% zh", r"百分之四十(?![零一二三四五六七八九点])"),
    ("四成", r"(?<![" + ZD + r"])四成"),
    ("forty per cent", r"\bforty\s+per\s*cent"),
    ("15%", r"(?<![\d.])15(?:\.0+)?" + PCT),
    ("15% zh", r"百分之十五(?![零一二三四五六七八九点])"),
    ("fifteen per cent", r"\bfifteen\s+per\s*cent"),
    ("12 months", r"(?<![\d.])12\s*个\s*月|(?<![\d.])12[\s-]*months?\b|(?<![\d.])12\s*月(?!\s*\d{1,2}\s*日)"),
    ("十二个月", r"(?<![" + ZD + r"])十二\s*个\s*月"),
    ("twelve months", r"\btwelve[\s-]*months?\b"),
    ("one year", r"\bone[\s-]*years?\b|\ba\s+year\b|(?<![\d.])1[\s-]*years?\b"),
    ("一年", r"(?<![" + ZD + r"])一\s*年(?!度)|(?<![\d.])1\s*年(?!度)"),
    ("5 years", r"(?<![\d.])5[\s-]*(?:个)?\s*(?:年(?!度)|years?\b)"),
    ("五年", r"(?<![" + ZD + r"])五\s*年(?!度)"),
    ("five years", r"\bfive[\s-]*years?\b"),
    ("60 months", r"(?<![\d.])60[\s-]*个?\s*(?:月|months?\b)"),
    ("六十个月", r"六十\s*个\s*月"),
    ("sixty months", r"\bsixty[\s-]*months?\b"),
]
THRESHOLD_RES = [(n, re.compile(p, re.I)) for n, p in THRESHOLD_PATTERNS]
MUST_HIT = ["4小时", "4 小时", "四小时", "四个小时", "4 hours", "4h", "four hours", "240分钟", "240 minutes",
            "二百四十分钟", "99.9%", "99.90%", "九十九点九", "0.05%", "0.05 %", "万分之五", "千分之零点五", "100%",
            "百分之百", "百分之一百", "one hundred per cent", "30%", "30 per cent", "百分之三十", "三成", "thirty per cent",
            "40%", "百分之四十", "四成", "forty percent", "12个月", "十二个月", "12 months", "12-month", "twelve months",
            "one year", "one-year", "a year", "1 year", "一年", "15%", "15.0%", "百分之十五", "fifteen per cent", "5年",
            "五年", "five years", "five-year", "5 years", "60个月", "60 months", "六十个月", "sixty months", "12月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "14小时", "十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%",
                "0.15%", "0.055%", "0.5%", "四十二个月", "二十四个月", "2025年", "2025年12月31日", "1.5倍", "130%",
                "45%", "万分之五十", "百分之三十五", "十五年", "4,000,000 queries", "24 months", "112 months", "60 days",
                "150%", "1,500 hours", "一年度", "10:00", "Subscription Year", "服务年度", "三年", "十八个月"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for n, rx in THRESHOLD_RES:
        for i, v in enumerate(variants):
            if i == 2 and re.search(r"[a-z]", rx.pattern, re.I) and not re.search(r"[\u4e00-\u9fff]", rx.pattern):
                continue  # English word patterns are not applied to the whitespace-free copy
            m = rx.search(v)
            if m:
                hits.append((n, v[max(0, m.start() - 15):m.end() + 15]))
                break
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), "regex wrongly hits %r: %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # 1. write the files
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[3] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    # 2. labels, with checks
    fired = set()
    for k, f in FACTS.items():
        assert f["value"] == EXPECTED_VALUES[k], (k, f["value"])
        if f["pwf"] is not None:  # the yearly amounts printed in the texts
            assert round(f["pwf"] / 100 * f["fee_base"]) == {"h345z01": 175040, "h345z02": 796880, "h345e01": 46310,
                                                             "h345e03": 99468}[k], k
        assert policy_rules(f) == sorted(f["rules"]), (k, policy_rules(f), f["rules"])
        for key, bad in (("avail", 99.9), ("p1", 4), ("ld", 0.05), ("cap", 100), ("pre", 30), ("warranty", 12),
                         ("pwf", 15)):
            assert f[key] is None or abs(f[key] - bad) > 1e-6, (k, key)
        t = tco(f)
        assert t is None or abs(t["share"] - 40) > 1e-6, k
        lab = label(k, f)
        stem = FILES[k][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        fired |= set(f["rules"])
    # 3. read back: lengths and threshold figures
    print()
    print("%-60s %-5s %8s  %-6s  %s" % ("file", "lang", "length", "risk", "expected rules"))
    for k, (name, fmt, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        f = FACTS[k]
        print("%-60s %-5s %8d  %-6s  %s" % (name, lang, n, risk(f["rules"]), ", ".join(f["rules"]) or "(none)"))
        assert lo <= n <= hi, (name, n)
        hits = threshold_hits(text) + threshold_hits(src)
        assert not hits, (name, hits)
    # 4. the mix and the coverage
    counts = sorted(len(f["rules"]) for f in FACTS.values())
    assert counts.count(0) == 2 and len(FACTS["h345z05"]["rules"]) >= 8
    singles = [k for k, f in FACTS.items() if len(f["rules"]) == 1]
    assert len(singles) == 1 and risk(FACTS[singles[0]]["rules"]) == "low" and SEVERITY[FACTS[singles[0]]["rules"][0]] == "low"
    assert sum(1 for f in FACTS.values() if 2 <= len(f["rules"]) <= 3) == 6
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    print("\nall 20 CR rules fire at least once; TCO:")
    for k, f in FACTS.items():
        t = tco(f)
        if t:
            print("  %s  post-warranty years %.2f  fees %.2f  TCO %.2f  share %.2f %%" % (k, t["years"], t["fees"],
                                                                                           t["tco"], t["share"]))


if __name__ == "__main__":
    main()
