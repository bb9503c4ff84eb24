"""holdout1099: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市住房和城乡建设局工程质量监督平台软件许可及定制开发采购合同
P:合同编号：ZJJ-ZF-2027-031　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：筑衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供工程质量监督平台软件许可（含监督计划、监督抽查、竣工验收监督、质量投诉、检测数据监管五个子系统），许可为永久许可，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求进行定制开发：与省工程建设项目审批管理系统、检测机构数据接口、施工图审查系统和全市视频监控平台的对接；移动端监督执法应用；监督工作量统计报表三十二张。
P:1.3 乙方负责平台部署、历史监督档案迁移（约四万六千项工程）及操作培训，并协助甲方完成平台上线前的网络安全等级保护测评准备工作和上线切换方案的编制。
H:第二条 合同价款
P:2.1 合同总价为人民币2,368,000元（大写：贰佰叁拾陆万捌仟元整），含税，为固定总价。
P:2.2 分项价格：平台软件许可1,180,000元；定制开发846,000元；实施部署及数据迁移258,000元；培训84,000元。
P:2.3 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即473,600元。
P:3.2 系统初验合格后十五个工作日内，甲方支付合同总价的45%，即1,065,600元。
P:3.3 系统最终验收合格后十五个工作日内，甲方支付合同总价的35%，即828,800元。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方付款以财政资金到位为前提，因财政审批程序延迟付款的，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署及全部定制功能开发，并提交初验申请。
P:4.2 乙方应提交需求规格说明书、设计说明书、接口文档、测试报告、用户手册、运维手册及定制部分全部源代码。
P:4.3 乙方应指派具有类似项目经验的项目经理一名，并保证开发、测试、实施人员不少于八人常驻甲方指定场所；项目经理未经甲方同意不得更换。乙方人员应遵守甲方的保密、考勤和信息安全管理制度。
P:4.4 甲方负责提供政务云资源、网络环境、业务需求确认和历史数据，并指定项目联系人。甲方提供条件迟延导致工期延误的，工期相应顺延。
P:4.5 乙方应按周提交项目进度报告，列明已完成工作、存在问题和下周计划；甲方有权对项目进度和质量进行检查，乙方应予配合。
H:第五条 验收
P:5.1 初验标准：全部功能与需求规格说明书逐项一致；四类外部接口联调成功，连续十个工作日数据交换无差错；历史档案迁移经甲方抽查核对一致；三百名用户并发时页面平均响应不超过两秒。
P:5.2 最终验收标准：初验后试运行三个月，期间无一级故障；通过第三方机构的安全测评及商用密码应用安全性评估；文档资料齐全。最终验收由甲方组织专家评审，出具书面验收报告。
P:5.3 系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可价格的9%（即不超过106,200元/年），且质保期满后三年内不上调。维护合同另行签订，不自动续期。
P:6.3 乙方应为甲方业务人员和系统管理员分别组织不少于四期集中培训，提供培训教材和操作视频，并对全市各区县监督站进行不少于一次的现场指导，确保相关人员能够独立操作和日常维护。
H:第七条 服务水平
P:7.1 平台在质保期及维护期内月可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或监督数据无法上报）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，一个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付1,000元；月可用率每低于承诺值0.01个百分点，扣减当期维护费2,000元。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的接口程序、移动端应用、统计报表及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可，无需另行付费。
H:第九条 数据安全
P:9.1 平台存储和处理的工程项目、监督记录、检测数据及相关个人信息均属于甲方所有。乙方仅为履行本合同目的接触上述数据，不得复制、留存或用于任何其他用途。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，通过甲方堡垒机进行运维操作，不得将数据导出至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行合同中知悉的甲方工作秘密、工程信息及网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权要求乙方退还已付款项并赔偿损失。
P:11.3 乙方违反第九条、第十条约定的，除赔偿甲方全部损失外，甲方有权视情节将有关情况报送财政部门处理。违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过六十日的，甲方有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、战争、疫情防控措施等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:15.2 不可抗力持续超过九十日致使合同目的无法实现的，双方均可书面通知解除合同，已完成部分按实际工作量结算。
H:第十六条 其他
P:16.1 合同履行期间，双方联系人、通讯地址变更的，应提前五个工作日书面通知对方。未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：LY-JG-2027-008
P:甲方：恒舒电动晾衣机制造有限公司
P:乙方：锐控自动化系统工程有限公司
P:甲方因产能提升需要，拟对其总装一线、总装二线、电机装配线及包装线共四条生产线的控制系统进行改造。经比选，甲方确定乙方为改造服务商。双方依据《中华人民共和国民法典》，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的改造：更换PLC及伺服控制系统，加装工业触摸屏、扭矩传感器、光电检测及扫码设备，部署产线数据采集软件，并开发产线控制程序和与甲方现有ERP的数据接口。
P:1.2 乙方应保证改造后各生产线节拍由每台四十八秒提升至每台三十六秒以内，且改造期间每条生产线停线时间不超过六个自然日。
P:1.3 改造后的控制系统应能够按产品型号自动调用工艺参数，记录每台晾衣机主机的电机序列号、扭矩曲线、检测结果和装配工位，实现从电机入库到成品包装的全程追溯，追溯数据保存期限不少于三年。
H:第二条 合同价格
P:2.1 合同总价为人民币2,280,000元（含13%增值税），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及伺服控制系统（含控制柜）|4条线|1,260,000
TB:2|工业触摸屏、传感器及扫码设备|1批|318,000
TB:3|产线数据采集软件许可（永久）|1套|286,000
TB:|设备及软件小计||1,864,000
TB:4|改造安装及调试|1项|236,000
TB:5|控制程序及ERP接口开发|1项|148,000
TB:6|操作及维修培训|1项|32,000
TB:|合计||2,280,000
P:2.2 上述价格包括设备、软件、运输、保险、安装调试、技术服务及税费。
P:2.3 因甲方书面提出的需求变更导致工作量增加的，双方按投标报价中的人天单价另行结算；未经甲方书面确认的变更，甲方不承担费用。乙方所供设备均应为全新原厂正品，并提供出厂合格证和检测报告。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款，即456,000元。
P:3.2 全部设备到货并经甲方签收后十日内，甲方支付合同总价的35%，即798,000元。到货签收仅为数量确认，不代表质量验收。
P:3.3 改造工程最终验收合格后十五日内，甲方支付合同总价的45%，即1,026,000元。
H:第四条 工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，七十五日内完成四条生产线的改造和调试，并具备验收条件。
P:4.2 每条生产线的停线改造时间由双方根据甲方生产计划书面确认，乙方应按确认的时间窗口施工。
P:4.3 乙方应在合同生效后十日内提交改造实施方案，内容包括设备选型清单、电气原理图、控制逻辑说明、停线切换计划、应急回退措施和人员安排，经甲方书面确认后实施。方案变更须经甲方同意。
P:4.4 乙方应指派一名具有自动化改造经验的项目经理全程负责，现场施工人员不少于六人。甲方设备部指定专人负责协调停线计划、提供现有设备图纸及ERP接口说明。
P:4.5 改造施工期间，乙方应做好现场防护，施工结束后清理现场，拆下的旧控制柜、旧线缆按甲方要求移交甲方仓库。
H:第五条 验收
P:5.1 每条生产线改造完成后，经七十二小时连续带料试运行，符合以下标准的，视为该线初验合格：生产节拍达到第1.2条要求；扭矩检测、光电检测及扫码追溯功能全部正常；数据采集软件与ERP的工单、产量数据一致；无影响生产的控制故障。
P:5.2 四条线均初验合格并稳定运行三十日后，由甲方组织最终验收，出具书面验收报告。设备安装完成或投入生产使用均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 设备及软件的免费质保期为十八个月，自最终验收合格之日起计算。质保期内设备硬件故障免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件更换、程序优化和远程支持。年维保费按设备及软件小计的28%计取，即每年521,920元，在甲方续签维保期间不作调整。
P:6.3 一级故障（生产线停线）乙方应在1小时内响应，6小时内到场；二级故障（单个工位功能异常）2小时内响应，次日到场。
P:6.4 乙方响应或到场超时的，每超时一小时向甲方支付800元；因乙方原因造成停线超过二十四小时的，每超过一小时另行支付2,000元。
P:6.5 乙方应在质保期内于甲方厂区存放常用备品备件，包括伺服驱动器、PLC输入输出模块、触摸屏及扫码枪，备件清单作为本合同附件。备件消耗后乙方应在七日内补齐。
P:6.6 乙方应对甲方设备维修人员进行不少于三次的集中培训，内容包括控制柜日常点检、伺服参数备份与恢复、常见故障判断，培训结束后经考核合格的人员应能独立完成一般故障处理。
H:第七条 知识产权
P:7.1 乙方为本项目开发的PLC控制程序、触摸屏组态画面、ERP接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 数据采集软件的著作权归原权利人，乙方保证甲方获得永久使用许可，且不侵犯第三方权利。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、产品追溯数据均属于甲方所有。乙方仅为改造和维保目的使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的远程接入通道进行，操作全程记录。乙方应采取访问控制和防病毒措施，防止数据泄露或被篡改。发生安全事件的，乙方应在2小时内通知甲方；因乙方原因造成损失的，由乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的工艺文件、产品图纸、产能数据及经营信息负有保密义务，保密期限为合同终止后三年。
P:9.2 乙方不得以任何形式将甲方生产线改造情况、设备布局照片用于宣传或案例展示，但经甲方书面同意的除外。乙方人员离开项目的，乙方应确保其继续履行保密义务。
H:第十条 违约责任
P:10.1 乙方逾期完成改造或逾期通过验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方施工原因造成甲方停线超出约定时间的，乙方还应赔偿甲方的直接停产损失。
P:10.3 乙方违反第八条、第九条约定的，应赔偿甲方因此遭受的全部损失，包括甲方为处理安全事件支出的合理费用。
H:第十一条 分包
P:11.1 乙方可将控制柜安装、线缆敷设等施工作业委托第三方施工队完成，但应在施工前书面告知甲方施工队名称及人员名单。乙方对施工队的工作质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产制度，特种作业人员应持证上岗。因乙方原因发生安全事故的，由乙方承担责任。
H:第十四条 不可抗力
P:14.1 因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """门店预约及会员管理SaaS服务合同

