"""holdout772: builds the ten drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the .json labels
and asserts: lengths, label values off the policy thresholds, no threshold figure in any built text (regex, self-tested),
rules derived from the labels (policy section 3 as read in NOTES.md) equal the design list, and all 20 rules covered.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:清河市瓶装液化气安全监管平台建设项目采购合同
P:合同编号：QHYJ-ZFCG-2026-017
P:采购人（甲方）：清河市应急管理局
P:供应商（乙方）：安衡数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及清河市瓶装液化气安全监管平台建设项目（项目编号QHCG2026-0411）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及其澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“瓶装液化气安全监管平台”软件许可，并完成气瓶全生命周期追溯、充装站在线监测、入户安检闭环和执法联动四个模块的定制开发、部署实施及培训，实现全市七个区县、二十三家充装站、一百六十余个供应网点的统一监管。
P:1.2 平台部署于甲方指定的政务云资源，乙方不得将平台或数据部署于政务云以外的任何环境。
P:1.3 详细功能、性能和接口要求以招标文件第三章《采购需求》为准，投标文件中优于招标文件的承诺同样适用。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零叁万捌仟元整（¥2,038,000），为固定总价，含税费、差旅、部署、培训及质保期内全部服务费用，甲方不再另行支付任何费用。
P:2.2 价款构成：平台软件许可费¥1,180,000；定制开发费¥736,000；部署实施费¥94,000；培训费¥28,000。
P:2.3 软件许可为永久许可，不限使用人数，甲方及其下属执法机构均可使用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥407,600。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥917,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥713,300。
P:3.4 乙方每次请款前应开具等额增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成全部模块的开发、部署并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理须具有信息系统项目管理师资格并常驻清河市，未经甲方同意不得更换；确需更换的，接替人员的资历不得低于原人员。
P:4.4 乙方应在部署完成前对甲方及各区县监管人员、充装站操作人员分批进行培训，培训不少于六场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收：全部功能按采购需求逐项测试通过；气瓶扫码追溯数据与充装站台账抽查比对一致率不低于99.5%；平台在五百个并发用户下常用页面响应时间不超过2秒；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收：初步验收后平台连续试运行九十日，其间未发生一级故障，接入的充装站数据按时上传率不低于98%，并经甲方组织专家评审通过。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程技术支持。
P:6.2 质保期满后，如甲方续购运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥106,200），且自质保期满起三年内不得上调。
P:6.3 乙方保证交付的软件不含恶意代码、后门或未声明的数据外传功能。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日书面报甲方同意，且不计入不可用时间。
P:7.2 故障分为三级。一级故障（平台整体不可用或追溯数据无法写入）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 乙方响应或恢复每超时一小时，向甲方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，支付违约金¥1,500。上述款项可从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发形成的软件、源代码、数据库设计、接口程序和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
P:8.2 平台基础软件的知识产权仍归乙方，乙方授予甲方本合同第2.3项所述的永久许可。
P:8.3 乙方保证交付成果不侵犯第三方的知识产权；发生侵权争议的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的气瓶档案、充装记录、用户信息、安检记录等全部数据归甲方所有。乙方仅为履行本合同处理数据，不得复制、留存或用于任何其他目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储，运维操作须经甲方审批并通过堡垒机进行，全程留存审计日志，并每半年配合甲方开展一次数据安全检查，对检查发现的问题在十日内完成整改。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管信息、企业经营信息和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其行为承担责任。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方应在合同签订后五个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方应支付的违约金可从中扣除。
P:11.4 甲方未按约定付款的，应按未付金额每日万分之三向乙方支付逾期付款利息。
H:第十二条 分包与转让
P:乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 采购需求在合同履行中确需调整的，双方应书面确认变更内容、工作量及价款影响；新增工作量累计不超过合同总价的10%，且单价按投标报价执行。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：清河市应急管理局    乙方（盖章）：安衡数智科技有限公司
P:签订日期：2026年3月18日
"""

Z02 = r"""
T:硅胶奶嘴成型与灭菌产线控制系统改造及维保合同
P:合同编号：ABGJ-SB-2026-009
P:甲方：东莞市安贝硅胶制品有限公司（奶嘴厂）
P:乙方：广州拓控自动化工程有限公司
P:甲方为提升液态硅胶奶嘴成型、后硫化及蒸汽灭菌工序的自动化和追溯水平，委托乙方对二号车间两条产线的控制系统实施改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条产线的控制系统改造，包括PLC控制柜及伺服系统更换、液态硅胶注射成型机控制模块升级、蒸汽灭菌柜控制改造、奶嘴外观视觉检测系统，以及产线监控软件（MES/SCADA）的许可、配置和接口开发。
P:1.2 乙方应完成与甲方现有ERP系统的工单、物料批次接口，实现从硅胶原料批次到成品包装箱号的逐批追溯。
P:1.3 改造须在甲方安排的两次停线窗口内完成，每次停线不超过十日，不得影响另一条产线的正常生产，改造期间的临时过渡措施由乙方提出并经甲方批准。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），含设备、软件、安装调试、工艺验证、培训、运输、保险及税费。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及伺服系统改造|2套|486,000
TB:2|液态硅胶注射成型机控制模块|8台|312,000
TB:3|蒸汽灭菌柜控制改造|4台|228,000
TB:4|奶嘴外观视觉检测系统|2套|176,000
TB:5|产线监控软件（MES/SCADA）许可|1套|198,000
TB:|软硬件小计||1,400,000
TB:6|安装调试及工艺验证|1项|118,000
TB:7|操作及维护培训|1项|22,000
TB:|合同总价||1,540,000
P:2.2 上述价格为固定价格，履约期间不因原材料、汇率或人工成本变化而调整。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款（¥308,000），乙方须同时提供等额预付款保函。
P:3.2 全部设备到货并完成安装、单机调试后，甲方支付合同总价的45%（¥693,000）。到货及安装完成不视为验收。
P:3.3 系统通过最终验收后十五日内，甲方支付合同总价的35%（¥539,000）。
H:第四条 交付与安装
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并在第一次停线窗口内完成一号线改造，在第二次停线窗口内完成二号线改造。
P:4.2 设备到货时，乙方应提供装箱单、合格证、说明书、电气图纸及软件安装介质，双方共同开箱清点并签署到货单。
P:4.3 乙方施工人员应遵守甲方洁净车间的更衣、消毒、异物管控及动火审批制度。
P:4.4 乙方应在每次停线前五日提交施工方案、停线计划和应急恢复方案，经甲方生产部和设备部会签后方可实施；因乙方原因未能在停线窗口内恢复生产的，乙方应承担甲方由此增加的加班及外协费用。
P:4.5 乙方应对甲方操作工、设备维修工和质量检验员分别开展培训，合计不少于六十学时，并提供中文操作规程、点检表和常见故障处理手册。
H:第五条 验收
P:5.1 改造完成后进行工艺验证，验证内容包括：成型周期、注射压力及模温控制精度符合技术协议；灭菌柜温度记录与独立温度探头比对偏差不超过0.5℃；视觉检测对技术协议所列缺陷的漏检率低于0.2%；批次追溯从原料到装箱号可完整查询。
P:5.2 工艺验证合格后，两条产线连续试生产三十日，其间未发生因控制系统原因导致的停线或批次报废，并经甲方质量部门签字确认，视为最终验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷并提供远程及现场支持。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的28%计取，即每年¥392,000，含驻厂工程师一名、备品备件、软件升级及每季度预防性维护。该费率自质保期满起三年内固定不变。
P:6.3 维保期间乙方应建立设备档案，每季度提交一次预防性维护报告，内容包括伺服驱动器、温控模块、灭菌柜压力传感器的检查和校准结果，以及下一季度的备件更换建议。
P:6.4 维保服务按年度签署服务确认单，费用于每个维保年度结束后三十日内支付。
H:第七条 服务水平
P:7.1 控制系统月度可用率不低于99.5%，计划停机经甲方批准后不计入不可用时间。
P:7.2 一级故障（任一产线因控制系统原因停线）乙方应在1小时内响应，8小时内到场，24小时内恢复生产；二级故障（单台设备故障但产线可降级运行）2小时内响应，48小时内解决。
P:7.3 乙方响应或恢复每超时一小时，向甲方支付¥600；月度可用率每低于承诺值0.1个百分点，向甲方支付¥2,000。上述款项可从维保费或应付款中扣除。
H:第八条 违约责任
P:8.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:8.2 乙方提供的设备或软件与技术协议不符的，甲方有权要求更换，由此产生的费用及延误由乙方承担，延误期间同样按第8.1项计算违约金。
P:8.3 因乙方原因导致甲方产品批次报废的，乙方应赔偿甲方的实际损失。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、配方参数模板、接口程序、监控画面及相应源代码归甲方所有，甲方可自行修改或委托他人维护。
P:9.2 产线监控软件产品本身的知识产权归乙方或其许可方，甲方享有永久使用许可。
H:第十条 数据安全与保密
P:10.1 生产工艺参数、配方、批次记录、质量数据等全部数据归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:10.2 乙方远程维护须经甲方逐次审批并通过甲方提供的VPN及审计系统进行；乙方应对工控网络采取安全隔离措施，发生数据泄露或被篡改的，应在2小时内通知甲方并承担相应赔偿责任。
P:10.3 乙方应在交付前对所有工控主机进行病毒查杀和基线加固，关闭不必要的端口和服务，并向甲方提交加固记录。
P:10.4 双方对在履约中获知的对方商业秘密和技术信息负有保密义务，保密期限至该信息公开之日止。
H:第十一条 分包
P:乙方不得分包本合同的主体工作；辅助性电气布线如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交东莞仲裁委员会仲裁。
H:第十四条 安全生产与不可抗力
P:14.1 乙方人员在甲方厂区内应遵守甲方的安全生产、消防和职业卫生制度，因乙方人员违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:14.2 因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十五条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一《技术协议》、附件二《设备及软件清单》、附件三《工艺验证方案》为本合同不可分割的组成部分，与本合同正文具有同等效力；附件与正文不一致的，以正文为准。
P:甲方（盖章）：        乙方（盖章）：
P:日期：2026年4月7日
"""

