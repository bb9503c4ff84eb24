"""holdout1140: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:医保基金智能监管平台软件许可及定制开发合同
P:合同编号：QZYB-ZC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：泉州市医疗保障局
P:乙方（供应商）：福建衡元数据科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就医保基金智能监管平台的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供医保基金智能监管平台软件（V5.3）的永久使用许可，许可范围为甲方及所辖六个县（市、区）医保经办机构，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，内容包括：本市门诊慢特病、住院按病种分值付费（DIP）及定点药店三类智能审核规则库，共不少于二百六十条规则；异地就医结算疑点筛查模块；监管驾驶舱及十六张统计报表；与市医保信息平台、药品追溯码平台的接口。
P:1.3 乙方负责系统部署、历史结算数据对接、联调测试、上线切换及操作培训，并提交需求规格说明书、设计文档、测试报告、用户手册及运维手册等全部技术文档。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾肆万元整（¥2,140,000），为固定总价，包含税费、差旅及本合同约定的全部工作。
P:2.2 分项价格：平台软件许可费¥1,160,000；定制开发费¥780,000；实施及数据对接费¥164,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥428,000。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥963,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥749,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政资金拨付流程造成的合理延迟不视为甲方违约，但甲方应及时告知乙方办理进度。
H:第四条 实施进度
P:4.1 乙方应于合同签订后七十五日内完成部署、规则开发及接口联调，具备上线条件。
P:4.2 上线后试运行期为两个月。试运行期间发现的问题，乙方应在甲方要求的期限内整改完毕。
P:4.3 乙方应组建不少于八人的项目组，项目经理须具有同类医保项目实施经验，未经甲方同意不得更换。乙方每周向甲方提交进度报告，重大问题随时报告。
P:4.4 乙方应对甲方各科室及县（市、区）经办人员开展不少于六期操作培训，并对甲方信息科人员开展规则配置及运维培训，确保其能够独立维护规则库。
H:第五条 验收
P:5.1 初步验收在上线后由甲方组织，标准为：合同及投标文件列明的功能全部实现；二百六十条规则在甲方提供的近两年历史结算数据上逐条回测通过；疑点筛查结果与人工复核样本的一致性达到招标文件约定的标准；并发三百用户时，常用页面响应时间不超过3秒。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间未发生一级故障；接口数据与市医保信息平台对账一致；第三方机构出具的安全测评报告无高风险问题；技术文档、源代码及培训记录齐全。甲方可邀请专家参加验收，并出具书面验收报告。
P:5.3 验收所需的测试用例、回测方案及对账口径由乙方在上线前三十日提交甲方确认。系统上线、试运行或甲方使用部分功能，均不视为验收合格。验收不合格的，乙方应在十五日内整改并申请复验，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供缺陷修复、版本升级及规则库的政策适配更新。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%，即每年不超过¥92,800，该价格自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%，计划内停机须提前三个工作日经甲方同意，不计入不可用时间。
P:7.2 故障分级及时限：一级故障（平台整体不可用或审核结果错误影响结算）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一版本中解决。
P:7.3 乙方响应或恢复超时的，每超时1小时，甲方可扣减¥500；月度可用率每低于约定值0.01个百分点，扣减¥1,000，从维护费或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍属乙方，甲方依第一条获得永久使用许可。
P:8.2 为本项目定制开发的规则库、模块、报表、接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付全部源代码。
H:第九条 数据安全
P:9.1 医保结算数据、参保人个人信息及平台产生的全部数据均属甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定，所有操作在甲方政务外网内经堡垒机进行并全程审计；测试使用脱敏数据；不得将数据带出甲方环境。
P:9.3 发生或可能发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应的法律责任。
P:9.4 合同终止或维护期结束时，乙方应按甲方要求返还或彻底删除其持有的全部数据及副本，并出具书面删除说明。
H:第十条 保密
P:乙方及其项目人员对履约中知悉的甲方工作秘密、监管规则及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限具备上线条件或通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统不符合约定且在整改期内仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:第十二条 履约保证金
P:乙方应于合同签订前向甲方提交合同总价5%的履约保证金，可以银行保函形式提交。最终验收合格后，履约保证金转为质量保证金，质保期满且无未结事项的，甲方在十个工作日内无息退还。
H:第十三条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同未尽事宜，按招标文件、投标文件及政府采购相关规定执行；合同条款与投标文件不一致的，以对甲方更有利者为准。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2027年　月　日
"""

SRC["z02"] = """T:压线机装配线控制系统改造合同
P:合同编号：JYX-GZ-2027-06
P:甲方（买方）：瑞安市精压电动压线机厂
P:乙方（卖方）：杭州智衡自动化工程有限公司
P:甲方拟对其电动压线机总装线及压接模具调试线进行控制系统改造。乙方已完成现场勘察并提交技术方案，双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方提供控制柜、触摸屏、压接力监测及视觉检测设备与产线控制软件许可，完成两条产线共八个工位的控制程序编写、设备安装、调试及与甲方现有ERP系统的工单接口。
P:1.2 改造后，产线应实现工单自动下发、压接力曲线逐件记录与判定、不良品自动剔除、工位节拍统计及设备状态看板。详细技术要求见附件一《技术规格书》。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰万元整（¥2,000,000），含设备、软件许可、运输、保险、安装、调试、培训及税费。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含伺服驱动）|8套|98,000|784,000
TB:2|触摸屏HMI|8台|12,500|100,000
TB:3|压接力监测传感器及采集模块|32套|9,500|304,000
TB:4|视觉检测相机及光源|16套|16,000|256,000
TB:5|产线控制软件许可（永久）|1套|196,000|196,000
TB:硬件及软件许可小计|||| 1,640,000
TB:6|控制程序定制开发及调试|1项|236,000|236,000
TB:7|安装及停线切换|1项|104,000|104,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:合计||||2,000,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥200,000，作为预付款。
P:3.2 全部设备到货并安装完毕、经甲方签收后十个工作日内，甲方支付合同总价的55%，即¥1,100,000。到货签收仅确认数量与外观，不视为验收。
P:3.3 改造项目通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥700,000。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方厂区，并在到货后二十五日内完成安装调试。为减少停产损失，停线切换应安排在甲方指定的周末或节假日进行，每条产线停线不超过三天。
P:4.2 乙方应指派具有电气及PLC编程经验的项目经理常驻现场，并遵守甲方的安全生产及厂区管理制度。
P:4.3 乙方应提供设备清单所列备品备件各一套及易损件清单，并在质保期内保证常用备件库存，确保一级故障所需备件当日可到现场。
P:4.4 乙方应在安装前提交施工方案及停线切换方案，经甲方生产部和安全管理部门审核同意后方可实施。施工期间因乙方原因造成的人身伤害或设备、模具损坏，由乙方承担责任。
P:4.5 乙方应对甲方操作工、班组长及设备维修人员分批培训，培训内容包括设备操作、程序备份与恢复、常见故障排查、压接力曲线判读，培训后由甲方组织考核。
P:4.6 乙方应随货及在验收前提交：设备合格证、使用说明书、电气原理图、接线图、PLC及HMI程序备份、参数设定表、培训教材和竣工资料，资料应为中文。
H:第五条 验收
P:5.1 最终验收在两条产线连续试生产二十个工作日后进行，标准为：技术规格书所列功能全部实现；压接力判定与甲方抽检复测结果一致；产线节拍达到规格书要求；工单接口与ERP数据核对无差异；试生产期间未发生因控制系统导致的整线停机。
P:5.2 验收由甲方组织，双方签署书面验收报告。设备到货、安装完毕或甲方在试生产中使用产线，均不构成验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起十八个月。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换，并免费提供软件缺陷修复。
P:6.2 质保期内更换的设备或部件，其质保期自更换之日起重新计算。质保期内同一部件累计故障达三次的，乙方应免费更换为新品。
P:6.3 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件更换、软件升级及故障处理。年度维保费按硬件及软件许可小计的28%计取，即每年¥459,200，自质保期满起三年内不作调整。维保合同每年另行签订。
H:第七条 服务水平
P:7.1 一级故障（整条产线停机）：乙方在30分钟内远程响应，3小时内到达现场，到场后8小时内恢复生产。二级故障（单工位停机或判定异常）：2小时内响应，次日到场处理。
P:7.2 质保期内，乙方每季度对控制柜、传感器及相机进行一次现场巡检和标定，出具巡检报告，并对压接力传感器按甲方计量制度配合送检。
P:7.3 乙方响应或到场超时的，每超时1小时，甲方可按¥800扣减维保费或质量保证款项。
H:第八条 知识产权
P:8.1 产线控制软件及设备内置软件的知识产权归其权利人，甲方获得永久、不可撤销的使用许可。
P:8.2 为本项目编写的PLC及HMI控制程序、ERP接口程序及其源代码、电气图纸归甲方所有，甲方有权自行修改或委托他人维护。乙方应在验收时移交完整的源代码及注释。
H:第九条 数据安全
P:9.1 产线采集的压接力曲线、工艺参数、产量及质量数据归甲方所有，乙方不得用于本合同以外的用途。
P:9.2 乙方应按照甲方工控网络安全要求配置控制系统，关闭不必要的端口和服务，设备接入甲方网络前须经甲方信息部门检查。
P:9.3 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并留存操作日志；不得将甲方数据拷贝出厂区。发生数据泄露或被篡改的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方赔偿。
H:第十条 保密
P:乙方对履约中知悉的甲方工艺、模具设计、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:乙方可将现场电缆敷设、控制柜安装等辅助工作分包给具备相应资质的第三方，但应提前三个工作日书面告知甲方。乙方对分包方的工作质量和安全负责。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿由此造成的损失。乙方逾期交货或逾期完成调试超过三十日的，视为严重违约。合同解除后，乙方应在甲方指定期限内拆除其已安装但未经验收的设备，并将产线恢复至可生产状态，相关费用由乙方承担。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交温州仲裁委员会仲裁。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:本合同的变更须经双方书面签署。合同执行期间，甲方因生产需要调整工位数量的，价格按本合同分项单价协商确定。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一为本合同不可分割的组成部分。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

SRC["z03"] = """门店预约及会员管理系统订阅服务合同

