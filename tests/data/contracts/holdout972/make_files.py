"""holdout972: builds the ten draft contracts from the sources below, writes the .json labels, and asserts the checks
of the brief (lengths as read back, no threshold value or figure, rules derived from labels = design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H972Z01 = """T:直播电商产业服务平台采购合同
P:合同编号：SWJ-ZFCG-2027-0186
P:采购人（甲方）：某市商务局
P:供应商（乙方）：某数字科技有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件（项目编号ZFCG-2027-0419）和乙方投标文件，经双方协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“直播电商产业服务平台”的软件许可，并完成定制开发、部署实施和培训，建成覆盖全市直播电商企业、主播机构和产业园区的服务平台。
P:1.2 定制开发内容包括：直播电商数据监测看板（按平台、品类、区县统计成交额和场次）、主播及直播机构备案管理、产业地图与招商线索管理、政策申报与资金兑付流程、与市场监管和统计部门的数据接口。
P:1.3 平台部署于甲方指定的政务云，乙方负责安装配置、历史数据导入、联调测试，并对甲方及各区县商务部门操作人员进行培训。
P:1.4 培训分为管理员培训和业务操作培训两类，累计不少于6场，每场培训须提供讲义和操作视频，培训结束后由参训人员填写评价表，评价不合格的场次乙方应免费重新组织。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），为固定总价，包含完成本合同全部工作所需的一切费用及税费。
P:2.2 分项价格：平台软件许可费780,000元；定制开发费1,026,000元；部署实施费118,000元；培训费36,000元。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额发票后10个工作日内，甲方支付合同总价的20%作为预付款，即392,000元。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的45%，即882,000元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即686,000元。
P:3.4 甲方付款受财政资金拨付进度影响的，付款期限相应顺延，甲方不承担违约责任。
P:3.5 乙方每次请款时应提交增值税普通发票及对应阶段的验收或确认文件；乙方开户银行和账号以本合同首页记载为准，变更的须提前5个工作日书面通知甲方，否则由此产生的付款风险由乙方承担。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后90日内完成部署及定制开发并提交初验申请，初验通过后进入为期60日的试运行。
P:4.2 乙方应按周向甲方报送项目进度，重大风险应在发现后2个工作日内书面报告。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有五年以上同类平台建设经验，未经甲方书面同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
P:4.4 甲方负责提供政务云资源、必要的办公条件及与相关部门的协调，并指定专人对接；因甲方原因造成进度延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：招标文件和本合同第1.2条所列功能全部实现；数据监测看板与抽样核对的成交数据一致；500个并发用户下页面平均响应时间不超过3秒；数据接口连续运行10日无错误；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，初验遗留问题全部整改完毕，乙方已提交源代码、数据库设计、部署手册、用户手册等全部文档。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收，必要时邀请专家参加。平台上线使用、甲方支付款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方需要继续维护的，年度维护费不超过平台软件许可费的8%，即每年不超过62,400元，质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 故障分为三级。一级故障指平台整体无法访问或核心数据错误；二级故障指部分功能不可用；三级故障指一般性问题。
P:7.2 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 一级故障响应或恢复超时的，每超时1小时扣减维护费或从履约保证金中扣除500元；二级故障每超时1小时扣除200元。
P:7.4 质保期内乙方应每季度提交一次运行分析报告，内容包括故障统计、性能指标、安全漏洞修复情况和优化建议，并在重大活动（如直播电商节）期间安排工程师现场值守。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台采集和生成的全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等安全措施，运维操作须经堡垒机进行，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或质保期满后，乙方应在10个工作日内向甲方移交全部数据及相关资料，并删除其持有的副本，出具书面删除说明。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项。
P:10.3 乙方支付的违约金不足以弥补甲方实际损失的，乙方还应赔偿差额部分；甲方有权从应付款项或履约保证金中直接扣除违约金。
P:10.4 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 履约保证金与不可抗力
P:11.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可以银行保函形式提交。最终验收合格且无未结违约责任的，甲方在10个工作日内无息退还。
P:11.2 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响方应在3日内通知对方，并在15日内提供证明，双方协商调整履行期限；不可抗力持续超过60日的，任何一方可以书面解除本合同。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转交第三方履行。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或存在其他根本违约且在甲方书面通知后15日内未予纠正的，甲方有权书面解除本合同，并要求乙方赔偿损失。
P:13.2 本合同不设自动续期条款，质保期满后的维护服务由双方另行签订合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，按政府采购相关规定执行；双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

H972Z02 = """T:生产线控制系统改造合同
P:合同编号：PMZ-GZ-2027-031
P:甲方（买方）：某泡沫轴制品有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方现有发泡、切割、包覆三条生产线的控制系统老化，故障频繁，工艺参数无法集中采集。经比选，甲方委托乙方实施控制系统改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线电气控制系统的设计、供货、安装、编程调试和培训，包括更换PLC控制器、触摸屏、伺服驱动，加装温度和压力传感器，新建车间工业网络，部署生产线监控软件并与甲方现有ERP系统对接。
P:1.2 改造应在不影响甲方正常订单交付的前提下分线停机实施，每条生产线停机时间不超过7日，具体停机计划由双方书面确认。
P:1.3 乙方应为甲方定制开发发泡温控、切割定长、包覆张力等PLC控制程序和监控画面，实现配方下发、产量统计、能耗统计和报警记录。
H:第二条 设备及价格
P:2.1 本合同总价为人民币壹佰肆拾伍万元整（¥1,450,000），含税、运输、保险、安装调试及培训费用。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|8套|52,000|416,000
TB:2|触摸屏（HMI）|16台|6,500|104,000
TB:3|伺服驱动器及电机|24套|11,500|276,000
TB:4|温度、压力传感器|120只|1,300|156,000
TB:5|工业以太网交换机|10台|4,800|48,000
TB:6|生产线监控软件许可|1套|288,000|288,000
TB:|设备及软件小计|||1,288,000
TB:7|安装、布线及调试|1项|96,000|96,000
TB:8|PLC程序及监控画面定制开发|1项|54,000|54,000
TB:9|操作及维护培训|1项|12,000|12,000
TB:|合计|||1,450,000
P:2.2 设备应为原厂全新正品，乙方应提供原厂合格证和出厂检验报告。
H:第三条 付款
P:3.1 合同签订后7日内，甲方支付合同总价的20%作为预付款，即290,000元。
P:3.2 设备全部到货并安装完成后，甲方支付合同总价的50%，即725,000元。到货签收和安装完成均不代表设备质量验收合格。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%，即362,500元。
P:3.4 其余5%即72,500元作为质量保证金，质保期满且乙方无未履行的质保义务后10日内无息支付。
P:3.5 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交付与安装
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂区，并在到货后30日内完成三条生产线的安装调试。
P:4.2 乙方现场施工应遵守甲方的安全生产和防火管理规定，动火作业须事先办理审批手续。
P:4.3 甲方负责提供施工所需的电源、压缩空气和临时存放场地，并按双方确认的停机计划安排生产。因甲方原因推迟停机的，安装期限相应顺延。
P:4.4 乙方应为甲方培训操作人员和设备维护人员各不少于10名，培训内容包括触摸屏操作、配方管理、常见报警处理和PLC程序备份恢复，培训结束后进行考核，考核不合格的人员由乙方免费再次培训。
H:第五条 验收
P:5.1 每条生产线调试完成后进行单线验收，标准为：所有I/O点位逐一核对无误；温度控制偏差不超过±1℃；切割长度误差不超过±0.5毫米；监控软件数据刷新周期不超过2秒；报警功能逐项测试有效；连续带料运行72小时无停机故障。
P:5.2 三条生产线单线验收通过并连续生产30日，产品合格率不低于改造前水平，ERP对接数据核对一致的，双方签署最终验收报告。
P:5.3 设备通电运行或甲方投入生产，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备和软件出现质量问题的，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供全保维保服务（含备品备件更换、软件升级和每月一次的驻厂巡检），年度维保费为设备及软件小计的26%，即每年334,880元，质保期满后三年内固定不变。
P:6.3 质保期内乙方每季度到厂巡检一次，检查控制柜、传感器和网络设备运行状况，备份PLC程序和监控软件配置，并提交书面巡检报告和整改建议。
P:6.4 维保服务按年度签订，甲方可根据使用情况决定是否续签。
H:第七条 故障响应
P:7.1 故障分级及响应时限如下表：
TB:级别|定义|响应|到场|恢复
TB:一级|整条生产线停机|30分钟|3小时|8小时
TB:二级|单台设备或部分功能故障|1小时|8小时|24小时
TB:三级|不影响生产的一般问题|8小时|按约定|72小时
P:7.2 乙方超过上表时限的，一级故障每超时1小时向甲方支付800元，二级故障每超时1小时支付300元，甲方可从质量保证金或维保费中扣除。
H:第八条 知识产权
P:8.1 监控软件及设备内嵌软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目定制开发的PLC程序、监控画面、接口程序及其源文件归甲方所有，甲方有权自行修改或委托他人修改和使用。乙方应在最终验收时提交全部源文件和注释说明。
H:第九条 数据安全
P:9.1 生产线采集的工艺参数、配方、产量和能耗数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次批准并通过甲方指定的VPN进行，操作全程留痕；乙方不得拷贝甲方数据带离厂区。
P:9.3 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在1小时内通知甲方并配合处置，并赔偿甲方全部损失。
P:9.4 合同终止或维保结束后，乙方应交还全部账号权限，并删除其保存的甲方数据副本。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 分包
P:11.1 乙方可将现场电气安装和桥架敷设分包给具有相应资质的单位，分包前书面通知甲方即可。乙方对分包部分的质量、安全和进度承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:12.2 因乙方原因导致生产线停机超过约定时间的，乙方还应赔偿甲方由此造成的直接损失。
P:12.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日或设备经两次整改仍不合格的，甲方有权书面解除本合同，乙方应退还已收款项并赔偿损失。
P:13.2 任何一方存在其他根本违约，经书面催告后15日内未纠正的，守约方有权解除本合同。
P:13.3 因不可抗力致使合同无法履行的，受影响方应及时通知对方并提供证明，双方协商延期或解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同附件包括技术规格书、停机计划和验收记录表，与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

H972Z03 = """门店预约及会员管理系统服务合同