Z03 = r"""
幻域VR体验馆预约与会员管理系统SaaS服务及实施合同

合同编号：HYWL-IT-2026-032
甲方：成都幻域连锁文化娱乐有限公司
乙方：杭州约客云科技有限公司

鉴于甲方在全国经营四十家VR体验馆门店，需要统一的线上预约、排队叫号、会员储值及营销管理系统，乙方拥有“约客云”场馆预约SaaS平台，双方经协商一致，就乙方向甲方提供SaaS订阅服务及实施服务事宜订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店开通“约客云”平台场馆版，包括微信小程序预约、场次与设备排期、排队叫号、会员储值与积分、团购核销、营销活动和经营报表功能。
2. 每家门店可开通不超过十个员工账号，总部可开通不超过三十个管理账号。
3. 订阅期限为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。
（二）实施服务
1. 乙方负责四十家门店的基础配置、设备与场次模板导入、价格体系配置。
2. 乙方负责将甲方现有会员系统中约二十六万条会员资料、储值余额及积分迁移至新平台。
3. 乙方负责开发甲方品牌小程序页面，并完成与甲方财务系统、美团及抖音团购核销接口的对接。
4. 乙方负责对门店店长和总部运营人员进行线上及集中培训，集中培训在成都总部举行两场，并提供培训视频和操作手册供新员工自学。

二、合同价款
（一）订阅费：每家门店每个服务年度¥3,600，四十家门店每个服务年度合计¥144,000，两个服务年度合计¥288,000。
（二）实施费：¥86,000，含配置、数据迁移、小程序页面开发和接口对接。
（三）培训费：¥12,000。
（四）本合同总价为¥386,000（大写：叁拾捌万陆仟元整），含增值税。服务期内新增门店的，按每店每服务年度¥3,600另行计费，按剩余服务天数折算。

三、付款方式
（一）实施费和培训费在系统上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费，在该服务年度开始后三十日内支付。
（三）乙方应在每次付款前开具合规的增值税专用发票。

四、实施进度
（一）乙方应在合同签订后四十五日内完成全部门店的配置、数据迁移和接口对接，并提交上线验收申请。
（二）门店切换分三批进行，每批切换前乙方应提交切换方案，切换应安排在门店营业结束后进行，不得影响门店次日营业。
（三）乙方应指定一名实施经理全程负责，每周向甲方提交进度报告。
（四）甲方应在合同签订后七日内提供门店清单、设备清单、价格表及原会员系统的数据导出文件，并指定总部对接人；因甲方资料提供延迟导致进度顺延的，实施期限相应顺延。

五、上线验收
（一）验收标准：
1. 四十家门店全部完成上线，小程序预约、排队叫号、储值消费、团购核销流程逐项测试通过；
2. 迁移后的会员数量、储值余额和积分与原系统逐条核对一致，差异经甲方书面确认已处理；
3. 在两千个并发预约请求下，小程序预约页面响应时间不超过2秒；
4. 与财务系统的日结数据连续十日核对无差异。
（二）甲方应在收到验收申请后十个工作日内组织验收。验收合格的，双方签署上线验收单；不合格的，乙方应在七日内整改后重新提交验收。
（三）门店试用或部分门店先行使用，不视为验收合格。

六、服务水平
（一）平台月度可用率不低于99.95%。每月计划维护不超过两次，每次不超过两小时，且应安排在凌晨零点至六点之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（小程序无法预约或门店无法核销）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常但有替代操作）：2小时内响应，24小时内解决；
3. 三级故障（一般咨询或优化需求）：1个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点以内按当月订阅费的2%减免，累计减免不超过当月订阅费的一半；一级故障响应每超时一小时，乙方向甲方支付¥500。
（四）乙方提供每日九点至二十四点的电话及在线客服支持，覆盖门店全部营业时间；节假日及寒暑假高峰期间，乙方应安排专人值守。

（五）乙方应每月5日前向甲方提交上月服务报告，内容包括可用率统计、故障清单及处理情况、客服工单统计和改进建议。

七、平台升级与变更
（一）乙方可对平台进行版本升级，但不得减少本合同约定的功能或降低服务水平；涉及门店操作流程变化的重大升级，应提前十五日通知甲方并提供操作说明。
（二）甲方提出的个性化需求，双方另行评估工作量；服务期内甲方可免费使用乙方提供的不超过二十人日的小型优化服务。

八、知识产权
（一）“约客云”平台及其标准功能的知识产权归乙方所有，甲方在订阅期内享有使用权。
（二）乙方为甲方开发的品牌小程序页面、活动模板、接口程序及相关源代码归甲方所有，乙方应在上线验收时一并交付，甲方可自行修改或委托第三方维护。

九、数据归属
（一）甲方门店的会员资料、预约记录、消费及储值记录等经营数据归甲方所有。
（二）乙方仅可为向甲方提供本合同约定的服务而使用上述数据，不得将其用于任何其他目的，也不得向第三方提供。
（三）订阅期满或合同解除后十五日内，乙方应按甲方要求的格式导出并交付全部数据，之后删除平台中的甲方数据。

十、违约责任
（一）乙方逾期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成会员储值余额或积分错误的，乙方应在三日内核实更正，并赔偿甲方因此向会员补偿的金额。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
（四）甲方逾期支付的，每逾期一日按应付未付金额的万分之二支付逾期付款违约金。

十一、分包
乙方不得将本合同项下的实施工作分包给第三方；确需委托第三方承担接口开发的，应事先取得甲方书面同意。

十二、续约与合同解除
（一）订阅期满前六十日，双方协商续约事宜；未签订续约合同的，本合同于订阅期满时终止。
（二）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务期间的订阅费，并赔偿甲方损失。
（三）乙方连续两个月未达到月度可用率承诺的，甲方有权解除合同。

十三、不可抗力
因地震、疫情防控措施等不可抗力导致一方不能履行的，应及时通知对方，并在合理期限内提供证明；不可抗力持续超过六十日的，任何一方可书面通知解除合同，已付未使用期间的订阅费按日退还。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、其他
（一）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（二）本合同的变更须经双方书面确认。双方联系人、通知地址变更的，应在变更后三日内书面通知对方，否则按原地址送达即视为有效送达。
（三）附件《门店清单》《功能清单》《接口清单》为本合同的组成部分。

甲方（盖章）：成都幻域连锁文化娱乐有限公司
乙方（盖章）：杭州约客云科技有限公司
签订日期：2026年5月12日
"""

