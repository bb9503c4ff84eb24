"""holdout465: builds ten blind, ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (sources are kept below; .docx/.pdf via ../word_pdf.py)
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

H465Z01 = """T:某县乡村振兴局防返贫监测平台采购合同
P:合同编号：XZJ-ZFCG-2026-017
P:采购项目编号：HSX-2026-ZC-0452（公开招标）
P:甲方（采购人）：河石县乡村振兴局
P:乙方（供应商）：湖北禾安数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就防返贫监测平台软件许可及定制开发事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供防返贫监测平台软件（含监测对象管理、风险预警、帮扶台账、统计分析模块）的永久使用许可，许可范围为甲方及所辖十二个乡镇的工作人员，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：与民政、医保、教育、住建、残联等部门的数据比对接口；返贫风险预警模型及指标配置；乡镇网格员移动端采集应用；县级驾驶舱。
P:1.3 乙方负责平台部署、历史数据迁移（约四万二千户农户家庭信息）、联调测试及操作培训。
P:1.4 平台部署于甲方指定的县级政务云，乙方不得将任何组件或数据部署于政务云以外的环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾肆万捌仟元整（¥1,348,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及质保期内全部服务费用。明细如下：
P:平台软件许可费（永久许可）：¥680,000；
P:定制开发费（数据比对接口、预警模型、移动端、驾驶舱）：¥524,000；
P:部署实施及数据迁移费：¥118,000；
P:培训费：¥26,000。
P:2.2 甲方不因工作量变化另行支付费用，但经双方书面签署的需求变更单除外。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，乙方提交等额预付款保函，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款通过国库集中支付办理。
P:3.5 因财政资金拨付流程造成的付款时间顺延，不视为甲方违约，但甲方应及时告知乙方办理进度。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署、迁移及定制开发并申请初步验收。
P:4.2 初步验收通过后进入为期六十日的试运行期，试运行期满后乙方申请最终验收。
P:4.3 乙方应组建不少于六人的项目组，项目经理须为投标文件承诺人员，更换须经甲方书面同意。乙方每周向甲方提交项目周报，列明进度、问题及下周计划。
P:4.4 乙方应在部署前提交实施方案和数据迁移方案，经甲方审核同意后实施；迁移前应对原系统数据完整备份，迁移失败时按方案回退。
P:4.5 乙方应对县、乡两级业务人员分批开展培训，累计不少于二百人次，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：功能满足招标文件及需求规格说明书；迁移数据与原台账逐户核对一致；与各部门接口连续十日比对无差错；预警模型按甲方确认的指标规则正确生成预警名单。
P:5.2 最终验收标准：试运行期内无一级故障；平台通过第三方网络安全等级保护测评（二级）；二百名用户并发时页面响应不超过3秒；乙方移交全部文档及定制部分源代码。
P:5.3 验收由甲方组织，必要时邀请专家参加，形成书面验收报告。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策口径调整适配及远程技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的10%（即¥68,000），且自质保期满起三个服务年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，维护须提前三日告知甲方）。
P:7.2 故障分级：一级故障（平台无法登录或预警功能中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中解决。
P:7.3 一级故障响应每超时1小时，扣减服务费¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥1,500。扣减款从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的监测对象信息、农户家庭信息、帮扶记录及衍生数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应落实访问控制、传输与存储加密、操作日志留存等措施，运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:8.3 发生数据安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据泄露、丢失或损毁的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、农户个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（接口程序、预警模型配置、移动端应用、驾驶舱及其源代码、文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
P:11.3 乙方应在合同签订前提交合同总价5%的履约保证金（可采用保函形式），最终验收合格后无息退还。
P:11.4 乙方交付的软件或定制成果存在质量缺陷、经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此产生的直接损失。
H:第十二条 分包
P:本项目不得分包或转包。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，可相应顺延履行期限或部分免除责任，但应尽力减少损失。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 双方指定的项目联系人负责日常沟通，联系人变更应提前书面通知对方。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及需求规格说明书为本合同组成部分。
P:甲方（盖章）：河石县乡村振兴局　　代表：________　日期：2026年__月__日
P:乙方（盖章）：湖北禾安数智科技有限公司　　代表：________　日期：2026年__月__日
"""

H465Z02 = """T:数控切割机控制系统改造及维保合同
P:合同编号：JNCB-SB-2026-0318
P:甲方（买方）：江南船舶重工有限公司
P:乙方（卖方）：常州锐切数控科技有限公司
P:甲方船体分段车间现有六台数控等离子/火焰切割机控制系统老化、备件停产。经技术交流和比价，甲方委托乙方实施控制系统改造并提供维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）乙方拆除六台切割机原有数控系统及伺服驱动，更换为乙方提供的新一代数控系统主机、伺服驱动及电机、等离子电源接口模块，并完成机械、电气、气路的适配。
P:（二）乙方提供套料软件四个节点的永久许可，与甲方现有的船体设计系统导出的零件图纸格式对接，并开发切割任务下发、余料管理接口。
P:（三）乙方为每台切割机加装车间联网采集终端，将设备状态、切割长度、穿孔次数、气体消耗数据上传至甲方设备管理平台。
P:（四）改造按每次两台分三批实施，每批停机时间不超过十日，以减少对分段生产的影响。
H:二、合同价格
P:合同总价为人民币壹佰零肆万壹仟元整（¥1,041,000），含税、运输、保险、安装调试、培训及质保期服务。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|数控系统主机|6套|68,000|408,000
TB:2|伺服驱动及电机|6套|42,500|255,000
TB:3|等离子电源接口模块|6套|9,800|58,800
TB:4|套料软件永久许可|4节点|36,000|144,000
TB:5|车间联网采集终端|6台|5,200|31,200
TB:|软硬件小计|||897,000
TB:6|拆旧、安装及调试|1项|126,000|126,000
TB:7|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,041,000
H:三、付款方式
P:（一）合同生效后十五日内，甲方支付合同总价的20%作为预付款，乙方同时提供等额增值税专用发票。
P:（二）第一批设备到货并经甲方清点签收后，甲方支付合同总价的35%。
P:（三）全部六台切割机改造完成并按本合同第六条确认验收后，甲方支付合同总价的45%。
H:四、交货与工期
P:（一）乙方应于合同生效后四十五日内交付第一批设备，全部改造于合同生效后一百二十日内完成。
P:（二）乙方进场施工前应与甲方安全环保部门办理动火、临时用电等作业手续，遵守甲方厂区安全管理规定。
P:（三）设备包装应适合长途运输和车间内多次搬运，乙方承担货物交付前的毁损灭失风险。每批到货时随附装箱单、合格证、原厂检验报告及电气图纸。
P:（四）乙方应在每批改造前提交施工方案，写明停机计划、拆除顺序、接线图及回退措施，经甲方设备部门确认后方可实施。
P:（五）乙方应在合同生效后十日内派项目经理到现场勘查，核对六台切割机的型号、接线和气路，提交改造技术方案。
H:五、培训
P:乙方应为甲方操作工和设备维修人员各提供不少于三日的现场培训，内容包括数控系统操作、套料软件使用、常见报警处理、日常点检及备件更换，并提供中文操作手册和维修手册各六套。
H:六、验收
P:（一）每台切割机改造完成后，乙方进行安装调试，通电试切一次正常后，即视为该台设备验收合格，甲方应在调试记录上签字。
P:（二）六台切割机全部调试完成之日，视为本合同项下改造工作全部验收合格。
H:七、质量保证与维保
P:（一）质保期为十八个月，自每台设备调试完成之日起计算。质保期内因设备本身质量问题造成的故障，乙方免费维修或更换，并免费提供套料软件升级。
P:（二）质保期满后，甲方可委托乙方提供维保服务，年度维保费按软硬件小计的8%计取，即每个服务年度¥71,760，自质保期满起三个服务年度内不作调整。
P:（三）故障响应：一级故障（切割机停机或整批任务无法下发）1小时内远程响应，8小时内到场；二级故障（单项功能异常）2小时内响应，24小时内到场；三级故障（一般咨询）当日答复。
P:（四）乙方到场或修复每超过上述时限1小时，向甲方支付¥500；因乙方原因造成一级故障连续停机超过48小时的，另行按每台每日¥2,000支付补偿。
P:（五）乙方在常州保持常用备件库存，关键备件（主机板、伺服驱动器）须在一级故障报修后24小时内送达现场。
H:八、数据与信息安全
P:（一）切割机运行数据、套料方案、船体零件图纸及甲方设备管理平台中的数据均归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须事先经甲方设备部门审批，并通过甲方指定的远程接入方式进行，每次维护结束后应关闭接入通道。
P:（三）乙方如发现数据泄露或系统被非法入侵，应在2小时内通知甲方并协助处置；因乙方原因造成数据泄露或生产损失的，乙方承担赔偿责任。
H:九、保密
P:乙方对在履行本合同过程中接触到的船体图纸、生产计划、工艺参数及甲方的其他技术和商业信息负有保密义务，不得向任何第三方披露，保密义务在本合同终止后继续有效。
H:十、知识产权
P:（一）为本项目专门开发的任务下发接口、余料管理接口、PLC适配程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。
P:（二）数控系统及套料软件原有知识产权归乙方或其原厂所有，乙方保证甲方永久合法使用。
H:十一、分包
P:乙方可将旧系统拆除、电缆敷设等辅助工作分包给具备相应资质的第三方，但应提前三个工作日书面告知甲方。乙方对分包方的工作质量和安全承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:（三）乙方施工中造成甲方设备或人员损害的，应承担赔偿责任。
P:（四）乙方交付的设备不符合技术协议要求的，甲方有权要求更换，更换期间的停产损失由乙方承担，更换后的设备质保期重新计算。
H:十三、合同解除
P:乙方交付的设备存在严重质量问题或逾期超过三十日，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、不可抗力
P:因台风、洪水、地震等不可抗力不能履行合同的，受影响一方应及时书面通知对方，并在十五日内提供证明，履行期限相应顺延。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。
H:十六、其他
P:双方往来函件以书面形式送达本合同首页所列地址，或发送至双方项目负责人的工作邮箱。本合同一式四份，双方各执两份，经双方法定代表人或授权代表签字并盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方：江南船舶重工有限公司（盖章）　　授权代表：________　日期：____年__月__日
P:乙方：常州锐切数控科技有限公司（盖章）　　授权代表：________　日期：____年__月__日
"""

H465Z03 = """少儿编程培训连锁校区排课及学员管理SaaS服务合同