合同编号：ZZL-SaaS-2027-07
甲方：某儿童专注力训练连锁管理有限公司（下称“甲方”）
乙方：某云科技有限公司（下称“乙方”）

甲方在全国经营40家专注力训练门店，现需统一的课程预约、会员管理、课消核销和收银系统。乙方以软件即服务（SaaS）方式向甲方提供该系统，并负责实施上线。双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方40家门店提供“门店预约及会员管理系统”的使用服务，包括课程排期与在线预约、会员档案与训练记录、课时包销售与课消核销、收银与对账、家长端微信小程序、总部经营报表。各门店按统一权限模板分配账号，总部可查看全部门店数据，门店仅可查看本店数据。
（二）乙方负责实施服务：
1. 将甲方现有会员、课时余额和训练记录从原系统迁移至本系统；
2. 按甲方品牌要求配置家长端小程序页面，开发与甲方财务系统的对账接口；
3. 对总部和各门店人员进行培训，每家门店至少培训2名店长或前台人员。
（三）服务期内，乙方负责系统的日常运行维护、版本升级、安全补丁和7×24小时在线客服支持，每月向甲方提交服务报告，内容包括可用率统计、故障记录、处理情况及改进措施。系统功能升级不得降低本合同约定的功能和性能。
（四）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。

二、费用
（一）系统服务费按门店计收，每家门店每个服务年度9,800元，40家门店每个服务年度合计392,000元，两个服务年度合计784,000元。
（二）实施费为一次性费用86,000元。
（三）本合同总价为870,000元（含税）。服务期内新增门店的，按同一单价和剩余服务期折算收费；门店关闭的，自次一服务年度起相应减少。

三、付款
（一）实施费在上线验收合格后15日内一次付清。
（二）每个服务年度的服务费在该服务年度开始后15日内支付。
（三）乙方应在付款前开具等额增值税专用发票。本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成数据迁移、配置和培训，并书面申请上线验收。
（二）上线验收标准：
1. 迁移后的会员数量、课时余额与原系统逐一核对一致，差异须全部查明并更正；
2. 预约、课消、收银、退费等业务流程在3家试点门店连续运行10日，无一级或二级故障；
3. 家长端小程序在200人同时预约时页面响应时间不超过2秒；
4. 对账接口连续5日与财务系统核对一致。
（三）甲方应在收到申请后7个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新申请验收，整改期间计入上线期限。其余门店在验收合格后分批切换，切换计划由双方书面确认，切换期间乙方应安排实施人员驻点支持。

五、服务水平
（一）系统月度可用率不低于99.5%（计划内维护除外，计划内维护须提前3日通知且安排在22:00至次日7:00之间）。
（二）故障分级与响应：
1. 一级故障：全部或多数门店无法预约、核销或收银，乙方应在30分钟内响应，6小时内恢复；
2. 二级故障：单个门店或部分功能不可用，2小时内响应，24小时内恢复；
3. 三级故障：不影响营业的一般问题，在下一版本中解决。
（三）月度可用率低于承诺值的，每低0.5个百分点，按当期服务年度服务费的1%抵扣后续服务费；一级故障恢复每超时1小时，抵扣1,000元。

（四）乙方应为甲方指定一名客户经理，负责日常沟通、需求受理和问题协调。甲方提出的功能优化需求，乙方应在5个工作日内评估并答复实现方案和时间；属于标准版本范围内的优化，不另收费用。

六、数据归属与安全
（一）甲方会员信息、学员及家长的个人信息、训练记录、交易数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内，采取加密传输和存储、分级授权、操作日志留存不少于六个月等措施；涉及未成年人个人信息的，应当遵守《个人信息保护法》及未成年人个人信息保护的规定。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方采取补救措施并向监管部门报告；因乙方原因造成的损失由乙方承担赔偿责任。
（四）服务期满或合同解除后30日内，乙方应将全部数据以通用格式交付甲方，并在甲方确认后彻底删除。

七、保密
双方对履行本合同中知悉的对方商业信息、经营数据和技术资料承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内继续有效。乙方参与本项目的人员应签署书面保密承诺。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、对账接口程序及其源代码归甲方所有，甲方有权自行或委托第三方修改和使用。

九、续期
第二个服务年度届满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期服务费由乙方按届时标准价目表确定，乙方应在续期前书面告知甲方新的单价。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露或故意、重大过失造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

（四）乙方未按约定提供服务报告或未按时答复甲方需求的，经甲方催告后仍未改正的，每次按500元向甲方支付违约金。

十一、分包
乙方不得将本合同项下的服务分包给第三方，但经甲方书面同意的除外。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还未履行服务期的服务费。
（二）系统月度可用率连续两个月低于承诺值的，甲方有权解除本合同。
（三）合同解除的，乙方应继续提供不少于30日的过渡服务，配合甲方完成数据迁出和系统切换，过渡期间按原单价折算收费。

十三、甲方的义务
甲方应指定项目负责人，按时提供原系统数据和门店信息，组织门店人员参加培训，并妥善保管系统账号和密码；因甲方账号保管不善造成的损失由甲方自行承担。

十四、争议解决
本合同适用中华人民共和国法律。双方因本合同发生争议的，应首先由双方项目负责人协商；协商不成的，提交双方管理层协调。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十五、不可抗力
因地震、火灾、重大公共卫生事件等不可抗力导致任何一方不能履行合同的，应在3日内通知对方并提供证明，受影响部分的责任可以免除；但乙方应采取一切合理措施尽快恢复服务，不可抗力期间不计收服务费。

十六、通知
双方的通知以书面形式按本合同首页地址送达，以电子邮件发送的，自进入对方系统之日视为送达。一方联系方式变更的，应提前5日通知对方。

十七、其他
本合同附件包括功能清单、门店名单和数据迁移方案，均为本合同不可分割的组成部分。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：              乙方（盖章）：
签订日期：                  签订日期：
"""

H972Z04 = """地裂缝监测预警系统年度运维服务合同

合同编号：ZRZY-CS-2027-012
采购人（甲方）：某市自然资源局
供应商（乙方）：某地质信息技术有限公司