合同编号：CY-SaaS-2027-015
甲方：财衍理财培训连锁管理有限公司
乙方：约客云科技有限公司

甲方在全国经营三十家理财知识培训门店，为统一课程预约、会员管理和门店运营，甲方采购乙方的门店预约及会员管理SaaS服务及实施服务。双方根据《中华人民共和国民法典》等法律法规，经协商一致订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方向甲方三十家门店及总部开通门店预约及会员管理SaaS平台，包括课程排期、线上预约、签到核销、会员等级与积分、储值卡管理、讲师排班、营销活动和经营报表等功能。
2. 总部管理模块支持跨门店会员数据汇总、统一定价及课程包管理，账号数量不限。
3. 乙方负责平台的运行维护、版本升级和数据备份，平台部署于中国境内的云服务器，乙方应保证数据库每日全量备份、每小时增量备份，备份数据保存三十日。
（二）实施服务
1. 乙方负责平台初始化配置、三十家门店的课程和会员数据迁移、与甲方微信小程序及支付通道的对接开发。
2. 乙方为门店店长、前台和讲师提供线上及线下培训，线下培训按华东、华南、华北三个区域集中组织，每个区域不少于两场，并提供操作视频和常见问题手册，供新入职员工自学使用。
3. 对接开发形成的小程序页面、接口程序及配置文档，知识产权归甲方所有，甲方可自行修改或交由第三方维护。平台本身的知识产权仍归乙方。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自平台上线验收合格之日起算，第二服务年度紧接第一服务年度。
（二）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可多次发生。续期服务费由乙方根据其届时公布的价目表确定，乙方有权在续期时上调服务费，甲方不得以此为由拒绝续期费用。

三、费用及支付
（一）费用构成
1. 门店订阅费：每家门店每服务年度9,800元，三十家门店合计每服务年度294,000元。
2. 总部管理模块费：每服务年度86,000元。
3. 实施费：一次性128,000元。
4. 两个服务年度合同总金额为888,000元（含税）。
（二）支付方式
1. 实施费在平台上线验收合格后十五日内一次性支付。
2. 门店订阅费及总部管理模块费按季度支付，每季度首月十日前支付当季费用95,000元。
3. 乙方应在收款前开具增值税专用发票。
（三）甲方新增门店的，按新增门店实际开通月数折算订阅费，单价不变；甲方关闭门店的，自关闭次月起停止计收该门店订阅费。
（四）除本合同列明的费用外，短信通知费按实际发送量由甲方另行充值，乙方不得收取其他任何费用。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作，具备上线条件。
（二）验收标准：全部功能与需求清单一致；三十家门店会员及储值数据迁移后与原系统核对无差异；小程序预约、支付及退款流程测试通过；平台在两百家门店并发压力测试下，预约提交响应时间不超过两秒；连续十个营业日运行无一级故障。
（三）甲方应在收到验收申请后七个工作日内组织验收，出具书面验收报告。门店开始使用不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新提交验收，整改期间不计入服务年度。经两次整改仍不合格的，甲方有权解除本合同，乙方应退还已收取的全部款项。
（五）乙方应提交实施文档，包括系统配置说明、数据迁移报告、接口说明、门店操作手册和管理员手册。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前三日通知甲方。
（二）一级故障（平台无法登录、预约或支付中断）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，一个工作日内解决；一般问题当日答复。
（三）月可用率低于承诺值的，每低0.1个百分点，乙方按当月服务费的3%向甲方提供服务抵扣；一级故障恢复超时的，每超时一小时抵扣当月服务费的1%，单月抵扣合计不超过当月服务费的一半。

六、数据权利与数据安全
（一）甲方及其会员在平台中产生的会员信息、预约记录、消费记录、储值数据等业务数据归甲方所有。
（二）乙方有权在去除个人身份标识后，将上述数据汇总用于行业经营分析、产品功能优化及向其他客户提供的行业对标报告，该权利在本合同终止后继续有效。
（三）乙方应依照《个人信息保护法》《数据安全法》建立数据安全管理制度，对会员个人信息加密存储，实行最小权限访问和操作日志留存，每日备份数据。发生数据泄露等安全事件的，乙方应在2小时内通知甲方，并承担因其过错造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部业务数据，并在返还后删除其系统中的甲方数据。

七、双方的其他权利义务
（一）甲方应指定总部项目负责人及各门店联系人，按时提供门店清单、课程资料、会员历史数据和小程序开发账号，并对乙方提交的配置方案在五个工作日内书面确认。
（二）甲方应妥善保管平台管理员账号和密码，因甲方账号管理不当造成的损失由甲方自行承担。
（三）乙方应为甲方配备专属客户成功经理和七乘二十四小时服务热线，每季度向甲方提交服务报告，内容包括可用率统计、故障处理记录、功能更新说明及门店使用情况分析。
（四）乙方进行重大版本升级的，应提前十五日通知甲方，并保证升级不影响甲方已有数据和已配置的业务流程。
（五）乙方应保证平台符合网络安全等级保护第二级要求，并每年向甲方提供一次第三方安全评估报告摘要。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而免除。

九、违约责任
（一）乙方未按期完成实施工作的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）乙方违反数据安全义务的，应赔偿甲方全部损失。
（三）因乙方原因导致会员储值数据错误的，乙方应在二十四小时内核查纠正，并承担甲方因此向会员作出补偿的费用。

十、分包
乙方不得将本合同项下的实施服务转包或分包。确需由第三方提供部分服务的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权书面通知解除合同。
（二）平台连续两个月月可用率低于承诺值的，甲方有权解除合同，乙方应退还未履行期间的服务费。

十二、不可抗力
因不可抗力或基础电信运营商、云服务商大范围故障导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，相应期间不计入可用率考核，但乙方应在条件恢复后尽快恢复服务。

十三、法律适用和争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交甲方所在地人民法院诉讼解决。