合同编号：MCB-IT-2026-009
甲方（客户）：成都码上未来教育科技有限公司
乙方（服务商）：杭州云课通软件有限公司

鉴于甲方在成都、重庆、绵阳三地经营十六家少儿编程培训校区，需要统一的排课、学员、课消及家长沟通系统；乙方是教育机构管理SaaS服务提供商。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方十六家校区提供“云课通”排课及学员管理SaaS服务，包括：课程与班级管理、智能排课与教室冲突检查、学员档案与课时包、课消与签到、家长端小程序通知、教师课酬统计、经营报表。
1.2 乙方提供一次性实施服务：系统初始化、十六家校区组织架构及课程体系配置、历史学员与课时余额数据迁移、与甲方现有收银系统的接口对接、管理员及教务培训。
1.3 服务期为三个服务年度，自2026年5月1日起至2029年4月30日止。
1.4 服务期内乙方免费提供平台的常规版本更新，每次更新应提前五个工作日公告主要变化；涉及排课规则、课消口径等核心逻辑的调整，应事先征得甲方确认。
1.5 乙方提供工作日9:00至21:00、周末及寒暑假9:00至18:00的在线客服和电话支持，并指定一名客户成功经理对接甲方总部教务中心。

2. 费用
2.1 合同总价为人民币伍拾贰万零捌佰元整（¥520,800），明细如下：
（1）SaaS订阅费：每校区每服务年度¥9,600，十六家校区每服务年度¥153,600，三个服务年度合计¥460,800；
（2）实施及数据迁移费：¥48,000（一次性）；
（3）培训费：¥12,000（一次性）。
2.2 服务期内新增校区的，按每校区每服务年度¥9,600按月折算计费；关闭校区的，自次季度起相应减少订阅费。
2.3 上述价格含税，发票为增值税专用发票。
2.4 甲方在服务期内提出的新增定制功能，由乙方报价、甲方书面确认后另行签订补充协议，未经确认的工作甲方不承担费用。服务期内订阅单价不作调整。

3. 付款
3.1 订阅费按季度结算，甲方在每个服务季度结束后十五个工作日内支付该季度订阅费。
3.2 实施费和培训费在上线验收合格后十五个工作日内一次性支付。
3.3 本合同不设预付款。
3.4 乙方应在每个服务季度结束后五个工作日内提交当季服务报告，列明可用率、故障记录、服务抵扣及新增或关闭校区情况，甲方确认后再行付款。

4. 实施与验收
4.1 乙方应于2026年4月20日前完成全部十六家校区的配置和数据迁移，2026年5月1日正式上线。
4.2 上线验收标准：（1）迁移的学员档案、课时余额与甲方提供的台账逐条核对一致；（2）对各校区下一个月的排课进行教室、教师冲突检查，冲突提示准确；（3）课消与收银系统对账连续七日无差异；（4）家长端通知送达率达到双方确认的测试标准；（5）乙方提交操作手册和配置说明。
4.3 甲方应在乙方提交验收申请后十个工作日内组织验收并出具书面意见；验收不通过的，乙方应在五个工作日内整改完毕并重新申请验收，整改期间不计费。系统上线使用不视为验收合格。
4.4 甲方应按乙方的实施计划提供历史数据、课程体系和校区信息，并安排各校区教务人员参加培训。因甲方原因造成延误的，工期相应顺延。
4.5 乙方逾期完成上线验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。

5. 服务水平
5.1 乙方承诺SaaS服务月可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间并提前两日通知。
5.2 故障分级及响应：一级故障（全部或多家校区无法排课、签到）30分钟内响应，3小时内恢复；二级故障（单一功能异常）2小时内响应，当日内解决；三级故障（咨询、优化建议）两个工作日内答复。
5.3 月可用率低于承诺值的，按当月订阅费的5%给予服务抵扣；低于99%的，抵扣当月订阅费的10%。一级故障未按时恢复的，每次另抵扣¥500。抵扣额在下一季度账单中扣除。
5.4 乙方每个服务季度对甲方总部和各校区进行一次服务回访，收集使用问题并提交改进计划，改进事项的完成情况在下一季度服务报告中说明。

6. 学员数据
6.1 甲方录入或通过本服务产生的学员、家长、教师及经营数据均归甲方所有。乙方仅为向甲方提供本服务使用上述数据，不得出售或用于其他用途。
6.2 服务期满或合同解除后，乙方应在三十日内按甲方要求的格式导出全部数据交给甲方。

7. 保密
7.1 双方对在合作中获知的对方商业信息、课程研发资料、价格政策及学员名单负有保密义务，未经对方书面同意不得向第三方披露。
7.2 保密义务在本合同终止后三个服务年度内继续有效。

8. 知识产权
8.1 云课通平台的知识产权归乙方所有。
8.2 乙方为甲方定制的收银系统接口、经营报表模板及其文档归甲方所有，甲方可自行修改、使用或交由第三方维护。
8.3 乙方保证本服务及其交付物不侵犯任何第三方的知识产权；因此引起的索赔由乙方负责处理并承担费用，甲方因此受到的损失由乙方赔偿。

9. 分包
乙方不得将本合同项下的实施工作分包或转包给第三方，确需分包的，应事先取得甲方书面同意。

10. 责任
10.1 乙方违反本合同约定给甲方造成损失的，应予赔偿。
10.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但故意或重大过失造成的损失除外。

11. 合同期限与解除
11.1 服务期满后，如需续订，双方另行协商并签订书面合同，本合同不自动续期。
11.2 任何一方严重违约，经对方书面通知后十五日内未予纠正的，守约方有权解除本合同。
11.3 甲方因乙方违约解除合同的，乙方应按比例退还已付但未使用期间的订阅费，并配合甲方完成数据导出和系统切换，切换期间乙方继续提供服务不超过六十日。

12. 不可抗力
因地震、洪水、大范围网络中断等不可抗力导致服务中断的，受影响方应及时通知对方并尽力恢复，相应期间不计入可用率考核，但乙方应在不可抗力消除后二十四小时内恢复服务。

13. 通知
本合同项下的通知以书面形式送达双方在首页列明的地址或双方确认的电子邮箱，邮件发出后次一工作日视为送达。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会按其仲裁规则仲裁。

15. 其他
本合同附件包括：附件一《校区清单》、附件二《功能清单》、附件三《实施计划》，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：成都码上未来教育科技有限公司（盖章）
授权代表：__________　日期：2026年__月__日

乙方：杭州云课通软件有限公司（盖章）
授权代表：__________　日期：2026年__月__日
"""

H465Z04 = """某市中心血站血液管理信息系统年度运维服务合同

合同编号：ZXXZ-YW-2026-03
采购方式：竞争性磋商（项目编号：QZCG-2026-CS-118）
甲方：青州市中心血站
乙方：山东康维信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及磋商结果，甲方委托乙方提供血液管理信息系统年度运维服务。双方订立本合同，共同遵守。