根据本项目竞争性磋商文件（项目编号CS-2026-0877）、乙方响应文件及成交通知书，甲乙双方就地裂缝监测预警系统年度运维服务事项，经协商一致订立本合同。

第一条 服务范围
（一）运维对象为甲方已建成的地裂缝监测预警系统，包括GNSS监测站18座、裂缝计46台、雨量计12台、现场供电及通信设备，以及部署在甲方机房的监测预警平台和数据库。
（二）服务内容包括：监测站点定期巡检和维护、设备故障维修与更换、平台及数据库日常运维、监测数据质量检查与整编、汛期应急值守、月度及年度运维报告编制。
（三）乙方应在服务期开始前10日内与原运维单位完成交接，逐站核对设备状态、供电和通信情况，形成交接清单报甲方确认；交接中发现的既有问题另行列明，不计入乙方考核。
（四）服务期自2027年1月1日起至2027年12月31日止。

第二条 服务要求
（一）乙方每月对全部监测站点巡检一次，汛期（每年6月1日至9月30日）每半月巡检一次，巡检应填写记录表并拍照留档。
（二）乙方应每日检查监测数据接收情况，发现数据缺失、异常跳变的，应在当日查明原因并处理。
（三）乙方应安排不少于4名专职运维人员，其中项目负责人须具有地质工程或测绘相关中级以上职称；人员变更须经甲方书面同意。
（四）汛期及甲方发布地质灾害预警期间，乙方应安排人员24小时值守，并配备应急车辆和备用设备。

（五）乙方应建立备品备件库，常用设备备件不少于在用数量的十分之一，备件出入库应登记并每季度报甲方核对；更换下来的设备由乙方登记后交甲方处置。
（六）乙方应于每月5日前提交上月运维月报，于服务期满后15日内提交年度运维报告。报告应包括设备运行状况、数据完整率统计、故障及处理情况、地裂缝变形趋势简析及下一阶段维护建议。

第三条 服务水平
（一）监测预警平台年度可用率不低于99.95%，计划内维护须提前2个工作日报甲方同意。
（二）故障分为三级：
一级故障：预警平台中断，或汛期内任一监测站离线；乙方应在30分钟内响应，3小时内到达现场，当日内恢复。
二级故障：非汛期单个监测站离线或平台部分功能异常；2小时内响应，48小时内恢复。
三级故障：不影响监测预警的一般问题；在下一次巡检时处理。
（三）一级故障响应或恢复超时的，每超时1小时扣减服务费800元；二级故障每超时1小时扣减200元；平台可用率低于承诺值的，每低0.01个百分点扣减服务费2,000元。上述扣减从当季服务费中直接扣除。

第四条 服务费用
（一）本合同总价为人民币伍拾陆万贰仟元整（¥562,000），包含人工、交通、备品备件、耗材、通信及税费等全部费用。分项为：监测站点巡检维护248,000元；平台及数据库运维136,000元；备品备件及耗材96,000元；汛期应急值守82,000元。
（二）本合同为固定总价，服务期内不作调整。

第五条 付款方式
（一）本合同不设预付款。
（二）乙方应在合同签订前提交合同总价5%的履约保证金，年度验收合格后10个工作日内无息退还。
（三）服务费按季度支付，每季度140,500元。每季度结束后，甲方组织季度考核，考核合格且乙方提交发票后15个工作日内，甲方支付当季服务费（扣除第三条约定的扣减金额）。

第六条 考核与验收
（一）季度考核标准：巡检次数和记录完整；监测数据完整率不低于考核细则规定值；故障处理符合第三条时限；月度报告按时提交。考核细则作为本合同附件。
（二）服务期满后，甲方组织年度验收，标准为：全年巡检记录、维修记录和数据整编成果齐全；设备台账与现场一致；年度运维报告通过甲方组织的专家评审；全部备品备件使用有据可查。
（三）季度考核和年度验收均由甲方组织，可邀请相关专业专家参加，考核和验收结果以书面形式通知乙方。乙方对结果有异议的，可在5个工作日内书面申请复核。
（四）季度考核不合格的，乙方应在10日内整改，整改合格后方可支付当季服务费。

第七条 数据安全
（一）监测数据、预警信息、设备台账及全部运维记录归甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得向任何第三方提供或公开发布。
（二）乙方运维平台和数据库须在甲方机房内或经甲方审批的专用通道进行，操作须经堡垒机并全程审计；不得将数据拷贝至个人设备。
（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在1小时内报告甲方，立即采取处置措施，并承担由此产生的全部责任。

第八条 保密
乙方及其人员对履行合同中知悉的监测数据、地质灾害隐患点位置、预警信息及甲方工作秘密负有保密义务，未经甲方书面同意不得对外披露。本条在合同终止后继续有效。乙方人员进场前须签署保密承诺书。

第九条 知识产权
乙方在本合同履行中形成的运维报告、数据整编成果、巡检记录、维护脚本及平台优化程序，知识产权归甲方所有，甲方有权自由使用和修改。

第十条 违约责任
（一）乙方未按约定完成巡检、数据整编或故障修复，逾期的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不到位导致预警漏报或误报，造成甲方损失的，乙方应赔偿全部损失。
（三）乙方擅自更换项目负责人或专职运维人员不足的，每人每日按500元向甲方支付违约金，甲方可从当季服务费中扣除。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 分包
本项目不得分包。乙方不得将运维服务全部或部分转让或委托第三方履行。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或存在其他严重违约行为，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
（二）合同解除的，乙方应在10日内移交全部设备、资料、账号及数据，并配合甲方新选定的运维单位完成交接，交接期间不得中断汛期值守。

第十三条 甲方的义务
（一）甲方应向乙方提供系统原有建设资料、设备台账和必要的机房进出权限，并指定专人负责联络和考核。
（二）甲方应协调监测站点所在地的乡镇和村组，为乙方进场巡检提供便利。
（三）因第三方施工、人为破坏等非乙方原因造成设备损坏的，乙方应及时报告并协助取证，维修费用由双方另行确认。

第十四条 不可抗力
因地震、洪水等不可抗力导致设备损毁或服务中断的，乙方应立即报告并尽力抢修，受影响部分的违约责任可以免除。不可抗力事件发生后，乙方仍应按甲方的应急要求参与现场处置。

