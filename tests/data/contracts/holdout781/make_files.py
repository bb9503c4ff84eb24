"""holdout781: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule design, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""
T:某市教育局劳动教育实践基地管理平台采购合同
P:合同编号：JYJ-LDJY-2027-016　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市教育局
P:乙方（供应商）：杭州耕读信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就劳动教育实践基地管理平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供劳动教育实践基地管理平台软件（以下简称“平台”）的永久使用许可，用户数及基地数不作限制。
P:1.2 乙方按甲方需求完成以下定制开发：基地预约与排课、学生劳动清单与过程记录、综合评价与学分折算、基地安全巡查与应急上报、家校协同小程序。
P:1.3 平台部署于甲方指定的政务云环境，覆盖全市中小学及已认定的二十六个劳动教育实践基地，相关云资源由甲方另行提供。
P:1.4 乙方完成平台与市智慧教育公共服务平台、学籍系统的数据对接，并负责部署、初始化、培训及上线保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾万贰仟元整（￥1,402,000），其中：平台软件许可费￥680,000；定制开发费￥512,000；数据对接费￥136,000；实施及培训费￥74,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及乙方履行本合同所需的全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订并收到乙方发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 付款按财政资金支付流程办理，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金（可以银行保函形式提交），最终验收合格后30日内无息退还。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并提交初步验收申请，150日内具备最终验收条件。
P:4.2 乙方应提交需求规格说明、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:4.3 乙方应组建不少于5人的项目组，其中驻场实施人员不少于3人；项目经理应具有同类项目经验，实施期间不得擅自更换，确需更换的应提前10日书面征得甲方同意。
P:4.4 甲方应指定项目联系人，及时提供需求资料、场地、网络环境及对接所需的接口说明，并组织各实践基地和学校配合调研与测试。因甲方原因造成工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收：甲方组织对功能清单逐项测试，所有功能均可正常使用，与市智慧教育公共服务平台的数据交换连续10日无差错，500名用户并发时页面响应时间不超过2秒。
P:5.2 最终验收：平台上线试运行60日，期间未发生一级故障；第三方测评机构出具的安全测评报告无高危问题；甲方组织专家评审并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格；验收不合格的，乙方应在15日内整改并重新申请验收。
P:5.4 验收所需的测试数据由甲方提供脱敏样本，测试环境由乙方搭建，第三方测评费用已包含在合同总价内。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期内，因教育政策调整或上级平台接口变化需要进行的适配性修改，工作量在20人日以内的，乙方免费完成。
P:6.3 质保期满后，甲方如需继续维护，年度维护费不高于平台软件许可费的8%（即每年不超过￥54,400），且前三个维护年度内不得上调。维护合同到期不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意。
P:7.2 一级故障（平台整体不可用或预约、安全上报功能中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次工作日内解决。
P:7.3 响应或恢复每超时1小时，乙方支付￥1,000；月可用率每低于承诺值0.01个百分点，乙方支付￥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台原有软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果、接口程序、相关文档及源代码的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台内的学生、教师、基地及评价数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存副本。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、日志审计等措施，运维操作须经甲方堡垒机。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、学生个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应负责整改并承担由此产生的费用；给甲方造成损失的，应予赔偿。
P:11.3 乙方违反本合同第九条、第十条约定的，除赔偿损失外，甲方有权暂停付款直至乙方完成整改，情节严重的可解除合同。
P:11.4 甲方无正当理由逾期付款的，按逾期金额的万分之二每日支付违约金。
H:第十二条 培训
P:12.1 乙方应为甲方业务科室、各区县教育部门管理员及实践基地操作人员提供集中培训不少于3期，每期不少于1日，并提供操作视频和常见问题手册。
P:12.2 培训效果以参训人员能够独立完成预约审核、课程编排、评价录入及安全上报为准，未达要求的，乙方应免费补训。
H:第十三条 分包
P:本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:14.2 乙方逾期超过60日的，甲方有权解除本合同。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，双方协商调整履行期限；不可抗力持续超过60日致使合同目的无法实现的，任何一方均可解除本合同。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。附件一：功能清单；附件二：验收测试方案；附件三：服务水平及故障分级表。附件与正文具有同等效力，不一致的以正文为准。
P:甲方（盖章）：某市教育局　　乙方（盖章）：杭州耕读信息技术有限公司
"""

SRC["z02"] = r"""
T:壳体注塑及安全带总成装配线控制系统改造合同
P:合同编号：AQZY-GZ-2027-0309
P:甲方：浙江安途儿童安全座椅有限公司
P:乙方：宁波智衡自动化工程有限公司
P:甲方拟对其二号厂房儿童安全座椅壳体注塑单元及安全带总成装配线的控制系统实施改造，乙方提供设备、软件、安装调试、程序开发及质保期后的维保服务。双方经平等协商，订立本合同。
H:一、改造范围
P:（一）注塑单元：更换六台注塑机取件机械手的控制器，新增模温与保压参数采集，实现壳体批次与模具号自动绑定。
P:（二）装配线：改造安全带卷收器装配、五点式织带穿装、锁扣拉力测试三个工位，新增伺服拧紧、视觉防错及拉力曲线记录。
P:（三）线控软件：部署产线控制与追溯软件，实现配方下发、工位互锁、产品序列号追溯及与甲方现有制造执行系统的对接。
P:（四）改造后的控制系统应符合GB/T 5226.1电气安全要求及甲方技术协议约定的防护等级，所选PLC、伺服及视觉部件应为技术协议列明的品牌型号，未经甲方书面同意不得替换。
H:二、合同价款
P:（一）合同总价为人民币贰佰零壹万元整（￥2,010,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程IO模块|1套|486,000
TB:2|伺服拧紧单元及视觉检测单元|9套|612,000
TB:3|工控机及触摸屏操作终端|14台|148,000
TB:4|产线控制与追溯软件许可（永久）|1套|356,000
TB:—|软硬件小计|—|1,602,000
TB:5|安装调试及整线联调|1项|168,000
TB:6|PLC程序及追溯功能定制开发|1项|214,000
TB:7|操作及维护培训|1项|26,000
TB:—|合同总价|—|2,010,000
P:（二）上述价格含税、运输、保险、安装辅材及乙方人员费用。改造期间如需停线，乙方应利用甲方安排的周末及节假日窗口施工。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方凭乙方开具的收据支付合同总价的10%作为预付款。
P:（二）全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的55%。到货签收及安装完毕不视为验收合格。
P:（三）整线通过最终验收后，甲方支付合同总价的35%。
H:四、工期与交付
P:（一）乙方应在合同签订后75日内完成设备到货，在甲方提供停线窗口后45日内完成安装调试。
P:（二）乙方应交付电气图纸、PLC程序源文件、软件安装介质、接口说明、操作手册及备件清单。
P:（三）乙方应在施工前提交详细的停线切换方案，经甲方生产、设备及质量部门会签后实施；切换失败的，乙方应在当班内恢复原有控制系统，保证甲方次日正常生产。
P:（四）甲方负责提供施工所需的电源、压缩空气、临时堆放场地及现有设备的图纸资料，并安排设备科人员配合调试。
H:五、验收
P:（一）验收标准：整线连续72小时带料运行，无因控制系统导致的停线；锁扣拉力、织带长度及拧紧扭矩数据完整上传并可按序列号追溯；视觉防错对设定的全部错装样件均能识别拦截；单件节拍不超过技术协议约定值；与制造执行系统的数据交换连续7日无差错。
P:（二）满足上述标准后，双方签署最终验收证书。设备投入生产、甲方支付款项均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
P:（三）验收时乙方应提交整线联调记录、72小时运行记录、追溯数据抽查记录及培训签到表，作为验收资料归档。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并修复软件缺陷。
P:（二）质保期满后，乙方按年度提供维保服务，年度维保费不超过软硬件小计的9%（即每年不超过￥144,180），前三个维保年度价格固定不变。维保合同逐年签订，不自动续期。
P:（三）服务水平：一级故障（整线停线）乙方应在1小时内响应，6小时内到达现场并恢复生产；二级故障（单工位停机）2小时内响应，次日内修复。
P:（四）响应或恢复每超时1小时，乙方向甲方支付￥800，甲方可从维保费或质保金中扣除。
P:（五）乙方应在甲方厂区备有常用备件，包括控制器模块、伺服驱动器、视觉相机及光源各不少于一套，备件在质保期内由乙方免费补充。
H:七、知识产权
P:（一）乙方产线控制与追溯软件的知识产权归乙方，甲方获得永久使用许可。
P:（二）为本项目定制的PLC程序、追溯功能模块、接口程序及其源代码归甲方所有，甲方可自行修改、复制用于其他产线。
H:八、数据安全
P:（一）产线运行数据、工艺参数、产品序列号及质量记录均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方审批并通过甲方指定的安全接入通道进行，操作全程留痕；乙方应对其工程师电脑进行病毒查杀，严禁接入未经检测的移动介质。
P:（三）因乙方原因导致数据泄露、丢失或生产系统遭受网络攻击的，乙方应立即报告并承担相应责任，赔偿甲方全部损失。
H:九、保密
P:乙方对在项目中获知的甲方工艺文件、配方参数、客户信息及产能数据负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方不得将本项目的现场照片、产线布局及工艺参数用于宣传或案例展示，乙方离职人员同样受本条约束。
H:十、违约责任
P:（一）乙方逾期交付或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，按全国银行间同业拆借中心公布的同期贷款市场报价利率向乙方支付逾期利息。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
H:十一、分包
P:乙方可将电气柜配线及现场安装工作交由其合作单位完成，但应在进场前3日书面告知甲方，并对合作单位的工作质量和安全承担责任。
H:十二、培训
P:（一）乙方应为甲方操作工、设备维修工及工艺工程师分层次开展培训，内容包括设备操作、配方维护、常见故障处理及程序备份恢复，累计不少于6个工作日。
P:（二）培训结束后由甲方组织考核，考核不合格的人员由乙方免费补训。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、安全文明施工
P:乙方人员进入甲方厂区应遵守甲方安全生产、消防及劳动防护规定，动火、登高及带电作业须办理作业票。因乙方原因造成的人身伤害及财产损失由乙方承担。
P:乙方派驻现场的项目经理应全程在岗，现场人员应持有相应的电工或特种作业证书，甲方有权要求更换不称职人员。
H:十五、不可抗力
P:因不可抗力致使一方不能履行合同的，应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任。
H:十六、争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。附件包括：技术协议、设备清单及品牌型号表、停线切换方案、验收测试记录表格。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：浙江安途儿童安全座椅有限公司　　乙方（盖章）：宁波智衡自动化工程有限公司
"""