1. 服务范围
（1）血液管理信息系统（献血者管理、采血、成分制备、检验、库存、发血、质量管理模块）的应用维护、缺陷修复及小版本升级；
（2）与省血液信息平台、辖区医院输血科系统、检验仪器接口的维护；
（3）数据库（双机）、应用服务器、备份系统的日常巡检、性能调优和备份恢复演练；
（4）配合甲方完成网络安全等级保护三级测评整改；
（5）派驻一名驻场工程师，工作日8:00至17:30在甲方信息科工作，节假日安排电话值守；
（6）春节、国庆等献血高峰及应急采血期间，乙方应增派一名工程师现场保障，所需费用已包含在合同总价中；
（7）协助甲方开展年度血液信息系统应急演练，提出系统优化和硬件更新建议，并配合甲方接受卫生健康主管部门的检查。

2. 服务期限
服务期为一个服务年度，自2026年3月1日起至2027年2月28日止。服务期满本合同自动终止，双方如需继续合作，应重新履行采购程序。

3. 服务费用
合同总价为人民币叁拾柒万贰仟元整（¥372,000），明细如下：
（1）驻场运维服务费：¥216,000；
（2）应用软件维护及升级服务费：¥96,000；
（3）数据库及服务器巡检服务费：¥38,000；
（4）等保测评整改配合服务费：¥22,000。
上述费用为固定总价，包含人工、差旅、工具及税费。服务期内因甲方新增业务需求产生的开发工作，由双方另行协商并签订补充协议。

4. 付款方式
（1）服务费按季度支付，每季度末由甲方依据第6条进行考核，考核合格后十五个工作日内支付当季服务费（合同总价的四分之一），考核扣减款在当季服务费中扣除。
（2）甲方不预付任何款项。

5. 服务水平
（1）故障分级：一级故障指献血登记、采血、发血任一环节中断或血液库存数据错误；二级故障指单个模块功能异常但有替代手段；三级故障指一般咨询和优化需求。
（2）一级故障：乙方15分钟内响应，1小时内到场，3小时内恢复业务；二级故障：30分钟内响应，8小时内解决；三级故障：三个工作日内答复。
（3）乙方应建立故障记录台账，每次故障处理完毕后填写处理记录，写明故障现象、原因、处理过程和预防措施，由甲方信息科签字确认。
（4）乙方每月进行一次全面巡检，每季度进行一次备份恢复演练，并在每月5日前提交上月运维报告。
（5）一级故障响应或恢复每超时30分钟，扣减服务费¥800；二级故障每超时1小时，扣减¥300；未按期提交运维报告的，每次扣减¥500。

6. 考核与验收
（1）甲方每季度按考核细则对乙方进行考核，考核内容包括故障处理时效、巡检报告质量、演练结果和驻场出勤，满分一百分，八十分以上为合格。
（2）服务期满前三十日内，甲方组织年度验收，验收标准为：全年无因乙方原因造成的血液安全事件；各季度考核均合格；备份恢复演练全部成功；等保整改项全部关闭；运维文档完整移交。
（3）季度付款不视为年度验收合格。
（4）年度验收不合格的，乙方应在甲方指定期限内整改并申请复验，整改期间乙方应继续履行服务义务，不另行收费。

7. 数据安全
（1）血液管理信息系统中的献血者信息、检验结果、血液库存及发血记录等全部数据属于甲方，乙方人员仅可在完成运维工作所必需的范围内访问。
（2）乙方运维操作须通过甲方堡垒机进行并全程录像，不得将数据复制、导出到甲方网络以外的介质或设备，不得在测试环境中使用未经脱敏的献血者信息。
（3）乙方人员须签署数据安全承诺书，接受甲方组织的数据安全培训，离场时交回全部账号和资料。乙方应配合甲方开展数据安全检查，对检查发现的问题在规定期限内整改。
（4）发现数据安全事件的，乙方应在1小时内报告甲方信息科并配合处置；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部法律责任和赔偿责任。

8. 知识产权
乙方在运维过程中为甲方编写的脚本、接口程序、运维手册和巡检报告归甲方所有，甲方可自行使用和修改，或交由其他服务商使用。

9. 人员
（1）驻场工程师应具有三个以上医疗信息系统运维项目经验，并持有数据库相关认证。
（2）乙方更换驻场工程师须提前十五日书面通知甲方并经甲方同意，新人员资质不得低于原人员。
（3）驻场工程师应遵守甲方作息和安全管理制度，甲方有权要求更换不称职人员。
（4）乙方应建立二线技术支持团队，由不少于三名熟悉本系统的工程师组成，在驻场工程师无法独立解决问题时提供远程或现场支持。
（5）驻场工程师休假或培训期间，乙方应安排同等资质的人员替岗，并提前告知甲方信息科。

10. 分包
本项目不得分包或转包。

11. 违约责任
（1）乙方未按本合同约定时间完成巡检、备份演练、升级部署或等保整改配合工作的，每逾期一日按合同总价的万分之三向甲方支付违约金。
（2）因乙方原因造成一级故障的，乙方除按第5条扣减服务费外，还应赔偿甲方由此产生的直接损失。
（3）甲方无正当理由逾期付款的，应向乙方支付逾期付款利息，利率按同期贷款市场报价利率计算。

12. 合同解除
（1）乙方连续两个季度考核不合格，或发生因乙方原因造成的严重数据安全事件的，甲方有权书面通知解除本合同。
（2）乙方严重违反本合同，经甲方书面通知后十日内未予纠正的，甲方有权解除本合同并要求乙方赔偿损失。
（3）合同解除后，乙方应在十日内完成工作交接，移交全部账号、文档和脚本。

13. 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。但乙方应在不可抗力期间尽力维持血液发放等关键业务的运行，并协助甲方启用应急预案和手工流程。

14. 服务交接
服务期满或合同解除时，乙方应编制交接清单，向甲方或甲方指定的后续服务商完整移交系统账号、配置文档、运维记录和未关闭问题清单，并在交接后十个工作日内继续提供必要的电话咨询。交接完成后，乙方应删除其持有的与本项目有关的全部资料，并书面确认。

15. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

16. 其他
磋商文件、响应文件及磋商过程中乙方的书面承诺为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方：青州市中心血站（盖章）　　负责人或授权代表：________
乙方：山东康维信息技术服务有限公司（盖章）　　授权代表：________
签订日期：2026年2月__日
"""

H465Z05 = """# 湘熏智造MES软件许可及定制开发合同（标准文本 XZ-MES-2026版）

> 本合同为湖南湘熏智造软件有限公司标准合同文本，空白处由双方填写。

- 合同编号：XZ-MES-2026-0427
- 甲方（客户）：湘西老腊坊食品有限公司
- 乙方（供应商）：湖南湘熏智造软件有限公司

甲方拟在其烟熏车间实施制造执行系统（MES），实现原料入库、腌制、烟熏、烘烤、包装各工序的批次追溯和工艺监控。乙方同意按本合同向甲方提供MES软件许可及定制开发服务。双方经平等协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供湘熏MES软件（生产管理、质量追溯、烟熏工艺监控、仓储管理模块）的永久使用许可，以及烟熏房温湿度、烟雾浓度采集接口许可。

1.2 乙方为甲方定制开发：烟熏工艺配方管理、批次追溯报表、与甲方财务系统的出入库接口。

1.3 乙方负责软件安装部署、参数配置及甲方操作人员培训。

1.4 软件运行所需的服务器、数据库、操作系统、车间网络及烟熏房传感器由甲方自行采购，乙方提供配置建议并协助安装调试。

1.5 乙方应为甲方车间主任、质检员、仓管员及烟熏工分批进行培训，每批不少于半日，并提供操作手册。

## 第二条 合同价款

合同总价为人民币陆拾万元整（¥600,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 湘熏MES软件永久许可（四个模块） | 1套 | 420,000 |
| 2 | 烟熏房数据采集接口许可 | 8间 | 60,000 |
| | 软件许可小计 | | 480,000 |
| 3 | 定制开发（配方管理、追溯报表、财务接口） | 1项 | 96,000 |
| 4 | 安装部署及培训 | 1项 | 24,000 |
| | 合同总价 | | 600,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%（¥300,000）作为预付款，乙方收到预付款后启动项目。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的45%（¥270,000）。

3.3 剩余5%（¥30,000）作为质保金，在免费维护期满后十个工作日内支付。

3.4 乙方在每次收款前向甲方开具增值税专用发票，甲方收到发票后按上述约定付款。

3.5 甲方逾期付款的，乙方有权暂停实施或技术支持，暂停期间工期顺延。