第十五条 合同期限
本合同服务期满即终止，不自动续期。甲方需要继续采购运维服务的，依法另行组织采购。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。附件：监测站点清单、季度考核细则、应急预案。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H972Z05 = """# 工序追踪管理系统软件许可及定制开发合同

**（乙方标准合同文本 XG-STD-V3.0）**

合同编号：XG-2027-0315

甲方：某錾银工作室（个人独资企业）

乙方：某信息科技有限公司

甲方拟采购乙方“工序追踪管理系统”并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供工序追踪管理系统标准版软件许可（15个用户），用于银器从下料、錾刻、焊接、抛光到质检、包装各工序的流转追踪。

1.2 乙方按甲方需求进行定制开发，内容包括：工单二维码扫码报工、银料领用与损耗核算、客户订单进度看板、手作师傅计件工资统计。

1.3 乙方负责系统部署、基础数据初始化及操作培训。基础数据包括工序、工位、师傅、物料和工价，由甲方按乙方提供的模板整理后交付。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾贰万元整（¥420,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪管理系统标准版软件许可（15用户） | 168,000 |
| 2 | 定制开发（扫码报工、银料损耗核算、订单看板、计件工资） | 226,000 |
| 3 | 部署实施及培训 | 26,000 |
| | 合计 | 420,000 |

2.2 上述金额已含增值税。甲方增加用户数或功能的，费用另计。

2.3 乙方在收到每笔款项后开具相应金额的增值税普通发票。甲方需要专用发票的，应在付款前提供完整的开票信息。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即273,000元。

3.2 系统上线运行后5个工作日内，甲方支付剩余35%，即147,000元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持服务，工期相应顺延，由此产生的后果由甲方承担。

## 第四条 开发与交付

4.1 乙方在收到首付款后开始需求调研，调研结束后出具需求确认书，经甲方签字确认后进入开发。需求确认后甲方提出变更的，乙方有权调整工期和费用。

4.2 乙方计划在需求确认后60个工作日内完成开发并部署上线。因甲方原因（包括需求变更、资料提供不及时、现场条件不具备等）造成延期的，工期顺延。

4.3 甲方应指定一名联系人，负责需求确认、资料提供和内部协调，并保证所提供的工序资料、物料编码、工价标准真实准确。因甲方资料错误导致的返工，乙方有权另行收费。

4.4 乙方按需求确认书交付系统功能。需求确认书未列明的功能，不属于本合同交付范围。

4.5 系统部署在甲方自有服务器或甲方购买的云服务器上，服务器及网络环境由甲方自行准备。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道提交，乙方按第九条处理，但不影响验收结论及付款。

## 第六条 培训

乙方在系统上线前为甲方提供一次集中操作培训，时长不超过一天，参训人数不超过10人。甲方人员变动需要再次培训的，按乙方培训收费标准另行计费。乙方提供电子版操作手册一份。

## 第七条 系统环境

甲方服务器应满足乙方提供的配置要求，并由甲方负责操作系统、数据库的安装授权及日常备份。乙方可提供远程部署指导。因环境不满足要求导致系统无法正常运行的，乙方不承担责任。

## 第八条 知识产权

8.1 工序追踪管理系统及其全部组成部分的知识产权归乙方所有。

8.2 乙方为本合同定制开发的程序、功能模块、报表及相关文档，其知识产权亦归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得修改、反编译，不得提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 技术支持

9.1 免费维护期为系统上线之日起六个月。维护期内乙方提供远程技术支持和缺陷修复。

9.2 问题分级及响应时间：一级问题（系统无法登录或扫码报工无法使用）乙方在8小时内响应；二级问题（部分功能异常）在2个工作日内响应；三级问题（操作咨询、界面优化）在5个工作日内响应。

9.3 乙方将尽最大努力解决甲方提出的问题，但不对解决时间作出承诺。

9.4 以下情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；服务器、网络、扫码枪、打印机等软硬件环境故障；甲方人员误操作；第三方软件引起的问题。乙方可协助处理，但有权按人天收取费用。

9.5 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订维护服务协议，维护费用按乙方届时公布的服务价格标准执行。

## 第十条 数据

10.1 甲方在系统中录入的业务数据归甲方所有。

10.2 乙方有权在对甲方数据进行脱敏处理后，将其用于产品改进、行业分析及向其他客户提供的行业工艺参考模板。

10.3 乙方在提供远程技术支持时，应通过甲方开通的临时账号登录，操作完毕后由甲方关闭；乙方应采取访问控制和传输加密措施。因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复数据，并依法承担相应责任。

## 第十一条 保密

11.1 双方对本合同内容以及在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

11.2 保密义务自本合同签订之日起至合同终止后两年内有效。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应违约责任，赔偿对方因此遭受的直接损失。

12.2 乙方在本合同项下的全部赔偿责任总额，不超过本合同总金额的25%。乙方不承担任何间接损失、利润损失或数据损失。

12.3 乙方对系统运行结果（包括银料损耗核算结果和计件工资统计结果）不承担责任，甲方应自行复核后使用。

12.4 甲方逾期付款超过30日的，乙方有权解除合同，已收款项不予退还。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权书面解除本合同。

13.2 因不可抗力导致合同无法继续履行的，双方均可解除合同，互不承担违约责任。

## 第十四条 通知与变更

14.1 本合同项下的通知可通过电子邮件、微信工作群或快递方式送达，发出即视为送达。甲方联系人、邮箱或地址变更的，应及时通知乙方，否则由此导致的通知延误由甲方负责。

14.2 本合同的任何变更须经双方书面确认。乙方的产品说明、报价单和宣传资料不构成本合同的组成部分。

## 第十五条 争议解决

因本合同引起的一切争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方对本合同条款均已充分阅读和理解，乙方已就责任限制、知识产权归属和数据使用条款向甲方作出提示说明。

16.3 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以本合同为准。

16.4 甲方确认，其已自行判断本系统是否满足其经营需要，乙方不对系统的适用性或甲方的经营结果作任何保证。

甲方（签章）：　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　日期：
"""

H972E01 = """T:Software Licence and Services Agreement
P:Agreement No. WVQ-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Wabash Valley Quality Systems, Inc., an Indiana corporation with its principal office in Logansport, Indiana, United States of America (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based quality records with an integrated statistical process control and quality management system, and the Vendor has offered its QualiTrack Enterprise software together with implementation and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiTrack Enterprise software in object code, including the SPC, inspection planning, non-conformance, corrective action and gauge calibration modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data migration scripts and configuration work products created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or processed in the Software by or for the Customer, including measurement data, inspection results, supplier records and personal data of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the final acceptance tests.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers at its plants in Changzhou and Yancheng for the Customer's internal business purposes, for one enterprise server instance and sixty named users.
P:2.2 The Customer may make reasonable copies of the Software for backup, disaster recovery and testing.
P:2.3 Title to the Software and the Vendor's pre-existing materials remains with the Vendor. Nothing in this Article limits the Customer's rights in the Custom Deliverables under Article 8.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build interfaces to the Customer's ERP system and to forty-two coordinate measuring machines and gauges, migrate five years of historical inspection records, set up inspection plans for the product families listed in Annex 1, and train the Customer's staff.
P:3.2 The Vendor shall assign a named project manager who speaks Mandarin and shall not replace key personnel without the Customer's prior written approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall deliver the system ready for Final Acceptance within 120 days after the Effective Date in accordance with the project plan in Annex 2. The Customer shall provide timely access to its sites, systems and key users.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,680,000, inclusive of all taxes, travel and expenses, made up as follows: Enterprise Server Licence CNY 580,000; sixty Named User Licences at CNY 11,000 each, CNY 660,000 (Licence Fee subtotal CNY 1,240,000); implementation services CNY 386,000; training CNY 54,000.
P:4.2 The Customer shall pay: (a) 20% of the total price within 30 days after signature, against the Vendor's invoice; (b) 45% after the Software is installed and the interfaces are delivered, as evidenced by an installation certificate signed by both parties, which is not acceptance; (c) 35% within 30 days after Final Acceptance.
P:4.3 Invoices shall be issued in CNY by the Vendor's appointed local agent as a valid VAT invoice.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests agreed in Annex 3, which include: all modules functioning as described in the specification; automatic capture of measurement results from every connected machine without manual re-entry; control charts and capability indices matching reference calculations on a sample set prepared by the Customer; ERP interface reconciliation of inspection lots over ten consecutive working days without error; and report generation within five seconds for a one-year data range.
P:5.2 After the tests are passed, the system shall run in production for thirty days. The Customer may record defects during this period, and the Vendor shall correct them promptly.
P:5.3 Final Acceptance is given in writing by the Customer when all tests in Annex 3 are passed and no Severity 1 or Severity 2 defect remains open at the end of the thirty-day run. Installation, productive use or any payment shall not be deemed to be acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall provide defect correction, updates, new releases and telephone and remote support free of charge.
P:6.2 Defects are classified by severity. Severity 1 means the system is down or measurement data cannot be recorded at a plant; the Vendor shall respond within one hour and provide a fix or workaround within eight hours. Severity 2 means a major function is impaired; the Vendor shall respond within two hours and provide a fix within two working days. Severity 3 means any other defect; the Vendor shall respond within one working day and fix it in the next release.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall pay CNY 1,000 for each hour of delay, and CNY 400 for each hour of delay for a Severity 2 defect. The Customer may set these amounts off against any payment due to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support at a fee of 11% of the Licence Fee subtotal, that is CNY 136,400 per year, fixed for the three years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically. Annual support includes the same services and response times as in Articles 6.1 to 6.3.
H:Article 7 Data Protection and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and for no other purpose, and shall not disclose it to any third party or transfer it outside the People's Republic of China.
P:7.2 The Vendor shall access the Customer's systems only through the Customer's secured remote access channel with individual accounts, multi-factor authentication and session logging, shall not copy Customer Data to its own systems, and shall comply with the Customer's information security rules and applicable PRC data protection law.
P:7.3 The Vendor shall notify the Customer within twelve hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate fully in containing and remedying the incident, and shall be liable for the losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:8.2 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including drawings, process parameters, pricing and the terms of this Agreement, and shall use it only for the purposes of this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to deliver the system ready for Final Acceptance by the date in Article 3.3 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Article 7 or Article 9, or the indemnity in Article 8.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Customer under Article 12.1, the Vendor shall refund the amounts paid for services not accepted and deliver all completed Custom Deliverables. Licences already paid for shall survive.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Indiana, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Indiana, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 This Agreement, together with Annex 1 (Scope and Product Families), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests), is the entire agreement between the parties. Any amendment must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese, both texts being equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H972E02 = """# Order Form No. PL-2027-118