SRC["z03"] = r"""连锁泰拳馆预约及会员管理系统服务合同

合同编号：QX-MT-2027-0418

甲方：广州擎星泰拳健身管理有限公司
乙方：成都约课云科技有限公司

鉴于甲方在华南地区经营45家直营泰拳馆，需要统一的课程预约、会员卡管理、教练排班及门店收银系统，乙方以软件即服务（SaaS）方式向甲方提供“约课云”场馆管理系统并负责实施。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方45家门店开通约课云场馆管理系统，功能包括：团课及私教课预约、会员卡（次卡、期限卡、储值卡）管理、教练排班与课时统计、体测记录、门店收银及营收报表。
1.2 乙方为甲方定制品牌小程序，包括首页、课程表、预约、会员中心、拳馆活动报名页面，并完成与甲方现有微信支付商户号及财务软件的对接。
1.3 乙方负责将甲方现有系统中的会员资料、剩余课时、储值余额及历史消费记录迁移至新系统。
1.4 服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算。
1.5 系统应支持总部、区域及门店三级权限管理，支持按门店、教练、课程类型统计上课人次、课时消耗及营收，并可导出Excel报表。

2. 费用
2.1 系统服务年费按门店计收，每店每个服务年度人民币7,600元，45家门店每个服务年度合计342,000元，两个服务年度合计684,000元。
2.2 一次性实施费（含小程序定制、数据迁移、接口对接及培训）人民币92,000元。
2.3 本合同总价为人民币776,000元，含增值税。服务期内甲方新开门店的，按每店每个服务年度7,600元按剩余月数折算增加。

3. 付款
3.1 甲方不支付预付款。
3.2 实施费在上线验收合格后15个工作日内一次性支付。
3.3 每个服务年度的年费分两期支付，分别于该服务年度第一个月和第七个月的10日前各支付一半。
3.4 乙方应在每笔款项支付前向甲方开具合法有效的增值税专用发票，甲方收到发票后10个工作日内付款。乙方收款账户变更的，应提前以加盖公章的书面函件通知甲方。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成全部门店开通、小程序上线及数据迁移，并书面提交上线验收申请。
4.2 上线验收标准：
（1）45家门店均能正常完成预约、签到、消课及收银，功能与附件功能清单逐项一致；
（2）迁移后的会员人数、剩余课时及储值余额与甲方原系统导出数据逐项核对一致，差异均已查明并更正；
（3）晚高峰时段500人同时预约，页面响应时间不超过2秒；
（4）小程序支付、退款与财务对账连续5日无差错。
4.3 甲方在收到申请后7个工作日内组织验收，合格的签署上线验收单。系统投入使用或甲方付款均不视为验收合格。

5. 服务水平
5.1 系统月可用率不低于99.5%。可用率按当月总分钟数扣除不可用分钟数后计算，乙方提前48小时通知并安排在凌晨2点至6点的计划维护不计入不可用时间。
5.2 故障分级及响应：一级故障（多家门店无法预约、签到或收银）30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日解决；三级问题次工作日答复。
5.3 月可用率每低于承诺值0.1个百分点，乙方按当月服务费的2%向甲方提供服务抵扣，单月抵扣最多为当月服务费的20%；一级故障超时恢复的，每超时1小时另抵扣1,500元。抵扣在下一期年费中扣减。

5.4 乙方提供7×24小时电话及在线客服，并为甲方指定一名客户成功经理，每月提交服务报告，内容包括可用率、故障清单、处理时长及改进措施。
5.5 乙方对系统进行版本升级的，应提前5个工作日通知甲方并说明变更内容；升级不得导致甲方已使用功能缺失或数据丢失，涉及小程序页面调整的应经甲方确认。

6. 数据与安全
6.1 甲方会员资料、消费记录、教练信息及经营数据均属于甲方所有，乙方仅为提供本合同服务使用，不得用于向第三方提供、营销推广或其他目的。
6.2 乙方应在境内数据中心存储数据，对会员手机号、身份证号等个人信息加密存储，实行最小权限访问和操作日志留存，每日备份，备份保存不少于30日。
6.3 发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合向监管部门报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。
6.4 服务终止后30日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方，并在甲方确认后彻底删除。

6.5 乙方应每年至少组织一次数据恢复演练，并将演练报告提交甲方；乙方系统应完成网络安全等级保护第二级及以上备案。

7. 知识产权
7.1 约课云系统平台的知识产权归乙方所有。
7.2 为甲方定制的小程序页面、品牌设计素材、对接程序及相关源代码归甲方所有，甲方可自行或委托他人修改使用。

7.3 乙方保证所提供的系统及定制成果不侵犯任何第三方的知识产权，如因此引起纠纷，由乙方负责处理并承担全部费用。

8. 培训与甲方配合
8.1 乙方应为甲方总部运营人员、各门店店长及前台收银人员提供线上及现场培训，现场培训覆盖广州、深圳、佛山三个区域，每个区域不少于两场。
8.2 甲方应指定项目负责人，按乙方提供的模板整理门店、课程、教练及会员数据，并协调各门店在约定时间配合切换。因甲方未按时提供资料导致上线延期的，上线期限相应顺延。

9. 保密
双方对在合作中获知的对方经营信息、价格、会员数据及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。乙方应要求其接触甲方信息的员工签署保密承诺书；未经甲方同意，乙方不得在宣传材料、客户案例或招投标文件中使用甲方的名称、商标及门店照片。

10. 违约责任
10.1 乙方未能按第4.1条期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 乙方违反第6条约定的，甲方有权要求乙方立即整改，并赔偿由此造成的全部损失。

11. 续期
服务期满前30日内双方均未书面提出终止的，本合同自动续期一个服务年度，可连续续期。续期年度的服务年费按乙方届时公布的标准价格执行，乙方无需另行取得甲方同意。

12. 分包
乙方不得将本合同项下的服务分包给第三方；确需将小程序设计等非核心工作委托他人的，应事先取得甲方书面同意。

13. 合同解除
13.1 乙方严重违约，或连续两个月可用率未达承诺值，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，乙方应退还未履行期间的服务费。
13.2 任何一方进入破产程序的，另一方可解除本合同。
13.3 合同解除或服务期满不再续期的，乙方应继续提供不少于30日的过渡服务，协助甲方完成数据导出和系统切换，过渡期不另行收费。

14. 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，向甲方所在地人民法院起诉。

15. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、故障分级表。附件为本合同不可分割的组成部分，合同正文与附件不一致的，以合同正文为准。

甲方（盖章）：广州擎星泰拳健身管理有限公司
乙方（盖章）：成都约课云科技有限公司
"""