## 第四条 实施与交付

4.1 乙方在收到预付款后六十日内完成软件安装、定制开发和数据采集接口调试。

4.2 甲方应提供符合乙方要求的服务器、网络环境和车间现场条件，并指定项目联系人。因甲方原因造成的延误，工期相应顺延。

4.3 甲方需求发生变化的，应以书面形式提出，乙方评估工作量后报价，经双方签字确认后执行，工期相应调整。

4.4 乙方每两周向甲方提交项目进展报告，说明已完成工作、存在问题及需要甲方配合的事项。

## 第五条 验收

5.1 系统上线后进入十五日试运行，试运行期间无一级故障，且乙方按《功能清单》逐项演示通过、批次追溯报表能从成品批号追溯到原料批次和烟熏房记录的，甲方应签署验收报告。

5.2 甲方在试运行结束后五个工作日内未提出书面异议的，乙方可再次书面提请验收。

5.3 验收未通过的，乙方应在十个工作日内完成整改，并重新进行试运行和验收。甲方应配合乙方完成整改所需的现场测试。

## 第六条 免费维护

6.1 乙方自验收合格之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或生产批次无法记录）乙方在8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方将尽力按上述时限处理，但因响应或修复超时，乙方不承担扣款、赔偿或违约金责任。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护服务费按软件许可小计的22%计取，即每个服务年度¥105,600。

7.2 年度维护服务包括版本升级、缺陷修复、远程支持及每个服务年度一次现场巡检。

7.3 甲方未签订年度维护服务合同的，乙方不再提供版本升级和远程支持，甲方可继续使用已安装版本的软件。

## 第八条 知识产权

8.1 湘熏MES软件及其接口的知识产权归乙方所有。

8.2 乙方为甲方定制开发的配方管理功能、追溯报表、财务接口及相关源代码、文档，知识产权亦归乙方所有。甲方获得在本企业内部使用的非独占许可，不得修改、反向工程或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、质量、仓储数据归甲方所有。甲方可随时通过系统导出功能导出上述数据。

9.2 甲方同意，乙方可将上述数据脱敏后用于乙方产品改进、行业工艺模型训练及行业分析报告，该使用在本合同终止后继续有效。

9.3 乙方远程维护时应使用甲方分配的账号，采取访问控制和加密传输措施，不得擅自复制甲方配方数据；因乙方原因造成数据泄露或丢失的，乙方承担相应赔偿责任，并应在24小时内通知甲方。

## 第十条 保密

双方对在履行本合同中知悉的对方商业秘密、技术信息（包括甲方腌制和烟熏配方）负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开之日止。

## 第十一条 违约责任

11.1 乙方逾期完成交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担任何间接损失、利润损失或生产停工损失。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。合同解除后，乙方应在十日内交付已完成的工作成果，甲方按已完成工作量结算。

## 第十三条 不可抗力

因自然灾害、疫情、政府行为等不可抗力导致合同不能按期履行的，受影响方应及时通知对方，履行期限相应顺延。

## 第十四条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 《功能清单》《实施计划》为本合同附件，与本合同具有同等效力。

14.3 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准。

甲方（盖章）：湘西老腊坊食品有限公司　　授权代表：________　日期：____年__月__日

乙方（盖章）：湖南湘熏智造软件有限公司　　授权代表：________　日期：____年__月__日
"""

H465E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Savanna Ledger Systems Limited, a company incorporated in Kenya with its registered office at Mombasa Road, Nairobi, Kenya (the "Vendor"), and Qingdao Haibin Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer").
P:The Customer operates three refrigerated warehouses in Qingdao and Jiaozhou and wishes to replace its warehouse system with the Vendor's SavannaWMS software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means SavannaWMS version 7, including the server application, the user client and the RF handheld application, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the ERP interface, the temperature-log interface, the customer billing reports and all configuration scripts developed by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Software is used for live receiving and dispatch in all three warehouses.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including inventory, customer, order, temperature and staff data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's servers in the People's Republic of China for the internal business of the Customer and its affiliates, for one server instance, 120 named users and 60 RF handheld devices.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for the Customer's failure to pay the licence fees.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and invoiced in Chinese yuan (CNY). The total Contract Price is CNY 1,160,000, a fixed price including all taxes, travel and expenses, made up as follows:
P:(a) server licence, 1 instance at CNY 380,000: CNY 380,000;
P:(b) named user licences, 120 at CNY 2,400: CNY 288,000;
P:(c) RF handheld application licences, 60 at CNY 1,500: CNY 90,000;
P:Licence subtotal: CNY 758,000;
P:(d) implementation services (installation, configuration, data migration, testing): CNY 296,000;
P:(e) Custom Deliverables (ERP interface, temperature-log interface, billing reports): CNY 84,000;
P:(f) training of key users and administrators: CNY 22,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 55% of the Contract Price within 20 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall deliver the Software and complete installation within 30 days after signature, and shall achieve Go-Live within 120 days after signature according to the project plan in Annex 1.
P:5.2 After Go-Live the Software runs in production for 45 days (the "Acceptance Period"). Final Acceptance is granted when all of the following criteria are met: (a) all functions in the Annex 2 specification pass the agreed test scripts; (b) inventory balances in the Software reconcile with a full physical count in each warehouse with no unexplained difference; (c) the ERP interface and the temperature-log interface run for 20 consecutive days without a lost or duplicated message; (d) receiving and dispatch transactions on the RF devices complete within 2 seconds at 60 concurrent devices; (e) no Severity 1 or Severity 2 defect remains open; and (f) the Vendor has delivered the documentation and the source code of the Custom Deliverables.
P:5.3 The Customer shall issue the acceptance certificate, or a written list of failed criteria, within 10 working days after the end of the Acceptance Period. Failed criteria are retested after correction. Installation, Go-Live, production use or any payment does not amount to acceptance.
P:5.4 If the Vendor fails to achieve Go-Live by the date in Article 5.1, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 13.
H:Article 6 Warranty
P:6.1 The Vendor warrants that for 18 months after Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform materially in accordance with the Annex 2 specification and the documentation.
P:6.2 During the Warranty Period the Vendor shall, free of charge, correct all defects, provide all new versions and patches of the Software, and provide the support services described in Article 7.
H:Article 7 Support and Service Levels
P:7.1 Support is provided by telephone, e-mail and remote session, in Chinese or English.
P:7.2 Severity 1 means warehouse receiving or dispatch is stopped in any warehouse. Severity 2 means an important function is unavailable but a workaround exists. Severity 3 means any other defect or question.
P:7.3 The Vendor shall respond to a Severity 1 incident within 1 hour and restore operation within 8 hours; respond to a Severity 2 incident within 2 hours and correct it within 3 working days; and respond to a Severity 3 incident within 1 working day.
P:7.4 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due to the Vendor.
H:Article 8 Annual Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support for the Software. The annual support fee is 14% of the licence subtotal, being CNY 106,120 per support year, and shall not be increased for the first three support years after the Warranty Period.
P:8.2 Annual support includes new versions, patches and the support services and service levels in Article 7. Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy it, keep it or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with individual accounts and multi-factor authentication, and shall keep access logs. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Customer Data outside mainland China.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in the investigation and remedy, and shall be liable for all losses caused to the Customer by a breach of this Article 9 by the Vendor or its staff.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received in connection with this Agreement shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This Article survives for three years after the end of this Agreement.
H:Article 11 Intellectual Property
P:11.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify, and license the Custom Deliverables freely, including to other service providers.
P:11.2 The intellectual property rights in the Software remain with the Vendor. The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe any intellectual property right.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:12.2 The limit in Article 12.1 does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 11.2 or breach of Articles 9 and 10.
H:Article 13 Subcontracting and Termination
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent.
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or under Article 5.4. On such termination the Vendor shall refund the amounts paid for the services not performed and for the licences if Final Acceptance has not been granted.
H:Article 14 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control provided that it notifies the other party promptly and takes reasonable steps to limit the delay.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Kenya.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the Arbitration Rules of the Nairobi Centre for International Arbitration. The seat of arbitration is Nairobi, Kenya, and the language of the arbitration is English.
H:Article 16 General
P:16.1 Annex 1 (Project Plan) and Annex 2 (Functional Specification) form part of this Agreement. Amendments must be in writing.
P:16.2 This Agreement takes effect on signature by both parties.
P:For the Vendor: Savanna Ledger Systems Limited. Name: ____________ Title: ____________ Date: ____________
P:For the Customer: Qingdao Haibin Cold Chain Logistics Co., Ltd. Name: ____________ Title: ____________ Date: ____________
"""