合同编号：TZ-SAAS-2027-0412

甲方：杭州正姿体态健康管理连锁有限公司
乙方：上海约格云信息技术有限公司

甲方在杭州、宁波、绍兴共经营十八家体态矫正门店，拟采用乙方的门店预约及会员管理云服务（以下简称“本服务”）。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方十八家门店提供本服务的云端订阅，功能包括：线上预约与排班（含小程序端）、会员档案与体态评估记录、课程卡与储值管理、教练课时与提成统计、门店经营报表、短信及公众号消息提醒。
2. 订阅按门店计，每家门店不限教练账号；总部管理端开通十个管理员账号。甲方新开门店的，按本合同单价增加订阅。
（二）实施服务
1. 乙方负责系统开通与配置、十八家门店的历史会员及剩余课时数据迁移、小程序页面按甲方品牌定制、与甲方收银设备及财务软件的对接。
2. 乙方对甲方店长、前台及教练进行分批培训，并提供操作手册和培训视频。
（三）运维与升级
1. 服务期内，乙方负责本服务的日常运行、监控、数据备份、安全防护和版本升级，升级不得减少甲方已在使用的功能，影响操作方式的重大升级应提前十日通知甲方并提供培训。
2. 乙方为甲方指定专属客户成功经理，每月提交服务报告，内容包括可用率、故障处理情况、门店使用情况及优化建议，每个季度与甲方召开一次服务回顾会议。
3. 乙方提供工作日九时至二十一时的在线客服和电话支持，门店营业时间内的紧急故障可通过服务热线随时报修。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度紧随其后。
（二）本合同期满前三十日内，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方根据其届时的价格政策调整，每次上调幅度不超过上一服务年度服务费的8%，乙方书面通知甲方后即生效。

三、合同价款及支付
（一）价款
1. 订阅服务费：每家门店每个服务年度¥12,000，十八家门店每个服务年度合计¥216,000，两个服务年度合计¥432,000。
2. 实施费：¥74,000（一次性）。
3. 合同总价：¥506,000（含税）。
（二）支付
1. 实施费在上线验收合格后十五个工作日内一次付清。
2. 每个服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付。
3. 乙方应在收款前开具增值税专用发票。本合同不设预付款。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施，具备十八家门店同时上线的条件。实施期间，乙方应指派项目经理负责进度协调，每周向甲方提交实施周报，并在切换前制定数据迁移方案和回退方案，经甲方确认后执行。切换应安排在门店营业结束后进行，不得影响门店正常接待会员。
（二）上线验收标准：
1. 十八家门店的会员档案、剩余课时及储值余额全部迁移，与甲方原系统逐店核对一致；
2. 预约、签到、消课、退卡、储值及提成计算等流程经甲方逐项测试通过；
3. 高峰时段五百名会员同时在线预约时，页面响应时间不超过2秒；
4. 与收银设备及财务软件的对账数据连续十日一致；
5. 培训完成，甲方各门店店长考核合格。
（三）验收由甲方组织并出具书面验收报告。门店开始使用系统或试运行，均不视为验收合格。验收不合格的，乙方应在七日内整改后重新验收。

五、服务水平
（一）本服务月度可用率不低于99.5%。计划内维护应安排在每日零时至六时之间，并提前两个工作日通知甲方。
（二）故障分级：
1. 一级故障（全部门店无法预约或会员无法消课）：乙方30分钟内响应，2小时内恢复；
2. 二级故障（单个门店或单一功能不可用）：1小时内响应，8小时内解决；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，按当月订阅服务费的5%向甲方提供服务抵扣；低于97%的，按10%抵扣。一级故障恢复超时的，每超时1小时另抵扣¥500。抵扣从下一期服务费中扣减。

六、知识产权
（一）本服务平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、报表模板及接口程序，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。

七、数据归属与数据安全
（一）甲方会员的姓名、手机号、体态评估照片及记录、消费记录等全部数据归甲方所有。乙方仅为提供本服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》及网络安全等级保护第三级的要求保护数据，数据存储于中国境内，传输及存储加密，员工访问须授权并留存日志，每日备份。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，并配合甲方向会员告知及向主管部门报告。因乙方原因导致的数据安全事件，乙方承担由此产生的全部损失及法律责任。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方应每季度向甲方提供一次数据安全自查报告，甲方可自行或委托第三方对乙方的数据安全措施进行检查，乙方应予配合，发现问题的应在甲方要求的期限内整改。

八、保密
双方对在履行本合同中知悉的对方商业秘密、经营数据及技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

九、违约责任
（一）乙方未能在第四部分第（一）项约定期限内具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。

十、甲方义务
（一）甲方应指定项目联系人，及时提供数据迁移所需的原系统数据、门店信息及品牌素材，并组织门店人员参加培训和验收测试。
（二）甲方应妥善保管管理员账号及密码，合理设置员工权限。因甲方账号管理不善造成的损失由甲方自行承担，但乙方存在过错的除外。
（三）甲方应按约定支付服务费。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）因乙方违约解除的，乙方应退还未履行期间的服务费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、不可抗力
因不可抗力导致本服务中断或无法履行的，受影响一方应及时通知对方并采取措施减少损失，在不可抗力影响范围内免除责任。但乙方应按行业通行做法建立异地备份和灾难恢复机制，不得以其机房故障为由主张不可抗力。

十五、通知
双方的通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱。一方变更联系方式的，应在变更后三日内通知对方。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