SRC["z04"] = r"""某市救助管理站流浪乞讨人员救助管理信息系统2027年度运维服务合同

项目编号：MZ-JZ-2027-YW-03
采购方式：竞争性磋商

甲方：某市民政局
乙方：南昌融安信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对市救助管理站使用的流浪乞讨人员救助管理信息系统（以下简称“系统”）提供年度运行维护服务。双方经协商一致，订立本合同。

第一条 服务对象与范围
（一）服务对象：系统应用软件，包括求助登记、身份甄别、生活救助、医疗救治、寻亲服务、返乡护送、临时监护及统计报表等模块；系统所在的2台应用服务器、2台数据库服务器、1套存储设备及站内网络设备。
（二）服务内容：日常巡检、故障处理、数据库维护与备份、系统小版本升级、与全国救助管理信息系统及公安人像比对接口的运行保障、业务功能的小型优化、用户培训及咨询。
（三）驻场要求：乙方在救助管理站派驻运维工程师1名，工作日8:30至17:30在岗；夜间及节假日实行电话值守，并安排工程师可随时到场。
（四）备件保障：乙方在站内储备硬盘、内存、电源模块及交换机各不少于一件，备件更换后应在3个工作日内补齐；服务器、存储设备原厂保修已到期的，由乙方负责协调维修。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同即行终止，下一年度的运维服务由甲方依法另行组织采购。新的服务商确定前，经甲方书面通知，乙方应按本合同条件继续提供服务，费用按实际服务天数折算。

第三条 服务费用及支付
（一）本合同服务费总额为人民币叁拾陆万捌仟元整（￥368,000），为包干价，含驻场人员、备件更换人工、差旅及税费。硬件更换所需的备件如超出乙方承诺的备件范围，费用由双方另行确认。
（二）服务费按季度支付，每季度￥92,000。每季度结束后，甲方根据第六条考核结果核定当季应付金额，并在收到乙方发票后20个工作日内支付。
（三）甲方不支付预付款。

第四条 服务水平
（一）系统月可用率不低于99.95%，计划内停机应提前3个工作日报甲方同意，并安排在夜间进行。
（二）故障分级：一级故障指系统整体不可用、求助登记无法办理或数据库异常；二级故障指单一模块不可用或接口中断；三级故障指个别功能异常或报表错误。
（三）响应与恢复时限：一级故障15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，当日内恢复；三级故障2个工作日内解决。
（四）乙方每月5日前提交上月运维报告，内容包括巡检记录、故障清单、备份检查结果及改进建议；每季度进行一次全面健康检查。

（五）重点时段保障：每年寒冬、酷暑专项救助行动及春节、国庆等节假日期间，乙方应安排工程师现场值守，保障求助登记和寻亲服务不中断。

第五条 服务验收
（一）服务开始前，乙方应完成系统现状评估并提交运维方案，经甲方确认后作为考核依据。
（二）每季度末，甲方对照运维方案、服务水平要求及月度报告进行季度验收，验收结论作为付款依据；年度服务期满，甲方组织年度验收，核查巡检记录完整、备份可恢复、文档已更新。
（三）季度或年度验收不合格的，乙方应在10日内整改完毕并重新申请验收。
（四）乙方提交的运维文档应包括系统拓扑图、资产台账、账号权限清单、备份策略及应急预案，并随系统变化及时更新。

第六条 考核与扣减
（一）一级故障响应或恢复每超时1小时，扣减当季服务费￥1,000；二级故障每超时1小时，扣减￥300。
（二）月可用率每低于承诺值0.01个百分点，扣减当季服务费￥1,500。
（三）驻场人员无故缺岗每日扣减￥400；月度报告逾期提交的，每次扣减￥200。
（四）扣减款项在当季付款时直接扣除，乙方对扣减有异议的，可在收到考核结果后5个工作日内提出复核申请。

第七条 数据安全
（一）系统内的受助人员个人信息、人像照片、救助记录、寻亲信息及统计数据均属于甲方，乙方仅为履行运维服务接触，不得用于运维以外的任何目的，不得拷贝、留存或对外提供。
（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护制度的要求，运维操作须通过甲方堡垒机进行并全程录像，严禁使用未经甲方许可的远程控制工具，严禁将数据带出救助站机房。
（三）乙方负责每日增量备份和每周全量备份，每季度开展一次恢复演练，确保数据可恢复。
（四）发现数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
（五）乙方应制定系统故障、数据丢失及网络攻击的应急预案，每半年组织一次应急演练，演练方案和总结报甲方备案；发生网络安全事件时，乙方应配合甲方向公安机关和网信部门报告。

第八条 人员管理
（一）乙方驻场人员应具备三年以上同类系统运维经验，上岗前须经甲方政治审查并签署数据安全承诺书。
（二）乙方更换驻场人员应提前10日书面征得甲方同意，并做好工作交接。
（三）乙方人员应遵守救助管理站的工作纪律，尊重受助人员的人格尊严，不得拍摄或传播受助人员影像，不得向受助人员索取财物。

第九条 甲方的权利和义务
（一）甲方为乙方驻场人员提供必要的办公场所、网络及运维账号，并指定专人负责联络和考核。
（二）甲方有权随时检查乙方的运维记录和备份情况，对不符合要求的事项提出整改意见。
（三）甲方应及时向乙方通报业务流程调整及上级部门的接口变更要求，以便乙方提前做好准备。

第十条 知识产权
运维期间乙方为甲方编写的脚本、优化代码、配置文件、运维文档及报表模板，其知识产权归甲方所有，甲方可自由使用和修改。系统原有软件的权利状况不因本合同改变。乙方在运维中需要对系统源代码进行修改的，应事先报甲方同意，并在修改完成后将修改后的源代码及变更说明一并提交甲方归档。

第十一条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 违约责任
（一）乙方未按约定提供服务的，甲方有权要求乙方限期整改，并按第六条进行扣减。
（二）乙方违反第七条约定，或因服务缺陷给甲方造成损失的，乙方应赔偿甲方的实际损失。

第十三条 合同解除
乙方严重违反本合同约定，或连续两个季度验收不合格，经甲方书面通知后仍未在10日内改正的，甲方有权解除本合同，并按实际提供服务的月份结算费用。

第十四条 服务交接
服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的新服务商移交全部账号口令、配置文件、运维文档、备份介质及未结问题清单，并配合完成交接，交接期间不得中断服务，不得另行收费。

第十五条 争议解决
因本合同发生争议的，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）本合同未尽事宜，按磋商文件、响应文件执行，双方可签订补充协议。
（二）附件：服务内容清单、故障分级及响应时限表、季度考核表、驻场人员名单。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某市民政局
乙方（盖章）：南昌融安信息服务有限公司
"""