十四、其他
本合同附件包括功能清单、门店清单、实施计划和服务水平说明，与本合同具有同等效力。附件与正文不一致的，以正文为准。未尽事宜由双方另行签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z04 = """城市管理局户外广告监测系统年度运维服务合同
（竞争性磋商）

项目编号：CGJ-CS-2027-006
采购人（甲方）：某市城市管理局
供应商（乙方）：睿城数智运维服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，经双方协商，订立本合同。

第一章 服务范围与期限
第一条 服务对象为甲方户外广告监测系统，包括监测管理平台、视频智能识别模块、前端监测摄像机三百一十二路、广告牌倾角及风压传感器八百六十个、边缘计算网关四十六台及相关网络链路。
第二条 服务内容：
（一）驻场运维：乙方派驻两名运维工程师在甲方指挥中心驻场，工作日八点半至十八点在岗，节假日及夜间安排人员值守和远程支持；
（二）系统巡检与优化：平台每日巡检，检查服务器资源、数据库运行、存储容量及告警推送情况；前端设备每月巡检一次，检查镜头清洁、立杆稳固、供电和网络连接情况；每季度开展一次识别模型效果评估和参数优化；
（三）前端设备维护：前端设备故障的诊断、维修及备品备件更换，备件费用包含在服务费内；
（四）安全加固与应急保障：配合等级保护测评整改，在重大活动和台风等恶劣天气期间提供现场应急保障；
（五）配合甲方开展户外广告设施安全专项检查，按甲方要求导出监测数据统计报表，协助甲方处理市民投诉中涉及系统数据的核查工作。
第三条 服务期限自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期。
第四条 乙方驻场工程师应具备系统集成或网络运维相关专业资格，熟悉视频监控、物联网传感设备和Linux系统运维，名单及资格证明在合同签订后五日内报甲方备案。乙方另应指定一名项目负责人，负责运维工作的统筹协调，每月参加甲方组织的运维例会。
第五条 甲方负责提供驻场办公场所、网络接入及必要的系统账号，向乙方移交现有设备台账、系统文档和上一服务期的运维资料，并指定专人对接乙方工作。

第二章 服务费用及支付
第六条 服务费总额为人民币698,000元，其中驻场运维384,000元，系统巡检与优化126,000元，前端设备维护及备件148,000元，安全加固与应急保障40,000元。
第七条 服务费按季度支付。每季度结束后，甲方按第四章进行季度考核，考核完成后十五个工作日内支付当季服务费174,500元，扣除考核扣款后的余额为实付金额。
第八条 本合同不设预付款。甲方付款前，乙方应提交季度服务报告和合法发票。

第三章 服务水平
第九条 监测管理平台月可用率不低于99.95%，前端设备月在线率不低于98%。计划内维护应在夜间进行并提前两个工作日报甲方同意，经批准的计划内维护时间不计入不可用时间。
第十条 故障分级及响应：
（一）一级故障：平台整体瘫痪或超过五十路视频离线，乙方应在30分钟内响应，2小时内到场，6小时内恢复；
（二）二级故障：单个功能模块异常或十路以上设备离线，1小时内响应，12小时内修复；
（三）三级故障：单台设备故障或一般咨询，24小时内修复或答复，需返厂维修的应使用备件先行替换。
第十一条 乙方每月5日前提交上月运维月报，内容包括可用率、设备在线率、故障处理记录、告警统计和改进建议。
第十二条 前端设备因交通事故、施工或人为破坏损坏的，乙方应在二十四小时内到场处置、拍照取证并报告甲方，需整机更换且超出备件范围的，由乙方提出方案报甲方确认后实施，费用另行核定。
第十三条 乙方应建立运维知识库和设备台账，台账内容包括设备编号、安装位置、型号、安装日期、维修记录和备件更换记录，每季度更新并报甲方核对。

第四章 考核与验收
第十四条 季度考核由甲方按附件考核细则进行，考核指标包括平台可用率、设备在线率、故障响应及修复时效、巡检完成率、文档完整性。
第十五条 考核扣款：平台月可用率每低于承诺值0.01个百分点扣款500元；一级故障响应或恢复超时的，每超时一小时扣款1,000元；二级故障修复超时的，每超时一小时扣款300元；未按期提交月报的，每次扣款500元。
第十六条 甲方在季度考核中发现问题的，应书面通知乙方，乙方应在五个工作日内提交整改报告。乙方对考核结果有异议的，可在收到考核结果后三个工作日内提出复核申请，甲方应在五个工作日内答复。
第十七条 服务期满后，甲方组织年度验收，验收标准为：全年各季度考核得分均不低于八十分；设备台账与现场一致；运维文档、巡检记录、故障工单齐全；系统各项功能正常且完成移交。年度验收报告由甲方出具。

第五章 数据安全与保密
第十八条 系统采集的图像、视频、广告设施档案、执法线索及相关个人信息均属于甲方所有。乙方仅为运维目的接触，不得复制、下载、留存，不得用于本合同以外的任何目的。
第十九条 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作通过甲方堡垒机进行并全程审计，禁止使用未经甲方批准的移动存储介质。发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合调查处置；因乙方原因造成的损失，乙方承担全部赔偿责任。
第二十条 乙方及其人员对在服务中知悉的甲方工作秘密、执法信息和系统配置负有保密义务，应签署保密承诺书。保密义务不因合同期满而终止。
第二十一条 运维期间乙方编写的巡检脚本、配置文档、优化后的识别参数及运维知识库，其知识产权归甲方所有。

第六章 违约责任
第二十二条 乙方未按期完成季度巡检、设备整改或识别模型优化任务的，每逾期一日，按服务费总额的万分之二向甲方支付违约金。
第二十三条 乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣款800元。
第二十四条 乙方违反第五章约定的，应赔偿甲方全部损失，并按政府采购相关规定处理。

第七章 其他约定
第二十五条 乙方不得将本项目转包或分包。前端设备的原厂维修由乙方送修，乙方对送修期间的设备安全和数据清除负责。
第二十六条 乙方人员在服务过程中发生人身伤害的，由乙方自行负责。乙方人员进行高处作业的，应持有相应作业证书并采取安全防护措施，遵守道路交通管理规定，设置警示标志。
第二十七条 因不可抗力导致本合同不能履行的，受影响一方应在三日内通知对方并提供证明，在不可抗力影响范围内双方互不承担责任。不可抗力消除后，乙方应尽快恢复运维服务。
第二十八条 服务期满，乙方应在十五日内向甲方或甲方指定的后续服务单位完成全部资料、账号、备件及工作的移交，并提供为期三十日的过渡期技术支持。移交清单应包括设备台账、备件清单、系统账号及权限清单、网络拓扑、配置备份、运维知识库和未关闭工单，经甲方签字确认后视为移交完成。
第二十九条 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
第三十条 磋商文件、响应文件、成交通知书及附件考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

Z05 = """# 织迹工序追踪软件销售及定制开发合同

（织迹软件标准合同文本 V3.0）

合同编号：ZJ-XS-2027-0219

甲方（买方）：棉麻时光布艺工作室
乙方（卖方）：织迹软件科技有限公司

甲方为管理窗帘、沙发套、桌布等布艺定制产品的生产工序，向乙方购买织迹工序追踪软件并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供织迹工序追踪软件标准版一套（永久许可，含二十个用户账号），功能包括订单录入、工序派工、扫码报工、工时统计、库存领料和交期预警。

1.2 乙方根据甲方需求进行定制开发：订单排程看板、裁剪工单自动生成、面料损耗核算、成品二维码追溯页面，以及与甲方网店后台的订单同步接口。

1.3 乙方负责软件安装部署、基础数据初始化和一次集中操作培训。培训时间为半天，培训对象为甲方管理人员及各工序组长，人数不超过十五人。

1.4 乙方交付的软件为乙方当期发布的版本。乙方对软件的后续版本规划、功能调整和界面变化享有决定权，免费售后服务期内的版本升级由乙方统一推送。

## 第二条 合同金额

2.1 合同总金额为人民币420,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工序追踪软件标准版许可 | 168,000 |
| 2 | 定制开发（排程看板、裁剪工单、损耗核算、追溯页面、订单同步接口） | 214,000 |
| 3 | 安装部署及培训 | 38,000 |
| | 合计 | 420,000 |

2.2 扫码枪、标签打印机、平板电脑等硬件由甲方自行采购，乙方可协助选型，但不对第三方硬件的质量负责。

