"""holdout1001: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts the
checks of the brief (lengths, sums, no threshold value or figure, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市工业和信息化局节能诊断与清洁生产服务平台采购合同
P:合同编号：GXJ-ZC-2027-0213
P:采购人（甲方）：××市工业和信息化局
P:供应商（乙方）：杭州绿衡数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就节能诊断与清洁生产服务平台（以下简称“平台”）的软件许可及定制开发事宜，订立本合同。招标文件、投标文件及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件永久使用许可（不限用户数，部署于市政务云），并完成企业能耗填报、节能诊断模型、清洁生产审核流程、重点用能单位监测看板及与省能耗在线监测系统、市企业服务平台的接口定制开发。
P:1.2 乙方负责历史诊断报告及企业档案约3,600家的数据迁移、系统部署、联调、培训及试运行期间的驻场支持。
P:1.3 平台应适配政务云提供的国产操作系统、数据库和中间件，支持统一身份认证登录，并满足网络安全等级保护第三级的技术要求。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万陆仟元整（¥1,986,000），为固定总价，含税。
P:2.2 价款构成：平台软件许可费¥1,160,000；定制开发费¥682,000；数据迁移及实施费¥118,000；培训费¥26,000。
P:2.3 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥397,200。
P:3.2 平台完成部署、数据迁移并通过初验后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方的付款以财政资金到位为前提，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署、定制开发及数据迁移，具备初验条件。
P:4.2 初验通过后进入为期三个月的试运行期。
P:4.3 乙方应在合同签订后10日内提交项目实施计划，经甲方确认后执行；每两周提交一次进度报告，遇有可能影响工期的情况应及时书面告知甲方。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；迁移数据经全量比对无差错；与省、市两个系统的接口连续10日稳定运行；在300个并发用户下常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的网络安全等级保护测评报告及商用密码应用安全性评估结论为合格；技术文档、源代码及用户手册齐全。
P:5.3 甲方应在乙方提交验收申请后10个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或付款均不视为验收合格；验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或数据错误影响诊断结论）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、次日解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减¥1,000；月可用率每低于约定值0.01个百分点扣减¥2,000，从应付款项或履约保证金中扣除。
P:6.4 质保期满后，甲方可选择与乙方签订年度维护合同，年度维护费不超过平台软件许可费的9%（即不超过¥104,400），该标准在质保期满后三年内保持不变。维护合同期满不自动续期。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的诊断模型、接口程序、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证甲方使用平台不侵犯第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的企业能耗数据、诊断报告、审核记录及日志均属于甲方所有，乙方不得将其用于履行本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等措施；运维须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内书面报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、企业能耗及工艺等商业信息负有保密义务，不得向任何第三方披露，也不得在宣传材料中使用。乙方应与参与本项目的人员签订保密承诺。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 逾期超过45日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 平台两次验收均不合格，或乙方发生重大数据安全事件的，甲方有权解除本合同，乙方应退还已收款项。
P:12.3 合同解除后，乙方应在15日内移交已完成的工作成果、源代码及全部数据。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订后7个工作日内向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
P:14.2 履约保证金在最终验收合格后无息退还；乙方未履行合同义务的，甲方有权从中扣除相应违约金及赔偿款。
H:第十五条 项目人员与培训
P:15.1 乙方应配备项目经理1名、开发工程师不少于6名、实施工程师2名，项目经理须具有同类政务平台的实施经验；主要人员更换须经甲方书面同意。
P:15.2 乙方应为甲方及各区县工信部门管理员、企业填报人员分别组织集中培训，培训不少于4场，并提供操作手册和培训视频。
P:15.3 试运行期间乙方安排不少于2名工程师驻场，负责企业填报答疑和问题收集。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并在15日内提供证明，可根据影响程度部分或全部免除责任。不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 通知与廉政
P:17.1 本合同项下的通知以书面形式送达合同首页载明的地址，一方地址变更应及时通知对方。
P:17.2 乙方不得向甲方工作人员提供任何形式的财物或不正当利益，违反的，甲方有权解除合同并依法处理。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：JY-GZ-2027-018
P:甲方：东莞市晶艺美甲灯制造有限公司
P:乙方：广州恒控自动化工程有限公司
P:甲方拟对其UV/LED美甲灯总装线、老化测试线及包装线的控制系统进行改造，乙方具备相应的设计、供货与实施能力。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条产线的控制系统改造，包括PLC与HMI更换、伺服及变频驱动、视觉检测工位、老化测试数据采集终端、产线看板，以及生产执行软件（工艺配方管理、数据采集、追溯模块）的许可与部署。
P:1.2 乙方负责旧系统拆除、安装、布线、程序编写、调试及与甲方ERP的接口开发，并培训甲方操作与维修人员。
P:1.3 改造后的控制系统应能兼容甲方现有的输送线机械结构和工装夹具，配方切换时间不超过10分钟，并预留两个工位的扩展能力。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），含税、含运输及安装，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC、HMI及I/O模块|3套|486,000
TB:2|伺服及变频驱动|1批|298,000
TB:3|视觉检测工位|6套|252,000
TB:4|老化测试数据采集终端|24台|96,000
TB:5|生产执行软件许可（永久）|1套|228,000
TB:小计|设备及软件小计||1,360,000
TB:6|改造施工及调试|1项|186,000
TB:7|定制程序及ERP接口开发|1项|98,000
TB:8|培训|1项|16,000
TB:合计|||1,660,000
H:第三条 付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货、安装完成并调试通过后10个工作日内，甲方支付合同总价的55%。安装调试通过不视为验收合格。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的25%。
H:第四条 工期
P:4.1 乙方应在合同签订后75日内完成全部设备到货，并利用甲方安排的停产窗口分线完成改造；每条产线的停线时间不得超过7日。
P:4.2 因乙方原因延长停线时间的，乙方应承担由此增加的甲方费用。
P:4.3 乙方应在合同签订后7日内提交详细的改造计划、设备到货计划和人员安排表，每周向甲方报告进度。
H:第五条 验收
P:5.1 验收标准：各产线节拍达到每小时不少于1,200台；视觉检测漏检率不高于0.2%；老化测试数据完整上传，追溯查询可按序列号定位到工位和操作员；连续72小时带料试运行无停线故障；ERP工单与报工数据一致。
P:5.2 乙方提交验收申请后，甲方在7个工作日内组织验收并签署验收报告。试运行、投产或付款均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷。
P:6.2 一级故障（整线停机）乙方应在1小时内响应、6小时内到场；二级故障（单工位停用）8小时内响应。乙方响应或到场超时的，每超时1小时扣减¥800。
P:6.3 质保期满后，乙方提供年度维保服务（含备件、巡检、软件升级及现场支持），维保费每年按设备及软件小计的28%计取，即每年¥380,800，该费率在质保期满后三年内不作调整。维保合同按年签订，不自动续期。
H:第七条 知识产权
P:7.1 生产执行软件及第三方设备内置软件的知识产权归原权利人所有，甲方取得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、配方模板及ERP接口程序（含源代码）归甲方所有，甲方可自行修改或交由第三方维护。
H:第八条 数据安全
P:8.1 工艺配方、产量及质量数据、追溯记录属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程访问须经甲方逐次审批，并通过甲方指定的VPN和账号进行，全程留有日志；乙方人员不得在产线设备上安装与项目无关的软件。
P:8.3 因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应在2小时内通知甲方并承担全部赔偿责任。
H:第九条 保密
P:乙方对甲方的产品设计、工艺参数、客户及价格信息负有保密义务，保密期限至本合同终止后三年。乙方人员未经甲方许可不得在厂区拍照、录像，不得将产线布局及设备参数用于其他客户的项目。
H:第十条 违约责任
P:10.1 乙方逾期完成改造或逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 因乙方施工造成甲方设备损坏或人员伤害的，乙方应承担赔偿责任。
P:10.4 因乙方原因导致产线停线超过约定时间的，乙方还应赔偿甲方由此产生的加班费用。
H:第十一条 分包
P:乙方不得转包本合同。电气布线等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交东莞仲裁委员会仲裁。
H:第十四条 安全生产与施工管理
P:14.1 乙方进场人员应遵守甲方的厂区管理、安全生产及防静电规定，电工等特种作业人员须持证上岗。动火、登高及带电作业须提前向甲方申请作业许可。
P:14.2 乙方应在每条产线改造前提交停线改造方案和回退预案，经甲方生产部门确认后实施；改造后首班生产时乙方应派工程师现场跟班。
P:14.3 施工产生的废旧设备按甲方要求分类堆放，由甲方处置；乙方应保持施工现场整洁。
H:第十五条 备品备件与技术资料
P:15.1 乙方应随设备交付首批备品备件（清单见附件），并保证在质保期满后不少于六年内持续供应同型号或兼容的备件。
P:15.2 乙方应在验收前向甲方交付电气原理图、接线图、PLC程序及HMI工程文件、参数表、软件安装介质、操作及维修手册，纸质与电子版各一套。
H:第十六条 不可抗力
P:因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。不可抗力持续超过60日的，双方可协商解除本合同。
H:第十七条 培训
P:17.1 乙方应在验收前对甲方设备、工艺及IT人员分层培训：操作人员培训每班次不少于2学时，维修人员培训不少于3天，内容包括PLC程序结构、常见报警处理、视觉参数调整及备件更换。
P:17.2 培训结束后乙方组织考核，对考核不合格的人员免费补训。
H:第十八条 廉洁与通知
P:18.1 乙方不得向甲方采购、生产及设备管理人员提供回扣、礼品或其他不正当利益，违反的，甲方有权解除合同并追究责任。
P:18.2 本合同项下的通知以书面形式送达首页所列地址或双方确认的电子邮箱，一方联系方式变更应在3日内通知对方。
H:第十九条 设备质量
P:19.1 乙方提供的设备应为原厂全新正品，具备合格证及出厂检验报告，品牌和型号与附件设备清单一致；确需替换的，应事先取得甲方书面同意，且性能不低于原型号。
P:19.2 设备到货后双方共同开箱清点，外观破损、型号不符或数量短缺的，乙方应在5日内补齐或更换。
H:第二十条 其他
P:本合同一式四份，双方各执二份，自双方盖章之日起生效。附件：设备清单、产线改造方案、验收大纲。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """急救培训门店预约与会员管理系统服务合同