SRC["z05"] = r"""# 竹材破竹及碳化生产追溯系统软件许可及开发合同

> 竹智云标准合同文本 V3.0（乙方提供）

**合同编号：** ZZY-2027-HT-0582

**甲方（买方）：** 建瓯市翠峰竹艺工艺品厂

**乙方（卖方）：** 安吉竹智软件科技有限公司

甲方因生产管理需要，购买乙方“竹智云”竹材生产追溯平台软件使用许可，并委托乙方进行定制开发。双方本着平等自愿原则，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供竹智云竹材生产追溯平台标准版及碳化炉数据采集模块的永久使用许可，部署于甲方厂区服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：毛竹原料进厂登记与竹龄、产地记录；破竹、去青、蒸煮工位扫码报工；碳化炉批次温度压力曲线采集与超限提醒；竹片含水率抽检记录；成品批次追溯查询及生产报表。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 许可范围：本许可仅限甲方在本厂区内使用，并发用户数不超过50个，安装服务器一套。甲方增加用户数、碳化炉接入数量或在其他厂区使用的，应另行向乙方购买许可。甲方不得转让、出租或分许可本软件。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹智云竹材生产追溯平台标准版许可 | 860,000 |
| 2 | 碳化炉数据采集模块许可（8台碳化炉） | 320,000 |
| | 软件许可费小计 | 1,180,000 |
| 3 | 定制开发费 | 196,000 |
| 4 | 安装实施及培训费 | 64,000 |
| | 合同总金额 | 1,440,000 |

合同总金额为人民币壹佰肆拾肆万元整（含税）。碳化炉传感器、数据采集网关等硬件由甲方自行采购，不在本合同范围内。上述价格亦不含甲方服务器、操作系统、数据库等第三方软硬件费用，以及乙方人员在免费维护期满后的差旅费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币936,000元。乙方收到款项后启动项目。

3.2 系统安装上线后5个工作日内，甲方支付合同总金额的35%，即人民币504,000元。

3.3 乙方在收到款项前向甲方开具相应金额的增值税普通发票，甲方需要专用发票的应在合同签订时书面提出。

3.4 甲方逾期付款的，乙方有权暂停实施和服务，由此造成的工期延误由甲方负责。

## 第四条 交付与验收

4.1 乙方在收到首付款后60个工作日内完成软件安装及定制功能开发，具体时间以双方确认的项目计划为准。

4.2 系统安装完成并上线运行后，即视为甲方验收合格。甲方应在上线当日签署上线确认单；甲方未签署但已使用系统的，同样视为验收合格。

4.3 甲方应在乙方进场前准备好符合乙方要求的服务器（不低于16核CPU、64G内存、2T存储）、操作系统、数据库及厂区网络，并指定熟悉生产流程的人员配合需求调研和数据整理。因甲方准备不到位导致工期延误的，交付期限相应顺延。

4.4 乙方为甲方提供两天现场培训，培训对象为车间主任、统计员及信息管理员，培训后乙方提供操作手册电子版。

4.5 甲方在上线后提出的功能调整，属于需求变更，乙方可另行报价。

## 第五条 免费维护期

5.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方对软件缺陷提供免费修复。

5.2 因甲方操作不当、硬件故障、网络问题或擅自修改系统造成的问题，不属于免费维护范围。

## 第六条 维护服务

6.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费为软件许可费小计的22%，即每年人民币259,600元。

6.2 维护服务内容包括：远程技术支持、缺陷修复、小版本升级及年度巡检一次。大版本升级另行收费。

6.3 故障响应：一级故障（系统无法登录或碳化炉数据无法采集）乙方在接到报修后8小时内响应，两个工作日内解决；二级故障24小时内响应；一般问题在5个工作日内答复。

6.4 乙方提供工作日9:00至18:00的电话及远程支持，非工作时间的现场服务按乙方服务价格另行计费。

6.5 维护合同按维护年度签订，到期由双方另行协商续签。甲方未签订维护合同或维护合同中断后重新签订的，乙方有权要求甲方补缴中断期间的维护费。

6.6 乙方对甲方服务器硬件、操作系统、数据库及第三方软件的故障不承担维护责任，但可协助甲方进行排查。

## 第七条 知识产权

7.1 竹智云平台及其各功能模块的著作权、专利权等知识产权均归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表、接口程序及相关文档的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得自行修改、复制或许可第三方使用。乙方不向甲方提供源代码。

7.3 甲方不得对本软件进行反向工程、反编译或反汇编，不得去除软件中的版权标识。

## 第八条 数据

8.1 甲方生产数据存储于甲方服务器。乙方采取访问控制、操作日志、传输加密等安全措施，远程维护时须经甲方授权；因乙方过错导致甲方数据泄露或丢失的，乙方负责协助恢复并承担相应赔偿责任。

8.2 甲方同意乙方可对系统运行中产生的生产数据进行脱敏处理后，用于乙方产品改进、算法训练及竹产业行业分析报告，该等使用不需另行取得甲方同意，亦不向甲方支付费用。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后两年内有效。甲方同意乙方将本项目作为乙方的客户案例，在乙方官网、宣传册及行业展会中使用甲方名称及项目简介，但不得展示甲方的具体生产数据。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的2%。

10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 任何一方不承担对方的间接损失、利润损失或商誉损失。

## 第十一条 合同解除

一方严重违反本合同约定，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。因甲方原因解除合同的，已付款项不予退还。合同解除后，甲方应停止使用本软件并删除全部安装副本，乙方有权收回软件使用授权。

## 第十二条 不可抗力

因自然灾害、停电、网络运营商故障、政府行为等不可抗力因素导致合同不能履行的，双方均不承担责任。受影响一方应在不可抗力发生后10日内通知对方，并在事件消除后尽快恢复履行。不可抗力持续超过90日的，双方可协商解除合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同文本由乙方提供，甲方已仔细阅读并理解全部条款。

14.3 双方确认合同首页所列地址为通知送达地址，任何一方变更地址应提前书面通知对方，否则按原地址送达即视为送达。

甲方（盖章）：建瓯市翠峰竹艺工艺品厂

乙方（盖章）：安吉竹智软件科技有限公司

签订日期：2027年____月____日
"""

SRC["e01"] = r"""
T:Software Licence and Services Agreement
P:Agreement No. JSS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Hefei Lianchuang Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer"), and Jahra Systems Software Co. W.L.L., a company registered in the State of Kuwait with its principal office in Jahra, Kuwait (the "Vendor").
P:The Customer operates four temperature-controlled distribution centres and wishes to replace its warehouse management software. The Vendor is the owner of the ColdTrack warehouse management system and has offered to license it to the Customer and to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack warehouse management system, version 8, in object code, including the temperature-zone module, the dock scheduling module and the mobile scanning application, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, data conversion programs and documentation developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software in the course of the Customer's business, including inventory, order, consignee, temperature and personnel data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's four distribution centres and its head office, for up to 260 named users and 180 handheld terminals, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery. The Customer may permit its contractors to use the Software on its behalf.
P:2.3 The Software shall be installed on servers provided by the Customer in its data centre in Hefei. No part of the Software requires a connection to servers of the Vendor outside China in order to operate.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 2, including requirement confirmation, system configuration, migration of open inventory and master data from the legacy system, integration with the Customer's ERP, transport management system and cold room temperature monitoring platform, testing, go-live support and training.
P:3.2 The Vendor shall assign a project manager who speaks Chinese and is based at the Customer's Hefei site during the implementation. Key personnel named in Annex 2 shall not be replaced without the Customer's approval, which shall not be unreasonably withheld.
P:3.3 The implementation shall be completed, and the Software shall be ready for Final Acceptance testing, within 150 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,900,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; implementation services CNY 420,000; interface development CNY 186,000; training CNY 34,000.
P:4.2 The Contract Price shall be paid in three instalments: (a) 10% within 20 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee of the same amount; (b) 55% within 20 days after go-live of the Software at all four distribution centres; and (c) 35% within 20 days after Final Acceptance.
P:4.3 All payments shall be made in Chinese Yuan to the Vendor's bank account stated on its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After go-live, the Software shall run in production for 30 consecutive days, during which the parties shall carry out the acceptance tests described in Annex 3.
P:5.2 The acceptance criteria are: (a) every function in the functional specification works as described; (b) the stock positions migrated from the legacy system reconcile with the physical stocktake at each distribution centre, and every difference has been explained and corrected; (c) each interface has exchanged data with the ERP, the transport management system and the temperature monitoring platform for ten consecutive working days without loss or duplication; (d) a putaway or picking confirmation on a handheld terminal is processed in less than two seconds under a load of 180 concurrent terminals; and (e) no Severity 1 fault has occurred during the last 20 days of the test period.
P:5.3 When all criteria are met, the Customer shall sign a Final Acceptance certificate within five working days. Go-live, productive use of the Software or payment of any instalment shall not constitute acceptance. If the tests fail, the Vendor shall correct the defects and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and provide all updates free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Software is unavailable at a distribution centre, or receiving, picking or dispatch cannot be processed. Severity 2: an important function or interface fails but a workaround exists. Severity 3: any other fault.
P:6.3 The Vendor shall respond to a Severity 1 fault within one hour, and shall restore operation within eight hours by a fix or workaround; a Severity 2 fault shall be responded to within two hours and resolved within three working days.
P:6.4 If the Vendor misses a response or restoration time for a Severity 1 fault, the Vendor shall pay the Customer CNY 1,000 for each hour or part of an hour of delay, which the Customer may deduct from any amount payable.
P:6.5 After the warranty period, the Customer may purchase annual support, which includes fault correction, updates and remote assistance on the service levels of Articles 6.3 and 6.4. The annual support fee shall be 11% of the Software licence fee, that is CNY 138,600 per year, and shall not be increased for the first three years of support. Support shall be ordered by the Customer year by year and shall not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables shall vest in the Customer upon creation. The Vendor shall deliver the source code of the Custom Deliverables together with its documentation, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access gateway designated by the Customer, with individual accounts, multi-factor authentication and session recording. No Customer Data shall be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China when handling Customer Data. The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all necessary remedial steps and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party in connection with this Agreement and shall use it only for the purposes of this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Software is not ready for Final Acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 13 Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Kuwait.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration under the rules of the Kuwait Commercial Arbitration Centre, seated in Kuwait City. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Annex 1: Software description and licence metrics. Annex 2: Implementation plan and key personnel. Annex 3: Acceptance test plan.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese; both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = r"""# QualiLink Supplier Quality Cloud — Order Form and General Terms