2.3 上述金额不包括短信服务、云服务器租用、第三方电子面单接口等费用，如甲方需要，由甲方另行向相关服务商购买。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的55%，即231,000元，乙方收到款项后开始开发工作。

3.2 软件安装完成并上线运行后五个工作日内，甲方支付剩余45%，即189,000元。

3.3 乙方在收到每笔款项后开具发票。甲方未按时付款的，乙方有权暂停开发、实施及技术支持工作，由此造成的工期延误由甲方负责。

## 第四条 交付

4.1 乙方在收到首付款后六十个工作日内完成定制开发和安装部署。如甲方需求发生变化或未及时提供资料，交付时间相应顺延。

4.2 乙方交付内容为软件安装程序、用户账号及操作说明书。定制开发部分以运行程序形式交付，不提供源代码。

4.3 甲方应在合同签订后五个工作日内向乙方提供工序流程说明、产品分类、面料编码规则、员工名单及网店后台接口权限，并指定一名联系人负责需求确认。甲方提供的资料不完整或不准确的，由此产生的返工及延误由甲方承担。

4.4 定制开发需求以双方确认的《需求确认单》为准。《需求确认单》签字后，甲方提出新增或修改需求的，乙方有权另行收取费用，费用标准为每人天2,800元，交付时间相应顺延。

4.5 软件运行所需的服务器或电脑、网络环境、操作系统和数据库由甲方自行准备，并应满足乙方提供的配置要求。因甲方运行环境不符合要求导致软件无法正常使用的，乙方不承担责任。

## 第五条 验收

5.1 软件安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可以通过技术支持渠道反馈，乙方将在后续版本中予以改进。甲方不得以个别功能尚待完善为由拒绝或迟延支付合同款项。

5.3 甲方开始使用软件录入订单或安排生产的，视为甲方已确认软件符合本合同约定。

## 第六条 售后服务

6.1 乙方提供六个月免费售后服务期，自软件上线运行之日起计算。免费售后服务期内，乙方通过电话、微信或远程方式提供技术支持，并免费修复软件缺陷。

6.2 乙方技术支持时间为工作日九点至十七点半，乙方将尽力及时处理甲方反馈的问题。

6.3 免费售后服务期内，因甲方误操作、擅自修改数据库、电脑病毒或运行环境变化导致的问题，不属于免费服务范围，乙方可按每人天2,800元收费。乙方上门服务的，差旅费由甲方承担。

6.4 免费售后服务期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应购买乙方年度服务，年度服务费按乙方届时公布的服务价格标准执行。

## 第七条 知识产权

7.1 织迹工序追踪软件及乙方为本合同定制开发的全部功能、程序、页面和文档，其著作权及其他知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

7.3 甲方账号数量超过二十个的，每增加一个账号按乙方报价另行购买。甲方不得将账号转借给工作室以外的人员使用。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、客户、生产及库存数据归甲方所有，乙方不得用于本合同以外的用途。

8.2 乙方在部署和远程维护中接触甲方数据时，应采取账号权限控制、数据传输加密和操作留痕等安全措施，不得擅自下载或留存甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，并对甲方的直接损失承担赔偿责任。

8.3 合同终止后，甲方可在三十日内自行导出其数据，逾期未导出的，乙方不负责保存。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密、客户资料和技术信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

9.2 甲方不得向第三方披露本合同价格、乙方软件的功能设计、操作界面和技术文档。乙方可将甲方名称和标识作为客户案例用于市场宣传，甲方书面反对的除外。

## 第十条 责任限制

10.1 乙方保证软件主要功能与产品说明书一致。因软件缺陷给甲方造成损失的，乙方负责修复缺陷。

10.2 在任何情况下，乙方在本合同项下对甲方承担的赔偿责任总额不超过合同总金额的20%，且乙方不对甲方的利润损失、停工损失、数据损失等间接损失承担责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

11.3 合同解除后，甲方应停止使用定制开发部分，乙方可关闭甲方的相应功能模块；已上线的标准版软件甲方可继续使用。

## 第十二条 不可抗力

12.1 因自然灾害、政府行为、网络运营商故障、第三方平台接口调整等乙方无法控制的原因导致本合同不能按约履行的，乙方不承担责任，履行期限相应顺延。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份，具有同等法律效力。双方往来的电子邮件、微信确认记录可作为本合同的补充文件。

14.2 本合同未尽事宜，以乙方官网公布的《织迹软件用户服务协议》为准。

甲方（签章）：　　　　　　　　乙方（签章）：

签订日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KMS-CN-2027-04
P:This Agreement is made between Qingdao Haiyue Food Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Headfort Maintenance Systems Limited, a company incorporated in Ireland with its registered office at Headfort Place, Kells, County Meath, Ireland (the "Vendor").
P:The Customer operates three food-processing plants and wishes to plan and record the maintenance of its production equipment with the Vendor's Asset Maintenance Planner software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Asset Maintenance Planner, version 8, in object code, including the mobile work-order application and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, data-conversion programs and documents created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software by or for the Customer, including equipment records, work orders, spare-parts stock and personal information of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in China for up to 180 named users and unlimited read-only users, at all its plants and at any future plant of the Customer or its affiliates in China.
P:2.2 The Vendor shall install the Software on the Customer's servers, configure the asset hierarchies and maintenance plans of the three plants, convert about 14,000 equipment records and the existing work-order history from the Customer's spreadsheets, and build interfaces to the Customer's ERP system (purchase requisitions and spare-parts stock) and to its energy-metering system.
P:2.3 The Vendor shall develop 26 maintenance reports and two management dashboards agreed in the functional specification, and shall train 24 key users and six system administrators at the Customer's premises in Qingdao.
P:2.4 Within ten working days after signature, the Vendor shall submit a project plan naming its project manager, consultants and developers, the milestones of Article 5 and the information and resources the Customer must provide. The Vendor shall not replace its project manager without the Customer's consent and shall report progress to the Customer every week in writing.
P:2.5 The Vendor shall deliver the user manual, administrator manual, interface specifications, test scripts and the source code of all Custom Deliverables in Chinese and English.
H:Article 3 Price
P:3.1 The total price is CNY 1,860,000, inclusive of all taxes payable in China, and consists of: Software licence fee CNY 1,420,000; configuration, data conversion and interfaces CNY 386,000; training and documentation CNY 54,000.
P:3.2 The price is fixed. Travel and accommodation of the Vendor's staff are included. Any change requested by the Customer in writing shall be priced at the day rates in the Vendor's tender and agreed in a change order before work begins.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total price within 30 days after the Software has been installed and the Installation Certificate has been signed. Signature of the Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's authorised collection agent in China named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and be ready for acceptance testing within 110 days after signature.
P:5.2 The acceptance tests shall show that: every function in the functional specification works as described; the converted equipment records reconcile with the source spreadsheets by record count and by a sample check of 500 records chosen by the Customer; both interfaces exchange data without error for 15 consecutive working days; the mobile application works offline and synchronises within two minutes of reconnecting; and 120 concurrent users receive screen responses within three seconds.
P:5.3 After successful tests, the Software shall run in production for 45 days without a Severity 1 fault. The Customer shall then issue a written Final Acceptance certificate. Use of the Software in production before that date is not acceptance.
P:5.4 If a test fails, the Vendor shall correct the fault and repeat the test within ten working days at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance. During this warranty period the Vendor shall correct all faults and supply all updates and new versions free of charge.
P:6.2 Severity 1 faults (the Software is unavailable at a plant, or work orders cannot be created) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 faults shall be responded to within three hours and resolved within two working days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or resolution time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the warranty period, the Vendor shall offer annual support at 11% of the Software licence fee (CNY 156,200 per year). This fee is fixed for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall defend and indemnify the Customer against any infringement claim.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or transfer it for any other purpose.
P:8.2 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law. Remote access to the Customer's servers requires the Customer's approval for each session, takes place through the Customer's VPN with multi-factor authentication and is logged. No Customer Data may be transferred outside China.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours, cooperate in its investigation and remedy it, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to meet the dates in Article 5.1 or fails to achieve Final Acceptance within 200 days after signature, it shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to infringement claims, breach of Articles 8 and 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work that has not been accepted, and the licence in Article 2.1 continues for any Software already paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Ireland.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Dublin, Ireland, under the Arbitration Rules of the International Chamber of Commerce, by one arbitrator. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the delay. If force majeure continues for more than 60 days, either party may terminate this Agreement by written notice.
P:14.2 This Agreement, with its Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