合同编号：AJ-IT-2027-006
甲方：上海安急守护急救培训连锁有限公司
乙方：苏州云约信息技术有限公司

甲方在华东地区经营30家急救培训门店，需统一的课程预约、学员会员、证书发放及门店排班系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“云约课”预约与会员管理系统的订阅服务，覆盖甲方全部30家门店及总部，账号数不限。
（二）系统功能包括：课程与场地预约、学员会员与储值、心肺复苏及AED课程证书的生成与核验、讲师排班、门店营收报表、微信小程序及企业团体报名入口。
（三）乙方负责实施服务：系统配置、小程序页面定制、历史学员及会员数据迁移（约4.6万条）、与甲方财务系统及支付渠道对接、门店人员培训。
（四）实施期间乙方应指定项目经理1名，提交实施计划和数据迁移方案，迁移前对源数据进行清洗并与甲方逐项确认字段映射。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度自起算日起至次年对应日的前一日止。
（二）实施工作应在合同签订后45日内完成并申请上线验收。

三、费用及支付
（一）订阅费按门店计取，每家门店每个服务年度¥7,800，30家门店每个服务年度合计¥234,000，两个服务年度合计¥468,000。
（二）实施费¥86,000，培训费¥12,000。
（三）合同总价为¥566,000（含税）。
（四）实施费及培训费在上线验收合格后15个工作日内支付；每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（五）服务期内新增门店的，按每家门店每个服务年度¥7,800按剩余月份折算计费。
（六）乙方收款前应开具合法有效的增值税专用发票；支付渠道产生的交易手续费按支付机构标准由甲方另行承担，不属于本合同价款。

四、上线验收
（一）验收标准：
1. 30家门店及总部账号全部开通，预约、会员、证书、排班、报表各模块按需求确认书逐项测试通过；
2. 迁移数据经抽样及总数核对，学员、会员余额和证书记录与原系统一致；
3. 小程序在200人同时报名时下单响应时间不超过3秒；
4. 支付及财务对账连续7日无差异。
（二）验收测试使用甲方提供的测试账号和模拟订单，测试产生的支付款项由乙方负责原路退回。
（三）甲方在收到验收申请后5个工作日内组织测试并书面确认。系统开通或门店试用不视为验收合格。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日0:00至6:00并提前48小时通知。
（二）一级故障（全部门店无法预约或支付）乙方应在30分钟内响应、3小时内恢复；二级故障2小时内响应、1个工作日内解决。
（三）月可用率未达约定值的，按未达标程度抵扣当月对应订阅费的5%至20%；响应超时的，每次扣减¥500。

六、数据
（一）甲方学员、会员及交易数据归甲方所有。乙方应按照《个人信息保护法》《数据安全法》的要求采取加密传输与存储、分级授权、日志审计等安全措施，数据存储于中国境内机房。
（二）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合调查并采取补救措施；因乙方原因造成的损失由乙方承担。
（三）甲方同意，乙方可对服务过程中产生的预约及会员数据进行去标识化和汇总处理，用于乙方的行业分析报告、产品改进及向其他客户提供的市场参考服务。
（四）服务期满或合同终止后30日内，乙方应向甲方完整交付全部数据，并在甲方确认后删除。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、证书模板、报表及接口配置归甲方所有，甲方可自行使用、修改或交由第三方使用。

八、保密
双方对在合作中知悉的对方商业秘密及学员信息负有保密义务，未经对方书面同意不得披露。乙方应限定可接触甲方信息的人员范围，并要求其签署保密协议。甲方的课程价格、门店经营数据及合作单位名单属于甲方商业秘密。保密义务在合同终止后三年内继续有效。

九、违约责任
（一）乙方逾期完成实施或逾期申请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应予赔偿。

十、续期
本合同服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅费单价，调整后的价格以乙方通知为准。

十一、分包
乙方不得将本合同项下的服务转包。确需分包部分实施工作的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
（二）连续两个月可用率未达约定值，或因乙方原因发生学员个人信息泄露的，甲方有权立即解除本合同。
（三）甲方因门店关停减少门店数量的，可提前30日书面通知乙方相应减少订阅门店，订阅费按剩余期间折算退还。
（四）合同解除或终止后，乙方应给予甲方不少于60日的数据导出期，期间系统保持只读可用，并提供标准格式的导出文件和字段说明。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十四、服务支持与培训
（一）乙方为甲方指定专属客户成功经理1名，负责日常沟通、需求收集和季度服务回顾，每季度向甲方提交服务报告，内容包括可用率、故障处理、工单统计及改进计划。
（二）乙方提供7×24小时故障热线及在线工单系统，工作日9:00至21:00提供门店操作咨询。
（三）乙方应在上线前为各门店店长和前台人员分批组织培训，上线后首月每周组织一次线上答疑；新开门店上线时乙方免费提供远程培训。
（四）系统版本升级应提前7日通知甲方，涉及预约、支付流程变化的，应先在测试环境经甲方确认。

十五、合规要求
（一）乙方应保证系统中证书生成和核验功能符合甲方所执行的急救培训课程标准，证书编号唯一且可追溯。
（二）小程序收集学员个人信息应取得学员同意，隐私政策文本由甲方审核确认，乙方不得在小程序中投放与甲方无关的广告。
（三）乙方应取得开展本服务所需的增值电信业务经营许可等资质，并在服务期内保持有效。

十六、通知与联系人
（一）双方各指定一名项目联系人，负责合同履行中的日常沟通；联系人变更应提前书面通知对方。
（二）故障报告可通过热线电话、工单系统或双方约定的工作群提出，以乙方系统记录的时间作为响应计时起点。
（三）涉及费用调整、合同解除等事项的通知应以书面形式送达合同首页载明的地址。

十七、不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明。因不可抗力中断服务的时间不计入可用率考核，但乙方应尽力恢复服务并减少损失。