**Prairie Ledger Cloud Subscription**

This Order Form is entered into between Prairie Ledger Software LLC, an Illinois limited liability company with its office at West Jackson Street, Macomb, Illinois, United States ("Provider"), and Weifang Jinhe Agricultural Machinery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered address in Weifang, Shandong Province ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Subscribed Service

Provider will make available to Customer the Prairie Ledger Cloud dealer service platform, consisting of the Warranty Claims, Parts Return, Service Campaign and Dealer Analytics modules (the "Service"), for up to 360 named users at Customer and its authorised dealers. The Service is hosted for Provider by its cloud hosting provider in a data centre located in mainland China.

### A2. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. Subscription Year 1 begins on the date of Go-Live Acceptance under A5; Subscription Year 2 begins on its first anniversary. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription | 360 named users at CNY 1,150 per user per year | 414,000 | 414,000 | 828,000 |
| Onboarding and configuration | One-time | 68,000 | - | 68,000 |
| Total Contract Value | | 482,000 | 414,000 | 896,000 |

All fees are in CNY, include VAT, and are fixed for the Subscription Term. Additional users may be added during the term at the same per-user price, prorated to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance.
(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
(c) Customer pays each undisputed invoice within 30 days of receipt of a valid VAT invoice issued by Provider's local reseller. There is no advance payment under this Order Form.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will configure the Service for Customer's warranty policies, parts catalogue and dealer hierarchy, migrate open warranty claims from Customer's current system, build an interface to Customer's ERP system for claim settlement, and train Customer's administrators and dealer trainers.
(b) The target Go-Live date is 75 days after signature of this Order Form. If Go-Live Acceptance is delayed beyond the target date for reasons attributable to Provider, Provider will pay CNY 800 for each day of delay, credited against the onboarding fee.
(c) Go-Live Acceptance tests: the migrated claims reconcile with the source system by number and value; the ERP interface posts settlements correctly for ten consecutive working days; a claim can be submitted, approved and settled end to end by three pilot dealers; and standard reports load within three seconds. Customer confirms Go-Live Acceptance in writing when all tests are passed. Use of the Service by dealers before that confirmation is not acceptance.

### A6. Service Levels

(a) Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and performed between 23:00 and 06:00 China Standard Time.
(b) Priority 1 incidents (the Service is unavailable or claims cannot be submitted) will be responded to within 30 minutes and resolved or worked around within six hours, at any time of day. Priority 2 incidents will be responded to within two hours during business hours. Priority 3 requests will be answered within two business days.
(c) If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that monthly equivalent. Each late Priority 1 response earns a credit of CNY 1,000. Credits are applied to the next invoice or, at the end of the term, paid out.

## Part B - General Terms

### 1. Use of the Service

1.1 Provider grants Customer and its authorised dealers a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's business purposes.

1.2 Customer is responsible for its users' compliance with this Order Form and for keeping user credentials confidential. Customer will not resell the Service or use it to build a competing product.

1.3 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 2. Customer Data

2.1 All data submitted to the Service by or for Customer or its dealers, including claims, vehicle and machine identifiers, photographs and dealer and end-customer contact details ("Customer Data"), belongs to Customer.

2.2 Provider will use Customer Data only to provide the Service to Customer under this Order Form and will not use it for any other purpose.

2.3 Within 30 days after the end of the Subscription Term, Provider will return all Customer Data in a standard export format and then delete it from the Service, and confirm the deletion in writing.

### 3. Customer Configurations

Workflows, claim rules, report templates and the ERP interface built by Provider for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and have third parties use and modify them without restriction. Provider retains all rights in the Service itself.

### 4. Confidentiality

4.1 Each party will keep confidential the non-public information it receives from the other party in connection with this Order Form, use it only for this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

4.2 These obligations do not apply to information that is public, already known to the recipient, independently developed, or required to be disclosed by law. They survive for three years after the end of the Subscription Term.

### 5. Warranties

5.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

5.2 Provider will indemnify Customer against any third-party claim that the Service infringes that party's intellectual property rights.

### 6. Limitation of Liability

6.1 Neither party is liable for indirect or consequential loss or loss of profits.

6.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six months immediately preceding the event giving rise to the claim.

6.3 The limits in 6.1 and 6.2 do not apply to Customer's payment obligations, Provider's indemnity under 5.2, or liability for fraud or wilful misconduct.

### 7. Support and Reporting

7.1 Provider will provide support in Mandarin Chinese and English through a web portal, e-mail and a telephone hotline. Priority 1 incidents may be reported by telephone at any time.

7.2 Provider will send Customer a monthly service report showing availability, incidents by priority, response and resolution times and any credits earned, within ten business days after the end of each month.

7.3 Customer will appoint a named administrator who is the main contact for Provider, will report incidents with the information reasonably needed to reproduce them, and will keep its dealer list in the Service up to date.

### 8. Subcontracting

Provider may not subcontract any part of the Service or the onboarding services without Customer's prior written consent, except the hosting provider referred to in A1, which Customer approves by signing this Order Form. Provider remains responsible for its subcontractors.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing the breach.

9.2 If Customer terminates under 9.1, Provider will refund the subscription fees paid for the remainder of the Subscription Term and provide reasonable assistance for the transfer of Customer Data to Customer or its new provider.

9.3 Sections 2, 3, 4 and 6 survive termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in a corporate reorganisation.

11.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

11.3 This Order Form is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Prairie Ledger Software LLC: ____________________

Signed for Weifang Jinhe Agricultural Machinery Co., Ltd.: ____________________
"""

H972E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. FCP-EQ-2027-0207
P:Buyer: Zhejiang Fuchun Paper Co., Ltd., registered in Fuyang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Maple City Sensing, Inc., a corporation with its principal place of business in Goshen, Indiana, United States of America (the "Supplier").
P:The Buyer intends to monitor the condition of the rotating equipment of its two paper machines and its stock preparation line, and has selected the Supplier after a competitive quotation. This Contract is made on the Buyer's standard terms for equipment and software purchases. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's MapleWatch condition monitoring software, licensed on a perpetual basis, including its analytics, alarm and reporting functions and all updates supplied during the Warranty Period.
P:1.3 "Custom Work" means the machine models, alarm rules, dashboards, interface programs and reports configured or developed by the Supplier specifically for the Buyer under this Contract.
P:1.4 "Buyer Data" means all measurement data, alarms, machine information and records collected, stored or generated by the Equipment and Software at the Buyer's site.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission them on 320 measuring points on the Buyer's paper machines, fans, pumps and refiners, integrate the Software with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,708,000, including VAT, delivery to the Buyer's mill, customs clearance, insurance, installation and all other costs. The Contract Price is fixed and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, with mounting kit|320|2,650|848,000
TB:2|Wireless gateway, industrial grade|24|9,800|235,200
TB:3|MapleWatch software, perpetual licence, server and 400 points|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||1,503,200
TB:4|Installation, commissioning and system integration|1 lot|176,000|176,000
TB:5|Training of operators and maintenance engineers|1 lot|28,800|28,800
TB:|Contract Price|||1,708,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price, CNY 170,800, within 15 working days after signature of this Contract and receipt of an advance payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 939,400, after all Equipment has been delivered and installed and an installation certificate has been signed. The installation certificate confirms completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the balance of 35% of the Contract Price, CNY 597,800, within 30 days after Final Acceptance under Clause 5.
P:3.4 Each payment is due against a valid VAT invoice issued by the Supplier's authorised distributor in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's mill within 60 days after signature, and complete installation and commissioning within 45 days after delivery, during the planned shutdowns agreed with the Buyer.
P:4.2 The Supplier's personnel shall observe the Buyer's safety rules, including lock-out procedures and work permits, when working on or near running machinery.
P:4.3 The Supplier shall train at least eight of the Buyer's operators and six maintenance engineers in the use of the Software, the interpretation of vibration spectra and trends, sensor replacement and battery changes. Training shall be given at the mill in Chinese or with an interpreter provided by the Supplier, and training materials shall be handed over in Chinese.
P:4.4 The Supplier shall deliver, before Final Acceptance, the as-built list of measuring points, the sensor and gateway configuration, the administrator and user manuals, and the backup and restore procedure for the Software.
P:4.5 Risk in the Equipment passes to the Buyer on delivery, and title passes on payment under Clause 3.2.
H:5. Acceptance
P:5.1 Final Acceptance tests shall verify that: every measuring point transmits data to the Software at the configured interval; vibration readings agree with the readings of a calibrated portable analyser within the tolerance stated in the technical specification; alarms are raised and forwarded to the maintenance management system for each alarm rule; the dashboards and reports listed in the technical specification are available; and the system runs for thirty consecutive days with data loss on no measuring point exceeding the limit in the technical specification.
P:5.2 When all tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, commissioning, use of the system in production or payment of any instalment does not constitute acceptance.
P:5.3 If any test fails, the Supplier shall remedy the defect at its own cost within fifteen days and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software against defects in design, materials and workmanship for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including parts, labour and shipping.
P:6.2 Faults shall be handled as follows. A Severity 1 fault (the Software is down or a gateway serving a paper machine has failed) shall be responded to within one hour, with an engineer on site or a replacement shipped within two working days. A Severity 2 fault (individual sensors have failed or a function is impaired) shall be responded to within one working day. A Severity 3 fault shall be handled in the next scheduled visit or release.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay CNY 600, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support covering Software updates, remote support and replacement of failed Equipment at 9% of the Hardware and Licence Subtotal per year, that is CNY 135,288, fixed for three years. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:7. Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:7.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier is allowed only through the Buyer's VPN, after approval for each session, and is logged. The Supplier shall not copy Buyer Data to its own systems or transfer it outside China.
P:7.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting Buyer Data or the Buyer's control network that is caused by the Supplier or the Equipment, shall cooperate in the response, and is liable for the resulting losses.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the Equipment firmware, and grants the Buyer a perpetual licence to use them.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall deliver it with its source files, and the Buyer may use, modify and license it freely.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract, including the Buyer's process and production data, and shall not disclose it to any third party without prior written consent. This Clause survives for five years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
P:12.2 Neither party is liable for failure or delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the effects. If force majeure lasts more than sixty days, either party may terminate the unperformed part of this Contract by written notice.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:14. Miscellaneous
P:14.1 The technical specification and the acceptance test plan are annexed to this Contract and form part of it.
P:14.2 This Contract is signed in two originals in English and Chinese. Each party keeps one original.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H972E04 = """# Managed IT Services Agreement

Agreement No. CCM-JX-2027-09

**Between** Jiaxing Ruiheng Textile Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province ("Customer"),

**and** Coles County Managed IT, Inc., an Illinois corporation with its principal office in Mattoon, Illinois, United States, acting through its service centre in Shanghai ("Provider").

## Background

Customer operates a head office, two dyeing plants and a finished-goods warehouse. It wishes to outsource the day-to-day operation of its IT infrastructure and its user service desk for a fixed term, and Provider has proposed to deliver these services for a fixed monthly charge. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition Services.

1.2 "Transition Services" means the work needed to take over the operation of Customer's IT environment from its in-house team, as described in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer confirms in writing that the Transition Services have been completed in accordance with Section 4.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, processes or stores in performing the Services.

1.5 "Minimum Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 Provider shall provide the Services at the sites listed in Schedule 3 and remotely from its Shanghai service centre.

2.2 Provider shall perform the Services diligently, with suitably qualified personnel and in accordance with good industry practice, and shall use commercially reasonable efforts to resolve incidents promptly.

2.3 Provider shall assign a service manager who is Customer's main point of contact, attends a monthly service review meeting with Customer, and reports on the work done, open incidents and planned changes.

2.4 Provider shall follow Customer's change management procedure and shall not make changes to production systems without Customer's approval, except emergency changes needed to restore a service, which shall be reported to Customer on the same day.

2.5 Provider shall keep the configuration management database, network diagrams and runbooks up to date throughout the term, record every incident and service request in its ticketing system, and give Customer read access to that system and its reports.

2.6 Provider shall keep a stable team. Named key personnel, including the service manager and the lead network engineer, shall not be replaced without reasonable prior notice to Customer, and any replacement shall have comparable qualifications and receive a documented handover.

2.7 Customer shall give Provider access to its sites, systems and documentation as reasonably required, and shall nominate an IT coordinator for each site.

## 3. Term

3.1 This Agreement starts on signature. The Services after transition are provided for the Minimum Term.

3.2 This Agreement expires at the end of the Minimum Term. Any extension requires a written amendment signed by both parties, on terms agreed at that time.

## 4. Transition and Acceptance

4.1 Provider shall complete the Transition Services within 60 days after signature in accordance with the transition plan agreed by the parties.

4.2 Transition is accepted when: (a) all servers, network devices, storage and end-user devices in Customer's asset register are recorded in Provider's configuration management database and reconciled with a physical check at each site; (b) monitoring is active for every server and network device in scope and alerts reach Provider's service centre; (c) backup jobs for all in-scope systems have run successfully for ten consecutive days and one test restore per system has been completed; (d) runbooks for every critical system have been written and reviewed by Customer; and (e) the service desk has handled live calls from all sites for two weeks.

4.3 Customer shall confirm acceptance in writing within five working days after Provider demonstrates that the criteria in 4.2 are met, or give reasons for refusal. Provider's start of operation is not acceptance.

4.4 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 3,238,000, including VAT.

5.2 The transition fee is payable within 30 days after the Service Commencement Date.

5.3 The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice.

5.4 The charges are fixed for the Minimum Term. Additional work outside Schedule 1 is performed only on Customer's written order at the day rates in Schedule 2.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not disclose it to any third party or transfer it outside the People's Republic of China.

6.2 Provider shall comply with Customer's information security policies and applicable PRC law on cybersecurity, data security and personal information protection. Provider's staff shall use individual named accounts with multi-factor authentication; privileged access shall be through Customer's bastion host and recorded.

6.3 Provider shall notify Customer within six hours of becoming aware of any security incident affecting Customer Data or Customer's systems, shall take immediate steps to contain it, and shall be liable for the losses caused by its breach of this Section.

6.4 At the end of this Agreement Provider shall return all Customer Data, credentials and documentation and delete any copies it holds.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information obtained under this Agreement and use it only for this Agreement. This obligation survives for five years after expiry.

## 8. Intellectual Property

Runbooks, scripts, configuration records, documentation and reports prepared by Provider for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider. Provider keeps its own tools and methods, and grants Customer a free licence to use any of them embedded in the deliverables.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 6 or Section 7.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for the performance of any approved subcontractor.

## 11. Commitment and Suspension

11.1 Customer commits to purchase the Services for the whole Minimum Term. Neither party may terminate this Agreement before the end of the Minimum Term, except by written agreement of both parties.

11.2 If Customer fails to pay an undisputed invoice within 30 days after a written reminder, Provider may suspend non-essential Services until payment is made.

## 12. Exit

In the last three months of the Minimum Term, Provider shall cooperate with Customer and any successor provider to transfer the Services in an orderly way, including a handover of the configuration management database, open incidents and runbooks.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai. The award is final and binding.

## 14. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. It is signed in English and Chinese; both versions have equal effect.

## Schedule 1 - Services

| Service element | Scope |
|---|---|
| Transition | Asset discovery and reconciliation, monitoring set-up, backup review, runbooks, knowledge transfer from Customer's IT team |
| Service desk | Telephone, e-mail and portal support in Mandarin for about 420 users, Monday to Saturday, 08:00 to 20:00 China Standard Time |
| Server and storage operations | Operation, patching and health checks of 46 physical and virtual servers and two storage arrays at the head office data room |
| Network operations | Operation of firewalls, core and access switches and wireless networks at four sites, and of the links between them |
| Backup and recovery | Daily backup of in-scope systems, monthly restore tests, off-site copy management |
| End-user support | Desk-side support at each site by a roving engineer, PC imaging and replacement logistics |
| Reporting | Monthly service report and monthly service review meeting |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 124,000 |
| Monthly service charge | 36 months at CNY 86,500 | 3,114,000 |
| Total Contract Value | | 3,238,000 |
| Additional work | Per engineer day, on written order | 2,800 |

## Schedule 3 - Sites and Contacts

| Site | Address | Customer IT coordinator |
|---|---|---|
| Head office and data room | Xiuzhou District, Jiaxing | IT Manager |
| Dyeing Plant 1 | Xiuzhou Industrial Park, Jiaxing | Plant IT Officer |
| Dyeing Plant 2 | Haiyan County, Jiaxing | Plant IT Officer |
| Finished-goods warehouse | Jiaxing Port Area | Warehouse Supervisor |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

H972E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. LPD-SZ-2027-031

PARTIES

Lakeshore Parcel Data Corp., a corporation organised under the laws of Indiana, with its principal office in Elkhart, Indiana, United States ("Provider").

Shenzhen Yuntu Cross-Border Logistics Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Nanshan District, Shenzhen, Guangdong Province ("Customer").

BACKGROUND

Customer ships parcels from China to consumers in North America and needs reliable tracking events, delivery-time statistics and address validation for the carriers it uses. Provider operates a data platform that collects and normalises this information and makes it available through application programming interfaces. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's Parcel Tracking API, Delivery Time Statistics API and Address Validation API, as described in the technical documentation.

1.2 "Provider Data" means the data made available to Customer through the API, including carrier tracking events, estimated delivery dates and address validation results.

1.3 "Customer Query Data" means all data submitted by Customer to the API, including tracking numbers, consignee names and addresses, order references and shipment details, and the results returned to Customer for those queries.

1.4 "Subscription Year" means each of the two consecutive periods of one year, the first beginning on the Production Access Date.

1.5 "Production Access Date" means the date on which Customer confirms Integration Acceptance under Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the two Subscription Years to access the API and to use Provider Data in Customer's own logistics operations, including display to Customer's merchants and their consumers.

2.2 The subscription includes up to 18 million API calls per Subscription Year. Calls above that volume are charged at the overage rate in Clause 5.3.

2.3 Provider shall keep the API backward-compatible during the term and shall give Customer at least ninety days' notice of any change that requires Customer to modify its integration.

2.4 Customer shall not resell Provider Data as a stand-alone data product, shall not use it to build a database that competes with the API, and shall keep its API keys secure. Customer may retain Provider Data that forms part of its own shipment records after the term.

2.5 Provider shall provide technical support in English and Mandarin Chinese through a ticket portal and an e-mail address monitored at all times, and shall name a technical account manager for Customer who holds a quarterly review of usage, incidents and planned API changes with Customer.

3. INTEGRATION SUPPORT

3.1 Provider shall provide integration support, consisting of a sandbox environment, technical workshops, review of Customer's integration design, and the development of a connector that maps Provider's event codes to Customer's own tracking status codes (the "Customer Connector").

3.2 Customer shall provide a test environment, sample data and a technical contact, and shall give Provider timely feedback on the integration design.

3.3 Provider shall deliver the Customer Connector and complete integration support within 45 days after signature.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance tests shall show that: (a) tracking events for a sample of 5,000 parcels across all carriers in the technical documentation are returned and mapped correctly by the Customer Connector; (b) median API response time is below 300 milliseconds over a 72-hour load test at Customer's expected peak volume; (c) address validation results agree with the reference set supplied by Customer; and (d) error handling and retry behaviour meet the technical documentation.

4.2 Customer shall confirm Integration Acceptance in writing within five working days after the tests are passed. Use of the sandbox or of the API for testing does not constitute acceptance.

4.3 If integration support is not completed by the date in Clause 3.3 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for Subscription Year 1, CNY 468,000; subscription fee for Subscription Year 2, CNY 468,000; integration support fee (one-time), CNY 42,000. The Total Contract Value is CNY 978,000, including VAT.

5.2 The integration support fee is payable within 30 days after Integration Acceptance. The subscription fee for each Subscription Year is payable in four equal quarterly instalments of CNY 117,000, each invoiced at the start of the relevant quarter and payable within 30 days.

5.3 API calls above the annual volume in Clause 2.2 are charged at CNY 22 per thousand calls, invoiced quarterly in arrears. Overage charges are not part of the Total Contract Value.

5.4 Fees are fixed for both Subscription Years.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.5% of each calendar month, measured at Provider's API gateway, excluding scheduled maintenance announced five days in advance.

6.2 Priority 1 incidents (the API is unavailable or returns errors for more than one in ten calls) shall be responded to within one hour, at any time, and Provider shall keep Customer informed every hour until resolution. Priority 2 incidents (degraded performance or delayed tracking events for one carrier) shall be responded to within three hours during Customer's business hours.

6.3 If monthly availability is below the commitment, Customer receives a service credit of 10% of that month's share of the subscription fee for each full 0.5 percentage point below the commitment, and 5% for each late Priority 1 response. Credits are deducted from the next instalment.

6.4 Provider shall publish a monthly availability and incident report to Customer.

7. CUSTOMER QUERY DATA

7.1 Customer Query Data belongs to Customer.

7.2 Provider shall process Customer Query Data to provide the API to Customer. In addition, Provider may use Customer Query Data in aggregated and de-identified form to improve its data products and to compile carrier performance statistics and benchmarks that Provider offers to other customers, during and after the term.

7.3 Provider shall not sell Customer Query Data in identifiable form and shall not use it to contact Customer's merchants or consignees.

8. DATA SECURITY

8.1 Provider shall protect Customer Query Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, logging of administrative access and annual penetration testing by an independent firm.

8.2 Personal information of consignees shall be processed only as needed to provide the API, shall be deleted within ninety days after each query unless Customer instructs otherwise, and shall be handled in compliance with the PRC Personal Information Protection Law and the cross-border transfer requirements applicable to Customer, which Provider shall assist Customer to meet.

8.3 Provider shall notify Customer within twenty-four hours after becoming aware of any breach affecting Customer Query Data, provide the information Customer needs for its own notifications, and is liable for the losses caused by its failure to comply with this Clause 8.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the API and Provider Data, subject to the rights granted in Clause 2.

9.2 The Customer Connector and any other code written by Provider specifically for Customer belong to Customer, which may use, modify and license them without restriction. Provider shall deliver their source code at Integration Acceptance.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party, including the terms of this Agreement, pricing and technical documentation, and use it only for this Agreement. This obligation survives for three years after the end of the term.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to two times the Total Contract Value, except for liability for breach of Clause 8 or Clause 10, fraud or wilful misconduct, which is not limited.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the operation of the API or any processing of Customer Query Data without Customer's prior written consent.

13. TERM AND TERMINATION

13.1 This Agreement begins on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. Customer may also terminate if monthly availability falls below the commitment in Clause 6.1 in any three months of a Subscription Year.

13.3 On termination by Customer, Provider shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties. It is made in English and Chinese, both versions being equally authentic.

15.2 Neither party may assign this Agreement without the prior written consent of the other party, except that either party may assign it to a successor to its business on written notice, provided the successor accepts all obligations under this Agreement.

15.3 Notices shall be given in writing to the addresses stated above or to another address notified by a party, and take effect on receipt.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets and labels

TARGETS = {
    "h972z01": ("h972z01_commerce_bureau_livestream_platform.pdf", "pdf", H972Z01),
    "h972z02": ("h972z02_foam_roller_line_control_retrofit.docx", "docx", H972Z02),
    "h972z03": ("h972z03_focus_training_chain_booking_saas.txt", "txt", H972Z03),
    "h972z04": ("h972z04_ground_fissure_monitoring_om_service.txt", "txt", H972Z04),
    "h972z05": ("h972z05_silver_studio_process_tracking_supplier_template.md", "md", H972Z05),
    "h972e01": ("h972e01_qms_perpetual_licence_indiana_vendor.pdf", "pdf", H972E01),
    "h972e02": ("h972e02_dealer_service_saas_order_form.md", "md", H972E02),
    "h972e03": ("h972e03_paper_mill_condition_monitoring_sensors.docx", "docx", H972E03),
    "h972e04": ("h972e04_dyeing_plant_managed_it_services.md", "md", H972E04),
    "h972e05": ("h972e05_parcel_tracking_data_api_subscription.txt", "txt", H972E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# design: language, category, the 19 terms in TERM_KEYS order, extra (sla_clause, ld_stated, capped | None,
# deemed, contract_value), fee base for TCO, forum outside mainland China, expected rules, price parts
DESIGN = {
    "h972z01": dict(lang="zh", cat="software",
                    terms=[None, 0.5, True, "buyer", True, True, False, 0.03, None, 20, True, True, 24, 8,
                           False, True, False, "PRC", G],
                    extra=(True, True, True, False, 1960000), base=780000, forum_out=False,
                    rules=["CR-CONFIDENTIALITY", "CR-LD-LOW"],
                    parts=[780000, 1026000, 118000, 36000], pay=[392000, 882000, 686000]),
    "h972z02": dict(lang="zh", cat="hardware",
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 26,
                           False, True, True, "PRC", G],
                    extra=(True, True, True, False, 1450000), base=1288000, forum_out=False,
                    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
                    parts=[416000, 104000, 276000, 156000, 48000, 288000, 96000, 54000, 12000],
                    pay=[290000, 725000, 362500, 72500]),
    "h972z03": dict(lang="zh", cat="cloud",
                    terms=[99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None,
                           True, True, False, "PRC", S],
                    extra=(True, True, None, False, 870000), base=None, forum_out=False,
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
                    parts=[40 * 9800, 40 * 9800, 86000], pay=None),
    "h972z04": dict(lang="zh", cat="services",
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                           False, True, False, "PRC", S],
                    extra=(True, True, None, False, 562000), base=None, forum_out=False,
                    rules=[],
                    parts=[248000, 136000, 96000, 82000], pay=[140500] * 4),
    "h972z05": dict(lang="zh", cat="software",
                    terms=[None, 8, False, "supplier", True, False, True, None, 25, 65, False, False, 6, None,
                           False, True, None, None, G],
                    extra=(True, False, False, True, 420000), base=168000, forum_out=False,
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                           "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
                           "CR-SLA-RESPONSE", "CR-WARRANTY"],
                    parts=[168000, 226000, 26000], pay=[273000, 147000]),
    "h972e01": dict(lang="en", cat="software",
                    terms=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11,
                           False, True, False, "Indiana", G],
                    extra=(True, True, True, False, 1680000), base=1240000, forum_out=True,
                    rules=["CR-GOVERNING-LAW"],
                    parts=[580000, 60 * 11000, 386000, 54000], pay=[336000, 756000, 588000]),
    "h972e02": dict(lang="en", cat="cloud",
                    terms=[99.95, 0.5, True, "buyer", False, True, True, 800 / 896000 * 100, 6 / 24 * 100, None,
                           True, None, None, None, False, True, False, "PRC", S],
                    extra=(True, True, None, False, 896000), base=None, forum_out=False,
                    rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
                    parts=[360 * 1150, 360 * 1150, 68000], pay=None),
    "h972e03": dict(lang="en", cat="hardware",
                    terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9,
                           False, True, False, "PRC", G],
                    extra=(True, True, True, False, 1708000), base=1503200, forum_out=False,
                    rules=[],
                    parts=[320 * 2650, 24 * 9800, 420000, 176000, 28800], pay=[170800, 939400, 597800]),
    "h972e04": dict(lang="en", cat="services",
                    terms=[None, None, False, "buyer", True, True, True, 2000 / 3238000 * 100, 150, None, True, None,
                           None, None, False, False, False, "PRC", S],
                    extra=(False, True, None, False, 3238000), base=None, forum_out=False,
                    rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
                    parts=[124000, 36 * 86500], pay=None),
    "h972e05": dict(lang="en", cat="cloud",
                    terms=[99.5, 1, True, "buyer", True, False, True, 900 / 978000 * 100, 200, None, True, None,
                           None, None, False, True, False, "PRC", S],
                    extra=(True, True, None, False, 978000), base=None, forum_out=False,
                    rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
                    parts=[468000, 468000, 42000], pay=[117000] * 8 + [42000]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h972z01": "medium", "h972z02": "high", "h972z03": "medium", "h972z04": "low", "h972z05": "high",
        "h972e01": "low", "h972e02": "high", "h972e03": "low", "h972e04": "high", "h972e05": "medium"}