E02 = """# Order Form — InspectaCloud Subscription

**Order Form No.:** MB-OF-2027-0112

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1 Parties

- **Provider:** Mercury Bay Quality Software Limited, a New Zealand company, Albert Street, Whitianga 3510, New Zealand.
- **Customer:** Hangzhou Jinshuo Apparel Export Co., Ltd., a company incorporated in the People's Republic of China, Xiaoshan District, Hangzhou, Zhejiang Province.

### A2 Subscribed Service

InspectaCloud, a web and mobile platform for factory quality inspections of garments: inspection planning, AQL sampling plans, photo defect capture on tablets, inspection reports for buyers, supplier scorecards and corrective-action tracking. The Service is hosted in the Alibaba Cloud Shanghai region.

### A3 Subscription Term

Twenty-four (24) months from the Go-Live Date, divided into two Subscription Years. The Go-Live Date is the date the Customer signs the Go-Live certificate under B3. The Agreement does not renew automatically. Any renewal requires a new Order Form; the Provider shall offer a renewal at the same fees as in A4 if the Customer asks for it at least 60 days before the end of the term.

### A4 Fees

| Item | Basis | Per Subscription Year (CNY) | Total (CNY) |
|---|---|---|---|
| Platform fee (all modules, Shanghai hosting) | fixed | 186,000 | 372,000 |
| User subscriptions | 420 users × CNY 520 | 218,400 | 436,800 |
| Onboarding (configuration, supplier import, training) | one-time | — | 72,000 |
| **Total contract value** | | | **880,800** |

Fees are in CNY and include VAT. Additional users may be added at CNY 520 per user per Subscription Year, prorated by month; usage above the subscribed users is not included in the total above.

### A5 Invoicing and Payment

- The onboarding fee is invoiced after the Go-Live Date and paid within 30 days of invoice.
- Subscription fees for each Subscription Year are invoiced in four equal quarterly instalments (CNY 101,100 each) at the start of each quarter and paid within 30 days of invoice.
- No amount is payable before the Go-Live Date.
- Invoices are issued as Chinese VAT invoices by the Provider's reseller, Hangzhou Yunjian Information Technology Co., Ltd., which collects the fees on the Provider's behalf.

### A6 Key Contacts and Special Conditions

- Customer project lead: Quality Director, Hangzhou head office. Provider project lead: Customer Success Manager, Asia-Pacific.
- The Provider shall complete onboarding and make the Service ready for Go-Live within 50 days after signature of this Order Form.
- The Provider's hosting subcontractor is Alibaba Cloud (Shanghai region), which the Customer approves by signing this Order Form.

## Part B — General Terms

### 1. The Service

1.1 The Provider shall provide the Service described in A2 to the Customer's authorised users for the Subscription Term, in accordance with the documentation and this Agreement.

1.2 The Provider may improve the Service from time to time, provided that no update materially reduces its functions, security or performance. The Provider shall notify the Customer of material changes at least 30 days in advance.

1.3 The Customer shall keep user credentials secure, ensure that users comply with this Agreement and notify the Provider promptly of any unauthorised use.

### 2. Onboarding

2.1 Onboarding includes: configuration of the Customer's product categories, defect library and AQL plans; import of about 160 supplier factories and their contacts; single sign-on with the Customer's directory; an interface that sends inspection results to the Customer's order-management system; and training of 30 key users and 6 administrators in Hangzhou.

2.2 The Customer shall provide the data, access and staff reasonably needed for onboarding and shall review the configuration within five working days after each request.

### 3. Go-Live Acceptance

3.1 The Provider shall notify the Customer when the Service is ready for Go-Live testing.

3.2 The Customer shall test the Service within ten working days. The Service passes if: all functions in A2 work as documented; supplier data imported matches the Customer's source list by count and by a sample of 50 records; the interface to the order-management system transfers inspection results without error for five consecutive working days; tablet inspection reports can be created offline and synchronise within five minutes; and pages load within three seconds for 200 concurrent users.

3.3 If the Service passes, the Customer shall sign a Go-Live certificate. If it fails, the Provider shall fix the defects and the Customer shall repeat the test. Use of the Service by the Customer's users during testing is not acceptance.

3.4 If the Go-Live Date is later than the date in A6 for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

### 4. Service Levels

4.1 The Provider shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable, or inspection reports cannot be created or sent) shall be responded to within one hour, 24 hours a day, and the Provider shall work continuously until they are resolved. Priority 2 incidents shall be responded to within three business hours and Priority 3 incidents within one business day.

4.3 The Provider shall report monthly availability and incident statistics to the Customer through the administrator console.

4.4 The Provider will use commercially reasonable efforts to restore the Service as quickly as possible after any incident. The remedies for failures to meet the levels in this Section are limited to those efforts; no service credits, fee reductions or other compensation apply.

### 5. Customer Data

5.1 "Customer Data" means all data, photos, reports and files submitted to or generated in the Service by or for the Customer, including personal information of the Customer's staff and suppliers. Customer Data belongs to the Customer.

5.2 The Provider shall process Customer Data only to provide the Service under this Agreement and on the Customer's documented instructions, and shall not use it for any other purpose, including analytics or benchmarking for other customers.

5.3 Customer Data is stored in mainland China and is not transferred outside China. The Provider's New Zealand support staff may access the production environment only on a Priority 1 incident, with the Customer's approval for each session, and without exporting Customer Data.

### 6. Data Security

6.1 The Provider shall maintain technical and organisational security measures appropriate to the risk, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging and daily backups kept for 30 days, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it and cooperate with the Customer and the authorities. The Provider is liable for losses caused by its breach of this Section.

6.3 Within 30 days after the end of the Agreement, the Provider shall return all Customer Data in a commonly used format and then delete it, and shall confirm the deletion in writing.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service and its underlying software.

7.2 Configurations, report templates, defect libraries and interface specifications created for the Customer belong to the Customer, which may use, modify and share them without restriction, also with other service providers.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Agreement.

### 9. Subcontracting

9.1 Apart from the hosting subcontractor named in A6, the Provider shall not subcontract any part of the Service without the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by the Customer under this Order Form in the six (6) months preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to death or personal injury caused by negligence or to fraud.

### 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 On termination for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 13. General

13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Notices must be in writing and sent to the contacts in A6 by email with confirmation of receipt.

13.3 This Agreement is the parties' entire agreement on its subject matter and may be amended only in writing signed by both parties.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________
"""