Z04 = r"""
青石县征兵报名与体检登记系统运维服务合同

合同编号：QSRWB-YW-2026-03
甲方：青石县人民武装部
乙方：皖信网络科技有限公司

为保障本县征兵报名、初检初考、体检登记和政治考核信息录入工作的顺利开展，甲方委托乙方对“征兵报名与体检登记系统”及其配套软硬件环境提供运维服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

第一条 服务对象与期限
（一）服务对象包括：部署于甲方机房的征兵报名与体检登记系统应用软件、两台应用服务器、一台数据库服务器、体检站二十六个登记终端、十八台身份证读卡器、指纹采集仪及相应网络设备。
（二）服务期限自2026年3月1日起至2027年2月28日止。
（三）服务地点为甲方机房、县征兵体检站及各乡镇武装部报名点。
（四）本合同所称集中期，指甲方书面通知的春季、秋季征兵网上报名、初检初考、体检和政治考核期间，以甲方每次提前十日发出的工作通知为准。

第二条 服务内容
（一）日常运维：每周对服务器、数据库、应用系统进行一次巡检，检查日志、存储空间、备份执行情况，并形成巡检记录。
（二）征兵集中期保障：在春季和秋季征兵报名、体检、政治考核集中期间，乙方派一名工程师在体检站驻场值守，每日开机前完成系统检查，确保登记终端和读卡设备正常。
（三）版本适配：根据上级兵役机关下发的数据标准和报表格式变化，在通知下发后二十日内完成系统适配，并配合完成与省级征兵信息系统的数据对接测试。
（四）数据备份与恢复：每日增量备份，每周全量备份，每季度进行一次恢复演练，并提交演练报告；备份数据应存放于甲方指定的离线介质，由甲方专人保管。
（五）安全加固：配合甲方开展网络安全等级保护测评，对测评发现的问题在三十日内完成整改。
（六）培训：在每次集中期开始前，对各乡镇专武干部和体检站录入人员开展操作培训，每次不少于两场。

（七）备品备件：乙方应在县城储备不少于两台登记终端、四台身份证读卡器和一套指纹采集仪作为备机，终端故障时先行替换，确保体检站登记工作不中断。
（八）资产台账：乙方应建立系统软硬件资产台账和网络拓扑图，发生变化的在五日内更新，并报甲方备案。

第三条 服务费用及支付
（一）本合同服务费总额为人民币贰拾陆万捌仟元整（¥268,000），含人员、差旅、备品备件和税费。
（二）服务费按季度支付。每季度结束后，甲方依据本合同第六条进行季度考核，考核通过后十五个工作日内支付当季服务费¥67,000。
（三）乙方应在请款前开具等额发票，甲方按财政资金支付程序付款。本合同不设预付款。
（四）季度考核扣减的费用，从当季服务费中直接扣除。

第四条 服务水平
（一）故障分级：
1. 一级故障：征兵集中期内系统无法登录、无法录入或数据无法上报；
2. 二级故障：部分功能或个别终端无法使用，但可通过其他终端完成工作；
3. 三级故障：不影响业务办理的一般问题和咨询。
（二）响应及处理时限：一级故障乙方应在6小时内响应并到达现场，24小时内恢复；二级故障在1个工作日内响应，3个工作日内解决；三级故障在5个工作日内答复。
（三）乙方应设立服务热线，工作日八点至十八点有人接听，集中期内全天有人接听。乙方接到故障报告后应登记工单，处理完毕经甲方确认后方可关闭，工单记录作为季度考核依据。
（四）乙方响应或恢复超过上述时限的，每超时一小时扣减当季服务费¥1,000；同一季度内一级故障超过两次的，另扣减当季服务费¥5,000。

第五条 运维交付物
（一）乙方应按月提交运维月报，包括巡检记录、故障处理记录、备份与恢复记录和变更记录。
（二）乙方在服务期内形成的运维脚本、配置文档、操作手册和报告，其知识产权归甲方所有，乙方应在服务期满时全部移交。

第六条 考核与验收
（一）季度考核内容：巡检记录完整；备份任务成功率不低于98%；故障按时限处理；月报按时提交；甲方使用单位满意度评价不低于九十分。季度考核不合格的，乙方应在十日内整改，整改后重新考核。
（二）服务期满前十五日，甲方组织年度验收，依据本合同第二条逐项检查交付物和服务记录，验收标准为：四个季度考核均已通过或整改合格；集中期内未发生未按时限恢复的一级故障；运维脚本、配置文档和操作手册已完整移交并经甲方核对。验收合格后双方签署验收单。

（三）甲方应为乙方提供必要的工作场所、机房出入和系统账号，及时提供上级下发的数据标准和工作通知；因甲方未及时提供资料导致乙方未能按期完成的，相应期限顺延。

第七条 数据安全
（一）系统中的应征青年身份信息、体检结果、政治考核信息等全部数据归甲方所有，乙方不得复制、留存、对外提供或用于本合同以外的任何目的。
（二）乙方运维人员须经甲方政治审查合格后方可上岗，所有运维操作在甲方现场进行，确需远程操作的须经甲方逐次批准，并在甲方监督下通过审计设备进行。
（三）禁止使用未经甲方登记的移动存储介质；更换下的存储设备由甲方留存或按规定销毁。
（四）发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
（一）乙方及其人员对在服务中知悉的兵役工作信息、个人信息和甲方内部资料负有保密义务，应签订保密承诺书，不得以任何形式泄露。
（二）保密义务在本合同终止后继续有效。

第九条 违约责任
（一）乙方未按本合同第二条约定期限完成版本适配、安全整改或恢复演练的，每逾期一日，按合同总额的万分之二向甲方支付违约金。
（二）乙方人员违反甲方管理规定或保密要求的，甲方有权要求更换人员，乙方应在三日内更换。
（三）因乙方原因导致征兵报名或体检工作延误的，乙方应赔偿甲方由此产生的直接损失。

第十条 分包与人员
（一）乙方不得将本合同项下的服务分包或转包给任何第三方。
（二）乙方应指定一名项目负责人和两名运维工程师，名单报甲方备案，未经甲方同意不得更换；运维工程师应具有相关专业技术资格，熟悉本系统的部署架构和业务流程。

第十一条 合同解除
（一）乙方严重违反本合同约定，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
（二）合同解除或期满时，乙方应在七日内完成全部资料和账号的移交，并配合新的运维单位做好交接。

第十二条 不可抗力
因自然灾害、重大疫情等不可抗力致使本合同不能履行的，受影响一方应及时通知对方，并在十日内提供相关证明，双方根据不可抗力的影响协商延期履行、部分履行或解除合同，服务费按实际服务情况结算。

第十三条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）本合同服务期满即行终止，如需继续服务，双方另行签订合同。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：青石县人民武装部
乙方（盖章）：皖信网络科技有限公司
签订日期：2026年2月20日
"""