十八、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """潮汐车道控制系统年度运维服务合同

项目名称：市公安局交通警察支队潮汐车道控制系统2027年度运维服务
采购方式：竞争性磋商
项目编号：JJZD-CS-2027-011

甲方：××市公安局交通警察支队
乙方：江苏道协智能交通工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就潮汐车道控制系统的年度运维服务订立本合同。

第一部分 服务范围

1. 运维对象
1.1 全市9条道路共14处潮汐车道的控制系统，包括车道指示器186台、可变标志及诱导屏42块、信号机联动模块14套、车检器及视频检测设备96套、前端控制箱、通信链路，以及指挥中心潮汐车道控制软件平台。
1.2 乙方应按附件设备清单建立运维台账，设备增减时双方书面确认。

2. 服务内容
2.1 日常巡检：每周对全部路口巡检一次，早晚高峰切换时段派员现场值守，检查车道指示器显示、方向切换时序及与信号机的联动。
2.2 预防性维护：每季度完成一次设备清洁、紧固、防雷及接地检测；每年雨季前完成一次全面检修。
2.3 故障维修：负责全部设备及软件的故障诊断、维修和更换，备品备件由乙方提供，费用包含在合同价内。
2.4 软件维护：控制软件的缺陷修复、时段方案调整、数据库备份及操作系统补丁。
2.5 配合工作：配合甲方完成重大活动保障、道路施工期间的临时方案调整，以及新增路口设备的接入调试。

第二部分 服务期限与费用

3. 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度运维服务由甲方另行采购。

4. 合同价款
4.1 合同总价为人民币陆拾玖万捌仟元整（¥698,000），为固定总价，包括人工、备品备件、交通、检测、税费等全部费用。
4.2 价款构成：日常巡检及值守¥226,000；预防性维护¥148,000；故障维修及备品备件¥252,000；软件维护¥72,000。

5. 支付方式
5.1 运维费按季度支付，每季度¥174,500。
5.2 每季度结束后，甲方按第7条进行季度考核，考核合格后15个工作日内支付当季费用；考核扣减的金额从当季费用中扣除。
5.3 本合同不设预付款。

第三部分 服务标准与考核

6. 服务水平
6.1 系统月可用率（潮汐车道可按方案正常切换的时间占比）不低于99.95%。
6.2 一级故障（任一处潮汐车道无法切换或指示器显示错误）：乙方应在15分钟内响应、45分钟内到场，并在2小时内恢复或采取临时管控措施；二级故障（单台设备故障不影响通行）：1小时内响应、当日修复。
6.3 乙方应建立7×24小时值班电话，指挥中心派单后即时确认。

7. 季度考核
7.1 考核内容：巡检及维护记录完整性、故障响应及修复时限、月可用率、备品备件库存、值守到岗情况。考核由甲方组织，形成书面考核意见。
7.2 扣减标准：一级故障响应或到场每超时30分钟扣减¥1,000；月可用率每低于约定值0.01个百分点扣减¥1,500；漏巡一次扣减¥500。
7.3 乙方未按约定时间完成季度预防性维护或雨季前检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第四部分 其他约定

8. 人员与工具
8.1 乙方应配备驻场工程师不少于3名、项目负责人1名，人员名单报甲方备案，更换须经甲方同意。乙方人员进入指挥中心应遵守甲方的管理规定。
8.2 驻场工程师应熟悉信号控制及潮汐车道设备，上岗前由乙方组织培训并经甲方考核；项目负责人每月参加甲方组织的运维例会，汇报运维情况及存在的问题。
8.3 乙方应配备抢修车辆2辆、高空作业车1辆及必要的检测仪表，并在市区设立备件仓库，常用备件库存不少于附件规定的数量。
8.4 乙方应使用甲方指定的运维管理系统记录巡检、派单和维修过程，每月5日前提交上月运维月报。

9. 数据与资料
系统运行数据、视频、日志及运维过程中形成的台账、配置文件和技术文档归甲方所有，乙方不得用于本合同以外的目的。服务期满时乙方应将全部资料移交甲方。

10. 保密
乙方及其人员对工作中知悉的警务工作信息、道路管控方案、系统账号及其他未公开信息负有保密义务，不得以任何方式向第三方披露，保密义务不因合同终止而解除。乙方人员应签署保密承诺书。乙方不得在任何场合发布指挥中心内部图像、设备点位分布图及控制方案，不得接受媒体采访或以本项目名义进行商业宣传。乙方人员离职或调岗的，乙方应收回其工作资料并及时通知甲方注销相关账号。

11. 分包
乙方不得将本合同项下的服务转包或分包。

12. 违约责任
12.1 乙方未按约定提供服务的，甲方有权按第7条扣减运维费，并要求乙方限期改正。
12.2 因乙方维护不当导致设备损坏、交通事故或其他损失的，乙方应承担赔偿责任。
12.3 乙方连续两个季度考核不合格的，甲方有权按磋商文件的规定将其不良行为记录报送财政部门，并在下一年度运维采购中予以考虑。
12.4 甲方无正当理由逾期支付运维费的，按中国人民银行同期贷款市场报价利率支付利息。

13. 合同的变更与解除
13.1 合同履行中，双方可协商一致变更服务内容及价款，并签订书面补充协议。
13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
13.3 除前款规定外，本合同经双方协商一致方可解除。

14. 争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 道路作业安全
15.1 乙方在道路上作业应按照道路交通安全法规设置警示标志和安全防护设施，夜间作业须配备照明和反光装备；占用车道作业应提前报甲方批准，原则上避开早晚高峰时段。
15.2 乙方应为作业人员办理意外伤害保险，作业车辆及登高设备应检验合格。因乙方作业不规范导致的人员伤亡或第三方损失，由乙方承担。

16. 应急保障
16.1 遇恶劣天气、重大活动或突发事件，乙方应按甲方指令在1小时内组织不少于6名技术人员及抢修车辆到达指定地点待命。
16.2 乙方应制定潮汐车道失效情况下的应急处置预案，包括人工切换流程、现场交通引导配合和设备快速替换方案，每半年与甲方联合演练一次。

17. 服务交接
17.1 服务开始前，乙方应与上一运维单位及甲方共同对设备状态进行清点和测试，形成交接清单，对已存在的故障书面确认。
17.2 服务期满前30日，乙方应整理全年运维报告、设备台账、故障统计和备件库存，配合甲方与下一运维单位办理交接，交接完成前不得撤离驻场人员。

18. 履约保证金与廉政
18.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，服务期满经甲方考核确认无遗留问题后无息退还。
18.2 乙方及其人员不得向甲方工作人员赠送礼品礼金或提供其他不正当利益，不得利用工作便利获取或使用警务信息。违反的，甲方有权没收履约保证金并依法处理。

19. 其他
19.1 磋商文件、响应文件、成交通知书及附件设备清单为本合同的组成部分。
19.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
代表人：                        代表人：
日期：                          日期：
"""