**Order Form No.** FCS-OF-2027-0217

**Provider:** Fahaheel Cloud Solutions K.S.C.C., Block 10, Fahaheel, State of Kuwait, acting through its Shanghai representative office

**Customer:** Changzhou Ruifeng Auto Parts Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China

This Order Form consists of Part A (the commercial terms) and Part B (the General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Service

QualiLink Supplier Quality Cloud, Enterprise edition, covering the modules Supplier Portal, Incoming Inspection, Non-Conformance and 8D Management, PPAP Document Control and Supplier Scorecards, for up to 320 named Customer users and up to 450 supplier accounts, with a Chinese and English user interface.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5. This Order Form does not renew automatically. Any continuation after the Subscription Term requires a new order signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 320 users, 450 supplier accounts | 318,000 |
| Subscription Fee, Subscription Year 2 | 320 users, 450 supplier accounts | 318,000 |
| Onboarding Services (one-time) | configuration, migration, interfaces, training | 54,000 |
| **Total Order Value** | | **690,000** |

Additional named users may be added during the Subscription Term at CNY 820 per user per Subscription Year, prorated by month.

### A4. Invoicing and Payment

(a) The Onboarding Services fee is invoiced on Onboarding Acceptance. (b) The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. (c) Invoices are payable within 30 days of receipt of a valid VAT invoice. No amount is payable before Onboarding Acceptance.

### A5. Onboarding and Acceptance

(a) Provider shall complete the Onboarding Services within 60 days after the signature of this Order Form: tenant set-up, configuration of inspection plans and workflows, migration of the open non-conformance records and supplier master data from Customer's spreadsheets, single sign-on with Customer's directory, an interface with Customer's ERP for purchase orders and goods receipts, and training of key users and supplier administrators.

(b) Onboarding Acceptance criteria: every module listed in A1 works as described in the Service Description; the migrated supplier master data and open records reconcile with Customer's source files; the ERP interface has transferred purchase orders and goods receipts for ten consecutive working days without error; and at least twenty pilot suppliers have completed a full PPAP submission in the portal.

(c) Customer shall test within ten working days after Provider's notice of readiness and shall sign the Onboarding Acceptance certificate when the criteria are met. Use of the Service during testing is not acceptance.

(d) If Onboarding Acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, which Customer may set off against any invoice.

### A6. Customer-Specific Terms

Contacts: Customer's quality director and Provider's account manager, as notified in writing. Data location: People's Republic of China. Language of the Service and of support: Chinese and English.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the cloud service described in A1, including the software, hosting and standard support.

1.2 "Customer Data" means all data, documents and files submitted to the Service by or for Customer or its suppliers, including drawings, inspection results, PPAP packages and supplier contact details.

1.3 "Deliverables" means configurations, inspection plan templates, workflows, reports and interface mappings created by Provider specifically for Customer.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the Service Description and these General Terms.

2.2 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality. Provider shall give at least ten days' notice of any planned maintenance expected to last more than one hour.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance notified under 2.2.

3.2 Incident priorities and response times: Priority 1 (the Service is unavailable, or inspection results cannot be recorded) — response within one hour, 24 hours a day; Priority 2 (a module is seriously impaired) — response within two hours during business hours; Priority 3 (other issues) — response within one business day.

3.3 Provider shall report monthly availability and incident statistics to Customer.

3.4 The service levels in this Section 3 are performance targets. No service credits, fee reductions or other compensation apply to any failure to meet them.

3.5 Standard support is provided in Chinese and English through the support portal, by e-mail and by telephone. Customer may name up to eight support contacts. Support includes answers to questions on the use of the Service, investigation of incidents and correction of errors in the Service.

### 4. Customer Responsibilities

Customer shall keep its user credentials secure, ensure that its users and suppliers use the Service in accordance with the Service Description and applicable law, and promptly inform Provider of any unauthorised use it becomes aware of. Customer is responsible for the accuracy of the Customer Data it submits and for obtaining any consents needed from its suppliers for the processing of their contact details in the Service.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider shall process Customer Data only to provide the Service and as described in this Section 5.

5.2 Provider may collect and use aggregated and anonymised data derived from Customer Data and from Customer's use of the Service, including defect rates, inspection statistics and supplier performance indicators, to operate, improve and develop its products and to publish industry benchmarks to its other customers. Such data shall not identify Customer or any individual. This right continues after the end of the Subscription Term.

5.3 Within 30 days after the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format and shall then delete it from the Service.

### 6. Data Security

6.1 Provider shall host the Service and store Customer Data in data centres located in the People's Republic of China that hold a valid MLPS level-3 filing, and shall maintain an information security management system certified to ISO/IEC 27001.

6.2 Provider shall apply encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of administrative access, daily back-ups and annual penetration tests by an independent tester.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall investigate and contain it, and shall be responsible for losses caused by its failure to comply with this Section 6.

### 7. Intellectual Property

7.1 Provider owns the Service and all intellectual property rights in it. Customer receives the right to use the Service during the Subscription Term.

7.2 The Deliverables belong to Customer. Provider shall hand them over in an exportable form on request, and Customer may use, modify and license them without restriction.

### 8. Confidentiality

Each party shall keep confidential the non-public information received from the other party under this Order Form, including the terms of this Order Form, and shall use it only for the purposes of this Order Form. This obligation continues for three years after the end of the Subscription Term.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential losses, or for loss of profit.

9.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer under this Order Form in the six months preceding the event giving rise to the claim.

### 10. Subcontracting

Provider shall not subcontract the performance of the Service, or any part of it, to a third party without Customer's prior written consent.

### 11. Term and Termination

11.1 This Order Form ends at the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates under this Section, Provider shall refund the Subscription Fee paid for the remaining period of the Subscription Year.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 13. General

Notices must be in writing and sent to the addresses in this Order Form. Neither party may assign this Order Form without the other party's written consent. This Order Form is the entire agreement of the parties on its subject matter.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________
"""

SRC["e03"] = r"""
T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. HX-EQ-2027-0093
P:Buyer: Guangxi Huaxin Paper Co., Ltd., Qinzhou, Guangxi Zhuang Autonomous Region, People's Republic of China
P:Supplier: Ahmadi Industrial Sensing Co. W.L.L., Industrial Area, Ahmadi, State of Kuwait
P:This Contract is made on the Buyer's standard terms for the supply of equipment and software. The Buyer wishes to monitor the condition of the rotating equipment of its paper machine PM3 and its pulp line, and the Supplier has offered the equipment, software and services described below.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways and edge servers listed in the Price Schedule.
P:1.2 "Software" means the Supplier's MachineSense monitoring software, including the analytics engine, the web dashboard and the mobile alarm application.
P:1.3 "Works" means the supply of the Equipment and Software and the installation, configuration and training services under this Contract.
P:1.4 "Site" means the Buyer's mill in Qinzhou.
P:1.5 "Buyer Data" means all measurement data, alarms, asset records and other data collected or generated by the Equipment or Software at the Site.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 220 wireless sensors on motors, fans, pumps, gearboxes and dryer cylinder bearings at the locations in Annex A, with 24 gateways and two edge servers.
P:2.2 The Supplier shall install the Software on the edge servers, configure the asset hierarchy and alarm thresholds for each monitored machine, connect the Software to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.3 All sensors shall be intrinsically safe where installed in classified areas and shall carry valid China Compulsory Certification or explosion-protection certificates as applicable.
P:2.4 Training shall cover operation of the dashboard, alarm handling, basic vibration analysis, battery replacement and routine maintenance of the gateways, for at least twelve maintenance engineers and six control room operators, and shall be given at the Site in Chinese or with a qualified interpreter.
H:3. Price
P:3.1 The Contract Price is CNY 1,788,000, inclusive of VAT, customs duties, delivery to the Site and insurance, as set out in the Price Schedule below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|220|3,600|792,000
TB:2|Industrial wireless gateway|24|9,500|228,000
TB:3|Edge server with redundant power supply|2|68,000|136,000
TB:4|MachineSense software, perpetual site licence|1|386,000|386,000
TB:|Equipment and Software subtotal|||1,542,000
TB:5|Installation and commissioning|1|128,000|128,000
TB:6|Analytics model configuration and interfaces|1|96,000|96,000
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||1,788,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature of this Contract, against an advance payment bank guarantee issued by a bank in mainland China.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after delivery and installation of all Equipment, as confirmed by a signed installation certificate. The installation certificate does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature of this Contract and complete installation within 30 days after delivery, working during the machine shutdowns scheduled by the Buyer.
P:5.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permits for work at height and in hot areas.
P:5.3 With the Equipment the Supplier shall deliver installation drawings, the sensor location register, user and maintenance manuals in Chinese, certificates of origin and conformity, and calibration certificates for every sensor.
P:5.4 Risk in the Equipment passes to the Buyer on delivery to the Site; title passes on payment of the instalment under clause 4.2.
H:6. Acceptance
P:6.1 After installation, the system shall run for a trial period of 60 days.
P:6.2 Final Acceptance requires that: (a) every sensor transmits data at the specified interval, with data loss of no more than two per mille of expected readings over the trial period; (b) the vibration values reported by the Software for ten reference bearings agree with measurements by a calibrated portable analyser within the tolerance in Annex B; (c) alarm notifications reach the control room and the mobile application within 60 seconds in all test cases; (d) the interfaces with the distributed control system and the maintenance management system work as specified; and (e) all documentation has been delivered.
P:6.3 When the criteria are met, the parties shall sign a Final Acceptance certificate. Installation, use of the system or payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its own cost within 20 days and the tests shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries of sensors that fail before their rated life, and shall provide Software updates and defect corrections.
P:7.2 The Supplier shall keep at the Site a stock of spare sensors and one spare gateway during the warranty period.
H:8. Support Services
P:8.1 Faults are classified as Severity 1 (monitoring of the paper machine or pulp line is lost, or alarms are not delivered), Severity 2 (partial loss of monitoring) and Severity 3 (other faults).
P:8.2 The Supplier shall respond to a Severity 1 fault within 30 minutes by telephone or remote connection, and shall have an engineer on Site within 24 hours if the fault cannot be fixed remotely. Severity 2 faults shall be responded to within two hours.
P:8.3 For each hour by which a Severity 1 response or on-site time is exceeded, the Supplier shall pay CNY 1,200, which the Buyer may deduct from any amount due.
P:8.4 After the warranty period, the Buyer may order annual support services covering the Equipment and Software on the same service levels. The annual support fee shall be 7% of the Equipment and Software subtotal, that is CNY 107,940 per year, fixed for the first three years after the warranty period. Support orders are placed year by year and do not renew automatically.
H:9. Intellectual Property
P:9.1 The intellectual property in the Software remains with the Supplier. The Buyer receives a perpetual licence to use the Software at the Site.
P:9.2 The asset models, alarm configurations, interface programs and reports prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy it outside the Site or use it for any other purpose.
P:10.2 Buyer Data shall be stored on the edge servers at the Site. The Supplier may access the system remotely only through the Buyer's remote access gateway, with the Buyer's approval for each session. The Supplier shall ensure that the gateways and sensors use encrypted communication and that default passwords are changed.
P:10.3 The Supplier shall report any security incident affecting the system or Buyer Data to the Buyer within eight hours, shall take immediate remedial measures and shall be liable for the losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential any technical or commercial information of the other party obtained in connection with this Contract, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after completion of the Works.
H:12. Delay and Liability
P:12.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. Approval of a subcontractor does not relieve the Supplier of any obligation.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if the maximum liquidated damages under clause 12.1 have been reached.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or rejected Works.
H:15. Governing Law and Dispute Resolution
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:16. Miscellaneous
P:16.1 Annex A (sensor locations) and Annex B (acceptance test procedure) form part of this Contract.
P:16.2 This Contract is made in English and Chinese. In case of discrepancy, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# Managed End-User IT Services Agreement

**Agreement No.** RMS-KY-2027-011

**Customer:** Nanchang Kangyuan Pharmaceutical Distribution Co., Ltd., Qingshanhu District, Nanchang, Jiangxi Province, People's Republic of China

**Supplier:** Riffa Managed IT Services W.L.L., Building 1120, Riffa, Kingdom of Bahrain, acting through its registered branch in Nanchang

**Date:** ____ 2027

## Background

The Customer distributes pharmaceutical products from its head office and fourteen warehouses in Jiangxi Province. It wishes to outsource its service desk and the support of its laptops, desktops, printers, handheld scanners and warehouse terminals. The Supplier provides managed end-user IT services and has agreed to provide them on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels set out in Schedule 2.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Service Commencement Date" means the day after Transition Acceptance under Section 3.

1.5 "Customer Materials" means all documents, information, records and data of the Customer, including data held on the devices supported under this Agreement.

## Section 2. Services

2.1 From the Service Commencement Date and throughout the Term, the Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

2.2 The Supplier shall provide the Services with its own employees, who shall hold the qualifications listed in Schedule 1. The Supplier shall station at least six field engineers in Jiangxi Province, of whom two shall be based at the Customer's head office.

2.3 The Supplier shall use the Customer's IT service management tool for recording all tickets, and shall keep the asset register of supported devices up to date.

2.4 Each month the Supplier shall deliver a service report showing ticket volumes, performance against each Service Level, service credits incurred, recurring problems and improvement actions. The parties shall hold a service review meeting every month and a management review every quarter.

2.5 The Supplier shall name a service delivery manager who is responsible for the Services and attends all service reviews. The Supplier shall not replace the service delivery manager or more than two field engineers in any quarter without the Customer's approval, and shall give each replacement a handover of at least five working days.

2.6 The Customer shall give the Supplier's engineers access to its sites during the service hours, provide workspace and storage for spare devices at the head office, and keep its software licences, warranties with device manufacturers and its IT service management tool in force. The Supplier is not responsible for a failure to meet a Service Level to the extent caused by the Customer's failure to meet these obligations.

## Section 3. Transition

3.1 The Supplier shall complete the transition of the Services from the Customer's current provider within 60 days after signature of this Agreement, in accordance with the transition plan agreed by the parties.

3.2 Transition Acceptance requires that: (a) all supported devices at the head office and the fourteen warehouses have been inventoried and recorded in the asset register; (b) the service desk has handled live calls for ten consecutive working days with no missed Priority 1 response; (c) knowledge articles for the top fifty call types have been written and approved by the Customer; and (d) all field engineers have completed the Customer's GSP and site safety induction.

3.3 The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met. Starting to use the Services does not constitute Transition Acceptance.

3.4 If Transition Acceptance is not achieved within the period in 3.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total contract value is CNY 2,190,000, consisting of the Transition Charge of CNY 84,000 and 36 Monthly Service Charges of CNY 58,500 each.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

4.3 The Customer shall pay each undisputed invoice within 30 days after receipt. Service credits shall be deducted from the invoice for the month following the month in which they were incurred.

4.4 The charges are fixed for the Term. Changes in the number of supported devices by more than ten percent shall be handled through the change procedure in Section 10.

4.5 All amounts are stated in Chinese Yuan and include VAT at the applicable rate. The Supplier shall issue special VAT invoices.

## Section 5. Customer Materials

5.1 The Customer Materials remain the property of the Customer. The Supplier shall use the Customer Materials only to provide the Services and shall return them to the Customer at the end of the Term.

5.2 Runbooks, knowledge articles, scripts, device images and reports produced by the Supplier for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including after the Term.

## Section 6. Confidentiality

6.1 Each party shall keep confidential the information of the other party received in connection with this Agreement, shall not disclose it to any third party, and shall use it only for the purposes of this Agreement.

6.2 This Section does not apply to information that is public, that was already known to the recipient, or that must be disclosed by law. The obligations in this Section continue for five years after the end of the Term.

## Section 7. Liability

7.1 The Supplier's total liability arising out of or in connection with this Agreement shall not exceed 150% of the total contract value stated in Section 4.1.

7.2 Neither party shall be liable for indirect or consequential loss. This Section does not limit liability for personal injury or wilful misconduct.

## Section 8. Subcontracting

The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.

## Section 9. Term and End of the Agreement

9.1 This Agreement takes effect on signature and ends at the end of the Term. It does not renew automatically.

9.2 This Agreement may be ended before the end of the Term only by written agreement of both parties, or by either party by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

9.3 At the end of the Term the Supplier shall provide exit assistance for up to 45 days, including handover of open tickets, the asset register, knowledge articles and all Customer Materials to the Customer or its new provider, at no additional charge.

## Section 10. Changes

Either party may request a change to the Services. The Supplier shall provide an impact assessment within ten working days. No change is binding until both parties have signed a change note. Additional devices or sites within the scope of Schedule 1 shall be priced pro rata to the Monthly Service Charge. The Supplier shall continue to perform the Services unchanged while a change request is being assessed.

## Section 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese-language telephone, e-mail and portal support for about 1,650 users | 07:00–22:00, seven days a week |
| Field support | Installation, moves, repair and replacement of laptops, desktops, printers, handheld scanners and warehouse terminals at 15 sites | 08:00–20:00, seven days a week |
| Device management | Patching, software distribution and inventory for about 1,900 devices | Continuous |
| Asset management | Asset register, spare pool and disposal coordination | Business days |
| Reporting | Monthly service report and service reviews | Monthly |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | A warehouse cannot pick or dispatch, or more than 20 users are unable to work | 15 minutes | 6 hours |
| P2 | A single critical user or device is unable to work | 1 hour | 1 business day |
| P3 | Other incidents | 8 business hours | 3 business days |
| Requests | Standard service requests | 1 business day | 5 business days |

Call answer target: the average time to answer calls to the service desk in each month shall not exceed 30 seconds.

## Schedule 3 — Charges and Service Credits

| Item | Amount (CNY) |
|---|---|
| Transition Charge (one-time) | 84,000 |
| Monthly Service Charge | 58,500 |
| Monthly Service Charges over 36 months | 2,106,000 |
| Total contract value | 2,190,000 |
| Credit per missed P1 response or resolution | 2,000 per incident |
| Credit per missed P2 resolution | 500 per incident |
| Credit if the call answer target is missed | 3% of the Monthly Service Charge |

Signed for the Customer: ____________________ Signed for the Supplier: ____________________
"""

SRC["e05"] = r"""VESSEL POSITION AND PORT CALL DATA SUBSCRIPTION AGREEMENT

Agreement No. HTMD-SUB-2027-0361

BETWEEN

Hamad Town Marine Data W.L.L., a company registered in the Kingdom of Bahrain, with its office in Hamad Town, Kingdom of Bahrain ("Provider"); and

Qingdao Haiyun International Freight Forwarding Co., Ltd., a company registered in the People's Republic of China, with its office in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Provider collects and processes vessel position reports, port call events and schedule information from terrestrial and satellite sources and makes them available through an application programming interface ("API") and a web portal. Customer wishes to use the data to track the vessels carrying its customers' cargo and to give its customers estimated arrival times. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel positions, port call events, vessel particulars and estimated times of arrival made available by Provider through the API and the portal.

1.2 "Subscription Year" means each successive annual period beginning on the Activation Date or on an anniversary of it.

1.3 "Activation Date" means the date of Activation Acceptance under clause 4.

1.4 "Customer Data" means the watch-lists, booking references, container numbers, queries and other information submitted by Customer to the API or the portal, and the results of Customer's queries.

1.5 "Integration Deliverables" means the connector scripts, field mappings and report templates prepared by Provider for Customer under clause 3.3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and the portal and to use the Data for its internal business and to share vessel positions and estimated arrival times with its own customers in respect of their shipments.

2.2 The subscription covers up to 3,000 tracked vessels at any time, up to 600,000 API calls per month and 40 named portal users. Customer may not resell the Data as a data product.

2.3 Customer shall keep its API keys and portal passwords secure, shall not share them outside its organisation, and shall not attempt to copy the Data in bulk, reverse engineer the API or circumvent its usage limits. When Customer shows vessel positions to its own customers, it shall identify Provider as the source of the Data in a reasonable manner.

2.4 Customer may request additional tracked vessels, API calls or portal users at any time. Provider shall offer them at the rates in its current price list, and any such addition shall be agreed in writing.

2.5 The Subscription Term consists of two Subscription Years, subject to renewal under clause 11.

3. SERVICE

3.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to update the Data as frequently as its sources allow. Provider does not guarantee that the Data is complete, uninterrupted or free of errors, because it depends on third-party transmissions.

3.2 Provider will handle support requests submitted through the portal or by e-mail during its business hours, Sunday to Thursday, and will provide a status page showing known incidents.

3.3 Provider will prepare, as part of the subscription, a connector between the API and Customer's freight management system, field mappings for Customer's booking data and three report templates for Customer's customer portal.

3.4 Provider may change the API, provided it gives Customer at least 90 days' notice of any change that is not backwards compatible and keeps the previous version available during that period.

4. ACTIVATION AND ACCEPTANCE

4.1 Provider shall deliver API credentials, portal access and the Integration Deliverables within 30 days after signature of this Agreement.

4.2 Customer shall test the service within ten working days after delivery. Activation Acceptance requires that: (a) the API returns positions and port calls for a test list of 500 vessels named by Customer, with at least 480 vessels returning a position reported within the previous six hours; (b) the connector has loaded vessel events into Customer's freight management system for five consecutive working days without failure; and (c) the three report templates display correctly in Customer's customer portal.

4.3 When the criteria are met, Customer shall sign an Activation Acceptance certificate. Use of the API during testing is not acceptance.

4.4 If Activation Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, and the Subscription Fee is not payable until the Activation Date.

5. FEES AND PAYMENT

5.1 The Subscription Fee is CNY 264,000 for each Subscription Year, inclusive of VAT. The total Subscription Fees for the Subscription Term are CNY 528,000. The Integration Deliverables are included in the Subscription Fee.

5.2 Provider shall invoice the Subscription Fee for each Subscription Year at the beginning of that Subscription Year. Customer shall pay within 30 days after receipt of a valid invoice.

5.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5.4 If an undisputed invoice remains unpaid for more than 45 days after Provider's written reminder, Provider may suspend access to the API after giving a further ten days' notice. Suspension does not extend the Subscription Term.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the service to Customer and shall not use, analyse or disclose it for any other purpose, including to other customers, during or after the Subscription Term.

6.2 Provider shall store Customer Data on servers located in the People's Republic of China, shall encrypt it in transit and at rest, shall restrict access to authorised personnel with multi-factor authentication, and shall keep access logs for at least six months.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain the incident and shall be liable for the losses caused by its failure to comply with this clause.

6.4 Customer Data is not expected to contain personal information other than business contact details of Customer's staff. Both parties shall handle any such information in accordance with the Personal Information Protection Law of the People's Republic of China.

6.5 At the end of the Subscription Term Provider shall, at Customer's option, return Customer Data in a standard format or delete it, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, the portal and the Data, subject to the rights granted in clause 2.

7.2 The Integration Deliverables belong to Customer. Provider shall deliver their source code, and Customer may use, modify and license them freely.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including Customer's customer and shipment information, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of this Agreement.

9. LIABILITY

9.1 Each party's total liability under this Agreement shall not exceed twice the total Subscription Fees stated in clause 5.1.

9.2 This limit does not apply to liability for breach of clauses 6 and 8, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

10. SUBCONTRACTING

Provider shall not subcontract the performance of its obligations under this Agreement without Customer's prior written consent. Provider's data sources are not subcontractors.

11. RENEWAL

11.1 At the end of the Subscription Term this Agreement renews automatically for a further Subscription Year, and thereafter for further Subscription Years, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

11.2 The Subscription Fee for each renewal Subscription Year will be Provider's list price in effect at the start of that Subscription Year, as notified by Provider. Customer's consent is not required for the adjusted fee.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.

12.2 If Customer terminates under clause 12.1, Provider shall refund the part of the Subscription Fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war, government action or a general failure of satellite or telecommunication networks, provided that it notifies the other party promptly and resumes performance as soon as possible. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice, and Provider shall refund any fees paid for the period after termination.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

15.3 This Agreement is signed in two originals in English, one for each party.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, design and labels
FILES = {
    "z01": ("h781z01_education_bureau_labour_practice_platform", "pdf", "zh", "software"),
    "z02": ("h781z02_child_seat_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h781z03_muay_thai_chain_booking_membership_saas", "txt", "zh", "cloud"),
    "z04": ("h781z04_relief_station_system_annual_om", "txt", "zh", "services"),
    "z05": ("h781z05_bamboo_carbonising_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h781e01_cold_chain_wms_perpetual_licence_kuwait_vendor", "pdf", "en", "software"),
    "e02": ("h781e02_supplier_quality_saas_order_form", "md", "en", "cloud"),
    "e03": ("h781e03_paper_mill_condition_sensors_buyer_paper", "docx", "en", "hardware"),
    "e04": ("h781e04_pharma_distribution_managed_end_user_services", "md", "en", "services"),
    "e05": ("h781e05_vessel_position_data_api_subscription", "txt", "en", "cloud"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
T = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
            [True, True, True, False, 1402000]),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, 60, 10, True, True, 24, 9, False, True, True, "PRC", G],
            [True, True, True, False, 2010000]),
    "z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False,
             "PRC", S], [True, True, None, False, 776000]),
    "z04": ([99.95, 0.25, True, "buyer", True, True, False, None, None, None, True, None, None, None, False, True, False,
             None, S], [True, False, None, False, 368000]),
    "z05": ([None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 22, False, True, None, "PRC",
             G], [True, True, True, True, 1440000]),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11, False, True, False, "Kuwait",
             G], [True, True, True, False, 1900000]),
    "e02": ([99.95, 1, False, "buyer", True, False, True, 600 / 690000 * 100, 6 / 24 * 100, None, True, None, None, None,
             False, True, False, "PRC", S], [True, True, None, False, 690000]),
    "e03": ([None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7, False, True, False, "PRC", G],
            [True, True, True, False, 1788000]),
    "e04": ([None, 0.25, True, "buyer", False, True, True, 1800 / 2190000 * 100, 150, None, True, None, None, None, False,
             False, False, "PRC", S], [True, True, None, False, 2190000]),
    "e05": ([None, None, False, "buyer", True, True, True, 500 / 528000 * 100, 200, None, True, None, None, None, True,
             True, False, "PRC", S], [False, True, None, False, 528000]),
}
# TCO data of the goods / licence drafts: (fee base = itemised licence / hardware subtotal, annual fee)
TCO = {"z01": (680000, 54400), "z02": (1602000, 144180), "z05": (1180000, 259600), "e01": (1260000, 138600),
       "e03": (1542000, 107940)}