SRC["z04"] = """合肥市蜀山区餐饮油烟在线监测系统2027年度运维服务合同

项目编号：SSCG-CS-2027-009
采购方式：竞争性磋商

甲方（采购人）：合肥市蜀山区城市管理局
乙方（成交供应商）：安徽清岚环境监测技术有限公司

根据蜀山区餐饮油烟在线监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的餐饮油烟在线监测系统，包括安装于辖区326家餐饮单位的油烟浓度监测仪、净化器运行状态监测模块、数据采集传输终端，以及部署于甲方机房的监管平台软件和数据库。
（二）服务内容：监测设备的定期巡检、清洁、维修及更换；监测数据传输保障及物联网通信卡管理；监管平台及数据库的日常运行维护、备份与安全加固；超标预警信息的核实与推送；配合甲方执法检查提供数据支持；每季度开展一次第三方比对监测；编制月度、季度运维报告和年度运维总结。
（三）新增或迁移监测点：服务期内餐饮单位新开业、关停或搬迁的，乙方负责设备拆除、迁移和重新安装，三十个点位以内不另行收费。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购，依照政府采购程序另行确定供应商。

第三条 合同价款
（一）合同总价为人民币伍拾玖万元整（¥590,000），为固定总价，包括人工、交通、备品备件、通信费、比对监测费、税费等全部费用。
（二）分项价格：监测设备巡检维护326点×¥1,020=¥332,520；平台运维及数据服务¥88,000；物联网通信费326点×¥240=¥78,240；备品备件包干¥64,000；第三方比对监测¥27,240。

第四条 支付方式
（一）服务费按季度支付，每季度¥147,500。
（二）每季度结束后，甲方在季度考核完成后十五个工作日内支付该季度服务费。乙方应提供当季运维报告及合法发票。
（三）本合同不设预付款。

第五条 人员与备件
（一）乙方应组建不少于六人的驻场运维团队，其中项目负责人一名、平台运维工程师一名、现场巡检人员四名，人员名单报甲方备案。项目负责人及平台运维工程师更换须经甲方同意。
（二）乙方应在蜀山区内设立备件库，常备监测仪、采集终端及传感器各不少于十套，确保故障设备可及时替换。
（三）乙方人员进入餐饮单位巡检时应佩戴工作证，遵守餐饮单位的安全管理要求，不得借巡检向餐饮单位推销产品或收取任何费用。

第六条 系统接管
（一）乙方应于2027年1月10日前完成系统接管，包括清点全部设备、核对平台账号与权限、接收运维台账，并完成首轮全部监测点的现场巡检。
（二）接管中发现的设备缺失或损坏，乙方应书面报告甲方，由双方确认后列入维修计划。

第七条 服务要求
（一）巡检：每个监测点每月至少现场巡检一次，每季度完成一次设备清洁和传感器校准，巡检记录应有照片和餐饮单位签字。
（二）平台运维：每日检查平台运行及数据接收情况，每周备份数据库，每月进行一次漏洞扫描并及时修补。
（三）超标核实：监测数据连续超标的，乙方应在接到平台预警后当日完成现场核实，并将核实结果推送甲方执法人员。
（四）报告：乙方应于每月五日前提交上月运维报告，内容包括巡检及维修情况、设备在线情况、超标预警及核实情况、存在问题及建议；每季度结束后十日内提交季度报告及第三方比对监测报告；服务期满前提交年度运维总结。
（五）配合执法：甲方开展专项执法检查或处理群众投诉时，乙方应按甲方要求在两个工作日内提供相关点位的历史数据、设备运行记录及现场照片，并派员协助现场核查。

第八条 故障响应
（一）一级故障（监管平台中断，或十个以上监测点同时中断数据上传）：乙方1小时内响应，3小时内到达现场，8小时内恢复。
（二）二级故障（单个监测点设备故障或数据异常）：乙方2小时内响应，24小时内到场，48小时内修复；不能修复的，用备用设备替换。
（三）乙方应设立服务热线并安排专人值守，工作时间以外的一级故障同样适用上述时限。乙方未能按时限处理的，应向甲方书面说明原因，并采取措施避免再次发生。

第九条 考核与验收
（一）季度考核：甲方每季度按以下标准考核：巡检记录完整，覆盖全部监测点；季度校准及第三方比对监测按期完成，比对结果符合相关技术规范要求；故障处理记录完整，运维报告按时提交。
（二）年度验收：服务期满前，甲方组织年度验收，标准为：四个季度考核均已通过；全年设备、平台及通信卡台账与实际一致；年度运维总结及全部原始记录移交甲方；平台、数据库及账号完整移交，具备交由甲方或新供应商接管的条件。
（三）甲方出具书面考核及验收意见。乙方提交报告不视为考核或验收通过。

第十条 数据安全
（一）监测数据、餐饮单位信息、平台数据库及运维过程中形成的全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护要求，远程运维须通过甲方指定的堡垒机并留存日志，不得擅自修改或删除监测数据，不得将数据复制到甲方系统以外。
（三）发生数据泄露、篡改、丢失或平台遭受攻击的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及相应法律责任。

第十一条 知识产权
乙方在运维过程中形成的运维报告、台账、配置文件及脚本归甲方所有，甲方可自行使用和修改。

第十二条 违约责任
（一）乙方未按第六条约定期限完成系统接管及首轮巡检，或未按期完成季度第三方比对监测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方伪造巡检记录或监测数据的，甲方有权解除合同，并要求乙方赔偿损失。
（三）甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第十三条 分包
第三方比对监测须由具备检验检测机构资质的单位实施。乙方拟委托的单位须事先取得甲方书面同意；其他工作不得分包。

第十四条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算。连续两个季度考核不合格的，视为乙方严重违约。

第十五条 服务交接
本合同终止或解除时，乙方应在十五日内向甲方或甲方指定的新供应商完整移交设备台账、备件、平台及数据库账号、运维记录和技术资料，并配合完成交接，交接期间不得中断数据采集和传输。交接完成前，甲方可暂缓支付最后一期服务费。

第十六条 不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方，并在不可抗力消除后立即恢复服务。因不可抗力造成的设备损毁，由双方协商处理。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：              乙方（盖章）：
"""