Z05 = r"""
# 匠链工序追踪系统软件许可及定制开发合同

**匠链标准软件合同文本（V3.0）**

合同编号：JL-2026-BD-118

甲方（采购方）：北海珠贝工艺品厂

乙方（供应方）：南宁匠链软件有限公司

甲方因贝雕工艺品生产管理需要，拟采购乙方“匠链工序追踪系统”，并委托乙方进行定制开发。双方本着平等自愿的原则，按乙方标准合同文本签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工序追踪系统标准版软件许可，含二十个车间工位终端授权及一个管理端授权。

1.2 乙方按甲方需求进行定制开发，内容包括：贝壳原料批次入库登记；开料、切割、打磨、雕刻、镶嵌、抛光各工序的扫码报工；镶嵌件与底板的配对追踪；工艺品图谱库及成品二维码溯源查询页面。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的《需求确认书》为准。《需求确认书》签署后，甲方提出的新增或变更需求，乙方按每人日¥1,800另行报价，经甲方书面确认后实施，交付时间相应调整。

1.5 系统主要功能说明：原料批次管理支持按产地、贝种、规格和等级登记；工序报工支持扫码开工、完工和不良登记，自动统计各工位计件数量；镶嵌配对支持镶嵌件与底板的一对多绑定；图谱库支持按题材、工艺和尺寸检索历史作品图样；溯源页面供终端客户扫描成品二维码查看产地、工艺和制作工匠信息。

## 第二条 合同价款

2.1 合同总价为人民币伍拾壹万元整（¥510,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（20工位+管理端） | 268,000 |
| 2 | 定制开发（原料批次、工序报工、镶嵌配对、图谱库、溯源页面） | 196,000 |
| 3 | 部署实施及基础数据初始化 | 38,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 510,000 |

2.2 上述价格不含扫码枪、工位平板、打印机等硬件设备，硬件由甲方自行采购或另行委托乙方采购。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即¥331,500。

3.2 系统上线运行后十个工作日内，甲方支付剩余的35%，即¥178,500。

3.3 乙方在收到每期款项前向甲方开具等额增值税普通发票；甲方要求开具专用发票的，应提前提供开票信息。

3.4 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付与上线

4.1 乙方在收到首期款后九十日内完成定制开发和部署，具体进度以乙方项目计划为准。

4.2 甲方应按乙方要求提供工序清单、工位清单、产品编码规则和历史图谱资料，并指定对接人员。甲方资料提供延迟或需求变更的，交付时间相应顺延。

4.3 系统部署在甲方自有服务器上，服务器及操作系统由甲方自备。

4.4 乙方提供的培训为一次集中培训，时长一日，培训对象为甲方指定的管理人员和班组长，超出部分另行收费。

4.5 甲方应保证服务器、网络和工位终端满足乙方提出的运行环境要求，因甲方运行环境不符合要求导致系统无法正常运行的，由甲方自行负责。

## 第五条 验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，由乙方在免费维护期内统一安排处理。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月免费维护，内容包括缺陷修复、远程技术支持和系统补丁。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度服务协议，服务费按乙方当年公布的服务价格标准收取。

6.3 免费维护期内，甲方系统出现一级故障（系统无法登录或全部工位无法报工）的，乙方应在2小时内响应，并在一个工作日内提供解决方案；其他问题在两个工作日内响应。

6.4 一级故障响应超时的，乙方每超时一小时向甲方支付¥200，该款项在甲方下次付款时抵扣。

6.5 免费维护不包括：因甲方操作不当、擅自修改系统或数据库、病毒感染、硬件故障及运行环境变化引起的问题；系统版本大升级；新增功能开发。上述服务乙方可按收费标准另行提供。

6.6 乙方提供的维护服务以远程方式为主，确需现场服务的，甲方应承担乙方人员的差旅及食宿费用。

## 第七条 知识产权

7.1 匠链工序追踪系统及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表、接口程序、源代码及相关文档，其知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对其进行修改、反向工程，也不得许可第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的原料、工序、人员计件及作品图谱等业务数据归甲方所有，甲方可随时通过系统导出功能导出。

8.2 甲方同意乙方可对系统运行中产生的业务数据进行脱敏处理后，用于乙方产品改进、行业分析及算法训练。

8.3 乙方对其接触的甲方数据采取访问控制、传输加密和操作日志等安全措施；乙方远程维护需经甲方同意。因乙方原因导致甲方数据泄露的，乙方应在二十四小时内通知甲方，并依照本合同第十条承担赔偿责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 甲方不得向第三方披露本合同的价格条款及乙方的技术资料。

9.3 本条保密义务在合同终止后两年内继续有效，但依法应当披露或已为公众所知的信息除外。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

10.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限，且不承担甲方的间接损失、利润损失或停产损失。

10.3 甲方违反本合同第七条约定的，应向乙方支付合同总价的50%作为违约金。

## 第十一条 委托第三方

乙方可根据项目需要，将部分开发、实施或培训工作委托第三方完成，并通知甲方。乙方对第三方的工作承担责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除合同。

12.2 因甲方原因解除合同的，已付款项不予退还。

12.3 合同解除后，甲方应停止使用乙方软件，并删除其已安装的全部副本；乙方已完成的定制开发工作量，甲方应按实际完成比例结算。

## 第十三条 不可抗力

因不可抗力或政策变化、网络运营商故障、第三方软件缺陷等乙方不能控制的原因导致乙方不能按期履行的，乙方不承担违约责任，履行期限相应顺延。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同为乙方标准合同文本，双方对条款均已充分阅读和理解。

甲方（盖章）：　　　　　　乙方（盖章）：

签订日期：2026年　月　日
"""