FORUM_OUTSIDE = {"e01"}  # Kuwait City arbitration (and Kuwaiti law)
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
PRICE_SUMS = {  # itemised prices as stated in the texts
    "z01": [680000, 512000, 136000, 74000], "z02": [486000, 612000, 148000, 356000, 168000, 214000, 26000],
    "z03": [342000 * 2, 92000], "z04": [92000] * 4, "z05": [860000, 320000, 196000, 64000],
    "e01": [1260000, 420000, 186000, 34000], "e02": [318000, 318000, 54000],
    "e03": [792000, 228000, 136000, 386000, 128000, 96000, 22000], "e04": [84000, 58500 * 36],
    "e05": [264000, 264000]}


def tco_share(key):
    t, x = T[key]
    terms = dict(zip(TERM_KEYS, t))
    base, fee = TCO[key]
    assert abs(fee - base * terms["post_warranty_fee_pct"] / 100) < 0.01, key
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = fee * years
    return fees / (x[4] + fees) * 100


def derive(key):
    """Rules of policy §3 as I read them, from the label alone (plus the forum flag and TCO data)."""
    t, x = T[key]
    v = dict(zip(TERM_KEYS, t))
    sla, ld_stated, capped = x[0], x[1], x[2]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if v["availability_pct"] is not None and v["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if v["p1_response_hours"] is None or v["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not v["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if v["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not v["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if v["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not v["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif v["ld_rate_per_day_pct"] is not None and v["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if v["liability_cap_pct"] is not None and v["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if v["prepayment_pct"] is not None and v["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not v["acceptance_clause"] or v["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if v["contract_kind"] == G:
        if v["warranty_months"] is None or v["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if v["post_warranty_fee_pct"] is None or not capped or v["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if v["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not v["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if v["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (v["governing_law"] is not None and v["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


def label(key):
    stem, ext, lang, cat = FILES[key]
    t, x = T[key]
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if t[-1] == G:
        extra["post_warranty_fee_capped"] = x[2]
    else:
        assert x[2] is None and t[12] is None and t[13] is None, key
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"file": stem + "." + ext, "language": lang, "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, t)), "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures (policy §3): none may be stated in any text, and no label value may equal one.
THRESH_PATTERNS = [
    r"99\.9(?!\d)", r"99\s*\.\s*9\s*%",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?!十)", r"0?\.5\s*‰", r"千分之零点五",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百", r"(?:one\s+hundred|(?<![\d.,])100)\s*per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?:thirty|(?<![\d.,])30)\s*per\s*cent",
    r"(?<![\d.,年])12\s*[-‐]?\s*(?:个)?\s*月(?!\s*\d+\s*日)", r"(?<![\d.,])12[\s-]*months?", r"十二个?月", r"twelve[\s-]*months?",
    r"(?<![每第逐下])一年(?!度)", r"\bone[\s-]*years?\b", r"(?<![\d.,])1[\s-]*years?\b",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"(?:fifteen|(?<![\d.,])15)\s*per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?:forty|(?<![\d.,])40)\s*per\s*cent",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9 %", "4小时", "4 个小时", "四小时", "within 4 hours", "4h", "four hours", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "一年", "one year", "1 year", "15%", "百分之十五",
            "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["下一年度", "2027年12月31日", "99.95%", "99.98%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "万分之八", "0.055%",
             "200%", "150%", "130%", "1,100%", "20%", "35%", "65%", "120 months", "36个月", "每年", "第一年",
             "115%", "140%", "2 hours", "each year", "24 months", "45%"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), "must miss: %s (%s)" % (s, THRESH_RE.search(s).group(0))


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets, sources = {}, {}
    for key, (stem, ext, lang, cat) in FILES.items():
        if ext in ("docx", "pdf"):
            targets[key] = (stem + "." + ext, ext)
            sources[key] = SRC[key]
        else:
            (OUT / (stem + "." + ext)).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (stem, ext, lang, cat) in FILES.items():
        lab = label(key)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        if rules != sorted(DESIGN[key]):
            problems.append("%s: derived %s != design %s" % (key, rules, sorted(DESIGN[key])))
        covered |= set(rules)
        assert sum(PRICE_SUMS[key]) == lab["expected_extra"]["contract_value"], key
        text = read_back(OUT / (stem + "." + ext))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(variant)
            if m:
                problems.append("%s: threshold figure %r in %r" % (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 10]))
                break
        v = lab["expected_terms"]
        for k, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if v[k] is not None and abs(v[k] - bad) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        share = tco_share(key) if key in TCO else None
        if share is not None and 38 <= share <= 42:
            problems.append("%s: TCO share %.2f within 2 points of 40" % (key, share))
        print("%s %-58s %-5s %5d  %-6s %s%s" % (key, lab["file"], lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                              "  TCO %.2f %%" % share if share is not None else ""))
    if covered != set(ALL_RULES):
        problems.append("not covered: %s" % sorted(set(ALL_RULES) - covered))
    mix = {k: len(lab_r) for k, lab_r in ((k, derive(k)) for k in FILES)}
    assert [k for k in FILES if mix[k] == 0] == ["z01", "e03"]
    assert derive("e01") == ["CR-GOVERNING-LAW"] and risk(derive("e01")) == "low"
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert 8 <= mix["z05"] <= 10
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; %d rules covered" % len(covered))


if __name__ == "__main__":
    main()