E03 = """T:Supply Contract for Cold-Store Sensors and Monitoring Software
P:Contract No. GZHX-PUR-2027-022 (Buyer's standard form)
P:Buyer: Guangzhou Huaxian Fresh Fruit Import and Cold Chain Co., Ltd., Nansha District, Guangzhou, Guangdong Province, People's Republic of China.
P:Supplier: Bay of Islands Sensing Limited, a New Zealand company, Kerikeri Road, Kerikeri 0230, New Zealand.
P:The Buyer imports kiwifruit, apples and citrus and stores them in controlled-atmosphere cold rooms at two warehouses in Guangzhou. The Buyer has selected the Supplier, after comparison of three offers, to supply wireless sensors, gateways and monitoring software and to install and commission them. The parties agree as follows.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 8.
P:1.3 "Integration Work" means the interface between the Software and the Buyer's warehouse management system (WMS) and the alarm notification set-up described in Annex 1.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 5.4.
P:1.5 This Contract consists of these clauses, Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan). If they conflict, these clauses prevail.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following items at the following fixed prices, inclusive of all taxes, duties, freight and insurance to the Buyer's warehouses:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67|640|1,150|736,000
TB:2|Cellular and LoRa gateway with battery backup|48|6,500|312,000
TB:3|ColdWatch monitoring software, perpetual licence, unlimited users|1|398,000|398,000
TB:|Hardware and Licence Subtotal|||1,446,000
TB:4|Installation, calibration and commissioning|1 lot|164,000|164,000
TB:5|Integration Work (WMS interface, alarms)|1 lot|118,000|118,000
TB:6|Training and documentation|1 lot|22,000|22,000
TB:|Contract Price|||1,750,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a complete, working system, including mounting materials, cabling for gateways, configuration and travel.
P:2.3 Each sensor shall measure temperature within ±0.2 °C and relative humidity within ±2% RH, report every five minutes and run on its battery for at least three years at that interval.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the two warehouses within 50 days after signature and complete installation and commissioning within 80 days after signature.
P:3.2 Installation shall be carried out in agreed time windows so that cold-room operations are not interrupted. The Supplier's staff shall follow the Buyer's site safety, hygiene and cold-room entry rules.
P:3.3 Title and risk in the Equipment pass to the Buyer when it is delivered and signed for at the warehouse. Signature for delivery confirms quantity and visible condition only and is not acceptance.
P:3.4 The Supplier shall train 16 warehouse supervisors and four IT administrators at each warehouse in the use, alarm handling, battery replacement and basic troubleshooting of the system, and shall provide user and administrator manuals in Chinese. The Supplier shall also provide as-installed drawings showing the position, identifier and cold room of every sensor and gateway.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 175,000) within 20 days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank in China for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 962,500) within 20 days after all Equipment has been delivered and installed.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 612,500) within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY against valid VAT invoices issued by the Supplier's appointed importer of record in Guangzhou.
H:5. Acceptance
P:5.1 After commissioning, the Supplier shall carry out the tests in Annex 2 in the Buyer's presence.
P:5.2 The tests shall show that: every sensor reports to the Software at the configured interval; each sensor's reading matches a calibrated reference thermometer within the accuracy in clause 2.3 at three temperature points; alarms for high temperature, low battery and lost signal reach the Buyer's duty staff by SMS and app within 60 seconds; readings appear in the WMS against the correct cold room and pallet location; and the Software produces the temperature records and reports required for customs and food-safety inspections.
P:5.3 After successful tests, the system shall run for 30 days without any cold room missing its readings for more than 30 minutes and without a Severity 1 fault.
P:5.4 The Buyer shall then issue a Final Acceptance certificate within five working days. Installation, use of the system or payment under clause 4.2 is not acceptance.
P:5.5 If any test fails, the Supplier shall remedy the cause and repeat the test at its cost.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment, the Software and the Integration Work for 36 months after Final Acceptance. During this period the Supplier shall repair or replace any defective item free of charge, including batteries that fail early, and supply all software updates.
P:6.2 The Supplier shall keep a stock of spare sensors and two spare gateways at the Buyer's Nansha warehouse during the warranty period.
P:6.3 After the warranty period, the Supplier shall provide support and software updates at an annual fee of 7.5% of the Hardware and Licence Subtotal (CNY 108,450 per year). This fee shall not be increased for two years after the warranty ends. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Service Levels
P:7.1 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software or a gateway down; alarms not sent for a cold room|30 minutes|6 hours
TB:Severity 2|Individual sensors not reporting; WMS interface delayed|2 hours|2 working days
TB:Severity 3|Other faults and questions|1 working day|10 working days
P:7.2 Response means a qualified engineer working on the fault. The Supplier's support desk in China is staffed around the clock for Severity 1 faults.
P:7.3 For every hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 1,000, and CNY 300 per hour for Severity 2. The Buyer may deduct these amounts from payments due.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at any of its sites in China, for any number of users.
P:8.2 The Integration Work, including the interface source code, configuration files and documentation, belongs to the Buyer, which may use, modify and license it freely.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or Software infringes a third party's rights.
H:9. Data Security
P:9.1 All sensor readings, alarm records, warehouse and pallet data and other data produced by the system (Buyer Data) belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The Software shall be installed on the Buyer's servers in Guangzhou. The gateways shall send data only to those servers, encrypted in transit. The Supplier may access the system remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all access shall be logged.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data or the system, help contain it and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's business, customers, warehouse layout and systems received under this Contract and shall not disclose it without the Buyer's prior written consent, during this Contract and for three years afterwards.
H:11. Delay and Liability
P:11.1 If the Supplier misses a date in clause 3.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be settled by negotiation, failing which they shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure if it notifies the other promptly and limits the effects.
P:15.2 This Contract is signed in English and Chinese, both versions equally valid, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** SH-MSA-CN-2027-09

**Customer:** Sichuan Kangyuan Pharmaceutical Distribution Co., Ltd., Jinniu District, Chengdu, Sichuan Province, People's Republic of China ("Customer").

**Provider:** Slea Head Managed Services Limited, a company incorporated in Ireland, Strand Street, Dingle, County Kerry, Ireland, acting with its delivery centre in Chengdu ("Provider").

**Background.** The Customer runs a pharmaceutical distribution business with a head office, two distribution centres and 41 branch offices. It wishes to outsource the operation of its end-user IT and its on-premises servers to the Provider for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.4 "Customer Data" means all data of the Customer, its customers and its staff that the Provider or its personnel can access while providing the Services.

1.5 "Charges" means the charges in Schedule 3.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for thirty-six (36) months from the Service Commencement Date.

2.2 The Agreement ends at the end of that period. It does not renew automatically. Any extension must be agreed in writing, at charges no higher than those in Schedule 3 unless the parties agree otherwise.

## Section 3. Services

3.1 The Provider shall perform the Services with skill and care, through trained personnel, in accordance with the Customer's IT policies and good industry practice (ITIL v4).

3.2 The Provider shall assign a named service delivery manager and keep the service desk staffed in Chengdu. The service delivery manager shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.

3.3 The Provider shall keep the configuration management database, asset register, runbooks and network documentation up to date and accessible to the Customer at all times.

3.4 The Provider shall attend a monthly service review with the Customer and submit a monthly report on Service Level performance, incidents, changes, asset movements and improvement proposals.

3.5 Changes to the Customer's systems shall follow the Customer's change management procedure. Standard changes listed in the runbooks may be carried out by the Provider directly; all other changes need approval of the Customer's change advisory board, and emergency changes shall be reported to the Customer's IT manager within one business day with a description of the cause, the action taken and any follow-up work.

## Section 4. Transition

4.1 The Provider shall complete transition within 60 days after signature. Transition includes knowledge transfer from the Customer's outgoing support team, installation of the Provider's monitoring and ticketing tools, documentation of all in-scope assets and a two-week parallel run.

4.2 The transition is accepted when: every in-scope device and server appears in the asset register and monitoring console; the service desk has handled all tickets during the parallel run within the Service Levels; runbooks for the 35 critical procedures listed in Schedule 1 have been approved by the Customer; and the Provider's staff have passed the Customer's GSP compliance induction.

4.3 The Customer shall sign the transition acceptance certificate within five working days after the criteria are met.

4.4 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to the Provider, the Provider shall pay delay damages of 0.2% of the Total Contract Value for each full week of delay.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3 and are fixed for the term.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears.

5.3 The Customer shall pay undisputed invoices within 30 days of receipt. Service Credits are deducted from the next invoice.

5.4 There is no advance payment.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 On expiry or termination, the Provider shall hand over all Customer Data, documentation and credentials to the Customer or its nominated successor.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including business plans, prices, customer lists, system configurations and passwords, and shall use it only to perform this Agreement.

7.2 Confidential information may be disclosed only to employees and professional advisers who need to know it and are bound by equivalent obligations, or where required by law.

7.3 This Section survives for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, reports and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider.

8.2 The Provider's monitoring and ticketing tools remain the Provider's property. The Customer receives a licence to use them during the term and may export its records from them at any time.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall carry out background checks on its personnel as permitted by law and shall remove any person the Customer reasonably objects to.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to death or personal injury, fraud or wilful misconduct.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after notice, or if Service Credits reach the monthly maximum in three consecutive months.

11.2 The Customer may also terminate for convenience after the first 18 months on 90 days' written notice, paying only the Charges for Services performed.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at no additional charge, including knowledge transfer to a successor provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes not settled by negotiation within 30 days shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13. General

13.1 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly and invokes its business continuity plan.

13.2 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties and may be amended only in writing.

## Schedule 1 — Services

| No. | Service | Scope | Hours |
|---|---|---|---|
| 1 | Service desk | Chinese-language phone, chat and portal support for 1,150 users | 07:00–22:00, 7 days |
| 2 | End-user support | Desktop, laptop, printer and mobile device support; on-site at head office and distribution centres, remote for branches | Business days, on-site by 2 hours |
| 3 | Server and storage operations | 64 Windows and Linux servers, two storage arrays, virtualisation platform: monitoring, patching, backup checks | 24 × 7 monitoring |
| 4 | Network operations | Firewalls, core and branch switches, SD-WAN edges, Wi-Fi controllers: monitoring and changes | 24 × 7 monitoring |
| 5 | Asset management | Asset register, joiners/movers/leavers, device lifecycle and disposal records | Business days |
| 6 | Critical procedures | 35 runbooks, including warehouse-system failover and cold-chain monitoring restarts | As required |

## Schedule 2 — Service Levels

| Measure | Target | Measurement |
|---|---|---|
| Priority 1 incident response | 15 minutes | 24 × 7, from alert or call |
| Priority 1 incident resolution | 3 hours | 24 × 7 |
| Priority 2 incident response | 1 hour | Service hours |
| Priority 2 incident resolution | 8 hours | Service hours |
| Service desk calls answered within 30 seconds | 92% | Monthly |
| Availability of managed servers | 99.95% | Monthly, excluding approved changes |
| Patches applied within agreed window | 98% | Monthly |

Priority 1 means a distribution centre cannot ship, the warehouse system is down, or more than 50 users cannot work.

## Schedule 3 — Charges and Service Credits

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition fee | 96,000 | One-time, after Service Commencement Date |
| Monthly service charge | 58,000 | Per month, 36 months, in arrears (2,088,000) |
| Total Contract Value | 2,184,000 | |

| Service Level missed | Service Credit |
|---|---|
| Priority 1 response or resolution | 2% of the monthly charge per incident |
| Server availability | 1% of the monthly charge per 0.01 percentage point below target (or part) |
| Service desk answer rate | 1% of the monthly charge |

Service Credits in any month are capped at 20% of that month's service charge.

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. TSM-API-CN-2027-03

BETWEEN

Yangjiang Haifeng Offshore Wind Operations Co., Ltd., a company incorporated in the People's Republic of China, Jiangcheng District, Yangjiang, Guangdong Province ("Customer"); and

Tullan Strand Marine Data Limited, a company incorporated in Ireland, Main Street, Bundoran, County Donegal, Ireland ("Provider").

BACKGROUND

The Customer operates and maintains offshore wind farms in the South China Sea and plans crew transfers, vessel movements and turbine maintenance according to wave, wind and weather conditions. The Provider supplies marine forecast and hindcast data through an application programming interface. The Customer wishes to subscribe to that data for two Subscription Years on the terms below.

1. DEFINITIONS

1.1 "API" means the Provider's SeaState application programming interface and the related web dashboard.

1.2 "Data Products" means the forecast, nowcast and hindcast data described in clause 2, delivered through the API.

1.3 "Customer Inputs" means site coordinates, turbine and vessel lists, operating thresholds, user details and all other data that the Customer or its users submit to the API, and all outputs calculated solely from them for the Customer.

1.4 "Subscription Year" means the period from the Production Start Date to the day before its first anniversary (the first Subscription Year) and the following period up to the day before its second anniversary (the second Subscription Year).

1.5 "Production Start Date" means the date of the Customer's written acceptance under clause 4.

2. DATA PRODUCTS

2.1 Point forecasts for 18 wind-farm sites and 6 port locations: significant wave height, swell and wind-sea components, peak period, wave direction, wind speed and gusts at 10 m and hub height, visibility and lightning risk, in hourly steps for ten days ahead, updated four times a day.

2.2 Nowcasts combining the forecasts with the Customer's buoy and lidar measurements, updated every 30 minutes.

2.3 Hindcast data for the same locations covering the past twenty years, in hourly steps, for weather-window analysis and maintenance planning.

2.4 Weather-window alerts: notifications when forecast conditions fall inside or outside the operating limits set by the Customer for each vessel type.

2.5 A web dashboard for up to 60 named users and API access for the Customer's maintenance planning system and vessel dispatch application.

3. ONBOARDING

3.1 The Provider shall configure the sites and ports, connect the Customer's 9 buoys and 3 floating lidars to the nowcast service, set up weather-window alerts for the Customer's 14 crew transfer vessels and 2 service operation vessels, and help the Customer's developers integrate the API with the maintenance planning system.

3.2 The Provider shall train 20 users and provide API documentation and code samples.

3.3 The Provider shall complete onboarding and make the Data Products ready for acceptance testing within 40 days after signature.

4. ACCEPTANCE

4.1 The Customer shall test the Data Products for 20 consecutive days. The test is passed if: all Data Products in clause 2 are delivered for every site at the stated frequency; forecast wave height for the first 48 hours shows a mean absolute error within 0.35 m against the Customer's buoy measurements; weather-window alerts reach users within five minutes of each forecast update; the API returns site forecasts within two seconds for 50 simultaneous requests; and the integration with the maintenance planning system imports forecasts without error.

4.2 If the test is passed, the Customer shall confirm acceptance in writing within five working days. If it fails, the Provider shall correct the cause and the test shall be repeated. Use of the Data Products during testing is not acceptance.

4.3 If the Data Products are not ready for acceptance testing by the date in clause 3.3 for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:
(a) Subscription fee: CNY 342,000 per Subscription Year, CNY 684,000 for both Subscription Years;
(b) Onboarding fee: CNY 58,000, one-time.
The total contract value is CNY 742,000, including VAT.

5.2 The onboarding fee is invoiced after the Production Start Date.

5.3 The subscription fee for each Subscription Year is invoiced in four equal instalments of CNY 85,500 at the end of each quarter.

5.4 The Customer shall pay each invoice within 30 days of receipt. No payment is due before the Production Start Date.

5.5 Additional sites may be added at CNY 9,000 per site per Subscription Year, prorated by month. Such additions are not part of the total contract value.

6. TERM AND RENEWAL

6.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

6.2 The Agreement does not renew automatically. The Provider shall offer a further Subscription Year at the same subscription fee if the Customer requests it at least 60 days before the end of the term.

7. SERVICE LEVELS

7.1 The API shall be available 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and carried out between 00:00 and 03:00 China Standard Time.

7.2 Incidents are classified by priority. Priority 1: the API or the alerts are unavailable, or forecasts are more than one update cycle late for any site. Priority 2: a single Data Product or site is degraded. Priority 3: questions and minor faults.

7.3 The Provider shall respond to Priority 1 incidents within 6 hours, to Priority 2 incidents within one business day and to Priority 3 incidents within three business days, and shall keep working on Priority 1 incidents until they are resolved.

7.4 If monthly availability is below the level in clause 7.1, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below that level, and 10% if a Priority 1 incident response is late, up to one half of the monthly equivalent in any month. Credits are deducted from the next invoice.

7.5 The Provider shall publish monthly availability and forecast-verification reports on the dashboard.

8. CUSTOMER INPUTS

8.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the Data Products to the Customer and shall not use them for its own products, models or other customers, whether or not anonymised or aggregated.

8.2 On request and at the end of the Agreement, the Provider shall return all Customer Inputs in a commonly used format and then delete them.

9. DATA SECURITY

9.1 The Provider shall host the API endpoints and Customer Inputs used by the Customer in mainland China, in a data centre operated by a licensed Chinese cloud provider, and shall not transfer Customer Inputs outside China.

9.2 The Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of all access and regular vulnerability scans, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

9.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Inputs or the API credentials, take immediate steps to contain it, cooperate with the Customer and the authorities, and bear the losses that its failure to meet this clause causes.

10. LICENCE AND INTELLECTUAL PROPERTY

10.1 The Provider grants the Customer a non-exclusive licence during the term to use the Data Products for its own operations and those of its affiliates and contractors working on its wind farms. Hindcast data downloaded during the term may be kept and used after the term for the Customer's internal engineering purposes.

10.2 Integration code, alert rules and reports developed by the Provider specifically for the Customer belong to the Customer, which may use and modify them freely.

11. WARRANTIES

11.1 The Provider warrants that it will deliver the Data Products with reasonable skill and care using recognised numerical models and quality-controlled observations.

11.2 Forecasts are predictions. The Customer remains responsible for its operational decisions and for the safety of its personnel and vessels.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract any part of its obligations, except the hosting provider named in its offer, without the Customer's prior written consent.

13. LIABILITY

13.1 Neither party is liable for indirect or consequential loss.

13.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud, wilful misconduct and breach of clauses 8 and 9.

14. TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

14.2 On termination for the Provider's breach, the Provider shall refund fees paid for any period after termination.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be settled by negotiation, failing which they shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

16. GENERAL

16.1 Neither party is liable for delay caused by force majeure if it notifies the other party promptly.

16.2 This Agreement is made in English and Chinese, both versions equally authentic, and may be amended only in writing signed by both parties.

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels and checks
FILES = {
    "z01": ("h1099z01_housing_bureau_quality_supervision_platform", "pdf", "zh", Z01),
    "z02": ("h1099z02_clothes_airer_factory_line_control_retrofit", "docx", "zh", Z02),
    "z03": ("h1099z03_finance_training_chain_booking_saas", "txt", "zh", Z03),
    "z04": ("h1099z04_city_admin_outdoor_ad_monitoring_om", "txt", "zh", Z04),
    "z05": ("h1099z05_fabric_studio_process_tracking_supplier_template", "md", "zh", Z05),
    "e01": ("h1099e01_maintenance_planner_perpetual_licence_ie_vendor", "pdf", "en", E01),
    "e02": ("h1099e02_inspection_saas_order_form_nz_vendor", "md", "en", E02),
    "e03": ("h1099e03_cold_store_sensors_monitoring_licence", "docx", "en", E03),
    "e04": ("h1099e04_managed_it_services_36_months", "md", "en", E04),
    "e05": ("h1099e05_marine_data_api_subscription", "txt", "en", E05),
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# terms in the order of T; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None for services,
# acceptance_deemed_on_delivery, contract_value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", "goods_or_licence"], (True, True, True, False, 2368000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True,
                         True, "PRC", "goods_or_licence"], (True, True, True, False, 2280000)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", "service"], (True, True, None, False, 888000)),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                         False, False, "PRC", "service"], (True, True, None, False, 698000)),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, 20, 55, False, False, 6, None, False,
                         True, None, None, "goods_or_licence"], (False, False, False, True, 420000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                         False, "Ireland", "goods_or_licence"], (True, True, True, False, 1860000)),
    "e02": ("cloud", [99.95, 1, False, "buyer", True, True, True, 600 / 880800 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", "service"], (True, True, None, False, 880800)),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True,
                         False, "PRC", "goods_or_licence"], (True, True, True, False, 1750000)),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 0.2 / 7, 150, None, True, None, None, None,
                         False, True, False, "PRC", "service"], (True, True, None, False, 2184000)),
    "e05": ("cloud", [99.95, 6, True, "buyer", True, True, False, 500 / 742000 * 100, 150, None, True, None, None, None,
                      False, True, False, "PRC", "service"], (True, True, None, False, 742000)),
}

# TCO inputs (not in the labels): fee base (itemised licence / hardware subtotal), annual post-warranty fee
TCO = {"z01": (1180000, 106200), "z02": (1864000, 521920), "e01": (1420000, 156200), "e03": (1446000, 108450)}
# drafts whose dispute forum is outside mainland China (e01: ICC arbitration in Dublin)
FORUM_OUTSIDE = {"e01"}

# price and payment sums stated in the texts
SUMS = [(1180000 + 846000 + 258000 + 84000, 2368000), (473600 + 1065600 + 828800, 2368000),
        (1260000 + 318000 + 286000, 1864000), (1864000 + 236000 + 148000 + 32000, 2280000),
        (456000 + 798000 + 1026000, 2280000), (2 * (294000 + 86000) + 128000, 888000), (4 * 95000, 380000),
        (384000 + 126000 + 148000 + 40000, 698000), (4 * 174500, 698000), (168000 + 214000 + 38000, 420000),
        (231000 + 189000, 420000), (1420000 + 386000 + 54000, 1860000), (420 * 520, 218400),
        (2 * (186000 + 218400) + 72000, 880800), (4 * 101100, 404400), (640 * 1150, 736000), (48 * 6500, 312000),
        (736000 + 312000 + 398000, 1446000), (1446000 + 164000 + 118000 + 22000, 1750000),
        (175000 + 962500 + 612500, 1750000), (36 * 58000 + 96000, 2184000), (2 * 342000 + 58000, 742000),
        (4 * 85500, 342000)]

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, cv):
    base, fee = TCO[key]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    pw = years * fee
    return pw / (cv + pw) * 100


def derive(key, t, x):
    """my reading of policy section 3"""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key, t, x["contract_value"]) > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, ext, lang, _ = FILES[key]
    cat, vals, (sla, lds, capped, deemed, cv) = LABELS[key]
    t = dict(zip(T, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    assert risk(rules) == DESIGN_RISK[key], key
    return {"file": f"{name}.{ext}", "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)",
    r"万分之五(?![十百千])", r"千分之零点五", r"百分之零点零五",
    r"(?<![\d.,])(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"百分之(三十|十五|四十|一百)(?![一二三四五六七八九十点])",
    r"(?<![a-z-])(thirty|fifteen|forty|one\s+hundred)\s+(percent|per\s*cent)",
    r"(?<![\d.,])4\s*(小时|个小时|hours?|hrs?\b|h\b)",
    r"(?<![十\d])四个?小时", r"(?<![a-z-])four\s*(\(4\)\s*)?hours?",
    r"(?<![\d.,])12\s*-?\s*(个月|months?)", r"十二个月", r"(?<![a-z-])twelve\s*(\(12\)\s*)?-?\s*months?",
    r"(?<![\d.,])1\s*-?\s*years?\b", r"(?<![a-z-])one\s*-?\s*years?\b", r"质保期?为?一年", r"一年(免费)?质保",
    r"(?<![\d.,])5\s*-?\s*(年|years?)", r"(?<![十\d])五年", r"(?<![a-z-])five\s*-?\s*years?",
]
MUST_HIT = ["可用率99.9%", "99.9 %", "within 4 hours", "4小时内响应", "四小时", "four hours", "0.05% per day",
            "万分之五", "30%", "30 %", "15%", "40 percent", "100%", "百分之三十", "12 months", "12个月", "十二个月",
            "twelve (12) months", "12-month", "one year", "质保期一年", "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "within 14 hours", "0.055", "万分之五十", "130%", "1,150",
             "115%", "2,400,000", "45%", "35%", "20%", "18 months", "24个月", "112 months", "二十四个月",
             "百分之三十五", "twenty-four hours", "15 days", "40 days", "25 years", "二十五年", "三年"]


def scan(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        m = re.search(pat, text, re.I)
        if m:
            hits.append((pat, text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def check_label_values(key, lab):
    t = lab["expected_terms"]
    for k, v in TH.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    if key in TCO:
        sh = tco_share(key, t, lab["expected_extra"]["contract_value"])
        assert abs(sh - TCO_SHARE_TH) >= 2, (key, sh)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    for got, want in SUMS:
        assert got == want, (got, want)
    sources, targets = {}, {}
    for key, (name, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (f"{name}.{ext}", ext)
        else:
            (OUT / f"{name}.{ext}").write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", f"{name}.{ext}")
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, ext, lang, src) in FILES.items():
        lab = label(key)
        check_label_values(key, lab)
        covered |= set(lab["expected_rules"])
        (OUT / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / f"{name}.{ext}")
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)]
        hits = [h for v in variants for h in scan(v)]
        extra = ""
        if key in TCO:
            extra = " tco share %.2f" % tco_share(key, lab["expected_terms"], lab["expected_extra"]["contract_value"])
        print(f"{key} {lang} length {n} {'OK' if ok else 'OUT OF RANGE'} rules {lab['expected_rules']} "
              f"risk {risk(lab['expected_rules'])}{extra}")
        assert not hits, (key, hits)
        assert ok, (key, n)
    assert len(covered) == 20 and covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all checks passed; rules covered:", len(covered))