E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. KSW-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 March 2026 between Ningbo Haiyue Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Buyer"), and Keren Software Works PLC, a company incorporated in the State of Eritrea with its principal office in Keren, Anseba Region, Eritrea (the "Vendor").
P:The Buyer operates a fleet of refrigerated trucks and three cold-storage depots and wishes to replace its spreadsheet-based maintenance planning with the Vendor's fleet maintenance management software. The Vendor has offered a perpetual licence together with configuration, custom reports, data migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FleetCare Maintenance Suite, version 7, in object code, including the mobile inspection application and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, custom reports, interface programs, data migration scripts and documentation prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables have passed the acceptance tests.
P:1.4 "Buyer Data" means all data entered into, processed by or generated in the Software in connection with the Buyer's business, including vehicle records, driver records, inspection photographs and maintenance history.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users at the Buyer's head office, its depots and on its drivers' mobile devices in the People's Republic of China.
P:2.2 The Vendor shall configure the Software for the Buyer's vehicle types and maintenance intervals, develop twenty-two custom reports and two interfaces (one to the Buyer's telematics platform and one to its ERP purchasing module), migrate the Buyer's historical maintenance records, and train the Buyer's staff.
P:2.3 The Software will be installed on servers provided by the Buyer in its Ningbo data room. The Vendor shall not host any part of the Software or the Buyer Data outside the Buyer's environment.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,168,000, inclusive of all taxes, duties and expenses, made up as follows: Licence Fee CNY 860,000; configuration, custom reports and interfaces CNY 214,000; data migration CNY 58,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. The Vendor shall bear its own travel and accommodation costs for all work performed in China.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 233,600) within fifteen days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 525,600) within twenty days after the Software has been installed and the Go-Live Certificate has been signed. Go-Live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 408,800) within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account designated by the Vendor in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software and complete installation within forty-five days after signature, and shall complete configuration, custom reports, interfaces and data migration within one hundred and twenty days after signature.
P:5.2 The acceptance tests shall verify that: (a) every function listed in Annex 1 works as specified; (b) the migrated maintenance records reconcile with the Buyer's source files for every vehicle, with any difference explained and corrected; (c) the telematics interface imports odometer and engine-hour readings for all vehicles at least every hour without error for ten consecutive days; (d) standard screens open within three seconds for sixty concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 After successful tests the Software shall run in production for thirty days. If no Severity 1 defect occurs in that period, the Buyer shall sign the Final Acceptance certificate within five working days. Go-Live, use of the Software in production or any payment does not by itself constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its own cost within ten days and repeat the test. If the tests fail a second time, the Buyer may terminate this Agreement under Article 13.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their specifications for twenty-four months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide remote support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at 11% of the Licence Fee per year (CNY 94,600 per year). This rate is fixed for the first three years after the Warranty Period.
P:6.3 Support requests are classified by severity. Severity 1 means the Software is unavailable or maintenance work orders cannot be issued. The Vendor shall respond to Severity 1 requests within two hours, twenty-four hours a day, and restore service within eight hours. Severity 2 requests shall be answered within one business day.
P:6.4 For each full hour by which the Vendor misses the Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through other service providers.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, under access rights approved by the Buyer for each task. All access shall be logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China with respect to driver and employee data.
P:8.4 The Vendor shall notify the Buyer within six hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liquidated Damages
P:10.1 If the Vendor fails to meet a date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:10.2 The total liquidated damages for delay shall not exceed 10% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limitation does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the written consent of the other party.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of the breach.
P:13.2 If the Buyer terminates under Article 13.1 or Article 5.4, the Vendor shall refund all amounts paid for the parts of the work not accepted, and the Buyer may keep using any licence already paid for.
P:13.3 Articles 7, 8, 9, 11 and 14 survive termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Eritrea.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within thirty days shall be finally resolved by arbitration in Asmara, Eritrea, in the English language, before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties about its subject matter.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses stated above.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = r"""
# Barentu Cloudworks — Subscription Order Form

**Order Form No. BCW-OF-2026-0217**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

# PART A — ORDER DETAILS

## A1. Parties

**Provider:** Barentu Cloudworks PLC, a company incorporated in the State of Eritrea, with its principal office in Barentu, Gash-Barka Region, Eritrea.

**Customer:** Suzhou Hengsheng Elevator Services Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou Industrial Park, Jiangsu Province.

## A2. Subscribed Service

ServiceRoute Field, the Provider's cloud application for scheduling, dispatching and recording elevator maintenance and repair work, including the technician mobile application, the customer portal for building owners, the parts-usage module and the standard reporting module.

Scope: 300 named users (technicians, dispatchers and supervisors) at the Customer's Suzhou, Wuxi and Nantong branches.

## A3. Subscription Term

The Initial Term is twenty-four months, consisting of two Subscription Years, and starts on the Service Start Date, which is the date the Customer signs the Onboarding Acceptance Certificate under B3. Renewal is governed by B9.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 300 users × CNY 1,100 | 330,000 |
| Subscription, Subscription Year 2 | 300 users × CNY 1,100 | 330,000 |
| Onboarding (configuration, data import, two integrations, training) | fixed, one-time | 48,000 |
| **Total Fees for the Initial Term** | | **708,000** |

All amounts are in Chinese yuan and include VAT. Additional users may be added at CNY 1,100 per user per Subscription Year, pro rata for the remaining part of the current Subscription Year.

## A5. Invoicing and Payment

Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 82,500, starting on the Service Start Date. The Onboarding fee is invoiced after the Onboarding Acceptance Certificate has been signed. Invoices are payable within thirty days of receipt by bank transfer in CNY to the Provider's account stated on the invoice. Nothing is payable before the Service Start Date.

## A6. Special Terms

1. Customer data shall be hosted on the Provider's infrastructure at a data centre in Shanghai operated by a licensed PRC cloud provider. No Customer Data shall be stored or accessed outside mainland China.
2. The Provider shall complete onboarding within sixty days after signature of this Order Form.
3. Customer contact: Ms. Gu Lan, IT Manager. Provider contact: Mr. Tesfay Kidane, Account Director.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________

# PART B — GENERAL TERMS

## B1. Definitions

1.1 "Service" means the subscribed service described in A2, including updates the Provider makes generally available.

1.2 "Customer Data" means all data, files and images that the Customer or its users enter into or generate in the Service, including building records, equipment records, maintenance logs, inspection photographs and technician location data.

1.3 "Customer Configurations" means the forms, workflows, checklists, report templates and integration mappings prepared for the Customer during onboarding.

## B2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with this Order Form and the documentation.

2.2 The Customer shall use the Service only for its internal business and shall not resell it or make it available to third parties other than building owners using the customer portal.

2.3 The Provider may update the Service from time to time provided that updates do not materially reduce its functionality.

## B3. Onboarding and Acceptance

3.1 During onboarding the Provider shall configure the Service, import the Customer's equipment register of approximately 6,800 elevators and escalators, connect the Service to the Customer's ERP system and its remote monitoring platform, and train 24 key users.

3.2 Onboarding is complete when: (a) all equipment records have been imported and reconciled with the Customer's register, with any differences corrected; (b) work orders created in the remote monitoring platform appear in the Service within two minutes in a test of two hundred alarms; (c) parts usage recorded in the Service posts correctly to the ERP system for five consecutive business days; and (d) the key users have completed training.

3.3 When these criteria are met, the Customer shall sign the Onboarding Acceptance Certificate within five business days or state in writing which criteria are not met. Use of the Service for training or testing does not constitute acceptance.

3.4 If the Provider fails to complete onboarding within the period in A6 for reasons attributable to it, it shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 48,000.

## B4. Service Levels

4.1 The Provider targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least three days in advance and performed between 23:00 and 05:00 China Standard Time.

4.2 Incidents are classified as P1 (the Service or the mobile application is unavailable for all users), P2 (a major function is impaired) and P3 (other issues). The Provider shall respond to P1 incidents within one hour at any time, to P2 incidents within two business hours and to P3 incidents within two business days.

4.3 The service levels in this B4 are performance targets. No service credits, fee reductions or other payments apply if a service level is not met. The Provider shall use reasonable efforts to restore the Service and shall provide a written incident report for every P1 incident within five business days.

## B5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider obtains no rights in Customer Data other than the right to process it to provide the Service to the Customer during the Subscription Term.

5.2 The Provider shall not use Customer Data for any other purpose, including analytics, benchmarking or product development, and shall not disclose it to any third party except as required by law.

5.3 Upon expiry or termination, the Provider shall make all Customer Data available for export in CSV and original image formats for sixty days and shall then delete it from the Service and its backups within thirty days, certifying the deletion in writing.

## B6. Data Security

6.1 The Provider shall maintain administrative, technical and physical safeguards appropriate to the nature of Customer Data, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all administrative access and annual penetration testing by an independent tester.

6.2 The Provider shall maintain a valid ISO/IEC 27001 certificate and an MLPS level 3 filing for the hosting environment throughout the Subscription Term.

6.3 The Provider shall notify the Customer within eight hours of becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for losses suffered by the Customer as a result of the Provider's breach of this B6.

## B7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information disclosed under this Order Form and shall use it only to perform or receive the Service.

7.2 This obligation does not apply to information that is public through no fault of the receiving party or that the receiving party developed independently. It continues for three years after the end of the Subscription Term.

## B8. Intellectual Property

8.1 The Provider retains all rights in the Service, the software and the documentation.

8.2 Customer Configurations belong to the Customer. The Provider shall deliver them in a documented, exportable format on request, and the Customer may use, modify and have third parties use them freely, including with other systems.

## B9. Term, Renewal and Fees on Renewal

9.1 At the end of the Initial Term this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current term.

9.2 The Provider may increase the fees for any renewal term by notifying the Customer at least seventy days before the renewal term begins. An increase shall not exceed 9% over the fees of the preceding Subscription Year.

## B10. Subcontracting

10.1 The Provider shall not subcontract the provision of the Service or any onboarding work without the Customer's prior written consent, except for the hosting provider named in A6, which the Customer approves by signing this Order Form.

10.2 The Provider remains responsible for the acts and omissions of its subcontractors.

## B11. Liability

11.1 Each party's total liability arising out of this Order Form is limited to 150% of the Total Fees stated in A4.

11.2 This limit does not apply to breach of B5, B6 or B7, to infringement claims, or to death, personal injury or wilful misconduct.

## B12. Termination

12.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

12.2 If the Customer terminates under 12.1, the Provider shall refund any prepaid fees for the period after termination.

## B13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

## B14. General

14.1 Notices shall be in writing and sent to the contacts in A6.

14.2 Neither party may assign this Order Form without the other party's written consent.
"""