SRC["z05"] = """# 经纬工序通软件许可及定制开发合同

**经纬数智标准合同文本（2026版）**

合同编号：JWSZ-HT-2027-0315

甲方（用户）：临沭县青禾柳编工艺品工坊
乙方（供应商）：临沂经纬数智软件有限公司

甲方为提升柳编产品生产过程管理水平，选用乙方“经纬工序通”生产过程追踪软件，并委托乙方进行定制开发。双方经友好协商，订立本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方提供“经纬工序通”标准版软件的使用许可（部署于甲方服务器，授权五十个终端）。

1.2 乙方根据甲方需求进行定制开发，包括：
- 柳条原料入库、分级及蒸煮、脱皮、晾晒工序登记；
- 编织工序扫码报工及外发加工户（村级编织点）领料、交货登记；
- 按件计酬的工资核算；
- 外贸订单排产与出货跟踪；
- 老板驾驶舱及八张统计报表。

1.3 乙方负责软件安装、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方签字确认的《需求说明书》为准。《需求说明书》确认后，甲方要求增加或变更功能的，乙方有权另行报价并相应顺延交付期限。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 经纬工序通标准版软件许可（五十终端） | 168,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 安装实施及培训 | 36,000 |
| | 合计 | 418,000 |

合同总价为人民币肆拾壹万捌仟元整（¥418,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥271,700。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即¥146,300。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首期款项后六十日内完成软件安装及定制功能开发，并通知甲方上线使用。

4.2 因甲方未及时提供需求资料、基础数据或现场条件造成的延误，交付期限相应顺延。

4.3 甲方应按乙方要求自行准备服务器、操作系统、数据库、网络及扫码枪、标签打印机等硬件设备，硬件不在本合同范围内。因甲方硬件或网络环境不符合要求导致系统无法正常运行的，乙方不承担责任。

4.4 乙方提供一次集中操作培训，培训对象为甲方管理人员、仓库及车间记录员，培训时长不超过两天。此后甲方新增人员的培训，由甲方内部自行组织，或另行向乙方购买培训服务。

## 第五条 验收

5.1 系统安装完成并在甲方服务器上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的新需求或功能调整，不属于本合同范围，双方另行协商收费。

## 第六条 技术支持与维护

6.1 乙方在工作日9:00—17:30通过电话、微信及远程方式为甲方提供技术支持，并尽合理努力及时解决甲方反映的问题。

6.2 自系统上线之日起六个月为免费维护期。免费维护期内，乙方免费修复软件缺陷。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，维护费按乙方届时公布的服务价格标准收取。

6.4 乙方对软件的功能、性能及适用性不作本合同明示以外的任何保证。甲方应定期自行备份数据，因甲方未备份造成的数据损失由甲方自行承担。

6.5 软件版本升级由乙方统一安排。免费维护期满后，甲方未购买维护服务的，乙方不再提供升级及缺陷修复。

## 第七条 知识产权

7.1 “经纬工序通”软件及乙方为本项目开发的定制功能、报表、程序代码及相关文档的知识产权均归乙方所有。

7.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。乙方有权将定制功能纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 为改进产品和开展行业分析，乙方可对甲方业务数据进行脱敏处理后使用，并可将汇总统计结果用于乙方的产品宣传及行业报告。

8.3 乙方采取合理的技术措施保障系统及数据安全，包括访问控制、数据加密及定期备份。因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，协助恢复，并依法承担相应的赔偿责任。

8.4 甲方同意乙方为提供技术支持之目的远程登录甲方服务器，乙方应按甲方提供的账号进行操作。

## 第九条 保密

双方对在合作过程中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意，不得向第三方披露，但法律法规另有规定的除外。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反本合同约定的，应承担相应的违约责任。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 因甲方原因导致乙方无法按期交付或无法完成安装的，乙方不承担违约责任，甲方仍应按约定支付款项。

## 第十一条 合同解除

一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

## 第十二条 双方义务

12.1 甲方应指定专人负责项目对接，及时确认需求说明书，提供工序流程、员工名单、外发加工户名单、产品编码及历史订单等基础资料，并对资料的真实性、准确性负责。

12.2 甲方应遵守软件许可条款，不得超出授权终端数量使用软件。超出授权使用的，乙方有权按标准价格补收许可费用。

12.3 乙方应按本合同约定完成软件交付及定制开发，并对甲方的合理咨询给予解答。

12.4 甲方应为乙方实施人员提供必要的工作场所、网络条件及服务器远程访问权限，并安排熟悉业务的人员配合需求调研及数据整理。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方并提供证明。本合同所称不可抗力包括自然灾害、战争、政府行为、疫情防控措施、大范围停电或网络中断、第三方云服务或电信运营商故障、计算机病毒及黑客攻击等乙方无法合理预见和控制的情况。

## 第十四条 许可使用限制

14.1 甲方仅可在本合同约定的终端数量及甲方自身经营范围内使用软件，不得出租、出借、转让或以任何方式允许第三方使用，不得复制软件（备份除外）。

14.2 甲方关联企业或新增加工点需要使用软件的，应另行向乙方购买许可。

14.3 甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第十五条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。

16.3 双方往来通知以书面形式或通过本合同首页所列联系人的电子邮箱、微信发送，发出即视为送达。

16.4 乙方的报价单、产品介绍及宣传材料仅供参考，不构成本合同的组成部分。本合同与乙方软件许可协议（最终用户许可协议）不一致的，以乙方软件许可协议为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. LPS-CN-2027-031
P:This Agreement is made between Zhejiang Jinlun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xinchang County, Zhejiang Province (the "Customer"), and Lammermuir Process Systems Ltd, a company registered in Scotland with its registered office at Court Street, Haddington, East Lothian (the "Vendor").
P:The Customer wishes to license the Vendor's QualiTrace quality management and statistical process control software for its three bearing plants and to engage the Vendor to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrace modules listed in Annex A, in object code, with the documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the inspection plan templates, gauge interfaces, report designs, integration programs and other work product developed by the Vendor specifically for the Customer, together with their source code and documentation.
P:1.3 "Go-Live" means the start of productive use of the Software in all three plants after the Vendor has completed the implementation tasks in Annex B.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the acceptance criteria have been met.
P:1.5 "Customer Data" means all measurement results, inspection records, supplier quality data, personal data of the Customer's employees and any other data entered into or generated by the Software for the Customer.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its internal business purposes at its plants in Xinchang, Shaoxing and Ningbo, for up to 260 named users and 48 gauge stations.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers, develop the Custom Deliverables, connect the Software to the Customer's ERP and MES systems and to the coordinate measuring machines listed in Annex B, migrate six years of inspection history from the legacy database, and train the Customer's staff.
P:2.3 The Vendor shall appoint a project manager supported by a Mandarin-speaking consultant and shall not replace the project manager without the Customer's consent.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,740,000 (one million seven hundred and forty thousand yuan), inclusive of taxes payable in the People's Republic of China, travel and all expenses. It consists of Licence Fees of CNY 1,248,000, implementation and Custom Deliverables of CNY 386,000, data migration of CNY 64,000 and training of CNY 42,000.
P:3.2 The Contract Price is fixed. No additional charge is payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 348,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 783,000) within 30 days after the Software has been installed in all three plants and the Customer has signed an installation note. The installation note confirms installation only and does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 609,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live no later than 120 days after signature of this Agreement, in accordance with the project plan in Annex B.
P:5.2 Final Acceptance shall take place after the Software has run in productive use for 45 days after Go-Live. The acceptance criteria are: (a) all functions listed in Annex A work as described in the documentation; (b) the migrated inspection history reconciles record by record with the legacy database; (c) measurement data from every connected gauge station arrive in the Software within 10 seconds; (d) control charts and capability indices calculated by the Software agree with reference calculations prepared by the Customer's quality department; and (e) no Severity 1 incident has occurred during the last 20 days of the run.
P:5.3 The Customer shall issue a Final Acceptance certificate within ten business days after the criteria are met, or give written reasons for refusal. Go-Live, productive use or payment of any instalment does not by itself constitute acceptance. If the Software fails acceptance, the Vendor shall correct the defects at its own cost and the test shall be repeated.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.2 If the delay exceeds 60 days, the Customer may terminate this Agreement in accordance with Article 14 in addition to claiming the liquidated damages.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to the acceptance criteria for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide all updates and new versions free of charge.
P:7.2 After the warranty period the Customer may order annual support. The annual support fee shall be 11% of the Licence Fees, being CNY 137,280 per year, and shall not increase during the first three years after the warranty period ends. Support is ordered year by year and does not renew automatically.
P:7.3 Support covers remote and on-site assistance, defect correction, updates and adaptation of the gauge interfaces.
H:Article 8 Service Levels
P:8.1 During the warranty period and any support year, the Vendor shall respond to incidents within the following times: Severity 1 (the Software is unavailable in any plant, or measurement data are lost), response within one hour and a workaround within 8 hours; Severity 2 (a major function is impaired), response within two hours and a fix within two business days; Severity 3, response within one business day.
P:8.2 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 1,000 against the next payment or support fee.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software. The Customer's rights are those granted in Article 2.1.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify, copy and license them freely, including to third parties who maintain them on its behalf. The Vendor shall deliver the source code of the Custom Deliverables before Final Acceptance.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:10.2 The Software is installed in the Customer's data centre in Xinchang. The Vendor's remote access shall be approved by the Customer for each session, made through the Customer's VPN with multi-factor authentication and logged. No Customer Data may be transferred outside the People's Republic of China.
P:10.3 The Vendor shall implement appropriate technical and organisational security measures, comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours of becoming aware of it. The Vendor is liable for all losses caused by a security incident attributable to the Vendor.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's product designs, process parameters and quality data, and shall use it only for the purposes of this Agreement.
P:11.2 This obligation continues for three years after termination or expiry of this Agreement and does not apply to information that is public or was lawfully known to the recipient.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to liability for personal injury, fraud or wilful misconduct, or to breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor as for its own.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:14.2 If the Customer terminates under Article 14.1 before Final Acceptance, the Vendor shall refund the payments received, and the Customer shall uninstall the Software.
P:14.3 Articles 9, 10, 11, 12 and 15 survive termination.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by and shall be construed in accordance with the law of Scotland.
P:15.2 The courts of Scotland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement, and the parties submit to the jurisdiction of the Court of Session in Edinburgh.
H:Article 16 General
P:16.1 This Agreement, with Annex A (Software modules and licence metrics) and Annex B (Implementation scope and project plan), is the entire agreement between the parties on its subject matter.
P:16.2 Amendments are valid only in writing signed by both parties. Notices shall be in writing and sent to the addresses stated above.
P:16.3 This Agreement is made in English in two originals, one for each party.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

SRC["e02"] = """# Order Form FW-2027-118

**Fleetwise Marine Software Ltd - Subscription Order Form and General Terms**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B forms part of the Order Form. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Parties

- **Provider:** Fleetwise Marine Software Ltd, a company registered in Scotland, with its office at Shore Street, Crail, Fife.
- **Customer:** Qingdao Haiyun Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its office in the Shinan District, Qingdao.

### A2. Subscription

- **Service:** Fleetwise Planned Maintenance and Technical Management, Enterprise edition, hosted for the Customer on the Provider's mainland China instance (Alibaba Cloud, Shanghai region).
- **Scope:** 34 vessels, 180 named shore users, unlimited shipboard users, offline vessel client, spare parts and purchasing module, survey and certificate tracking, and mobile inspection app.
- **Subscription Term:** two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A5; Subscription Year 2 starts on its first anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 34 vessels, 180 shore users | 486,000 |
| Subscription fee, Subscription Year 2 | 34 vessels, 180 shore users | 486,000 |
| Onboarding (data load, configuration, two interfaces, training) | one-time, fixed | 58,000 |
| **Total fees for the Subscription Term** | | **1,030,000** |