H465E02 = """# ORDER FORM No. KB-OF-2026-0311

**Vendor:** Kilima Bookings Limited, Plot 14 Sokoine Road, Arusha, United Republic of Tanzania ("Kilima")

**Customer:** Chengdu Jinsha International Travel Service Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form is issued under, and incorporates, the Kilima General Terms set out in Part B below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Details

### A1. Service

Kilima TourDesk, a cloud reservation, itinerary and supplier-settlement service for tour operators, with the modules listed below, made available to the Customer's staff through a web browser and a mobile application. TourDesk is used by the Customer to build East Africa itineraries, hold lodge and park-permit inventory, issue vouchers and settle with ground suppliers.

### A2. Subscription Term

The Initial Subscription Term starts on 1 April 2026 (the "Subscription Start Date") and ends on 31 March 2028. It consists of two Subscription Years, the first from 1 April 2026 to 31 March 2027 and the second from 1 April 2027 to 31 March 2028.

### A3. Fees

At the Customer's request all fees are quoted and invoiced in Chinese yuan (CNY).

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| TourDesk agent seats | 40 | 3,300 | 132,000 |
| Supplier settlement module | 1 | 18,000 | 18,000 |
| Subscription fee per Subscription Year | | | 150,000 |
| Subscription fees for the Initial Subscription Term (2 Subscription Years) | | | 300,000 |
| Onboarding (one-time): configuration, data import, two training sessions | 1 | 36,000 | 36,000 |
| **Total Order Value** | | | **336,000** |

Additional agent seats may be added at CNY 3,300 per seat per Subscription Year, pro rata for the remaining months of the Subscription Year in which they are added.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, on the first day of each quarter of the Subscription Term, in equal instalments of CNY 37,500.

(b) The onboarding fee is invoiced after Go-Live Acceptance under Section A5.

(c) No amount is payable before the Subscription Start Date. Invoices are payable within 30 days by bank transfer.

### A5. Onboarding and Go-Live Acceptance

(a) Kilima shall complete the onboarding and make the configured service available for acceptance testing by 20 March 2026.

(b) Go-Live Acceptance is granted when: (i) the Customer's 2025 product catalogue, 210 lodge contracts and supplier rates have been imported and checked against the Customer's source files without error; (ii) ten sample itineraries prepared by the Customer are priced correctly in CNY and in US dollars; (iii) vouchers and supplier statements are generated in the agreed templates; and (iv) all 40 agents have completed training. The Customer signs a Go-Live Acceptance certificate or lists the failed items within 5 working days. Use of the service in production is not Go-Live Acceptance.

(c) If Go-Live Acceptance is not achieved by 1 April 2026 for reasons attributable to Kilima, Kilima shall pay the Customer CNY 300 for each day of delay, and the subscription fees shall not start until Go-Live Acceptance.

### A6. Service Levels

(a) Kilima shall make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and performed between 01:00 and 05:00 China time.

(b) Priority 1 incidents (the service is unavailable or bookings cannot be saved) receive a response within 30 minutes and a workaround or fix within 6 hours, at any time. Priority 2 incidents receive a response within 2 hours during business hours. Priority 3 questions are answered within 2 business days.

(c) If monthly availability falls below 99.95%, the Customer receives a service credit of 5% of the monthly subscription fee; below 99.5%, 10%; below 99%, 20%. Each Priority 1 response later than 30 minutes gives a further credit of CNY 500. Credits are deducted from the next invoice.

### A7. Signatures

Signed for Kilima Bookings Limited: ______________ Date: ____________

Signed for Chengdu Jinsha International Travel Service Co., Ltd.: ______________ Date: ____________

## Part B — Kilima General Terms

### Section 1. Provision of the Service

1.1 Kilima shall provide the service in accordance with the Order Form, these General Terms and the documentation published on its help site.

1.2 The Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure.

1.3 The Customer shall use the service only for its own tour operations and shall not make it available to other travel agencies.

1.4 Kilima may improve the service from time to time, provided that no change materially reduces its functions during the Subscription Term.

### Section 2. Renewal

2.1 At the end of the Initial Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

2.2 Kilima may increase the fees for any renewal term by up to 8% over the fees of the preceding term, by notifying the Customer at least 30 days before the renewal term starts.

### Section 3. Customer Data

3.1 All data entered into the service by or for the Customer, including traveller names, passport details, itineraries, supplier rates and booking records ("Customer Data"), belongs to the Customer.

3.2 Kilima shall process Customer Data only to provide the service to the Customer and on the Customer's documented instructions, and shall not sell it, analyse it for its own purposes or disclose it to others except under Section 4.

3.3 Kilima shall host the Customer's tenant and all Customer Data in a data centre in mainland China, shall encrypt Customer Data in transit and at rest, shall restrict access to named support staff with multi-factor authentication and keep access logs, and shall comply with the Personal Information Protection Law of the People's Republic of China.

3.4 Kilima shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and is liable for the losses caused to the Customer by an incident resulting from its breach of this Section 3.

3.5 Within 30 days after the end of the subscription Kilima shall return Customer Data in CSV format and then delete it.

### Section 4. Subprocessors and Subcontractors

4.1 Kilima may engage subprocessors and subcontractors, including its hosting provider and its support partner, to perform any part of the service.

4.2 Kilima shall publish the list of its subprocessors on its website and shall give the Customer 30 days' notice by e-mail before adding or replacing one. Kilima remains responsible for the acts of its subprocessors and subcontractors.

### Section 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public information, including prices, supplier contracts and product plans, and use it only for this Order Form.

5.2 This obligation survives for three years after the end of the subscription.

### Section 6. Intellectual Property

6.1 Kilima owns the service, the software and the standard templates.

6.2 The itinerary templates, voucher designs and reports configured for the Customer during onboarding belong to the Customer, which may use, modify and give them to any third party.

### Section 7. Warranties

7.1 Kilima warrants that the service will perform materially in accordance with its documentation during the Subscription Term.

7.2 Kilima warrants that the service does not infringe third-party intellectual property rights, and shall defend the Customer against any such claim.

### Section 8. Liability

8.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 3 and 5.

8.2 Kilima's total liability under this Order Form is limited to 150% of the Total Order Value.

### Section 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.2 If the Customer terminates under Section 9.1, Kilima shall refund any prepaid fees for the period after termination.

### Section 10. Governing Law and Disputes

10.1 This Order Form and the General Terms are governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

### Section 11. General

11.1 Notices must be in writing and sent by e-mail to the addresses given in the Order Form.

11.2 Kilima shall keep the Customer informed of planned changes to the service through release notes published at least 7 days before each release, and shall offer the Customer's administrators a training session on any major new function free of charge.

11.3 Neither party may assign this Order Form without the other party's consent, which shall not be unreasonably withheld.
"""