E03 = r"""
T:Supply, Installation and Licence Contract for Cold-Store Temperature Monitoring
P:Contract No. QBH-PUR-2026-0089
P:This Contract is made on 14 April 2026 between Qingdao Blue Harbour Cold Storage Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huangdao District, Qingdao (the "Buyer"), and Mendefera Instruments PLC, a company incorporated in the State of Eritrea with its principal office in Mendefera, Southern Region, Eritrea (the "Supplier"). This Contract is on the Buyer's standard purchasing terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless temperature and humidity sensors, gateways and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the web console, alarm engine, mobile alert application and reporting module.
P:1.3 "Custom Work" means the dashboards, report templates, alarm rules and the interface to the Buyer's warehouse management system (WMS) prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, user and audit-trail data collected or generated by the Equipment and the Software.
P:1.5 The Supplier shall supply, install, calibrate and commission the Equipment in the Buyer's six cold-storage chambers and two loading halls in Qingdao, license and install the Software on the Buyer's servers, prepare the Custom Work and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is fixed and is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with mounting kit|420|860|361,200
TB:2|Industrial gateway with 4G backup|36|5,400|194,400
TB:3|ColdWatch software, perpetual licence, unlimited sensors at the site|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||841,600
TB:4|Installation, calibration, commissioning and Custom Work|1|97,400|97,400
TB:5|Training (operators, quality staff, administrators)|1|21,000|21,000
TB:|Contract Price (including VAT)|||960,000
P:2.2 The Contract Price includes delivery to the Buyer's site, insurance, customs duties, taxes, travel and all costs of the Supplier's personnel.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 96,000) within fifteen days after the Buyer receives an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 528,000) within twenty days after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 336,000) within twenty days after Final Acceptance under clause 5.
P:3.4 Each payment is due against a valid VAT invoice. Payments are made in CNY by bank transfer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within sixty days after signature and complete installation within thirty days after delivery.
P:4.2 Installation inside the chambers shall be carried out in stages agreed with the Buyer's warehouse manager so that stored goods are not exposed to temperature excursions. The Supplier's staff shall wear the cold-protection equipment required by the Buyer's safety rules.
P:4.3 The Supplier shall provide packing lists, certificates of origin, calibration certificates traceable to national standards for every sensor, manuals in Chinese and English, and as-built drawings showing the position of each sensor.
P:4.4 The Supplier shall train twenty operators, six quality staff and two administrators in Qingdao in Chinese, covering daily monitoring, alarm handling, calibration records, report generation and user administration, and shall provide training materials that the Buyer may copy for internal use.
P:4.5 The Supplier shall appoint a project manager who speaks Chinese and is available on site during installation and acceptance testing. The project manager may be replaced only with the Buyer's consent.
H:5. Acceptance
P:5.1 After installation, the Supplier shall carry out the acceptance tests in the Buyer's presence. The tests shall show that: (a) every sensor reads within ±0.3 °C of a reference thermometer at three temperature points; (b) readings from every sensor reach the Software within sixty seconds; (c) alarms are sent by SMS and mobile application within two minutes of a simulated excursion; (d) data is stored without gaps during a simulated loss of mains power and network for two hours; and (e) temperature records are transferred correctly to the WMS for every chamber.
P:5.2 After successful tests the system shall run for twenty-one consecutive days without a Priority 1 fault. The Buyer shall then sign the Final Acceptance Certificate within five working days.
P:5.3 Delivery, installation, use of the system or payment does not constitute acceptance. If a test fails, the Supplier shall correct the fault at its own cost within ten days and repeat the test.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, correct Software defects, provide Software updates, recalibrate all sensors once a year and provide remote and on-site support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall not exceed 8.5% of the Equipment and Licence Subtotal (CNY 71,536 per year), and this cap applies for two years after the warranty period. Support is ordered year by year; there is no automatic renewal.
P:6.3 Availability of the monitoring console and alarm engine shall be at least 99.95% per month during the warranty period, excluding planned maintenance agreed with the Buyer.
P:6.4 Faults are classified in the table below:
TB:Priority|Definition|Response|On site|Restoration
TB:Priority 1|Alarms not delivered or monitoring of a chamber lost|30 minutes|6 hours|12 hours
TB:Priority 2|Part of the sensors or reports unavailable|2 hours|next working day|3 working days
TB:Priority 3|Minor faults and questions|1 working day|as needed|next update
P:6.5 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, it shall pay the Buyer CNY 500. For each 0.1 percentage point by which monthly availability falls below the level in clause 6.3, it shall pay the Buyer CNY 1,000. The Buyer may deduct these amounts from any sum due to the Supplier.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the site.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall deliver its source files and documentation at Final Acceptance, and the Buyer may use, modify and license the Custom Work freely.
H:8. Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall process it only to perform this Contract and shall not copy, retain or use it for any other purpose.
P:8.2 The Supplier may access the system remotely only through the Buyer's VPN, with individual accounts, multi-factor authentication and approval by the Buyer for each session. All remote sessions shall be logged.
P:8.3 The Supplier shall configure the Software so that audit trails cannot be altered and records are kept for the period required by the Buyer's food-safety procedures.
P:8.4 The Supplier shall notify the Buyer within six hours of any security incident affecting Buyer Data and shall be liable for losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's facilities, customers, stored goods and systems obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This obligation continues for three years after the end of the warranty period.
H:10. Delay Damages
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in this Contract for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price per day of delay.
P:10.2 Delay damages are capped at 10% of the Contract Price. If this cap is reached, the Buyer may terminate under clause 13.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:11.2 This limit does not apply to death or personal injury, wilful misconduct, or breach of clauses 8 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the acceptance tests fail twice.
P:13.2 On termination the Supplier shall refund payments for work not accepted and compensate the Buyer's direct losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. General
P:15.1 Amendments must be in writing and signed by both parties. This Contract is made in two originals in English and Chinese; both versions are equally authentic.
P:15.2 Notices under this Contract shall be given in writing to the addresses stated above, or to another address notified in writing.
P:15.3 Neither party may assign this Contract without the written consent of the other party. The annexes (Technical Specification, Site Plan and Acceptance Test Procedure) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""
# Managed IT Services Agreement

**Agreement No. ASD-MS-2026-006**

This Managed IT Services Agreement is made on 2 June 2026 between:

- **Tianjin Binhai Harbour Shipping Agency Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in the Binhai New Area, Tianjin (the "Customer"); and
- **Ali Sabieh Digital Services SARL**, a company incorporated in the Republic of Djibouti with its principal office in Ali Sabieh, Djibouti (the "Provider").

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Term" means the period of thirty-six months starting on the Service Commencement Date.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

1.6 "Customer Data" means all data of the Customer and its employees, agents and clients that the Provider accesses, stores or processes in performing the Services, including shipping manifests, crew lists and customs declarations.

## 2. Services

2.1 The Provider shall provide the Services to the Customer's head office in Tianjin and its branch offices in Qingdao, Dalian and Lianyungang for the Term, in accordance with Schedules 1 and 2.

2.2 The Provider shall perform the Services with suitably qualified staff, using the Customer's existing tools where Schedule 1 says so. The Provider's on-site engineers in Tianjin shall speak Chinese.

2.3 The Provider shall comply with the Customer's IT security policies and site rules as notified to it in writing.

## 3. Transition

3.1 Within seventy-five days after signature the Provider shall complete the transition of the services from the Customer's incumbent supplier, including knowledge transfer, documentation of all devices and configurations, set-up of monitoring and the service desk, and the migration of open tickets.

3.2 If the Provider fails to complete transition within that period for reasons attributable to it, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to a maximum of CNY 72,000.

## 4. Transition Acceptance

4.1 Transition is complete when: (a) every device in the configuration inventory is monitored and its alerts reach the service desk; (b) the service desk has handled live calls in Chinese and English for ten consecutive business days with a first-call resolution rate of at least 65%; (c) backups of all servers in scope have completed and one test restore per site has succeeded; and (d) the runbooks listed in Schedule 1 have been delivered and approved by the Customer.

4.2 The Customer shall sign the Transition Acceptance Certificate within five business days after these criteria are met, or notify the Provider in writing of the criteria not met. The Provider shall then remedy them and request acceptance again.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

5.2 If a Service Level is not met, the Provider shall credit the Customer with the service credits stated in Schedule 2. Service credits are deducted from the next invoice.

5.3 The Provider shall hold a service review meeting with the Customer every month and a management review every quarter.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term.

6.2 The Provider shall invoice the Monthly Service Charge monthly in arrears and the Transition Charge after the Transition Acceptance Certificate is signed. Invoices are payable within thirty days of receipt. No amount is payable before the Service Commencement Date.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and shall not use it for any other purpose.

7.2 The Provider shall keep all Customer Data within the Customer's systems in mainland China. Remote access shall be made only through the Customer's privileged access management system with multi-factor authentication, and all sessions shall be recorded.

7.3 The Provider shall maintain ISO/IEC 27001 certification for its service operations and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.4 The Provider shall notify the Customer within two hours of becoming aware of a security incident affecting Customer Data, shall cooperate fully in containing and investigating it, and shall be liable for losses resulting from its breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

8.2 This clause survives the end of this Agreement for three years.

## 9. Intellectual Property

9.1 Runbooks, configuration records, scripts and reports prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any replacement supplier.

9.2 The Provider's own tools and know-how remain the Provider's.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of approved subcontractors.

## 11. Liability

11.1 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by the Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss. The limit in 11.1 does not apply to death or personal injury caused by negligence or to fraud.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It expires at the end of the Term and does not renew automatically; any extension requires a written agreement of both parties.

12.2 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within sixty days after a written reminder.

12.3 The service credits in Schedule 2 are the Customer's sole and exclusive remedy for any failure to meet the Service Levels. The Customer may not terminate this Agreement before the end of the Term.

12.4 On expiry or termination, the Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, return all Customer Data and delete any copies.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be referred to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's written consent.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and portal for 420 users, in Chinese and English | 07:00–22:00 daily |
| Network management | Monitoring, configuration and incident handling for 46 switches, 12 firewalls, 88 wireless access points and 4 WAN links | 24 × 7 monitoring |
| Server and storage management | Patching, monitoring, capacity reports and backup management for 38 virtual and 6 physical servers and 2 storage arrays | 24 × 7 monitoring |
| End-user support | Desktop, laptop and printer support; on-site engineer in Tianjin, remote support for branches | business days 08:30–18:00 |
| Security operations | Endpoint protection management, vulnerability scanning every month, log review | business days, alerts 24 × 7 |
| Runbooks and documentation | Maintain runbooks for all services, network diagrams and the configuration inventory | ongoing |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit if missed |
|---|---|---|
| Availability of core network and WAN links (monthly) | 99.98% | 3% of the Monthly Service Charge for each 0.1 percentage point below the level |
| P1 incident response (total loss of a site or core system) | 15 minutes | CNY 1,000 per incident responded to late |
| P1 incident restoration | 3 hours | CNY 2,000 per hour beyond the target |
| P2 incident response (degraded service) | 1 hour | CNY 300 per incident |
| Service desk calls answered within 60 seconds | 90% | 2% of the Monthly Service Charge |
| Patches for critical vulnerabilities installed | within 7 days | CNY 500 per server per day late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 72,000 |
| Monthly Service Charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total Charges for the Term** | | **2,160,000** |
| Exit assistance (if requested) | per engineer day | 2,600 |
"""