Fees are in CNY and include VAT. The subscription fee for Subscription Year 2 is fixed and will not be increased. Additional vessels may be added at CNY 14,300 per vessel per Subscription Year, pro rata.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.
3. The Customer pays each correct invoice within 30 days of receipt by bank transfer. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within 70 days after signature of this Order Form. Onboarding covers loading the Customer's maintenance plans, equipment hierarchies, running hours and spare-part catalogues for all 34 vessels; configuring approval workflows; building interfaces to the Customer's finance system and crewing system; and training 40 key users.
2. Go-Live Acceptance tests are carried out by the Customer with the Provider's support. The acceptance criteria are: (a) the data of every vessel have been loaded and checked against the Customer's source files; (b) the offline vessel client synchronises with the shore system on at least six vessels selected by the Customer; (c) both interfaces transfer test transactions without error for ten consecutive business days; and (d) all functions listed in A2 have been demonstrated.
3. The Customer shall sign a Go-Live Acceptance certificate within five business days after the criteria are met, or state its reasons in writing. Use of the Service during onboarding is not acceptance.

### A6. Approved Subprocessors

The Customer approves the following subprocessors: Alibaba Cloud (Shanghai) for hosting, and Shanghai Tidewater Information Technology Co., Ltd. for first-line support in Mandarin. Any other subcontractor or subprocessor requires the Customer's prior written consent under Part B section 10.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscription service described in A2, including the offline vessel client, the mobile app and the documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including vessel, equipment, maintenance, inventory, purchasing and crew data, and all data generated by the Service from them.

1.3 "Customer Configurations" means the workflows, report templates, forms and interface mappings built by the Provider for the Customer during onboarding or the Subscription Term.

### 2. The Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with this Order Form and the documentation.

2.2 The Provider may improve the Service, but shall not materially reduce its functions during the Subscription Term.

2.3 The Customer shall use the Service only for its own business and that of its ship-management affiliates named in writing.

### 3. Service Levels

3.1 The Provider shall ensure that the shore system of the Service is available at least 99.95% of each calendar month, excluding maintenance windows announced at least five days in advance and held between 00:00 and 04:00 Beijing time on Sundays.

3.2 The Provider shall respond to Priority 1 incidents (the Service is unavailable, or data cannot be saved or synchronised for all vessels) within 30 minutes, at any time, and shall restore the Service within six hours. Priority 2 incidents shall be answered within two hours and Priority 3 requests within one business day.

3.3 If availability falls below the level in 3.1 in any month, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. For each hour by which a Priority 1 response or restoration is late, the Provider shall credit a further CNY 500. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

### 4. Customer Data

4.1 The Customer owns all Customer Data. The Provider processes Customer Data to provide the Service and to support the Customer.

4.2 The Provider may also create aggregated and de-identified data derived from Customer Data, including equipment failure rates, maintenance intervals and spare-part consumption, and may use such data during and after the Subscription Term to benchmark fleets, develop and improve its products and publish industry statistics, provided that neither the Customer nor any vessel is identified.

4.3 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it from the Service.

### 5. Data Security

5.1 The Provider shall keep Customer Data in the mainland China instance named in A2 and shall not transfer it outside the People's Republic of China.

5.2 The Provider shall protect Customer Data by encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of all administrative access, daily backups and annual penetration tests, and shall comply with the Personal Information Protection Law and the Data Security Law.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it, and bear the losses caused by incidents attributable to the Provider or its subprocessors.

### 6. Intellectual Property

6.1 The Provider owns the Service and its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and disclose them freely and may have them used by any other service provider after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to staff and advisers who need to know it and are bound by similar obligations.

7.2 These obligations last during the Subscription Term and for three years afterwards.

### 8. Late Go-Live

If Go-Live Acceptance is not achieved within the period in A5 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay, up to a total of CNY 58,000.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability arising out of or in connection with this Order Form in any way is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.3 The limits in this section do not apply to death or personal injury caused by negligence, or to fraud.

### 10. Subcontracting

The Provider may use the subprocessors approved in A6. The Provider shall not engage any other subcontractor or subprocessor without the Customer's prior written consent and remains responsible for all of them.

### 11. Term and Termination

11.1 This Order Form starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new order form signed by both parties.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If the Customer terminates under 11.2, the Provider shall refund the fees paid for the period after termination.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 13. General

13.1 Neither party may assign this Order Form without the other party's written consent.

13.2 This Order Form is signed in English. Amendments must be in writing and signed by both parties.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________
"""

SRC["e03"] = """T:Purchase Agreement for Condition Monitoring Sensors and Software
P:Contract No. LJP-EQ-2027-044
P:Buyer: Guangxi Liujiang Paper Co., Ltd., a company incorporated in the People's Republic of China, with its mill at Liujiang District, Liuzhou, Guangxi (the "Buyer").
P:Supplier: East Neuk Condition Monitoring Ltd, a company registered in Scotland, with its office at Mid Shore, Pittenweem, Fife (the "Supplier").
P:This Agreement is on the Buyer's standard terms for equipment purchases. The Buyer wishes to equip the paper machines, pulpers, refiners and boiler-house fans of its mill with wireless vibration and temperature monitoring, and the Supplier has offered its ENV-7 sensors and its Watchkeeper monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spares listed in the price table in clause 3.
P:1.2 "Software" means the Watchkeeper monitoring software, licensed for 420 measurement points, with its documentation and all updates supplied under this Agreement.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the mill.
P:1.4 "Buyer Data" means all measurement data, alarms, equipment records, reports and other data collected or generated by the System or supplied by the Buyer.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and commission the System, configure alarm limits and analytics models for every monitored machine, connect the System to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Software licence is perpetual, irrevocable and non-exclusive, for use at the mill by an unlimited number of the Buyer's users. The Software is installed on the Buyer's servers.
P:2.3 The Supplier shall deliver spare sensors equal to two percent of the installed quantity, rounded up, at no extra charge.
H:3. Price
P:3.1 The Contract Price is CNY 2,890,000, fixed, including packing, carriage to the mill, insurance, import duties, taxes, installation, commissioning and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ENV-7 wireless vibration and temperature sensor with mounting kit|420|3,600|1,512,000
TB:2|Industrial wireless gateway with enclosure|24|18,500|444,000
TB:3|Watchkeeper monitoring software licence, perpetual, 420 points|1|568,000|568,000
TB:Equipment and Licence Subtotal||||2,524,000
TB:4|Installation and commissioning|1|236,000|236,000
TB:5|Analytics model configuration for all monitored machines|1|98,000|98,000
TB:6|Training of operators and maintenance engineers|1|32,000|32,000
TB:Contract Price||||2,890,000
P:3.2 Prices are fixed for the duration of this Agreement.
H:4. Payment
P:4.1 No advance payment is made under this Agreement.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,589,500) within 30 days after all Equipment has been delivered and installed and the Buyer has signed an installation certificate. The installation certificate records completion of installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price (CNY 1,300,500) within 30 days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the mill within 75 days and complete installation within 120 days after signature of this Agreement.
P:5.2 Installation work on running machines shall be carried out only during planned shutdowns agreed with the Buyer's production department and in compliance with the mill's safety rules and permit-to-work system.
P:5.3 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, explosion-protection certificates for sensors installed in hazardous areas, and the installation drawings showing every sensor position.
P:5.4 Before commissioning, the Supplier shall submit a commissioning plan for the Buyer's approval. The Supplier's engineers on site shall hold the qualifications required by the mill's contractor safety rules, and the Supplier is responsible for the safety of its personnel and for any damage they cause to the Buyer's property.
H:6. Acceptance
P:6.1 After installation the System shall run for 60 days before the Final Acceptance test.
P:6.2 The acceptance criteria are: (a) every sensor transmits data at the configured interval and fewer than one reading in a thousand is lost over the last 30 days of the run; (b) measured vibration values agree with reference measurements taken by the Buyer with a calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms reach the distributed control system and create work orders in the maintenance management system; (d) an analytics model exists for every monitored machine; and (e) all documentation and training have been delivered.
P:6.3 The Buyer shall issue a Final Acceptance certificate within ten business days after the criteria are met, or give written reasons. Delivery, installation, signature of the installation certificate or use of the System does not constitute acceptance. If the System fails the test, the Supplier shall remedy the failures at its own cost and the test shall be repeated.
H:7. Delay
P:7.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in this Agreement for reasons attributable to the Supplier, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:7.2 Liquidated damages do not relieve the Supplier of its obligation to complete the work.
H:8. Warranty and Support
P:8.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and correct Software defects free of charge, and supply all Software updates.
P:8.2 After the warranty period the Buyer may order annual support covering battery replacement, remote monitoring of the System's health, Software updates and repairs. The annual support fee is 7.5% of the Equipment and Licence Subtotal, being CNY 189,300 per year, fixed for three years after the warranty period. Support is ordered each year by separate purchase order and is not renewed automatically.
H:9. Service Levels
P:9.1 During the warranty period and any support year, the Supplier shall respond to faults as follows: Severity 1 (the Software or a gateway is down, so that monitoring of one or more machines has stopped), response within one hour and restoration within 24 hours; Severity 2 (single sensors failed or data delayed), response within one business day and repair within five business days.
P:9.2 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
H:10. Intellectual Property
P:10.1 The Supplier keeps the intellectual property rights in the Software and the firmware of the Equipment.
P:10.2 The analytics models, alarm configurations, dashboards and interface programs prepared for the Buyer, and their source files, belong to the Buyer, which may use, modify and license them freely.
H:11. Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Agreement and shall not keep, copy or disclose it for any other purpose.
P:11.2 The System operates within the mill's production network. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's jump server and is recorded. The Supplier shall not transfer any Buyer Data outside the People's Republic of China.
P:11.3 The Supplier shall apply appropriate security measures, comply with the Cybersecurity Law and the Data Security Law, and report any security incident affecting the System or Buyer Data within two hours. The Supplier is liable for all losses resulting from incidents attributable to it.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential the Buyer's production data, process information, drawings and other non-public information, use it only for this Agreement and not disclose it to any third party without the Buyer's prior written consent.
P:12.2 This obligation survives for three years after the end of the warranty period.
H:13. Liability
P:13.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are unlimited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay under clause 7 exceeds 45 days.
P:15.2 On such termination the Supplier shall refund the payments received for the parts of the System that the Buyer rejects.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Liuzhou Arbitration Commission for arbitration in Liuzhou.
H:17. General
P:17.1 This Agreement is made in English and Chinese. Both versions have equal force.
P:17.2 Amendments require a written document signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