H465E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GREENHOUSE SENSOR NETWORK
P:Contract No. SGV-PUR-2026-022
P:Buyer: Shouguang Greenfield Vegetable Co., Ltd., No. 8 Nongsheng Road, Shouguang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Jinja AgriSense Limited, Plot 5 Main Street, Jinja, Republic of Uganda (the "Supplier").
P:Background: The Buyer operates 24 glass and film greenhouses in Shouguang. Following a request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless sensor and irrigation control network for these greenhouses. This Contract is on the Buyer's standard terms of purchase.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, climate stations, gateways and valve controllers listed in the Price Schedule, with their embedded software.
P:1.2 "Dashboard" means the Supplier's AgriSense dashboard software, licensed to the Buyer under clause 8.
P:1.3 "Works" means delivery, installation, calibration, configuration, integration with the Buyer's fertigation system, and training.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under clause 5.3.
P:1.5 The Supplier shall supply the Equipment and the Dashboard licence and perform the Works in accordance with this Contract and the Technical Specification in Annex 1.
H:2. Price Schedule
P:2.1 All prices are in Chinese yuan (CNY), include value-added tax, import duties, freight to site and insurance, and are fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and EC sensors|240|1,150|276,000
TB:2|Greenhouse climate stations|24|6,800|163,200
TB:3|LoRaWAN gateways|8|9,400|75,200
TB:4|Irrigation valve controllers|48|2,350|112,800
TB:5|AgriSense Dashboard perpetual licence|1|88,000|88,000
TB:|Equipment and licence subtotal|||715,200
TB:6|Installation, calibration and integration|1|96,500|96,500
TB:7|Training of operators and technicians|1|8,300|8,300
TB:|Contract Price|||820,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price within 30 days after the Equipment has been installed in all 24 greenhouses and the Buyer has signed an installation certificate. The installation certificate records quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 Each payment is made against a valid special VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site in Shouguang within 50 days after signature and complete installation within 80 days after signature.
P:4.2 Installation shall be scheduled with the Buyer's production manager so that no greenhouse is without irrigation control for more than one working day.
P:4.3 If the Supplier fails to complete delivery or installation by the dates in clause 4.1, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.4 Risk in the Equipment passes to the Buyer on delivery to site; title passes on payment under clause 3.2.
P:4.5 The Supplier shall provide a packing list, certificates of origin and conformity, and the import documents for each shipment, and shall arrange customs clearance in Qingdao. Any delay in customs clearance is the Supplier's risk, except where caused by the Buyer.
H:5. Testing and Acceptance
P:5.1 After installation, the Supplier shall calibrate every sensor against reference instruments in the presence of the Buyer's technicians.
P:5.2 Final Acceptance requires that: (a) every soil sensor reads within plus or minus 3% volumetric water content of the reference instrument; (b) every climate station reads temperature within 0.5 degrees Celsius and humidity within 3 percentage points of the reference; (c) at least 98% of scheduled sensor messages reach the Dashboard during a 21-day trial run in each greenhouse; (d) every valve controller opens and closes on command from the fertigation system in all test cases of Annex 2; and (e) the Supplier has delivered the as-built drawings, calibration records and manuals.
P:5.3 The Buyer shall issue the Final Acceptance certificate, or a written list of failed criteria, within 7 working days after the trial run. Failed items are corrected and retested at the Supplier's cost. Delivery, installation, use of the system or any payment is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Dashboard for 24 months after Final Acceptance against defects in design, materials and workmanship.
P:6.2 During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including freight and labour, and keep a stock of spare sensors and controllers in Shouguang.
P:6.3 Severity 1 faults (a gateway is down, or irrigation control is lost in any greenhouse) receive a remote response within 1 hour and an engineer on site within 24 hours. Severity 2 faults (single sensors failing) receive a response within 8 hours and repair within 3 working days.
P:6.4 For each full hour by which a Severity 1 response or on-site time is exceeded, the Supplier shall pay CNY 500, which the Buyer may deduct from any amount due.
H:7. Post-Warranty Support
P:7.1 After the warranty period the Buyer may order annual support covering repair and replacement, Dashboard updates and the service levels of clause 6.3.
P:7.2 The annual support fee is 9% of the Equipment and licence subtotal, that is CNY 64,368 per support year, fixed for the first three support years. Support is ordered by written purchase order and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Dashboard and the embedded software for the Buyer's own operations.
P:8.2 The irrigation rules, alarm thresholds, dashboard layouts, integration scripts and reports prepared for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely and may give them to another supplier.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or the Dashboard infringes a third party's rights.
H:9. Buyer Data and Security
P:9.1 All data collected by the Equipment, and all data entered into the Dashboard, belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, retain or use them for any other purpose.
P:9.2 The Dashboard shall be installed on the Buyer's server in Shouguang. The Supplier shall access it only through the Buyer's VPN with individual accounts approved by the Buyer, keep all default passwords changed, and apply security patches within the times agreed in Annex 1.
P:9.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the system or the Buyer's data, cooperate fully in the response, and bear all losses caused by an incident resulting from its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's growing methods, yields, prices and all other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 The Supplier shall not publish the Buyer's name, photographs of the site or any results of the project in its marketing material without the Buyer's prior written approval.
P:10.3 This obligation continues for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages under clause 4.3 reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for Equipment not accepted and remove it from the site at its own cost.
H:14. Force Majeure
P:14.1 A party affected by force majeure shall notify the other party within 5 days and is excused for the duration of the event. If it lasts more than 60 days, either party may terminate this Contract.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang. The award is final.
H:16. General
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Cases) form part of this Contract. Amendments must be in writing and signed by both parties. This Contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: Shouguang Greenfield Vegetable Co., Ltd. Authorised signatory: ____________ Date: ____________
P:For the Supplier: Jinja AgriSense Limited. Authorised signatory: ____________ Date: ____________
"""

H465E04 = """# MANAGED SERVICE DESK AGREEMENT

**Agreement No.:** KMS-YW-2026-07

**Provider:** Kigali Managed Services Ltd, KG 7 Avenue, Kacyiru, Kigali, Republic of Rwanda ("Provider")

**Customer:** Yiwu Silkroad Cross-Border E-Commerce Co., Ltd., Yiwu, Zhejiang Province, People's Republic of China ("Customer")

**Background.** The Customer sells household goods through online marketplaces in Africa and the Middle East and runs offices in Yiwu, Nairobi and Dubai. It wishes to outsource its multilingual IT service desk and end-user support. The Provider operates a service desk centre in Kigali with English, French, Swahili and Chinese-speaking agents. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed service desk and end-user support services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer accepts the transition under clause 4.

1.3 "Charges" means the charges set out in Schedule 2.

1.4 "Customer Data" means all data of the Customer and its users that the Provider receives or can access in performing the Services, including tickets, call recordings, user accounts and device information.

## 2. Term

2.1 This Agreement starts on signature and continues for an Initial Term of 36 months from the Service Commencement Date.

2.2 The Agreement may be extended only by a written amendment signed by both parties. It does not renew automatically.

## 3. Services

3.1 The Provider shall perform the Services in accordance with Schedule 1, the service levels in Schedule 3 and good industry practice.

3.2 The Provider shall use the Customer's ticketing tool and shall record every contact as a ticket.

3.3 The Provider shall assign a named service delivery manager, who shall attend a monthly service review with the Customer.

3.4 The Provider shall keep the knowledge articles up to date, shall propose improvements to reduce repeat incidents, and shall report each month on trends, open problems and the actions taken. The Customer shall give the Provider timely access to its systems, documentation and application teams as needed for the Services, and shall tell the Provider in advance about planned changes that may affect the service desk.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition of the Services within 60 days after signature, in accordance with the transition plan agreed at signature.

4.2 The transition is accepted when: (a) all knowledge articles for the Customer's 30 most frequent request types have been written and approved by the Customer; (b) the telephone lines, e-mail and chat channels have been tested in all four languages; (c) the Provider has handled live tickets for 10 working days in parallel with the Customer's internal team, meeting the service levels in Schedule 3; and (d) escalation paths to the Customer's application teams have been tested. The Customer shall sign an acceptance certificate or list the failed items within 5 working days.

4.3 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay until the transition is accepted.

## 5. Charges and Payment

5.1 At the Customer's request the Charges are stated and invoiced in Chinese yuan (CNY).

5.2 The transition charge is invoiced after acceptance of the transition. The monthly service charge is invoiced monthly in arrears, together with the service level report for the month.

5.3 The Customer shall pay each undisputed invoice within 30 days. No charge is payable before the Service Commencement Date except as stated in this clause.

5.4 The Charges are fixed for the Initial Term.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the service levels in Schedule 3. Performance is measured monthly from the ticketing tool and the telephony system.

6.2 If a service level is missed, the Provider shall give the service credits in Schedule 4, which are deducted from the next invoice. Service credits are a price adjustment for the reduced level of service.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, keep or use it for any other purpose.

7.2 The Provider shall work only inside the Customer's systems through the Customer's virtual desktop, with named accounts and multi-factor authentication. No Customer Data shall be stored on the Provider's own systems, and no Customer Data shall be exported from the Customer's environment.

7.3 The Provider shall train its agents in data protection, shall comply with the Personal Information Protection Law of the People's Republic of China and other applicable data protection laws, and shall have its centre audited once each contract year against ISO/IEC 27001.

7.4 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data and shall be liable for the losses caused to the Customer by an incident resulting from a breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information and use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

## 9. Intellectual Property

9.1 Knowledge articles, scripts, runbooks and reports created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to any replacement provider.

9.2 The Provider keeps its own tools and methods.

## 10. Personnel and Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

10.2 The Provider shall keep the key personnel named in Schedule 1 and shall replace them only with the Customer's consent.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 125% of the Total Contract Value stated in Schedule 2.

11.2 The limit in clause 11.1 does not apply to personal injury, wilful misconduct or breach of clauses 7 and 8.

## 12. Duration and Ending of the Agreement

12.1 Neither party may terminate this Agreement before the end of the Initial Term, except that either party may terminate it by written notice if the other party becomes insolvent.

12.2 If the Provider fails to perform the Services, the Customer's remedies are the service credits under clause 6 and damages under clause 11. A failure to perform, however serious, does not entitle the Customer to terminate this Agreement.

12.3 Either party may suspend performance of its obligations for the duration of a force majeure event, but the Provider shall use its business continuity plan to keep the Priority 1 telephone line open from a backup site.

12.4 On expiry the Provider shall give exit assistance for up to 60 days at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission, Zhejiang Sub-Commission, for arbitration in Hangzhou.

## 14. General