# policy thresholds (defaults of the shipped pack, policy §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def label(key):
    d = DESIGN[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    sla, ld_stated, capped, deemed, value = d["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def tco_share(lab, base):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(lab, base, forum_out):
    """My reading of policy §3 (with its section on where rules apply)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
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
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(lab, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures in text

_PC = r"(?:%|％|\s*per\s*cent|\s*percent)"
PATTERNS = [
    r"99\.90*(?![\d])",                                            # availability
    r"(?<![\d.])4\s*-?\s*(?:个\s*)?(?:小时|hours?|hrs?(?![a-z])|h(?![a-z]))",  # P1 response
    r"(?<![-a-z])four[\s-]*hours?", r"(?<![二十])四\s*个?\s*小时",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五", r"千分之零点五", r"0\.5\s*‰",  # LD rate
    r"(?<![\d.,])100\s*" + _PC, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent", r"(?<![两二三四五六七八九十半])一倍",
    r"(?<![\d.,])30\s*" + _PC, r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?<![a-z])thirty\s*per\s*cent",
    r"(?<![\d.,])15\s*" + _PC, r"百分之十五", r"(?<![a-z])fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*" + _PC, r"百分之四十(?![一二三四五六七八九])", r"四成", r"(?<![a-z])forty\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*months?", r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![a-z])twelve[\s-]*months?",
    r"一年质保", r"质保期为?一年", r"one[\s-]*year\s*warranty",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "30 %", "百分之三十", "40%", "15 %", "15％", "100%", "100 per cent", "0.05%", "万分之五", "99.9%",
            "99.90%", "4小时", "4 hours", "4-hour", "four hours", "四小时", "12个月", "12 months", "12-month",
            "twelve months", "十二个月", "三成", "合同总价的一倍", "forty per cent", "质保期为一年"]
MUST_MISS = ["24小时", "24 hours", "twenty-four hours", "130%", "99.95%", "99.5%", "99.99%", "0.5%", "1.15%", "115%",
             "2027年12月31日", "140%", "14小时", "0.055", "百分之三十五", "两倍", "35%", "45%", "within 14 hours",
             "0.08%", "1,100%"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for rx in RX for m in rx.finditer(f)})


def read_back(path):
    ext = path.suffix
    if ext == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), "self-test must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "self-test must miss: %s -> %s" % (s, scan(s))

    office = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: TARGETS[k][2] for k in office}, office, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for key, (name, kind, src) in TARGETS.items():
        d = DESIGN[key]
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # prices and payments
        assert sum(d["parts"]) == x["contract_value"], key
        if d["pay"]:
            assert sum(d["pay"]) == x["contract_value"], (key, sum(d["pay"]))
        # no label value on a threshold
        for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                  "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            if t[k] is not None:
                assert abs(t[k] - TH[k]) > 1e-9, (key, k, t[k])
        rules, share = derive(lab, d["base"], d["forum_out"])
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        assert rules == lab["expected_rules"], (key, rules, lab["expected_rules"])
        assert risk(rules) == RISK[key], (key, risk(rules))
        covered |= set(rules)
        # lengths and threshold figures, as read back from the built file
        text = read_back(OUT / name)
        n = size(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        hits = scan(text)
        print("%-62s %-5s %5d  rules=%-2d risk=%-6s tco=%s hits=%s" % (
            name, d["lang"], n, len(rules), risk(rules), "-" if share is None else "%.2f" % share, hits))
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (name, n, lo, hi))
        if hits:
            problems.append("%s threshold figures %s" % (name, hits))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
    missing = set(SEVERITY) - covered
    print("rules covered: %d of %d; missing: %s" % (len(covered), len(SEVERITY), sorted(missing)))
    n_zero = [k for k in DESIGN if not DESIGN[k]["rules"]]
    assert len(n_zero) == 2 and {DESIGN[k]["lang"] for k in n_zero} == {"zh", "en"}, n_zero
    assert DESIGN["h972e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["h972z05"]["rules"]) <= 10
    assert not missing, missing
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