**Agreement No. HF-MSA-2027-07**

**Between:** Suzhou Ruitai Precision Components Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Suzhou Industrial Park, Jiangsu (the "Customer"); and

**Howe of Fife Technical Services Ltd**, a company registered in Scotland, with its office at Bonnygate, Cupar, Fife, acting through its service centre in Suzhou (the "Supplier").

**Background.** The Customer operates a head office and two factories in Suzhou and Wuxi with about 1,400 IT users. It wishes to outsource its service desk, desk-side support and the monitoring and administration of its servers and network to the Supplier for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

1.3 "Service Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Supplier can access in providing the Services.

1.5 "Deliverables" means the runbooks, configuration records, scripts, knowledge articles, reports and other documents that the Supplier prepares for the Customer under this Agreement.

## Section 2. Services

2.1 From the Service Commencement Date the Supplier shall provide the Services in Schedule 1 to the service levels in Schedule 2.

2.2 The Supplier shall provide a named service delivery manager, hold a monthly service review with the Customer's IT manager and deliver a monthly service report showing ticket volumes, service level performance, open problems and improvement actions.

2.3 The Supplier shall follow the Customer's IT policies, change management procedure and site rules, as notified to it in writing.

2.4 The Customer shall provide the Supplier's staff with desks, network access and the tools listed in Schedule 1, and shall grant the access rights needed for the Services.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,950,000, consisting of the Transition Charge of CNY 124,000 and the Monthly Service Charge of CNY 78,500 for each of the 36 months of the Service Term.

3.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable before the Service Commencement Date.

3.3 The Customer shall pay each correct invoice within 30 days of receipt. The charges are fixed for the Service Term and include VAT.

3.4 Service credits under Schedule 2 are deducted from the invoice for the month following the month in which they arise.

## Section 4. Transition

4.1 The Supplier shall carry out the transition within 60 days after signature of this Agreement, following the transition plan agreed with the Customer. Transition includes knowledge transfer from the Customer's current provider, documentation of all servers, network devices and applications in scope, set-up of the ticketing tool and monitoring, and a shadow period of ten business days in which the Supplier handles tickets under supervision.

4.2 Transition Acceptance criteria: (a) a configuration record exists for every device in scope and has been checked by the Customer on a sample basis; (b) runbooks exist for all recurring tasks in Schedule 1; (c) monitoring alerts reach the Supplier's service centre for all servers and core network devices; (d) during the shadow period, at least 95 of every 100 tickets were resolved within the Schedule 2 targets; and (e) the service desk telephone number and portal are live.

4.3 The Customer shall confirm Transition Acceptance in writing within five business days after the criteria are met or state its reasons for refusal. If Transition Acceptance is delayed, the parties shall agree a revised plan, and the Supplier shall bear its own additional costs of the delay.

## Section 5. Personnel

5.1 The Supplier shall assign qualified staff, including two on-site engineers at the head office and one at each factory during working hours.

5.2 The Supplier shall replace any staff member whom the Customer reasonably considers unsuitable.

## Section 6. Intellectual Property

6.1 The Deliverables belong to the Customer from their creation. The Customer may use, modify and provide them to any third party, including a successor provider.

6.2 The Supplier keeps the rights in its own tools and methods that existed before this Agreement and grants the Customer a free licence to use them as part of the Deliverables.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 On expiry or termination the Supplier shall hand over all Customer Data and Deliverables in its possession to the Customer or the Customer's successor provider.

## Section 8. Confidentiality

8.1 Each party shall treat the other party's non-public business and technical information as confidential, use it only for this Agreement and disclose it only to employees and subcontractors who need to know it and are bound by equivalent obligations.

8.2 The obligations in this Section continue for three years after the end of this Agreement.

## Section 9. Liability

9.1 The Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to death or personal injury, fraud or wilful misconduct.

## Section 10. Subcontracting

The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts and omissions of its subcontractors.

## Section 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension must be agreed in writing.

11.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after notice, or if the service credits under Schedule 2 reach their monthly maximum in three consecutive months.

11.3 On expiry or termination the Supplier shall provide exit assistance for up to 60 days at the Monthly Service Charge, pro rata, so that the Services can be transferred to the Customer or a successor provider without interruption.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 13. General

13.1 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.

13.2 The Schedules form part of this Agreement.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail support in Mandarin and English for about 1,400 users; ticket logging, first-line resolution, escalation | 07:30-21:00, Monday to Saturday; on-call for Priority 1 at all other times |
| Desk-side support | PCs, laptops, printers, meeting rooms, moves and changes, new-starter set-up at three sites | Working hours at each site |
| Server administration | 62 Windows and Linux servers: patching, backup checks, capacity and performance monitoring | 24x7 monitoring; changes in agreed windows |
| Network administration | Core and access switches, firewalls, wireless controllers and site links | 24x7 monitoring |
| Asset and licence records | Hardware asset register and software licence records, quarterly reconciliation | Working hours |
| Problem management | Root-cause analysis of repeated incidents, monthly problem review | Working hours |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A factory's production systems, the ERP or the site network are down | 15 minutes | 3 hours | CNY 2,000 per incident and CNY 500 per further hour |
| Priority 2 | A service is degraded or a group of users cannot work | 30 minutes | 8 hours | CNY 600 per incident |
| Priority 3 | A single user cannot work | 2 business hours | 2 business days | Counted in the monthly resolution rate |
| Priority 4 | Requests and questions | 1 business day | 5 business days | Counted in the monthly resolution rate |
| Monthly resolution rate | Priority 3 and 4 tickets resolved within target | At least 95 of every 100 | Measured monthly | 2% of the Monthly Service Charge per point below target |

Total service credits in any month are capped at 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 124,000 |
| Monthly Service Charge | Per month in arrears, 36 months | 78,500 |
| Monthly Service Charges over the Service Term | 36 x 78,500 | 2,826,000 |
| Total Contract Value | | 2,950,000 |

Additional users above 1,550 are charged at CNY 48 per user per month from the following month.

**Signed for the Customer:** ____________________ **Signed for the Supplier:** ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. FAD-CN-2027-012

PARTIES