Z05 = """# 工艺追溯管理软件许可及定制开发合同

**（匠链软件标准合同文本 V3.0）**

合同编号：JL-2027-0419

甲方（用户）：北京掐丝坊铜胎画珐琅艺术工作室

乙方（开发方）：杭州匠链软件有限公司

甲方为管理铜胎画珐琅作品从制胎、画珐琅、烧制、打磨到鎏金的工序流转和质量记录，拟采用乙方的“匠链”工艺追溯管理软件并进行定制开发。双方根据平等互利原则签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链”工艺追溯管理软件标准版的永久使用许可（10个并发用户，部署于甲方本地服务器）。

1.2 乙方按双方确认的需求说明完成以下定制开发：作品工序卡与二维码流转、釉料配方及烧制温度曲线记录、图案纹样库、师傅工时与计件统计、作品档案及证书打印。

1.3 乙方负责软件安装部署、初始数据录入指导及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追溯管理软件标准版许可（永久） | 168,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 部署实施及培训 | 38,000 |
| | 合计 | 420,000 |

合同总价为人民币肆拾贰万元整（¥420,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥273,000。乙方收到该款项后启动开发工作。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即¥147,000。

3.3 上述款项均应支付至乙方指定的银行账户，甲方不得以软件存在问题为由拒付或扣减款项。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 开发与交付

4.1 乙方计划在收到首期款后60个工作日内完成开发和部署。因甲方需求变更、资料提供不及时或工作室场地条件不具备造成的延误，交付时间相应顺延。

4.2 开发过程中甲方提出的需求变更，由乙方评估工作量并另行报价。

4.3 乙方交付的内容以双方确认的需求说明为准，需求说明未列明的功能不属于本合同范围。乙方可根据开发情况对界面布局和实现方式作合理调整。

## 第五条 验收

5.1 软件安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的意见，乙方将在后续版本中酌情处理。

## 第六条 维护服务

6.1 自软件上线之日起，乙方提供六个月免费维护服务，包括问题解答和缺陷修复。

6.2 免费维护期内，甲方报告一级故障（系统无法登录或数据无法保存）的，乙方在8小时内响应，并尽快安排修复；其他问题在3个工作日内答复。

6.3 以下情况不属于免费维护范围：甲方自行修改配置或数据库导致的问题；硬件、网络、操作系统及第三方软件故障；病毒或人为破坏；甲方新增的功能要求。上述情况乙方可提供有偿服务。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方当年公布的价格标准收取。

## 第七条 知识产权

7.1 “匠链”软件及乙方为本合同定制开发的全部程序、模块、源代码及文档，其知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用，不得要求乙方交付源代码。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据安全

8.1 甲方录入系统的作品信息、工艺参数、图案和客户资料属于甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程维护须经甲方同意并使用甲方提供的临时账号，维护完成后由甲方关闭；乙方不得复制或带走甲方数据。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担相应的赔偿责任。

## 第九条 保密

双方对本合同内容及履行中获知的对方技术信息、经营信息负有保密义务，保密期限为合同终止后两年。但依法需要披露、已为公众所知或乙方独立开发取得的信息除外。甲方不得向第三方透露本合同的价格及乙方的软件界面、操作手册等资料。

## 第十条 合作方

乙方可根据工作需要，将部分开发、测试或实施工作委托其合作方完成，无需另行取得甲方同意。

## 第十一条 责任限制

11.1 因乙方原因给甲方造成损失的，乙方承担的赔偿责任总额以人民币伍万元（¥50,000）为限。

11.2 乙方不对甲方的间接损失、利润损失、作品损毁或商誉损失承担责任。

## 第十二条 合同解除

一方严重违反本合同且在对方书面通知后15日内未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十四条 甲方义务

14.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出请求后2个工作日内给予答复。

14.2 甲方应按乙方要求提供服务器、网络、操作系统及数据库环境，并保证其稳定运行；因甲方环境问题导致的软件运行异常不属于乙方责任。

14.3 甲方应按乙方提供的模板整理工序、釉料、纹样及历史作品资料，并对资料的真实性、完整性负责。

14.4 甲方应妥善保管账号密码，因甲方人员操作不当造成的数据错误或丢失由甲方自行承担。

## 第十五条 培训与技术支持

15.1 乙方在上线前为甲方提供一次集中操作培训，时长不超过一天，培训对象不超过8人；额外培训按乙方标准收费。

15.2 乙方提供工作日9:00至17:30的电话及远程技术支持，节假日不提供支持服务。

15.3 现场服务需甲方承担乙方人员的差旅及食宿费用。

## 第十六条 不可抗力

因不可抗力、网络攻击、电力中断、第三方软件缺陷等非乙方能够控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十七条 通知

双方的通知可通过电子邮件、即时通讯工具或书面方式送达，发出即视为送达。

## 第十八条 需求变更与第三方软件

18.1 需求说明经双方确认后，甲方提出新增或修改需求的，乙方有权根据工作量另行收费，并相应调整交付时间。

18.2 软件运行所需的操作系统、数据库、打印控件及标签打印机驱动由甲方自行采购，乙方不对其兼容性或缺陷承担责任。

18.3 乙方可根据产品规划对标准版软件进行升级，升级后部分功能的操作方式可能发生变化，甲方应予配合。

## 第十九条 上线与试用

19.1 软件部署完成后，乙方通知甲方上线日期，甲方应安排人员开始录入数据并使用软件。

19.2 甲方在收到上线通知后10日内未安排使用的，视为软件已于通知之日上线运行。

19.3 上线后甲方发现软件存在问题的，应通过乙方客服渠道提交，乙方根据问题的影响程度安排处理顺序。

## 第二十条 合同变更

本合同的变更须经双方书面确认。乙方官网服务条款更新的，以更新后的版本为准。

## 第二十一条 发票

乙方在收到甲方每期款项后开具增值税普通发票；甲方需要专用发票的，应在签约时书面提出并提供开票资料。

## 第二十二条 其他

22.1 本合同未尽事宜，以乙方官网公布的服务条款为准。

22.2 本合同一式两份，自双方签字盖章之日起生效。

甲方（签章）：__________　　乙方（签章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TPS-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Tianjin Bohai Pipeline Operations Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Binhai New Area, Tianjin (the "Customer"), and Drake Well Integrity Software, Inc., a Pennsylvania corporation with its principal place of business at 214 Diamond Street, Titusville, Pennsylvania 16354, United States (the "Vendor").
P:The Customer operates crude oil and refined product pipelines and wishes to replace its spreadsheet-based integrity records with the Vendor's PipeSentry integrity management software. The Vendor has agreed to license the software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the PipeSentry Integrity Suite, version 8, in object code, including the risk assessment, in-line inspection data, cathodic protection and dig management modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, data models, interface programs, report templates, migration scripts and documentation produced by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all pipeline, inspection, survey, geographic and operational data entered into or processed by the Software, and all outputs derived from it.
P:1.4 "Final Acceptance" means the Customer's signed certificate under Article 5.4.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and install the Software on the Customer's servers in its Tianjin data centre and its disaster recovery site, configure it to the Customer's requirements specification, build interfaces to the Customer's SCADA historian, geographic information system and maintenance management system, migrate historical inspection records, and train the Customer's staff.
P:2.2 The detailed scope, milestones and deliverables are set out in Annex A (Statement of Work). Annex B contains the acceptance test plan.
H:Article 3 Licence
P:3.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the Customer's own business and that of its affiliates in mainland China, for up to 80 named users and an unlimited number of pipeline kilometres.
P:3.2 The Customer may make copies for backup, testing, training and disaster recovery. The licence survives any termination of this Agreement once the licence fee has been paid.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,752,000, inclusive of value-added tax, made up as follows: Software licence fee CNY 1,240,000; configuration and interface development CNY 386,000; data migration CNY 92,000; training CNY 34,000.
P:4.2 The price is fixed. No travel, living or other expenses shall be charged in addition.
P:4.3 Payment shall be made in three instalments: (a) 10% of the contract price within 20 days after signature, against the Vendor's invoice; (b) 55% within 20 days after the Software has been installed and has passed the operational acceptance test described in Annex B; and (c) 35% within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account with its appointed reseller in Shanghai, which shall issue the Chinese VAT invoices.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall complete installation within 45 days after signature and shall complete configuration, interfaces and migration within 150 days after signature.
P:5.2 The operational acceptance test shall verify that every function listed in the requirements specification works as specified, that the three interfaces exchange data without loss for ten consecutive working days, and that standard risk reports for the full pipeline network are produced within 60 seconds.
P:5.3 Final Acceptance requires, in addition, a trial run of 60 days without any Severity 1 incident, reconciliation of all migrated inspection records against the source records with no unresolved discrepancy, and delivery of the Custom Deliverables and documentation.
P:5.4 The Customer shall carry out the tests with the Vendor's support and shall issue a Final Acceptance certificate, or a list of defects, within ten working days after the trial run ends. Installation, productive use or payment shall not be taken as acceptance. The Vendor shall correct listed defects within 15 days, after which the relevant tests are repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall, free of charge, correct defects, supply all new releases and provide remote and on-site support.
P:6.2 Severity 1 incidents (the Software is unavailable or produces wrong integrity results) shall be responded to within one hour, at any time, and worked on continuously until a fix or workaround is in place. Severity 2 incidents shall be responded to within eight business hours.
P:6.3 For each full hour by which the Vendor exceeds a response time, the Customer shall receive a service credit of CNY 1,200, deducted from the next payment or from the annual support fee.
P:6.4 After the Warranty Period the Customer may purchase annual support at 11% of the Software licence fee, that is CNY 136,400 per year. This rate is fixed for the three years following the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify, copy and license them, and have them maintained by third parties, without restriction. The Vendor shall deliver the source code of the Custom Deliverables with the documentation.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Customer Data shall remain on the Customer's servers in mainland China. Remote access by the Vendor requires the Customer's approval for each session, through the Customer's bastion host, and is logged. The Vendor shall not copy Customer Data outside the Customer's environment.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours, shall cooperate in the investigation and remediation, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's pipeline routes, inspection results and security arrangements, and shall use it only for this Agreement.
P:9.2 This obligation continues for seven years after the end of this Agreement, and indefinitely for the Customer's pipeline route and security information.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Annex A for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the contract price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:11.2 The reseller named in Article 4.4 acts only for invoicing and does not perform any services.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund the amounts paid for services not accepted and deliver all work in progress.
H:Article 13 Export Control
P:13.1 The Vendor confirms that the Software is classified as mass-market encryption software and that it has obtained any export authorisation required for its supply to the Customer.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Pennsylvania, United States, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the state or federal courts located in Pittsburgh, Pennsylvania, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annexes A and B, is the entire agreement of the parties on its subject matter. Any change must be in writing and signed by both parties.
P:15.2 The English text is the governing version. Notices shall be in writing and sent to the addresses above.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — SupplierLens Quality Cloud

**Order Form No. SL-OF-2027-0288**

Provider: Hawksbill Analytics LLC, 17 East Main Street, Luray, Virginia 22835, United States ("Provider")

Customer: Suzhou Jinghe Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Subscribed Service

SupplierLens Quality Cloud, Enterprise edition: supplier audit planning, incoming quality inspection, corrective action (8D) workflow, supplier scorecards and the supplier portal, for up to 150 internal users and 600 supplier accounts. The service is hosted for Customer in the Shanghai region of Alibaba Cloud, which is the only approved hosting subprocessor.

### A2. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. Subscription Year 1 starts on the Service Start Date stated in the provisioning notice, which shall be no later than 21 days after the Order Effective Date. This Order Form ends at the end of Subscription Year 2 and does not renew automatically; any renewal requires a new order form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY, VAT included) |
|---|---|---|
| Subscription Year 1 | 150 users, 600 supplier accounts | 412,000 |
| Subscription Year 2 | 150 users, 600 supplier accounts | 412,000 |
| Onboarding (configuration, data import, ERP connector, training) | one-time | 64,000 |
| **Total fees for the Subscription Term** | | **888,000** |

Additional users may be added at CNY 2,400 per user per Subscription Year, pro rata. Additional users are not included in the total above.

### A4. Invoicing and Payment

(a) The onboarding fee and the Subscription Year 1 fee, together CNY 476,000, are invoiced on the Order Effective Date and are payable within 15 days after the invoice date. Provider will provision the production tenant and begin onboarding only after receipt of this payment.

(b) The Subscription Year 2 fee is invoiced at the start of Subscription Year 2 and is payable within 30 days after the invoice date.

(c) Provider will issue PRC VAT special invoices through its Shanghai billing agent.

### A5. Onboarding and Go-Live

Provider shall make the production tenant available, import Customer's supplier master data and audit history, configure the workflows listed in the onboarding plan and connect the service to Customer's ERP system so that Customer can go live no later than 60 days after the Order Effective Date (the "Go-Live Date").

### A6. Special Terms

(a) Service levels: Part B Section 5 applies without change.

(b) Customer's purchase order number must be quoted on every invoice.

(c) Contacts: Provider account manager, Ms. Dana Whitfield; Customer IT lead, Mr. Zhou Lei.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and information submitted to the service by or for Customer or its suppliers, and all outputs generated from them.

1.2 "Customer Configurations" means the workflows, forms, scorecard models, report templates and ERP mappings built by Provider for Customer.

1.3 "Service" means the subscribed service described in Part A, including the supplier portal and the mobile inspection application.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users the right to access and use the Service during the Subscription Term for Customer's internal business.

2.2 Customer shall not resell the Service or attempt to reverse engineer it. Customer is responsible for its users' compliance with these terms.

2.3 Provider may update the Service from time to time, provided that an update does not materially reduce its functionality, security or service levels. Provider shall announce material changes to the user interface at least 14 days in advance and shall keep the supplier portal available in simplified Chinese and English.

### 3. Onboarding Acceptance

3.1 After completing onboarding, Provider shall notify Customer that the Service is ready for acceptance testing.

3.2 Customer shall test, within ten working days, that: (a) every workflow in the onboarding plan runs end to end; (b) the imported supplier master data and audit history match the source extract in record counts and in a sample of 200 records; (c) purchase orders and goods receipts flow from the ERP connector without error for five consecutive working days; and (d) the standard scorecard report for all suppliers is produced in less than 20 seconds.

3.3 If the tests are passed, Customer signs an acceptance certificate. If not, Provider shall correct the defects and the tests are repeated. Use of the Service in production before the certificate is signed does not amount to acceptance.

### 4. Delay

If the Service is not accepted under Section 3 by the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer 0.08% of the total fees for the Subscription Term for each day of delay, up to 8% of those fees, by credit against the next invoice or by refund.

### 5. Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the Service or the supplier portal is unavailable to all users, or data is corrupted) shall be acknowledged within 30 minutes, at any time, and a workaround shall be provided within three hours. Priority 2 incidents shall be acknowledged within two business hours.

5.3 If monthly availability falls below the committed level, Customer receives a service credit of 5% of the monthly equivalent of the annual fee for each 0.1 percentage point of shortfall or part of it, up to half of that monthly equivalent. A late Priority 1 acknowledgement earns a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the Service to Customer and for no other purpose; it shall not use Customer Data, in identifiable, de-identified or aggregated form, for benchmarking, analytics products or the training of models.

6.2 Provider shall host Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, and keep its information security management system certified to ISO/IEC 27001.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall take all reasonable steps to contain it, and shall bear the costs and losses caused by a breach of this Section.

6.4 Within 30 days after the end of the Agreement Provider shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to Customer. Customer may use, modify and have third parties use them, including with another service provider, and Provider shall export them on request.

### 8. Confidentiality

8.1 Each party shall protect the other's confidential information with at least reasonable care, shall use it only for this Agreement and shall not disclose it except to employees and advisers who need to know it and are bound by similar duties.

8.2 These duties last for three years after the end of the Agreement.

### 9. Subprocessors

9.1 Provider may use only the hosting subprocessor approved in Part A. Any other subprocessor or subcontractor requires Customer's prior written consent.

9.2 Provider remains responsible for its subprocessors as for its own acts.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.3 Section 10.2 does not apply to breach of Section 6 or Section 8, or to fraud or wilful misconduct.

### 11. Term and Termination

11.1 The Agreement runs for the Subscription Term unless terminated earlier.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

### 13. General

13.1 Neither party may assign the Agreement without the other's written consent.

13.2 Notices shall be in writing and sent to the addresses in Part A. This Agreement is signed in English and Chinese; both texts are equally authentic.

For Customer: ____________________          For Provider: ____________________
"""