14.1 The parties shall hold a quarterly governance meeting at which the Provider presents the service trends and improvement plan, and the Customer presents its business plans and expected changes in ticket volumes, new offices and new systems.

14.2 This Agreement, including its Schedules, is the entire agreement between the parties. Amendments must be in writing.

Signed for the Provider: ______________ Date: ____________

Signed for the Customer: ______________ Date: ____________

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat support for about 420 users in English, French, Swahili and Chinese | 24 hours, 7 days |
| End-user support | Password resets, account administration, laptop and phone set-up by remote session | 24 hours, 7 days |
| Incident management | Logging, diagnosis, escalation to application teams, follow-up to closure | 24 hours, 7 days |
| Reporting | Monthly service level report and service review | Monthly |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time | 45,000 |
| Monthly service charge | Per month, 36 months at CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,133,000** |
| Exit assistance | Per agent day, if requested | 1,200 |

## Schedule 3 — Service Levels

| Measure | Target |
|---|---|
| Service desk availability (telephony and chat channels) | 99.5% of each month |
| Priority 1 incident (site or marketplace operations stopped) — response | 15 minutes |
| Priority 1 incident — escalation to the Customer's on-call team | 30 minutes |
| Priority 2 incident — response | 1 hour |
| Calls answered within 60 seconds | 90% |
| First-contact resolution | 70% |

## Schedule 4 — Service Credits

| Missed service level | Credit (% of monthly service charge) |
|---|---|
| Service desk availability below target | 5% |
| Priority 1 response later than target (each incident) | 2% |
| Calls answered within 60 seconds below target | 3% |
| Total credits in any month | capped at 20% |
"""

H465E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: AMD-API-2026-033

BETWEEN

Abyssinia Market Data PLC, a company incorporated in Ethiopia, with its office at Bole Sub-City, Addis Ababa, Ethiopia ("Provider"); and

Shanghai Mocha Origin Coffee Trading Co., Ltd., a company incorporated in the People's Republic of China, with its office in Jing'an District, Shanghai ("Customer").

BACKGROUND

The Provider collects and publishes data on Ethiopian and East African green coffee: auction prices, washing-station lots, grades, export licences and shipping schedules. The Customer imports green coffee into China and wishes to receive this data through an application programming interface and feed it into its purchasing system. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's Coffee Origin Data API, version 3, with its documentation.

1.2 "Data" means the price, lot, grade, licence and shipping data made available through the API.

1.3 "Subscription Term" means the period from 1 June 2026 to 31 May 2028, made up of two Subscription Years: from 1 June 2026 to 31 May 2027, and from 1 June 2027 to 31 May 2028.

1.4 "Customer Data" means all data that the Customer sends to the API or uploads to the Provider's portal, including watch lists, contract lot numbers, queries, user accounts and API keys, and the logs of the Customer's use.

1.5 "Integration Deliverables" means the field mappings, the connector scripts and the reports that the Provider prepares for the Customer under clause 3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to call the API and to use the Data within its group in China for purchasing, pricing, quality and logistics decisions, and to show the Data to its own customers in quotations.

2.2 The Professional plan allows up to 300,000 API calls per Subscription Year and 15 named portal users.

2.3 The Customer shall not resell the Data as a data feed or publish it in bulk.

2.4 The Customer may keep and continue to use Data received during the Subscription Term after its end, for its internal records and for contracts concluded during the Subscription Term.

2.5 The Customer is responsible for keeping its API keys secret within its own organisation and for the use of the API by its own staff. It shall tell the Provider without delay if it believes that a key has been compromised, and the Provider shall then issue a new key free of charge.

3. INTEGRATION SUPPORT

3.1 The Provider shall map the API fields to the Customer's purchasing system, write and test the connector scripts, and prepare three standard reports (price trend, lot availability, shipment tracking).

3.2 Integration Acceptance is granted when: (a) the connector has loaded the full Data history for the preceding three harvests into the Customer's test system without rejected records; (b) the prices for 50 sample lots chosen by the Customer match the Provider's published auction results; (c) daily updates have run for 10 consecutive working days without failure; and (d) the Provider has delivered the scripts, the mapping document and a handover session. The Customer shall sign an Integration Acceptance certificate or list the failed items within 5 working days. Use of the connector in production is not Integration Acceptance.

3.3 The Customer shall give the Provider access to a test instance of its purchasing system, a technical contact and the sample lots needed for the tests. The Provider shall not be responsible for delays caused by the Customer's own IT suppliers.

3.4 The Provider shall make the connector available for Integration Acceptance testing by 15 June 2026.

4. FEES AND PAYMENT

4.1 At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY):

  Professional plan subscription, per Subscription Year ........ CNY 96,000
  Subscription for the Subscription Term (2 Subscription Years) .. CNY 192,000
  Integration support, one-time .................................. CNY 14,000
  Total fees ..................................................... CNY 206,000

4.2 Calls above the annual allowance are charged at CNY 20 per 1,000 calls, invoiced quarterly in arrears. Overage is not included in the total fees.

4.3 The subscription fee is invoiced quarterly in advance, on the first day of each quarter of the Subscription Term, in instalments of CNY 24,000. The integration support fee is invoiced after Integration Acceptance. No amount is payable before 1 June 2026.

4.4 Invoices are payable within 30 days by bank transfer. The fees are fixed for the Subscription Term.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to publish new auction results on the day of each auction.

5.2 The Provider offers support by e-mail and through its portal ticket system during its business hours in Addis Ababa, Monday to Friday. The Provider will handle tickets in the order received and will try to resolve urgent problems quickly.

5.3 The Provider may carry out maintenance at any time and will try to announce it on its portal in advance.

5.4 The Provider will send notices of major changes to the API, such as new versions or retired fields, to the Customer's technical contact by e-mail, and will keep each retired version running for a reasonable period so that the Customer can adapt its connector.

5.5 The API is provided as available. The Provider does not guarantee that the Data is free of errors, but it will correct any error reported by the Customer in the next daily update.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the support to the Customer, and shall not use it to build products, share it with other customers or sell it, during or after the Subscription Term.

6.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access for its staff, logging of all administrative access and secure storage of API keys, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China for any Customer Data it processes.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take immediate steps to contain it, and is liable for all losses the Customer suffers from such an incident caused by the Provider's breach of this clause 6.

6.4 The Provider shall allow the Customer, once in each Subscription Year and on 15 days' notice, to review the Provider's security measures by questionnaire or by a remote audit, and shall correct any weakness found within an agreed period.

6.5 At the end of the Subscription Term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information of the other party, including the Customer's purchasing volumes, suppliers, contract lots and prices, and shall use it only for this Agreement.

7.2 This obligation continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API and the Data.

8.2 The Integration Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely and may hand them to any other contractor. The Provider shall deliver their source code at Integration Acceptance.

9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit, except for breach of clauses 6 and 7.

9.2 Each party's total liability under this Agreement is limited to twice the total fees stated in clause 4.1.

10. SUBCONTRACTING

The Provider shall not subcontract the integration support or the hosting of Customer Data without the Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement runs for the Subscription Term and does not renew automatically. Any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates under this clause, the Provider shall refund the fees paid for the period after termination.

12. FORCE MAJEURE

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war, civil unrest or a general failure of the internet, if it informs the other party promptly.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

14. GENERAL

14.1 This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the prior written consent of the other party.

14.3 Notices are given by e-mail to the addresses below and take effect on the next business day.

SIGNED by Abyssinia Market Data PLC: ____________________  Date: ____________

SIGNED by Shanghai Mocha Origin Coffee Trading Co., Ltd.: ____________________  Date: ____________
"""