Provider: Fernie Agri Data Ltd, a company registered in Scotland, with its office at High Street, Auchtermuchty, Fife (the "Provider").

Customer: Dalian Beigang Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhongshan District, Dalian, Liaoning (the "Customer").

BACKGROUND

The Provider publishes crop-weather, crop-condition and physical grain price data for the main producing and exporting regions of the world and makes them available through an application programming interface (API). The Customer trades soybeans, maize and barley and wishes to receive these data in its trading and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in clause 2.1, delivered through the API, bulk file downloads and the web dashboard.

1.2 "Subscription Year" means a period of consecutive months beginning on the Activation Date (Subscription Year 1) or on its first anniversary (Subscription Year 2).

1.3 "Activation Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

1.4 "Customer Data" means all data that the Customer or its users submit to the Provider, including watch lists, farm and port locations, query parameters, portfolio positions and user details, and all results generated from them for the Customer.

1.5 "Custom Deliverables" means the connectors, data mappings and custom feeds that the Provider builds for the Customer under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Term to access and use the following Licensed Data for its internal business: daily crop-weather observations and 15-day forecasts for 220 growing regions; weekly crop-condition indices derived from satellite imagery; daily physical price assessments for soybeans, maize and barley at 38 origins and destinations; and historical archives of all these data sets from 2005.

2.2 The Customer may use the Licensed Data in its trading, risk and reporting systems, may share derived reports within its group companies, and may quote individual figures in communications with its customers and banks. It shall not resell the Licensed Data or redistribute them in bulk.

2.3 The subscription covers 25 named dashboard users and API access for up to three production applications, with a rate limit of 600 requests per minute.

3. TERM, FEES AND PAYMENT

3.1 This Agreement starts on signature and ends at the end of Subscription Year 2 (the "Term"). It does not renew automatically. Any renewal requires a new written agreement, and the Provider shall send its renewal offer at least 60 days before the end of the Term.

3.2 The fees are: Integration Onboarding CNY 46,000 (one-time); subscription fee for Subscription Year 1 CNY 412,000; subscription fee for Subscription Year 2 CNY 412,000. The total fees for the Term are CNY 870,000, including VAT. The fee for Subscription Year 2 is fixed.

3.3 The Integration Onboarding fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Nothing is invoiced before the Activation Date. Invoices are payable within 30 days of receipt.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 50 days after signature, the Provider shall build connectors delivering the Licensed Data into the Customer's trading system and its risk data warehouse, map the Provider's region and grade codes to the Customer's codes, and set up a custom daily feed combining weather anomalies with the Customer's shipping schedule.

4.2 Integration Acceptance criteria: (a) every data set in clause 2.1 is received by both target systems on ten consecutive business days with no missing records; (b) the values received match the Provider's dashboard on a sample of 200 records chosen by the Customer; (c) the daily feeds arrive by 07:00 Beijing time; and (d) the Customer's staff have been trained on the dashboard and the API.

4.3 The Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met or give written reasons for refusal. Test use of the Licensed Data is not acceptance.

4.4 If the Activation Date has not occurred within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, and the first Subscription Year shall start only on the actual Activation Date.

5. SERVICE LEVELS

5.1 The API and the dashboard shall be available at least 99.95% of each calendar month, excluding maintenance announced five days in advance and held on Saturdays between 14:00 and 16:00 Beijing time.

5.2 Daily data sets shall be published by 06:30 Beijing time. A data set published more than two hours late counts as a Delayed Delivery.

5.3 Support is provided by e-mail and telephone in English. The Provider shall respond to Severity 1 incidents (the API is unavailable or returns wrong data for a whole data set) within eight hours, and to Severity 2 incidents (a single region or origin is missing or delayed) within two business days.

5.4 Service credits: for each 0.1 percentage point of availability below the level in clause 5.1, 3% of the monthly equivalent of the subscription fee; for each Delayed Delivery, CNY 300. Credits in a month shall not exceed one quarter of the monthly equivalent and are deducted from the next invoice or paid at the end of the Term.

6. DATA QUALITY

6.1 The Provider shall compile the Licensed Data with the care of a professional data publisher, correct errors promptly after they are found and publish a correction notice.

6.2 The Customer is responsible for its own trading decisions. The Provider does not warrant that forecasts will prove accurate.

6.3 The Provider shall give the Customer at least 90 days' written notice before withdrawing any data set, region or origin listed in clause 2.1, and shall offer a replacement of equal value or a pro rata reduction of the subscription fee. Changes to the API that are not backwards compatible require the same notice and a parallel period in which both versions are available.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own the Licensed Data. The Customer receives only the rights granted in clause 2.

7.2 The Custom Deliverables belong to the Customer. The Customer may use, modify and license them freely, including to its group companies and contractors, and may continue to use them after the Term. The Provider shall hand over their source code and mapping tables at Integration Acceptance.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription to the Customer and shall not analyse, aggregate, sell or disclose it for any other purpose.

8.2 The Provider shall store Customer Data on servers located in the People's Republic of China, protect it with encryption in transit and at rest, restrict access to named support staff, keep access logs for at least six months and delete Customer Data within 30 days after the end of the Term.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after discovery, cooperate in remedying it, and be liable for losses caused by incidents attributable to the Provider.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's positions, watch lists and trading strategies, and the Provider's pricing and methods. Each party shall use such information only for this Agreement.

9.2 This obligation continues for three years after the end of the Term.

10. SUBCONTRACTING

The Provider shall not subcontract the integration work or the processing of Customer Data without the Customer's prior written consent. The Provider remains responsible for its approved subcontractors.

11. LIABILITY

11.1 Neither party is liable for loss of profit or for indirect loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Term, except for breach of clauses 8 and 9, fraud and wilful misconduct.

12. DURATION AND SUSPENSION

12.1 This Agreement continues for the full Term. Neither party may terminate it before the end of the Term. The Customer's remedies for any failure of the Provider are the service credits under clause 5, the delay payments under clause 4.4 and damages under clause 11.

12.2 The Provider may suspend API access if an undisputed invoice remains unpaid 30 days after a written reminder, and shall restore access within one business day after payment.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above or to an address notified later.

14.2 Amendments require a written document signed by both parties. This Agreement is made in English in two originals.

14.3 Neither party may assign this Agreement without the other party's prior written consent, except that either party may assign it to a group company that assumes all of its obligations in writing.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1140z01_medical_insurance_fund_supervision_platform", "pdf"),
    "z02": ("h1140z02_crimping_machine_line_control_retrofit", "docx"),
    "z03": ("h1140z03_posture_studio_chain_booking_saas", "txt"),
    "z04": ("h1140z04_catering_fume_monitoring_annual_om", "txt"),
    "z05": ("h1140z05_wicker_workshop_tracking_supplier_template", "md"),
    "e01": ("h1140e01_quality_spc_perpetual_licence_haddington_vendor", "pdf"),
    "e02": ("h1140e02_vessel_maintenance_saas_order_form_crail_vendor", "md"),
    "e03": ("h1140e03_paper_mill_condition_monitoring_sensors", "docx"),
    "e04": ("h1140e04_managed_it_services_36_months_cupar_vendor", "md"),
    "e05": ("h1140e05_grain_data_api_subscription_auchtermuchty_vendor", "txt"),
}

# Design: terms as labelled, extras, the price parts that must add up to the contract value, TCO inputs
# (licence/hardware fee base, warranty months, yearly post-warranty fee), forum outside mainland China, and the
# rules I designed each draft to fire.
GOODS, SERVICE = "goods_or_licence", "service"
D = {}


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


D["z01"] = dict(lang="zh", category="software", value=2140000, parts=[1160000, 780000, 164000, 36000],
                pay=[428000, 963000, 749000],
                terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False,
                            True, False, "PRC", GOODS),
                sla=True, ld_stated=True, capped=True, deemed=False, forum_out=False,
                tco=dict(base=1160000, fee=92800), design=[])
D["z02"] = dict(lang="zh", category="hardware", value=2000000, parts=[784000, 100000, 304000, 256000, 196000,
                                                                      236000, 104000, 20000],
                pay=[200000, 1100000, 700000],
                terms=terms(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False,
                            True, True, "PRC", GOODS),
                sla=True, ld_stated=True, capped=True, deemed=False, forum_out=False,
                tco=dict(base=1640000, fee=459200),
                design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"])
D["z03"] = dict(lang="zh", category="cloud", value=506000, parts=[216000, 216000, 74000], pay=[74000, 216000, 216000],
                terms=terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                            True, True, False, "PRC", SERVICE),
                sla=True, ld_stated=True, capped=None, deemed=False, forum_out=False, tco=None,
                design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])