E03 = """T:Supply Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. JSC-EQ-2027-0716
P:Buyer: Jiangsu Huaxin Fine Chemicals Co., Ltd., Rudong Coastal Chemical Park, Nantong, Jiangsu, People's Republic of China (the "Buyer").
P:Supplier: Allegheny Condition Monitoring, Inc., 300 Market Street, Kittanning, Pennsylvania 16201, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to fit wireless vibration and temperature sensors to its pumps, compressors, agitators and fans and to monitor them through a central software platform. The Supplier has offered to supply, install and commission the system. The parties agree as follows.
H:1. Definitions
LN:"Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 3.
LN:"Software" means the Supplier's MachineWatch monitoring software, including its analytics, alarm and reporting modules, licensed under clause 7.
LN:"System" means the Equipment and the Software installed, configured and integrated at the Buyer's site.
LN:"Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 240 wireless vibration and temperature sensors and 16 industrial gateways, install them on the assets listed in the asset register, configure the Software on the Buyer's servers, integrate it with the Buyer's distributed control system historian and maintenance management system, and train the Buyer's reliability engineers.
P:2.2 All Equipment intended for installation in hazardous areas shall carry valid Chinese explosion-proof certification (CCC Ex marking) and the appropriate radio type approval. The Supplier shall provide copies of the certificates before shipment.
H:3. Price
P:3.1 The Contract Price is CNY 1,860,000, inclusive of VAT, delivery to the Buyer's site, customs clearance, installation, and all licences. The price is fixed and itemised as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, Ex certified|240|3,650|876,000
TB:2|Industrial gateway, Ex certified|16|18,500|296,000
TB:3|MachineWatch software, perpetual licence, 300 assets|1|420,000|420,000
TB:Subtotal|Hardware and Licence Subtotal|||1,592,000
TB:4|Installation and commissioning|1|168,000|168,000
TB:5|Analytics configuration and interfaces|1|74,000|74,000
TB:6|Training|1|26,000|26,000
TB:Total|Contract Price|||1,860,000
H:4. Payment
P:4.1 The Buyer shall pay the Contract Price as follows: 20% within 30 days after signature against an advance payment guarantee from a bank in mainland China; 55% within 30 days after all Equipment has been delivered and installed and the Installation Certificate has been signed; and 25% within 30 days after Final Acceptance.
P:4.2 The Installation Certificate only confirms delivery and installation. It is not acceptance of the System.
P:4.3 Each payment requires a valid PRC VAT invoice.
H:5. Acceptance
P:5.1 After installation and configuration the System shall run for a trial period of 45 days.
P:5.2 The System passes the acceptance tests when: (a) every sensor reports vibration and temperature readings at the configured interval, with no more than two consecutive missed readings per sensor in the trial period; (b) readings taken with a calibrated portable analyser on 20 assets chosen by the Buyer agree with the System within the tolerance in the technical specification; (c) alarms are generated and transferred to the maintenance management system within one minute of a simulated threshold breach; (d) battery life calculations for each sensor support the service life stated in the technical specification; and (e) all documentation and training have been delivered.
P:5.3 The Buyer shall issue the Final Acceptance certificate, or a written list of defects, within ten working days after the trial period. The Supplier shall correct defects within 15 days and the relevant tests shall be repeated. Use of the System during the trial period does not amount to acceptance.
H:6. Delivery and Delay
P:6.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation within 40 days after delivery. Installation work inside the plant shall follow the Buyer's permit-to-work system.
P:6.2 If the Supplier fails to deliver, complete installation or achieve Final Acceptance on time for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
P:6.3 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and asset tags, and deliver with each shipment a packing list, certificates of origin and conformity, explosion-proof certificates and calibration records for every sensor.
P:6.4 The Supplier shall deliver, before Final Acceptance, installation drawings showing the mounting point of every sensor, the gateway network layout, the Software configuration record, an operation manual and a maintenance manual in Chinese, and a recommended list of spare parts with prices valid for the whole warranty period.
P:6.5 Risk in the Equipment passes to the Buyer on signature of the Installation Certificate; title passes on payment of each instalment.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for up to 300 monitored assets at the Buyer's sites in China, including for backup and disaster recovery.
P:7.2 All rights in the configurations, asset models, alarm rules, dashboards, interface programs and reports developed by the Supplier for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely and have them maintained by any third party. The Supplier shall hand over the source code of the interface programs.
P:7.3 The Supplier shall indemnify the Buyer against any third-party claim that the System infringes intellectual property rights.
H:8. Warranty and Support
P:8.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail before their rated life, and supply Software updates and upgrades.
P:8.2 Support requests are classified as follows:
TB:Severity|Definition|Response|Resolution or workaround
TB:Severity 1|Software down, or alarms from a critical asset group not received|2 hours|8 hours
TB:Severity 2|Single gateway or up to 10 sensors not reporting|8 hours|3 working days
TB:Severity 3|Questions, minor defects|2 working days|next release
P:8.3 If the Supplier misses a response or resolution time, it shall pay CNY 1,000 for each hour of delay for Severity 1 and CNY 300 for each hour of delay for Severity 2, deducted from the retention or the next payment.
P:8.4 After the warranty period, the Supplier shall offer annual support and spare parts supply at 8% of the Hardware and Licence Subtotal, that is CNY 127,360 per year, fixed for the three years following the warranty period. Support is ordered year by year and does not renew automatically.
H:9. Buyer Data and Security
P:9.1 All measurement data, asset information, alarms and reports in the System belong to the Buyer. The Supplier shall not use them for any purpose other than performing this Contract.
P:9.2 The System shall be installed in the Buyer's network without any connection to the Supplier's cloud. Remote access is allowed only with the Buyer's approval for each session, through the Buyer's VPN and bastion host, and is recorded. The Supplier shall follow the Buyer's industrial cybersecurity rules and the PRC Data Security Law.
P:9.3 The Supplier shall report any security incident involving the System within 12 hours, shall help the Buyer contain it, and shall be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, assets and network obtained under this Contract, and shall not disclose it to third parties or use it for other customers.
P:10.2 This obligation continues for seven years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, damage caused by wilful misconduct or gross negligence, and breach of clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor approved by the Buyer, including its compliance with site safety rules.
H:13. Termination
P:13.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for undelivered or unaccepted parts of the System and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
H:15. General
P:15.1 This Contract, with its technical specification, asset register and Supplier's quotation, forms the entire agreement. If they conflict, this Contract prevails.
P:15.2 This Contract is made in English and Chinese. Both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. BRS-MSA-2027-014**

This Managed IT Services Agreement is made between:

- **Foshan Shunde Lianhe Furniture Manufacturing Co., Ltd.**, Longjiang Town, Shunde District, Foshan, Guangdong, People's Republic of China ("Customer"); and
- **Blue Ridge Service Partners, Inc.**, 105 North Main Street, Galax, Virginia 24333, United States, acting through its branch office in Guangzhou ("Provider").

## Background

Customer manufactures upholstered and case-goods furniture at three plants and a showroom in Foshan. It wishes to outsource the operation of its end-user IT, network and server infrastructure. Provider has run managed services for furniture makers in the United States and Asia since 2009 and has agreed to provide the services described below for a fixed monthly charge.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider can access or process in performing the Services.

1.4 "Deliverables" means the runbooks, configuration records, network diagrams, scripts and reports produced by Provider for Customer.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of that period. Any extension requires a written amendment signed by both parties, at charges to be agreed.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value is CNY 2,184,000, consisting of the transition fee of CNY 96,000 and 36 monthly service charges of CNY 58,000.

3.2 The transition fee is invoiced after the Service Commencement Date. Monthly service charges are invoiced at the end of each month, for the month just ended, after deduction of any service credits.

3.3 Customer shall pay each correct invoice within 30 days after receipt. No advance payment is due under this Agreement.

3.4 The monthly service charge is fixed for the whole term. Changes in the number of users or devices within the bands in Schedule 3 do not change the charge.

## 4. Transition and Acceptance

4.1 Provider shall complete the transition within 75 days after signature, in accordance with the transition plan. Transition includes discovery and documentation of all in-scope assets, installation of monitoring and endpoint management tools, set-up of the service desk, knowledge transfer from Customer's current staff and a two-week parallel run.

4.2 Customer shall accept the transition when: (a) all in-scope devices, except those listed as retired by Customer, report to the monitoring and endpoint management tools; (b) the configuration management database is complete and has been checked by Customer on a sample of 50 assets; (c) the service desk has handled live tickets for ten working days within the service levels of Schedule 2; (d) backup and restore of each critical server has been tested successfully; and (e) the runbooks for all critical systems have been approved by Customer.

4.3 Customer shall sign a transition acceptance certificate, or give a written list of deficiencies, within five working days after Provider's notice that the criteria are met. Provider shall fix the deficiencies and the relevant checks shall be repeated.

4.4 If the Service Commencement Date has not occurred within 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 5. Service Levels and Credits

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If Provider misses a service level in a month, Customer is entitled to the service credits stated in Schedule 2. Credits are deducted from the next monthly invoice. Credits do not limit Customer's other rights.

5.3 If Provider misses the same service level in three consecutive months, Customer may require an improvement plan and, if the failure continues for a further two months, may treat it as a material breach.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may access and process it only to perform the Services and shall not copy, keep or use it for any other purpose.

6.2 Provider shall follow Customer's information security policy and the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Provider's staff shall access Customer systems only through named accounts with multi-factor authentication and through Customer's privileged access management tool, and all sessions are recorded. Customer Data shall not leave mainland China.

6.3 Provider shall report any security incident affecting Customer systems or Customer Data to Customer within two hours, contain it, investigate it, and deliver a written incident report within five working days. Provider shall bear the losses, including regulatory fines, caused by its breach of this Section.

## 7. Deliverables

7.1 The Deliverables belong to Customer as soon as they are created. Customer may use, modify and give them to any replacement provider without restriction.

7.2 Provider's own monitoring and ticketing tools remain Provider's property. At the end of the term Provider shall export all tickets, configuration records and monitoring history to Customer in a standard format.

## 8. Provider Personnel and Subcontractors

8.1 Provider shall assign a named service delivery manager and maintain the on-site team described in Schedule 1. Provider shall not replace the service delivery manager without giving Customer one month's notice.

8.2 Provider may use subcontractors for on-site desktop support at the plants and for after-hours network monitoring, provided that it gives Customer written notice identifying each subcontractor at least ten days before the subcontractor starts work. Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of Section 6.

9.2 Neither party is liable for loss of profit or indirect loss, except in cases of wilful misconduct.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice.

10.2 Either party may terminate if the other becomes insolvent or ceases business.

10.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days, including handover to Customer or a new provider, at the monthly service charge pro rata.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 12. General

12.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties and may only be changed in writing signed by both parties.

12.2 This Agreement is signed in Chinese and English. In case of a discrepancy the Chinese text prevails.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for about 620 users | 07:30–22:00 every day; P1 calls at all times |
| On-site support | Two technicians at the Longjiang plant, one rotating between the other plants and the showroom | Shift hours, Monday to Saturday |
| Endpoint management | Patching, antivirus, software distribution and asset records for about 540 PCs and 180 mobile devices | Continuous |
| Network management | Monitoring and changes of 86 switches, 140 access points, 4 firewalls and the SD-WAN links | 24 × 7 monitoring |
| Server and backup | Operation of 38 virtual servers, 3 hosts, storage and daily backups, monthly restore tests | 24 × 7 monitoring |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Credit for each miss in a month |
|---|---|---|
| Network and core server availability | 99.95% per month | 5% of the monthly charge for each 0.1 point below target, up to 20% |
| P1 incident response (plant network, ERP server or production scheduling system down) | 15 minutes | CNY 2,000 for each late P1 |
| P1 incident restoration | 3 hours | CNY 3,000 for each late P1 |
| P2 incident response | 1 hour | 2% of the monthly charge if more than 5% are late |
| Average service desk answer time | 45 seconds or less | 2% of the monthly charge |
| Failed daily backup jobs | no more than two per month | 3% of the monthly charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, invoiced after Service Commencement | 96,000 |
| Monthly service charge | 570–680 users; 500–580 PCs; fixed | 58,000 per month |
| Monthly service charges for the term | 36 months | 2,088,000 |
| Total contract value | | 2,184,000 |

For Customer: ____________________          For Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. NAL-DS-2027-052

BETWEEN

Nittany AgroClimate Labs, LLC, 122 West High Street, Bellefonte, Pennsylvania 16823, United States ("Provider")

AND

Heilongjiang Beidahuang Kenfeng Agricultural Services Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China ("Customer")

Customer provides agronomy and crop insurance support services to farms in the Sanjiang Plain. Provider operates a global weather, soil moisture and crop condition data service, delivered through an application programming interface (API) and bulk files. Customer wishes to subscribe to the data service for use in its agronomy platform. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's AgroClimate Data API, version 4, and its documentation.

1.2 "Licensed Data" means the gridded weather observations and forecasts, soil moisture estimates, growing degree days, crop condition indices and historical archives made available to Customer under this Agreement.

1.3 "Customer Data" means field boundaries, farm identifiers, coordinates, crop plans, query parameters and any other data supplied by Customer or generated from Customer's queries, and the usage logs relating to them.

1.4 "Custom Products" means the calibrated regional yield risk indices and field-level data layers that Provider prepares for Customer under Clause 3.2.

1.5 "Subscription Year" means each period of one year starting on the Start Date or an anniversary of it.

2. TERM

2.1 The initial term is two Subscription Years starting on the Start Date, which is the date on which Customer confirms acceptance of the integration test under Clause 5.

2.2 RENEWAL. After the initial term, this Agreement automatically renews for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. Fees for each renewal period will be charged at Provider's list price then in effect, which Provider may change at its discretion by publishing a new price list.

3. SERVICES

3.1 Provider shall give Customer access to the API and the Licensed Data for the region between latitudes 43 and 49 degrees north and longitudes 123 and 135 degrees east, with hourly updates of observations and forecasts and daily soil moisture and crop condition layers.

3.2 Provider shall prepare, during the first Subscription Year, calibrated yield risk indices for soybean, maize and rice for the counties listed in Annex 1, using Customer's historical yield records, and shall update them at the start of the second Subscription Year.

3.3 Provider shall deliver a historical archive of 20 years of daily weather and soil moisture data for the region as bulk files within 30 days after signature.

3.4 Customer may make up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at the overage rate in Clause 4.3.

4. FEES AND PAYMENT

4.1 The fees are:

    Subscription Year 1 fee              CNY 268,000
    Subscription Year 2 fee              CNY 268,000
    Set-up and integration support       CNY  22,000
    Total fees for the initial term      CNY 558,000

4.2 The set-up and integration support fee is invoiced after Customer confirms acceptance under Clause 5. Each Subscription Year fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

4.3 Overage calls are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4.4 All fees include VAT. Provider will invoice through its authorised distributor in Beijing, which will issue PRC VAT invoices.

5. INTEGRATION TEST AND ACCEPTANCE

5.1 After the historical archive has been delivered and Customer's API credentials have been issued, Provider shall support Customer in integrating the API with Customer's agronomy platform.

5.2 The integration test is passed when: (a) all API endpoints listed in Annex 2 return valid data for 200 sample field coordinates chosen by Customer; (b) the historical archive is complete for every grid cell and every day of the period, as checked by Customer's record-count script; (c) observations for ten reference weather stations agree with the records of the China Meteorological Administration within the tolerances in Annex 2; and (d) the bulk file delivery process has run without error for seven consecutive days.

5.3 Customer shall confirm acceptance or list the failures in writing within ten working days after Provider's notice that the integration is ready. Provider shall fix the failures, and the test shall be repeated. Use of the Licensed Data in testing does not amount to acceptance.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to make the API available and to deliver updates on schedule. Provider does not guarantee that the API will be uninterrupted or error-free, and scheduled and emergency maintenance may occur without notice.

6.2 Support is available by e-mail and through Provider's support portal during Provider's normal business hours in the United States. Provider will address support requests in the order in which they are received and according to their importance, as determined by Provider.

7. LICENCE AND INTELLECTUAL PROPERTY

7.1 Provider grants Customer a non-exclusive, non-transferable licence during the term to use the Licensed Data and the API within Customer's agronomy platform, and to display and distribute derived maps, alerts and reports to Customer's farm clients.

7.2 Customer may not resell the raw Licensed Data or make it available through a public API.

7.3 The Custom Products belong to Customer. Customer may use, modify and license them freely, during and after the term, and Provider shall not provide them to any other customer.

7.4 Provider retains all rights in the API, the Licensed Data and its models.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services under this Agreement, and not for any other purpose, including improvement of Provider's general models or products for other customers.

8.2 Provider shall process Customer Data only on servers located in mainland China operated by its hosting provider, which is approved by Customer by signature of this Agreement. Customer Data shall be encrypted in transit and at rest and access shall be limited to named Provider staff with multi-factor authentication. Provider shall comply with the PRC Data Security Law and Personal Information Protection Law.

8.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take reasonable steps to contain it and provide a written report. Provider shall be liable for losses caused by its breach of this Clause 8.

8.4 On expiry or termination, Provider shall delete Customer Data within 30 days and confirm deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement, and shall use it only for this Agreement.

9.2 These obligations survive for three years after the end of this Agreement.

10. DELAY

10.1 If Provider fails to deliver the historical archive or the Custom Products by the dates in Clause 3 for reasons attributable to Provider, Provider shall pay Customer 0.1% of the total fees for the initial term for each day of delay, up to 10% of those fees.

11. LIABILITY

11.1 Provider does not warrant the accuracy of forecasts, and Customer is responsible for decisions taken on the basis of the Licensed Data.

11.2 Each party's total liability under this Agreement shall not exceed one and a half times the total fees for the initial term. This limit does not apply to breach of Clauses 8 or 9 or to wilful misconduct.

12. SUBCONTRACTING

12.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent, except for the hosting provider approved under Clause 8.2.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

13.2 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the current Subscription Year.

14. COMPLIANCE AND ATTRIBUTION

14.1 Provider confirms that the Licensed Data does not include surveying and mapping data whose provision to or use in China requires a licence that Provider does not hold, and that the coordinates it returns follow the datum required by PRC rules on map data.

14.2 Customer shall show the attribution "Weather data: Nittany AgroClimate Labs" on maps and reports that display the Licensed Data, in a form that does not interfere with Customer's own branding.

14.3 Each party shall comply with the export control and sanctions laws that apply to it. Provider confirms that no export licence is required for the supply of the Licensed Data to Customer.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

16. GENERAL

16.1 This Agreement, with Annexes 1 and 2, is the entire agreement of the parties and may be amended only in writing.

16.2 Notices shall be sent by e-mail and by courier to the addresses above.

Signed for Provider: ____________________        Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- labels (buyer's view; design written before any run)
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

DRAFTS = {
 "h1001z01": dict(name="h1001z01_energy_diagnosis_platform_licence", ext="pdf", lang="zh", cat="software",
   src=Z01, value=1986000, items=[1160000, 682000, 118000, 26000], base=1160000, forum_outside=False,
   terms=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
              post_warranty_fee_pct=9, governing_law="PRC", contract_kind="goods_or_licence"),
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   design=[]),
 "h1001z02": dict(name="h1001z02_nail_lamp_line_control_retrofit", ext="docx", lang="zh", cat="hardware",
   src=Z02, value=1660000, items=[486000, 298000, 252000, 96000, 228000, 186000, 98000, 16000], base=1360000,
   forum_outside=False,
   terms=dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
              post_warranty_fee_pct=28, contract_kind="goods_or_licence"),
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
 "h1001z03": dict(name="h1001z03_first_aid_training_booking_saas", ext="txt", lang="zh", cat="cloud",
   src=Z03, value=566000, items=[234000, 234000, 86000, 12000], base=None, forum_outside=False,
   terms=dict(OK, availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
              liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h1001z04": dict(name="h1001z04_tidal_lane_control_om_service", ext="txt", lang="zh", cat="services",
   src=Z04, value=698000, items=[226000, 148000, 252000, 72000], base=None, forum_outside=False,
   terms=dict(OK, availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
              ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None,
              warranty_months=None, post_warranty_fee_pct=None, termination_for_breach=False, governing_law=None,
              contract_kind="service"),
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "h1001z05": dict(name="h1001z05_enamel_studio_process_tracking_supplier_template", ext="md", lang="zh",
   cat="software", src=Z05, value=420000, items=[168000, 214000, 38000], base=168000, forum_outside=False,
   terms=dict(OK, availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
              ld_rate_per_day_pct=None, liability_cap_pct=50000 / 420000 * 100, prepayment_pct=65,
              acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
              post_warranty_fee_pct=None, subcontract_without_consent=True, governing_law=None,
              contract_kind="goods_or_licence"),
   extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
   design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
 "h1001e01": dict(name="h1001e01_pipeline_integrity_perpetual_licence_titusville", ext="pdf", lang="en",
   cat="software", src=E01, value=1752000, items=[1240000, 386000, 92000, 34000], base=1240000, forum_outside=True,
   terms=dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
              prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
              post_warranty_fee_pct=11, governing_law="Pennsylvania", contract_kind="goods_or_licence"),
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   design=["CR-GOVERNING-LAW"]),
 "h1001e02": dict(name="h1001e02_supplier_quality_saas_order_form_luray", ext="md", lang="en", cat="cloud",
   src=E02, value=888000, items=[412000, 412000, 64000], base=None, forum_outside=False,
   terms=dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
              liability_cap_pct=6 / 24 * 100, prepayment_pct=476000 / 888000 * 100, final_payment_on_acceptance=None,
              warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   design=["CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
 "h1001e03": dict(name="h1001e03_vibration_sensors_monitoring_licence_kittanning", ext="docx", lang="en",
   cat="hardware", src=E03, value=1860000, items=[876000, 296000, 420000, 168000, 74000, 26000], base=1592000,
   forum_outside=False,
   terms=dict(OK, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
              post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
   extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
   design=[]),
 "h1001e04": dict(name="h1001e04_furniture_maker_managed_it_services_galax", ext="md", lang="en", cat="services",
   src=E04, value=2184000, items=[96000] + [58000] * 36, base=None, forum_outside=False,
   terms=dict(OK, availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
              ld_rate_per_day_pct=1800 / 2184000 * 100, liability_cap_pct=150, prepayment_pct=None,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
              subcontract_without_consent=True, contract_kind="service"),
   extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
   design=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
 "h1001e05": dict(name="h1001e05_agroclimate_data_api_subscription_bellefonte", ext="txt", lang="en", cat="cloud",
   src=E05, value=558000, items=[268000, 268000, 22000], base=None, forum_outside=False,
   terms=dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.1,
              liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
   extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
   design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d):
    t, v = d["terms"], d["value"]
    if t["post_warranty_fee_pct"] is None or not d["extra"].get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (v + fees) * 100


def rules_from_labels(d):
    """My reading of policy §3 applied to the labels."""
    t, x, r = d["terms"], d["extra"], set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(d) if goods else None
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else ("low" if rules else "low")


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九零点])",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)",
    r"万分之五(?![十点])|千分之零点五",
    r"(?<![\d.])4\s*[-‐]?\s*(hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![十\d])四\s*(个)?\s*小时",
    r"\bfour[\s-]*hours?",
    r"(?<![\d.])12\s*[-‐]?\s*(个\s*月|months?)",
    r"十二\s*个\s*月|\btwelve[\s-]*months?",
    r"(?<![\d.])5\s*[-‐]?\s*(years?|年)(?!度)|(?<![十\d])五\s*年|\bfive[\s-]*years?|(?<![\d.])60\s*[-‐]?\s*(个\s*月|months?)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "30 %", "15%", "40 percent", "100%", "百分之三十", "百分之四十", "99.9%", "99.90", "0.05%",
            "万分之五", "4 hours", "4-hour", "4小时", "四小时", "four hours", "12 months", "12个月", "十二个月",
            "twelve months", "5 years", "五年", "five years", "60 months"]
MUST_MISS = ["130%", "0.15%", "1.30%", "150%", "99.95%", "99.5%", "0.055", "24 hours", "24小时", "二十四小时",
             "14 hours", "2027年12月31日", "112 months", "万分之五十", "20 years", "2025 年度", "400%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), ("self-test must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("self-test must miss", s, hits(s))
    sources, targets = {}, {}
    for key, d in DRAFTS.items():
        fname = d["name"] + "." + d["ext"]
        if d["ext"] in ("docx", "pdf"):
            sources[key], targets[key] = d["src"], (fname, d["ext"])
        else:
            (OUT / fname).write_text(d["src"], encoding="utf-8")
            print("wrote", fname)
    write(sources, targets, OUT, wrap_words=True)

    covered, table = set(), []
    for key, d in DRAFTS.items():
        fname = d["name"] + "." + d["ext"]
        t, v = d["terms"], d["value"]
        assert sum(d["items"]) == v, (key, sum(d["items"]), v)
        assert 397200 == 1986000 * 20 // 100 and 104400 == 1160000 * 9 // 100 and 380800 == 1360000 * 28 // 100
        assert 127360 == 1592000 * 8 // 100 and 136400 == 1240000 * 11 // 100 and 476000 == 412000 + 64000
        assert list(t) == T or sorted(t) == sorted(T), key
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100, key
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, key
        sh = tco_share(d) if t["contract_kind"] == "goods_or_licence" else None
        assert sh is None or abs(sh - 40) > 2, (key, sh)
        # the built file as read back
        text = read_back(OUT / fname)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (key, hits(variant))
        rules = rules_from_labels(d)
        assert rules == sorted(d["design"]), (key, rules, d["design"])
        covered |= set(rules)
        label = {"file": fname, "language": d["lang"], "category": d["cat"],
                 "expected_terms": {k: t[k] for k in T},
                 "expected_extra": dict(d["extra"], contract_value=v),
                 "expected_rules": rules}
        (OUT / (d["name"] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        table.append((fname, n, rules, risk(rules), None if sh is None else round(sh, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = sorted(len(r) for _, _, r, _, _ in table)
    for row in table:
        print(*row, sep="  ")


if __name__ == "__main__":
    main()