FILES = {
    "h465z01": ("h465z01_rural_revitalisation_poverty_monitoring_platform.pdf", "pdf", "zh", H465Z01),
    "h465z02": ("h465z02_shipyard_cutting_machine_control_retrofit.docx", "docx", "zh", H465Z02),
    "h465z03": ("h465z03_coding_school_chain_scheduling_saas.txt", "txt", "zh", H465Z03),
    "h465z04": ("h465z04_blood_centre_information_system_annual_om.txt", "txt", "zh", H465Z04),
    "h465z05": ("h465z05_cured_meat_smokehouse_mes_supplier_template.md", "md", "zh", H465Z05),
    "h465e01": ("h465e01_kenya_vendor_wms_licence_services.pdf", "pdf", "en", H465E01),
    "h465e02": ("h465e02_tanzania_vendor_tour_booking_saas_order_form.md", "md", "en", H465E02),
    "h465e03": ("h465e03_uganda_vendor_greenhouse_sensor_network.docx", "docx", "en", H465E03),
    "h465e04": ("h465e04_rwanda_vendor_managed_service_desk.md", "md", "en", H465E04),
    "h465e05": ("h465e05_ethiopia_vendor_coffee_data_api_subscription.txt", "txt", "en", H465E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra {sla_clause, ld_stated, capped|None, deemed, value},
#      TCO inputs (fee base, i.e. itemised licence/hardware subtotal) for goods
L = {
    "h465z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10,
                             False, True, False, "PRC", G], (True, True, True, False, 1348000), 680000),
    "h465z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, False, False, 18, 8,
                             False, True, True, "PRC", G], (True, True, True, True, 1041000), 897000),
    "h465z03": ("cloud", [99.5, 0.5, True, "buyer", False, True, True, 0.08, 200, None, True, None, None, None,
                          False, True, False, "PRC", S], (True, True, None, False, 520800), None),
    "h465z04": ("services", [None, 0.25, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None,
                             False, True, False, "PRC", S], (True, True, None, False, 372000), None),
    "h465z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 22,
                             False, True, None, "PRC", G], (True, True, True, False, 600000), 480000),
    "h465e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 14,
                             False, True, False, "Kenya", G], (True, True, True, False, 1160000), 758000),
    "h465e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 300 / 336000 * 100, 150, None, True, None,
                          None, None, True, True, True, "PRC", S], (True, True, None, False, 336000), None),
    "h465e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 9,
                             False, True, False, "PRC", G], (True, True, True, False, 820000), 715200),
    "h465e04": ("services", [99.5, 0.25, True, "buyer", True, True, True, 1500 / 2133000 * 100, 125, None, True,
                             None, None, None, False, False, False, "PRC", S], (True, True, None, False, 2133000), None),
    "h465e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None,
                          False, True, False, "PRC", S], (False, False, None, False, 206000), None),
}
FORUM_OUTSIDE_MAINLAND = {k: False for k in L}  # e01's forum is Nairobi, but its law (Kenya) already fires the rule
FORUM_OUTSIDE_MAINLAND["h465e01"] = True

# Design list, written before the labels were checked against it
DESIGN = {
    "h465z01": set(),
    "h465z02": {"CR-ACCEPTANCE", "CR-SUBCONTRACT"},
    "h465z03": {"CR-SLA-AVAILABILITY", "CR-DATA-SECURITY"},
    "h465z04": {"CR-CONFIDENTIALITY", "CR-LD-LOW"},
    "h465z05": {"CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-LOW",
                "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"},
    "h465e01": {"CR-GOVERNING-LAW"},
    "h465e02": {"CR-AUTO-RENEWAL", "CR-SUBCONTRACT"},
    "h465e03": set(),
    "h465e04": {"CR-SLA-AVAILABILITY", "CR-TERMINATION"},
    "h465e05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-LD-MISSING"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty fee
    for each year after the warranty (partial pro rata); fee base = itemised licence/hardware subtotal."""
    horizon = 5
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * base
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_from_label(key, lab):
    """My own reading of policy.md §3 and its 'Where rules apply' notes (not project code)."""
    t, x, r = lab["expected_terms"], lab["expected_extra"], set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            if tco(t, x, L[key][3])[2] > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or FORUM_OUTSIDE_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if rules & HIGH:
        return "high"
    if rules - LOW:
        return "medium"
    return "low"


def make_label(key):
    name, kind, lang, _ = FILES[key]
    cat, terms, (sla, lds, capped, deemed, value), _base = L[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, terms)),
           "expected_extra": extra}
    lab["expected_rules"] = sorted(rules_from_label(key, lab))
    return lab


# ---- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"  # not preceded by a digit or a decimal point
CND = "(?<![0-9〇零一二三四五六七八九十两])"  # not preceded by a Chinese or Arabic digit
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = {
    "availability 99.9": [ND + r"99\.90*(?!\d)", "百分之九十九点九(?![0-9一二三四五六七八九])", r"ninety[\s-]*nine\s+point\s+nine"],
    "P1 4 hours": [ND + r"4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", CND + "四\\s*个?\\s*小时", r"(?<![\w-])four[\s-]*(?:\(4\)\s*)?hours?",
                   ND + r"240\s*(?:分钟|min)"],
    "LD 0.05 %": [ND + r"0\.050*(?!\d)" + PCT, "万分之五(?![0-9十一二三四五六七八九])", "百分之零点零五(?![0-9一二三四五六七八九])"],
    "cap 100 %": [ND + r"100(?:\.0+)?" + PCT, "百分之百", "百分之一百", r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [ND + r"30(?:\.0+)?" + PCT, "百分之三十(?![0-9一二三四五六七八九点])", "三成", r"thirty\s+per\s*cent"],
    "warranty 12 months": [ND + r"12\s*(?:个\s*月|months?|-month)", CND + "十二个月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
                           "一年", r"\bone[\s-]*year", ND + r"1\s*(?:-\s*)?years?\b", ND + "1年"],
    "post-warranty 15 %": [ND + r"15(?:\.0+)?" + PCT, "百分之十五(?![0-9一二三四五六七八九点])", r"fifteen\s+per\s*cent"],
    "TCO 40 %": [ND + r"40(?:\.0+)?" + PCT, "百分之四十(?![0-9一二三四五六七八九点])", "四成", r"forty\s+per\s*cent"],
    "horizon 5 years": [ND + r"5\s*(?:个)?\s*(?:年(?!度)|years?\b|-year)", CND + "五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?",
                        ND + r"60\s*(?:个\s*月|months?)", "六十个月", r"sixty\s+months"],
}
COMPILED = [(k, re.compile(p, re.I)) for k, ps in THRESHOLD_RES.items() for p in ps]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "百分之零点零五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "12 个月", "12 months", "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%",
            "百分之四十", "四成", "5年", "五年", "five years", "5 years", "60 months", "60个月", "fifteen per cent"]
MUST_MISS = ["24小时", "二十四小时", "14小时", "twenty-four hours", "24 hours", "99.95%", "99.99%", "115%", "0.15%",
             "150%", "2025年", "万分之五十", "服务年度", "130%", "百分之三十五", "0.055%", "1000%", "300%",
             "5个工作日", "25 years", "Subscription Year", "12.5%", "412%", "2026年12月", "45%", "35%", "二十五年",
             "140%", "0.5%", "1.5%", "14%"]


def scan(text):
    return sorted({k for k, rx in COMPILED if rx.search(text)})


def self_test():
    for s in MUST_HIT:
        assert scan(s), "regex misses " + s
    for s in MUST_MISS:
        assert not scan(s), "regex hits %s: %s" % (s, scan(s))


# ---- building and reading back --------------------------------------------------------------------------------
def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_src = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    bin_tgt = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, kind, lang, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)


def read_back(name, kind):
    p = OUT / name
    if kind == "docx":
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def source_plain(src, kind):
    if kind in ("docx", "pdf"):
        return "\n".join(l.partition(":")[2].replace("|", " ") for l in src.splitlines() if l.strip())
    return src


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    self_test()
    build()
    covered = set()
    report = {}
    for key, (name, kind, lang, src) in FILES.items():
        lab = make_label(key)
        rules = set(lab["expected_rules"])
        assert rules == DESIGN[key], (key, sorted(rules ^ DESIGN[key]))
        covered |= rules
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = None
        if t["contract_kind"] == G:
            share = tco(t, x, L[key][3])[2]
            assert abs(share - 40) > 2, (key, share)
        # texts: source raw / collapsed / whitespace-free, and the built file read back
        plain = source_plain(src, kind)
        back = read_back(name, kind)
        for label_, txt in (("raw", src), ("plain", plain), ("collapsed", re.sub(r"\s+", " ", plain)),
                            ("nows", re.sub(r"\s+", "", plain)), ("built", back),
                            ("built-collapsed", re.sub(r"\s+", " ", back)), ("built-nows", re.sub(r"\s+", "", back))):
            hits = scan(txt)
            assert not hits, (key, label_, hits, [m.group(0) for _, rx in COMPILED for m in [rx.search(txt)] if m])
        n = length(back, lang)
        n_nows = len(re.sub(r"\s+", "", back)) if lang == "zh" else None
        report[key] = (name, lang, n, n_nows, sorted(rules), risk(rules), share)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    for key, (name, lang, n, n_nows, rules, rk, share) in report.items():
        print(key, lang, n, n_nows, rk, ",".join(r[3:] for r in rules) or "(none)",
              "" if share is None else "TCO share %.2f" % share)
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    bad = {k: v[2] for k, v in report.items()
           if not ((2750 <= v[2] <= 3000) if v[1] == "zh" else (1450 <= v[2] <= 1650))}
    assert not bad, ("length out of range", bad)
    print("all checks passed; rules covered:", len(covered))