D["z04"] = dict(lang="zh", category="services", value=590000, parts=[332520, 88000, 78240, 64000, 27240],
                pay=[147500] * 4,
                terms=terms(None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                            False, True, False, "PRC", SERVICE),
                sla=True, ld_stated=True, capped=None, deemed=False, forum_out=False, tco=None,
                design=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"])
D["z05"] = dict(lang="zh", category="software", value=418000, parts=[168000, 214000, 36000], pay=[271700, 146300],
                terms=terms(None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None,
                            False, True, None, "PRC", GOODS),
                sla=False, ld_stated=True, capped=False, deemed=True, forum_out=False,
                tco=dict(base=168000, fee=None),
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"])
D["e01"] = dict(lang="en", category="software", value=1740000, parts=[1248000, 386000, 64000, 42000],
                pay=[348000, 783000, 609000],
                terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False,
                            True, False, "Scotland", GOODS),
                sla=True, ld_stated=True, capped=True, deemed=False, forum_out=True,
                tco=dict(base=1248000, fee=137280), design=["CR-GOVERNING-LAW"])
D["e02"] = dict(lang="en", category="cloud", value=1030000, parts=[486000, 486000, 58000], pay=[58000, 486000, 486000],
                terms=terms(99.95, 0.5, True, "buyer", True, False, True, 800 / 1030000 * 100, 6 / 24 * 100, None,
                            True, None, None, None, False, True, False, "PRC", SERVICE),
                sla=True, ld_stated=True, capped=None, deemed=False, forum_out=False, tco=None,
                design=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"])
D["e03"] = dict(lang="en", category="hardware", value=2890000, parts=[1512000, 444000, 568000, 236000, 98000, 32000],
                pay=[1589500, 1300500],
                terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 7.5, False,
                            True, False, "PRC", GOODS),
                sla=True, ld_stated=True, capped=True, deemed=False, forum_out=False,
                tco=dict(base=2524000, fee=189300), design=[])
D["e04"] = dict(lang="en", category="services", value=2950000, parts=[124000] + [78500] * 36,
                pay=[124000] + [78500] * 36,
                terms=terms(None, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None,
                            False, True, False, "PRC", SERVICE),
                sla=True, ld_stated=False, capped=None, deemed=False, forum_out=False, tco=None,
                design=["CR-DATA-SECURITY", "CR-LD-MISSING"])
D["e05"] = dict(lang="en", category="cloud", value=870000, parts=[46000, 412000, 412000], pay=[46000, 412000, 412000],
                terms=terms(99.95, 8, True, "buyer", True, True, True, 600 / 870000 * 100, 150, None, True, None, None,
                            None, False, False, False, "PRC", SERVICE),
                sla=True, ld_stated=True, capped=None, deemed=False, forum_out=False, tco=None,
                design=["CR-SLA-RESPONSE", "CR-TERMINATION"])

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal; purchase price + implementation = the contract value."""
    t = d["terms"]
    if t["contract_kind"] != GOODS or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * d["tco"]["base"]
    assert abs(fee - d["tco"]["fee"]) < 0.01, (fee, d["tco"]["fee"])
    post = years * fee
    return post / (d["value"] + post) * 100


def rules(d):
    """My reading of policy §3, applied to the labels."""
    t, r = d["terms"], set()
    goods = t["contract_kind"] == GOODS
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    sev = {SEVERITY[x] for x in rs}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key, d):
    name, ext = FILES[key]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if d["terms"]["contract_kind"] == GOODS:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": f"{name}.{ext}", "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": extra, "expected_rules": rules(d)}


# --- threshold scan ------------------------------------------------------------------------------------------------
ZHD = "零〇一二三四五六七八九十百两"
PC = r"(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)", r"百分之九十九点九(?![" + ZHD + "])",
    r"(?<![\d.,])4\s*(?:\(\s*4\s*\)\s*)?-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"\bfour\s*(?:\(\s*4\s*\)\s*)?-?\s*hours?", r"(?<![" + ZHD + "])四个?小时",
    r"(?<![\d.,])0\.05\s*(?:%|％|per\s*cent|percent)", r"(?<![\d.,])0\.050*(?!\d)", r"万分之五(?![十百点])",
    r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100" + PC, r"百分之一?百(?![" + ZHD + "])", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])30" + PC, r"百分之三十(?![" + ZHD + "点])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])15" + PC, r"百分之十五(?![" + ZHD + "点])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])40" + PC, r"百分之四十(?![" + ZHD + "点])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*(?:\(\s*12\s*\)\s*)?-?\s*(?:months?|个月|個月)", r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?",
    r"(?<![" + ZHD + "])十二个月", r"\bone\s*-?\s*years?\b", r"(?<![\d.,])1\s*-?\s*years?\b",
    r"(?<![第每" + ZHD + "])一年", r"(?<![第" + ZHD + "])壹年",
    r"(?<![\d.,])5\s*-?\s*years?\b", r"\bfive\s*(?:\(\s*5\s*\)\s*)?-?\s*years?", r"(?<![" + ZHD + "])五年",
    r"(?<![\d.,])60\s*-?\s*(?:months?|个月)", r"sixty\s*months?", r"六十个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "availability of 99.9 %", "4 hours", "4-hour", "four (4) hours", "四小时", "4小时", "0.05%",
            "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "15%", "百分之十五",
            "40%", "百分之四十", "12 months", "twelve months", "十二个月", "12个月", "one year", "质保期一年",
            "1 year", "five years", "5 years", "五年", "60 months", "0.5‰", "0.05 percentage point"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "14 hours", "0.055%", "1.05%", "万分之五十",
             "130%", "1,100%", "百分之三十五", "115%", "2.15%", "140%", "百分之四十五", "112 months", "18 months",
             "十八个月", "二十四个月", "第一年", "每一年", "2 years", "25 years", "十五年", "160 months",
             "04:00", "24x7", "0.1%", "10.05 yuan", "2005"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# --- build and read back -------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_labels(key, d):
    t = d["terms"]
    assert sum(d["parts"]) == d["value"], (key, sum(d["parts"]), d["value"])
    assert sum(d["pay"]) == d["value"], (key, "payments", sum(d["pay"]))
    for k, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                  ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                  ("post_warranty_fee_pct", "pwf")):
        v = t[k]
        assert v is None or abs(v - TH[th]) > 1e-6, (key, k, v)
    share = tco_share(d)
    assert share is None or abs(share - TH["tco"]) > 2, (key, "tco", share)
    if t["contract_kind"] == SERVICE:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and d["capped"] is None, key
    return share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (f"{n}.{e}", e) for k, (n, e) in FILES.items() if e in ("docx", "pdf")}
    write(SRC, targets, OUT, wrap_words=True)
    for k, (n, e) in FILES.items():
        if e in ("txt", "md"):
            (OUT / f"{n}.{e}").write_text(SRC[k], encoding="utf-8")
            print("wrote", f"{n}.{e}")
    cover, problems = set(), []
    for k, d in D.items():
        n, e = FILES[k]
        share = check_labels(k, d)
        lab = label(k, d)
        if lab["expected_rules"] != sorted(d["design"]):
            problems.append((k, "rules", lab["expected_rules"], sorted(d["design"])))
        cover |= set(lab["expected_rules"])
        (OUT / f"{n}.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / f"{n}.{e}")
        ln = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= ln <= hi:
            problems.append((k, "length", ln))
        hits = scan(text)
        if hits:
            problems.append((k, "threshold text", sorted(set(hits))))
        print(f"{k} {n}.{e} len={ln} risk={risk(lab['expected_rules'])} tco={None if share is None else round(share, 1)}"
              f" rules={','.join(x[3:] for x in lab['expected_rules']) or '-'}")
    if cover != set(SEVERITY):
        problems.append(("coverage", sorted(set(SEVERITY) - cover)))
    n_rules = {k: len(rules(d)) for k, d in D.items()}
    compliant = [k for k, v in n_rules.items() if v == 0]
    if sorted(compliant) != ["e03", "z01"] or rules(D["e01"]) != ["CR-GOVERNING-LAW"] or not 8 <= n_rules["z05"] <= 10 \
            or any(not 2 <= n_rules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05")):
        problems.append(("mix", n_rules))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