E05 = r"""
DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DKD-SUB-2026-031

This Data and API Subscription Agreement (the "Agreement") is made on 20 May 2026 between Shenzhen Qianhai Meridian Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qianhai, Shenzhen (the "Customer"), and Dikhil Maritime Data SARL, a company incorporated in the Republic of Djibouti with its principal office in Dikhil, Djibouti (the "Provider").

BACKGROUND

The Provider compiles vessel position, port call and berth schedule data for ports in the Red Sea, the Gulf of Aden, East Africa and the Indian Ocean, and makes it available through a web portal and an application programming interface (API). The Customer arranges ocean freight between China and these regions and wishes to use the data in its shipment tracking system and in notices to its own clients. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel position records, port call records, estimated and actual times of arrival and departure, berth schedules and related data made available by the Provider through the Service.

1.2 "Service" means the Provider's MeridianPort data service, consisting of the web portal, the API and the documentation.

1.3 "Subscription Year" means each of the two consecutive periods of three hundred and sixty-five days, the first starting on the Start Date.

1.4 "Start Date" means the day after the Customer confirms the Connection Acceptance under clause 4.

1.5 "Customer Data" means the shipment lists, vessel watch lists, container numbers, client names and other information that the Customer uploads to or queries through the Service.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the Service and to use the Data in its internal operations and in tracking notices, shipment status pages and reports sent to its own clients.

2.2 The Customer may make up to 1,800,000 API calls per Subscription Year. Calls above that volume are charged under clause 5.3.

2.3 The Customer may not resell the Data as a data product or make bulk extracts of the Data available to any third party.

2.4 The Customer may appoint up to forty portal users and may replace users at any time.

3. SET-UP SERVICES

3.1 The Provider shall configure a dedicated API key set for the Customer, build a mapping of the Customer's port and terminal codes to the Provider's location codes, and deliver a sample integration module for the Customer's tracking system.

3.2 The port-code mapping and the sample integration module are prepared specifically for the Customer and belong to the Customer from delivery. The Customer may use, modify and license them freely, including with other data sources.

3.3 The Provider shall hold two online training sessions for the Customer's operations and IT staff.

4. CONNECTION ACCEPTANCE

4.1 The Customer shall test the connection within ten business days after the Provider notifies it that set-up is complete.

4.2 The connection is accepted when: (a) API calls from the Customer's production environment return valid responses for all 214 ports listed in Annex 1; (b) the port-code mapping produces no unmatched codes for the Customer's shipment history of the previous six months; (c) vessel positions received through the API match the portal for a sample of fifty vessels; and (d) the sample integration module updates the Customer's tracking system without error for five consecutive business days.

4.3 When these criteria are met, the Customer shall confirm Connection Acceptance in writing. If any criterion is not met, the Provider shall correct the problem at its own cost and the Customer shall test again.

5. FEES AND PAYMENT

5.1 The fees are:

    Annual Subscription Fee, Subscription Year 1          CNY 246,000
    Annual Subscription Fee, Subscription Year 2          CNY 246,000
    Set-up fee (mapping, integration module, training)   CNY  26,000
    Total fees                                           CNY 518,000

5.2 The Annual Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The set-up fee is invoiced after Connection Acceptance. Invoices are payable within thirty days of receipt by bank transfer in CNY. No fee is payable before Connection Acceptance.

5.3 API calls above the annual volume in clause 2.2 are charged at CNY 0.80 per thousand calls, invoiced quarterly in arrears.

5.4 All fees include VAT and any withholding tax. The fees are fixed for the two Subscription Years.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the Service available and to update the Data promptly as it receives information from ports, terminals and vessel tracking sources.

6.2 The Provider provides support by e-mail and through the portal during its business hours, Sunday to Thursday, and will use reasonable efforts to answer support requests promptly.

6.3 The Provider may suspend the Service for maintenance, which it will try to schedule outside the Customer's business hours and to announce in advance on the portal.

6.4 The Data comes from third-party sources and estimates. The Provider does not guarantee that the Data is complete or free of errors, but shall correct any error it becomes aware of as soon as practicable.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including compiling statistics on freight volumes or sharing it with other customers.

7.2 At the end of this Agreement the Provider shall return Customer Data in a standard format on request and shall delete it within thirty days, confirming the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and logging of all access.

8.2 The Provider shall host Customer Data relating to shipments to or from the People's Republic of China on servers located in mainland China provided by a licensed cloud operator, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

8.3 The Provider shall notify the Customer within eight hours of becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and shall compensate the Customer for losses caused by its failure to comply with this clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the terms of this Agreement, and shall not disclose it to third parties without prior written consent, except to its advisers or as required by law.

9.2 This obligation continues for three years after this Agreement ends.

10. INTELLECTUAL PROPERTY

10.1 The Provider retains all rights in the Service and in the Data, subject to the licence in clause 2.

10.2 Reports, analyses and notices created by the Customer using the Data belong to the Customer.

10.3 The Provider shall defend the Customer against any claim that the Customer's permitted use of the Service or the Data infringes the rights of a third party and shall pay any resulting damages and costs.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the total fees stated in clause 5.1.

11.2 This limit does not apply to breach of clauses 7, 8 or 9, to the indemnity in clause 10.3, or to fraud or wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract any part of the Service or the set-up services without the Customer's prior written consent, except the hosting operator named in Annex 2, which the Customer approves by signing this Agreement.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written order at fees agreed at that time.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.3 If the Customer terminates under clause 13.2, the Provider shall refund the part of the Annual Subscription Fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in English. The award is final.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses stated above.

15.2 This Agreement, with Annex 1 (Port List) and Annex 2 (Hosting Arrangements), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

FILES = {
    "z01": ("h772z01_emergency_lpg_cylinder_supervision_platform.pdf", Z01),
    "z02": ("h772z02_pacifier_moulding_sterilising_line_retrofit.docx", Z02),
    "z03": ("h772z03_vr_arcade_chain_booking_membership_saas.txt", Z03),
    "z04": ("h772z04_conscription_registration_system_om.txt", Z04),
    "z05": ("h772z05_shell_carving_tracking_supplier_template.md", Z05),
    "e01": ("h772e01_fleet_maintenance_perpetual_licence_keren_vendor.pdf", E01),
    "e02": ("h772e02_field_service_saas_order_form_barentu_vendor.md", E02),
    "e03": ("h772e03_cold_store_sensors_monitoring_licence_mendefera_vendor.docx", E03),
    "e04": ("h772e04_managed_it_services_36_months_ali_sabieh_vendor.md", E04),
    "e05": ("h772e05_vessel_data_api_subscription_dikhil_vendor.txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, TCO inputs (fee base, annual fee) or None, forum outside mainland, design rules)
DESIGN = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False,
                                True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2038000), (1180000, 106200), False, []),
    "z02": ("zh", "hardware", T(99.5, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 28, False,
                                True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1540000), (1400000, 392000), False,
            ["CR-POST-WARRANTY-FEE", "CR-SLA-AVAILABILITY", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("zh", "cloud", T(99.95, 0.5, True, "buyer", False, True, False, 0.1, 200, None, True, None, None, None,
                             False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000), None,
            False, ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
    "z04": ("zh", "services", T(None, 6, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None,
                                False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=268000), None,
            False, ["CR-LD-LOW", "CR-SLA-RESPONSE"]),
    "z05": ("zh", "software", T(None, 2, True, "supplier", True, False, True, 0.03, 20, 65, False, False, 6, None,
                                False, True, True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=510000), None, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": ("en", "software", T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False,
                                True, False, "Eritrea", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1168000), (860000, 94600), True, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", T(99.95, 1, False, "buyer", True, True, True, 600 / 708000 * 100, 150, None, True, None,
                             None, None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=708000), None,
            False, ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
    "e03": ("en", "hardware", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8.5, False,
                                True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=960000), (841600, 71536), False, []),
    "e04": ("en", "services", T(99.98, 0.25, True, "buyer", True, True, True, 1800 / 2160000 * 100, 6 / 36 * 100, None,
                                True, None, None, None, False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2160000), None,
            False, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e05": ("en", "cloud", T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None,
                             False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=518000), None,
            False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40, horizon=5)


def tco_share(t, x, tco):
    if t["contract_kind"] != G or tco is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * tco[1]
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, tco, forum_out):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, tco)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# threshold figures: availability 99.9, P1 4 h, LD 0.05 %/day (万分之五), 30 % prepayment, 100 % cap, 12-month warranty,
# 15 % post-warranty fee, 40 % TCO share, 5-year horizon
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
CN_NUM = "零〇一二三四五六七八九十百千两点"
PATTERNS = [
    NB + r"99\.9(?!\d)", r"百分之九十九点九(?![" + CN_NUM + "])",
    NB + r"4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![" + CN_NUM + r"])四\s*个?\s*小时",
    r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?(?:business\s*|working\s*|clock\s*)?-?hours?",
    NB + r"0\.050*(?!\d)", r"万分之五(?![" + CN_NUM + "])", r"千分之零点五",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![" + CN_NUM + "])", r"thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)",
    NB + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![" + CN_NUM + "])", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NB + r"12\s*(?:个)?\s*(?:月|months?\b|-month|mos?\b)", r"(?<![" + CN_NUM + r"])十二\s*个?\s*月", r"twelve\s*(?:\(12\)\s*)?-?months?",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五(?![" + CN_NUM + "])", r"fifteen\s*(?:per\s*cent|percent)",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![" + CN_NUM + "])", r"forty\s*(?:per\s*cent|percent)",
    NB + r"5\s*(?:年|years?\b|-year)", r"(?<![" + CN_NUM + r"])五\s*年", r"(?<!twenty)(?<!twenty-)five\s*(?:\(5\)\s*)?-?years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "four hours", "within four business hours", "0.05%",
            "万分之五", "30%", "30 %", "百分之三十", "100%", "百分之百", "12个月", "12 months", "十二个月",
            "twelve months", "15%", "百分之十五", "40%", "百分之四十", "5年", "five years", "五年", "4h", "twelve-month"]
MUST_MISS = ["99.95%", "99.98%", "24小时", "24 hours", "二十四小时", "14 hours", "twenty-four hours", "0.08%", "万分之八",
             "130%", "300%", "20%", "万分之二", "18个月", "二十四个月", "24 months", "115%", "150%", "2025年", "25年",
             "2026年3月1日", "35%", "45%", "0.1%", "8.5%", "三十六个月", "thirty-six months", "1,400,000"]
for s in MUST_HIT:
    assert RX.search(s) and RX.search(re.sub(r"\s", "", s)), s
for s in MUST_MISS:
    assert not RX.search(s) and not RX.search(re.sub(r"\s", "", s)), s


def read_back(path):
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
    built = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[1] for k, v in built.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    for k, (name, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered, mix = set(), {}
    for k, (name, _) in FILES.items():
        lang, cat, t, x, tco, forum_out, design = DESIGN[k]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "pre"), ("warranty_months", "war"),
                        ("post_warranty_fee_pct", "pwf")):
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        share = tco_share(t, x, tco)
        assert share is None or abs(share - TH["tco"]) > 2, (k, share)
        if x.get("post_warranty_fee_capped") and tco:
            assert abs(tco[1] - t["post_warranty_fee_pct"] / 100 * tco[0]) < 0.01, k
        rules = derive(t, x, tco, forum_out)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        mix[k] = (len(rules), risk)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%s %-70s n=%d rules=%d risk=%s tco=%s" % (k, name, n, len(rules), risk,
                                                        None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = sorted(v[0] for v in mix.values())
    assert [k for k, v in mix.items() if v[0] == 0] == ["z01", "e03"], mix
    assert DESIGN["e01"][-1] == ["CR-GOVERNING-LAW"] and mix["e01"][1] == "low"
    assert 8 <= mix["z05"][0] <= 10
    assert sum(1 for k, v in mix.items() if k not in ("z01", "e03", "e01", "z05") and 2 <= v[0] <= 3) == 6
    print("all checks passed", counts)


if __name__ == "__main__":
    main()
