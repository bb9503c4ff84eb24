"""holdout734: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:锡林草原监理站草原执法与监测综合平台采购合同
P:合同编号：XLCY-ZFCG-2025-017
P:采购人（甲方）：锡林县草原监理站
P:供应商（乙方）：北疆数智信息技术有限公司
P:根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就草原执法与监测综合平台的软件许可及定制开发事宜，按照甲方提供的合同文本，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供草原执法与监测综合平台软件（以下简称“平台”）的永久使用许可，用户数不限，部署于甲方指定的政务云。
P:1.2 乙方按甲方需求完成以下定制开发：草原执法办案模块（立案、调查取证、处罚决定、结案归档全流程）、草原监测数据接入模块（遥感影像、地面监测样地、草畜平衡核查数据的接入与展示）、移动巡查App（离线采集、轨迹记录、现场拍照定位）。
P:1.3 乙方负责平台安装部署、与自治区草原监测数据库的接口联调、历史案卷数据导入及用户培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），为固定总价，包括：平台软件许可费860,000元；定制开发费540,000元；实施部署费78,000元；培训费22,000元。
P:2.2 上述价款已包含税费、差旅、第三方组件授权及本合同约定质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计300,000元。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，计675,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计525,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。资金支付按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成全部定制开发并提交初步验收申请，于合同签订后150日内完成试运行并提交最终验收申请。
P:4.2 乙方应向甲方交付安装介质、定制模块全部源代码、数据库设计说明、接口文档、用户手册和运维手册。
P:4.3 乙方应在合同签订后10个工作日内组建项目组，指定具有五年以上政务信息化项目经验的项目经理常驻甲方现场，项目经理更换须经甲方书面同意。乙方每两周向甲方提交项目周报，说明开发进度、问题清单及下一阶段计划。
P:4.4 甲方应为乙方提供必要的工作场所、政务云资源申请协助及业务需求确认。因甲方需求变更导致工期延长的，双方书面确认后相应顺延。
P:4.5 乙方应为甲方及各苏木草原管护站人员提供不少于三期集中培训，内容包括执法办案操作、监测数据查询分析、移动巡查App使用及系统管理员运维，每期培训后提交签到表与考核结果。
H:第五条 验收
P:5.1 初步验收标准：平台功能与磋商文件技术需求逐项一致；执法办案全流程可在系统内闭环；监测数据接入与自治区数据库比对一致；移动巡查App在无网络环境下可完成采集并于联网后自动同步；并发200用户时页面响应时间不超过3秒。
P:5.2 试运行期为60日。试运行期间未发生一级故障、定制模块缺陷全部关闭，且通过第三方网络安全等级保护测评的，甲方组织最终验收并出具验收报告。
P:5.3 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%，即每年不超过68,800元，该价格在质保期满后三年内不得上调。维护合同按年签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行状态、接口调用日志及安全补丁情况，并提交巡检报告；重大活动及草原防火期间，乙方应安排工程师驻场保障。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台无法访问或执法办案流程中断）乙方应在30分钟内响应，2小时内到达现场或远程介入；二级故障2小时内响应；三级故障次一工作日处理。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减服务费500元；月度可用率每低于承诺值0.01个百分点，扣减1,000元，从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的执法办案模块、监测数据接入模块、移动巡查App及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台中的执法案卷、监测数据、牧户信息及其他业务数据均属于甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机访问生产环境，不得将数据复制带出政务云；发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、执法信息和未公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失及违反第九条造成的损失除外。
P:11.3 甲方无正当理由逾期付款的，按照政府采购有关规定承担责任。
P:11.4 乙方提交的履约保证金为合同总价的5%，在最终验收合格且无未决违约事项后30日内无息退还；乙方未履行整改或赔偿义务的，甲方可从中扣除。
H:第十二条 分包与转包
P:12.1 乙方不得分包或转包本合同项下的任何工作。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可书面通知解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同的其他条款，乙方不得以存在争议为由中断平台运行保障服务。
H:第十五条 其他
P:15.1 双方联系人及通知地址以合同首页所载为准，一方变更的应提前5日书面通知对方。
P:15.2 磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：锡林县草原监理站        乙方（盖章）：北疆数智信息技术有限公司
P:签订日期：2025年  月  日
"""

SRC["z02"] = """T:鼓皮绷制与装配线控制系统改造及维保合同
P:合同编号：BLG-SB-2025-042
P:甲方（买方）：曹州拨浪鼓玩具厂有限公司
P:乙方（卖方）：齐鲁精控自动化工程有限公司
P:甲方为提高拨浪鼓鼓皮绷制的一致性、减少装配返工，拟对现有两条鼓皮绷制与装配线进行控制系统改造。经询价比选，甲方确定乙方为供应商。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 乙方负责将两条产线原有的气动绷皮工位改造为伺服张力控制工位，更换PLC主控柜，加装鼓皮张力视觉检测系统，为各工位配置HMI触摸屏，并提供产线控制软件许可。
P:1.2 乙方负责开发产线控制软件与甲方现有MES系统之间的接口，实现工单下发、工位产量回传、不良品记录及追溯码绑定。
P:1.3 改造应在甲方春节停产检修期间完成，不得影响甲方节后正常生产。
P:1.4 改造后的产线应满足甲方出口玩具订单对鼓皮张力、安全性能及可追溯性的要求，乙方提供的电气设备应符合国家强制性标准并具备相应认证。
H:第二条 合同价格
P:2.1 合同总价为人民币1,486,000元（含税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|伺服绷皮工位控制单元|8套|58,000|464,000
TB:2|PLC主控柜（含安全继电器）|2套|96,000|192,000
TB:3|鼓皮张力视觉检测系统|4套|62,500|250,000
TB:4|HMI触摸屏及工位终端|12台|7,500|90,000
TB:5|产线控制软件许可（永久）|1套|250,000|250,000
TB:软硬件小计||||1,246,000
TB:6|安装调试及旧设备拆除|1项|158,000|158,000
TB:7|MES接口开发|1项|82,000|82,000
TB:合计||||1,486,000
P:2.2 上述价格包括设备、软件、运输、保险、安装调试、培训及质保期内服务的全部费用。
P:2.3 合同履行期间，如因甲方书面增加工位或功能需求导致费用变化，双方另行签订补充协议确定价格；除此之外，乙方不得以原材料涨价等任何理由调整合同价格。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，计297,200元作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的35%，计520,100元。到货安装不视为验收。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的45%，计668,700元。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方厂区，并在甲方停产检修期内完成安装与单机调试。
P:4.2 设备应为全新原装，随机附带合格证、说明书、电气图纸和备件清单。
P:4.3 乙方进场施工应遵守甲方安全生产管理制度，施工人员须经甲方安全培训，动火、登高及带电作业应办理作业票。因乙方施工造成人员伤害或财产损失的，由乙方负责。
P:4.4 乙方应对拆除的旧气动元件登记造册并交甲方处置，不得擅自带离厂区。
H:第五条 验收
P:5.1 单机调试完成后进入连续试生产，试生产期为20个生产日。
P:5.2 验收标准：鼓皮张力偏差不超过设定值的±3%；视觉检测对破皮、偏心、褶皱的检出率不低于98%；单线节拍不低于每分钟24只；MES接口工单与产量数据一致率达到全部比对样本无差错；试生产期内未发生导致停线超过2小时的故障。
P:5.3 达到上述标准的，甲方在5个工作日内签署最终验收单；未达到的，乙方应整改后重新验收，费用由乙方承担。
P:5.4 乙方应在验收前对甲方设备操作工、班组长及电工分批进行培训，内容包括工位换型、张力参数设定、视觉检测模板维护和常见报警处理，培训合格后方可独立上岗。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换，软件免费升级。
P:6.2 质保期内乙方每季度上门巡检一次，并为甲方储备常用易损件。
P:6.3 质保期内同一部件累计维修三次仍不能正常使用的，乙方应免费更换同型号新件，更换部件的质保期重新计算。
H:第七条 故障响应
P:7.1 乙方按下表响应甲方报修：
TB:故障等级|定义|响应时间|到场或恢复时间
TB:一级|任一产线停线|8小时内响应|次日内恢复生产
TB:二级|单个工位停用或检测系统误报率明显升高|1个工作日内|3个工作日内
TB:三级|不影响生产的软件问题|3个工作日内|下一版本修复
P:7.2 乙方响应或恢复超时的，每超时1小时向甲方支付300元，从维保费或质保金中扣除。
H:第八条 质保期后维保
P:8.1 质保期满后，乙方提供全包维保服务（含备件、软件升级及每月一次驻厂巡检），年度维保费为软硬件小计的28%，即每年348,880元，质保期满后三年内不调整。
P:8.2 维保合同按年签订，甲方可决定是否续签，不自动续期。
P:8.3 维保期间乙方应每月提交设备运行分析报告，列明停线次数、故障原因、备件消耗及改进建议。
H:第九条 知识产权
P:9.1 产线控制软件的知识产权归乙方所有，甲方享有永久使用权。
P:9.2 乙方为本项目开发的MES接口程序及其源代码、配置文件、电气图纸的知识产权归甲方所有，甲方可自行修改或交第三方使用。
H:第十条 数据安全与保密
P:10.1 产线运行数据、工艺参数、产量及质量记录属于甲方所有，乙方不得用于本合同以外的任何目的。
P:10.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN账号进行并留存操作日志；因乙方原因导致甲方数据泄露、被篡改或生产系统受攻击的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:10.3 双方对在合作中知悉的对方技术信息、工艺参数、价格及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的设备存在质量缺陷的，乙方应负责修复、更换，并赔偿由此造成的停线损失。
P:11.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同主体工作分包。电缆桥架敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方交付的设备经两次整改仍不能通过验收，或乙方有其他根本违约行为且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:13.2 因不可抗力导致本合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同，互不承担违约责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交菏泽仲裁委员会仲裁。
H:第十五条 其他
P:15.1 甲方应按时提供安装所需的电源、压缩空气、网络接口及MES系统接口说明，指定专人配合调试，并在停产检修期间为乙方开放车间。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、验收测试方案。
P:甲方（盖章）：曹州拨浪鼓玩具厂有限公司        乙方（盖章）：齐鲁精控自动化工程有限公司
P:日期：2025年  月  日
"""

SRC["z03"] = """足部护理门店预约与会员管理SaaS服务及实施合同

合同编号：ZB-SAAS-2025-0316
甲方：悦足堂连锁足部护理管理有限公司
乙方：云栈门店软件（杭州）有限公司

甲方在华东地区经营40家连锁修脚（足部护理）门店，为统一管理顾客预约、技师排班、会员储值及疗程记录，拟采用乙方的门店SaaS服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供“足道云”门店预约与会员管理SaaS服务，包括：
1. 线上预约（微信小程序、电话录入）、到店签到及技师排班；
2. 会员建档、储值卡及疗程卡管理、积分与会员等级；
3. 足部护理疗程记录（足部状况、护理项目、使用产品及照片）；
4. 总部管理模块：门店经营报表、技师业绩提成、库存及耗材管理。
（二）实施服务：系统开通与参数配置、40家门店原有会员及储值余额数据迁移、收银设备对接、总部及门店人员培训。
（三）定制内容：乙方按甲方要求定制会员等级规则、储值赠送方案配置及12张总部经营报表模板，并开发甲方品牌小程序页面。

二、服务期限
（一）本合同服务期为两个服务年度，自系统上线验收合格之日起算，每个服务年度为连续的365日。
（二）服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调年度服务费，上调幅度不超过上一服务年度费用的8%，乙方以书面或系统公告方式通知甲方即可。

三、费用与支付
（一）年度服务费：门店端按每店每年3,600元计，40家门店合计144,000元；总部管理模块每年36,000元；每个服务年度服务费合计180,000元。
（二）实施费：一次性58,000元。
（三）本合同两个服务年度费用及实施费合计418,000元（含税）。
（四）支付方式：
1. 实施费在上线验收合格后10个工作日内支付；
2. 每个服务年度的服务费在该服务年度开始后15个工作日内支付。
新增门店按每店每年3,600元按剩余月份折算另行计费，不计入本合同总价。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成实施并申请上线验收。
（二）上线验收标准：
1. 40家门店会员档案、储值余额、疗程卡剩余次数迁移结果与甲方原系统逐店核对一致；
2. 预约、签到、收银、储值消费、提成计算全流程在试点门店连续运行10日无差错；
3. 定制报表数据与抽查的门店手工台账一致；
4. 门店店长及收银人员培训完成，考核合格。
（三）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。系统开通或甲方试用均不视为验收合格。
（四）乙方未按期申请上线验收的，每逾期一日向甲方支付违约金300元。
（五）数据迁移应在门店闭店后进行，迁移前乙方应制定回退方案；迁移导致会员储值余额或疗程次数错误的，乙方应在24小时内更正，并承担甲方因此向会员作出补偿的费用。

五、服务水平
（一）乙方保证SaaS服务月度可用率不低于99.5%，计划内维护应提前3日通知并安排在凌晨1时至5时进行。
（二）一级故障（全部或多家门店无法预约、收银）乙方应在1小时内响应，并持续处理至恢复；二级故障（单店或单一功能异常）2小时内响应；其他问题1个工作日内答复。
（三）月度可用率未达到承诺的，乙方按当月服务费的5%至20%向甲方提供服务抵扣，具体档位以附件《服务水平说明》为准，抵扣在下一期服务费中扣除。
（四）乙方提供每日8时至23时的在线客服及电话支持，覆盖门店营业时间；门店新开业、搬迁或更换收银设备时，乙方应远程协助完成系统配置，不另收费。
（五）乙方对平台进行版本升级的，应提前7日告知甲方升级内容；升级不得减少甲方已订购的功能，不得导致甲方数据丢失或报表口径变化。
（六）乙方每季度向甲方提交服务报告，列明可用率、故障记录、工单处理时长及改进措施，并参加甲方组织的季度服务评审会。

六、数据权属与数据安全
（一）甲方在系统中录入和产生的会员信息、消费记录、疗程记录及照片等数据归甲方所有。
（二）在对数据进行去标识化处理后，乙方有权将甲方门店的消费频次、客单价、疗程项目等统计数据用于编制足部护理行业分析报告、改进乙方产品及向其他客户提供行业对标服务，该权利在本合同终止后继续有效。
（三）乙方应按照等级保护第三级要求运营平台，对会员个人信息加密存储、分级授权访问并留存访问日志。发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护义务，并赔偿因乙方原因给甲方造成的损失。
（四）合同终止后30日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方，并在甲方确认后删除平台中的甲方数据。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的报表模板、会员等级规则配置及品牌小程序页面的设计与代码归甲方所有，甲方可自行修改或委托第三方使用。
（三）乙方承诺其平台不侵犯任何第三方的知识产权；因第三方主张侵权给甲方造成损失的，由乙方负责处理并赔偿。

八、保密
双方对在合作中获悉的对方商业秘密、会员资料、价格体系及经营数据负有保密义务，未经对方书面同意不得披露给第三方，本条在合同终止后继续有效三年。乙方应要求其客服、实施及运维人员签署保密承诺，并对其人员的泄密行为承担责任。

九、分包
乙方不得将实施服务分包给第三方，确需分包的应事先取得甲方书面同意。乙方使用的云基础设施服务商应在附件中列明。

十、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，按时确认定制需求和迁移数据，并组织门店人员参加培训。
（二）甲方应妥善保管系统账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应合法收集会员个人信息，并在小程序中向会员告知隐私政策。

十一、合同解除
（一）乙方严重违约，包括连续两个月可用率未达承诺、发生重大数据安全事件或定制内容经两次验收仍不合格，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未服务期间的服务费，并按第六条第（四）项协助甲方完成数据导出和切换，切换期间不得中断服务。
（二）甲方逾期付款超过60日，经催告仍未支付的，乙方有权暂停服务。
（三）因不可抗力致使服务中断超过30日的，双方可协商解除合同，已预付而未使用的服务费按日折算退还。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

十三、其他
（一）双方往来通知以书面或电子邮件方式发送至合同首页所列联系人，发出后第二个工作日视为送达。
（二）本合同附件包括：服务功能清单、服务水平说明、定制需求确认书、数据迁移方案。
（三）附件与本合同正文不一致的，以本合同正文为准。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：悦足堂连锁足部护理管理有限公司
乙方（盖章）：云栈门店软件（杭州）有限公司
签订日期：2025年  月  日
"""

SRC["z04"] = """母乳库捐赠与配送管理系统年度运维服务合同

合同编号：ETYY-XX-YW-2025-09
甲方：江城市儿童医院
乙方：安澜医信科技有限公司

甲方母乳库使用“母乳捐赠与配送管理系统”（以下简称“系统”）管理捐赠者筛查登记、母乳采集、巴氏消毒、检测留样、冷链库存及向新生儿重症监护病房配送的全过程。为保障系统安全稳定运行，甲方委托乙方提供年度运维服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

第一条 服务范围
（一）系统应用运维：捐赠者管理、采集登记、消毒批次、检测结果、库存及配送等模块的日常运行监控、故障处理、参数调整和小型功能优化。
（二）数据库运维：数据库巡检、性能调优、备份检查，每季度进行一次恢复演练。
（三）接口运维：保障系统与医院HIS、LIS、冷链温度监控平台及扫码设备之间接口正常运行。
（四）安全运维：操作系统及中间件补丁管理、漏洞整改、账号权限清理，配合甲方完成网络安全等级保护测评。
（五）一次性服务：本年度等级保护测评前的系统加固及测评配合。
（六）用户支持：为母乳库护士、检验人员及新生儿科配奶人员提供操作咨询，新员工入职时进行系统操作培训，每半年组织一次集中复训。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购运维服务，按医院采购制度另行签订合同。服务期开始前，乙方应与原运维单位完成交接，核对系统清单、账号权限、备份策略和未结问题，形成交接记录报甲方确认。

第三条 服务费用及支付
（一）合同总价为人民币420,000元（含税），其中年度运维服务费396,000元（每月33,000元），等级保护测评配合及系统加固费24,000元。
（二）年度运维服务费按季度支付：每季度结束后，甲方根据季度服务考核结果在15个工作日内支付该季度服务费99,000元，考核扣款从中扣除。
（三）等级保护测评配合及系统加固费在测评通过并经甲方确认后一次性支付。
（四）本合同不设预付款。乙方收款前应开具合规发票。

第四条 服务人员
（一）乙方指派一名驻场工程师在甲方工作日驻场服务，另设二线数据库工程师和安全工程师远程支持。驻场工程师应具备医疗信息系统运维经验，更换须提前10日书面告知甲方并经甲方同意。
（二）乙方人员进入母乳库洁净区域应遵守甲方感染控制制度，未经许可不得进入处理间和储存间。
（三）春节、国庆等法定节假日期间，乙方应安排工程师值守并保持电话畅通，值守名单于节前5日报甲方信息中心备案。

第五条 服务水平
（一）系统核心业务（采集登记、消毒批次、配送扫码）月度可用率不低于99.95%，计划内维护须提前3个工作日经甲方批准，并避开配送高峰时段。
（二）故障分级与响应：一级故障（配送扫码或批次追溯无法使用）15分钟内响应，1小时内到场处理，2小时内恢复或启用应急方案；二级故障（单一模块或接口异常）30分钟内响应，当日解决；三级故障（一般咨询或界面问题）2个工作日内解决。
（三）冷链温度监控平台告警推送中断的，视为一级故障处理。乙方应与甲方共同制定系统不可用时的手工登记与纸质追溯应急预案，每半年演练一次，并在系统恢复后负责补录数据、核对批次信息。
（四）考核扣款：一级故障每超时1小时扣减当季服务费1,000元；二级故障每超时1小时扣减300元；月度可用率每低于承诺值0.01个百分点扣减800元。单季度扣款累计不超过当季服务费的20%。

第六条 服务考核与验收
（一）乙方每月5日前提交上月运维报告，内容包括可用率统计、故障清单及处理时长、巡检结论、补丁及漏洞整改情况。
（二）甲方信息中心每季度按附件《运维服务考核表》进行考核，考核项包括可用率、响应及恢复时长、巡检完成率、备份恢复演练结果和用户满意度，考核得分低于80分的，乙方应提交整改计划。
（三）服务期满前，甲方对全年服务进行验收。验收标准为：四个季度考核均为合格；全年未发生因乙方原因导致的数据丢失或泄露；运维文档、脚本、配置台账已完整移交。验收合格后甲方出具书面验收意见。
（四）等级保护测评配合及系统加固服务以测评机构出具的测评报告结论为合格、且高风险问题全部整改完毕为验收标准。

第七条 数据安全
（一）系统中的捐赠者身份与健康筛查信息、受赠患儿信息、检测结果及配送记录均属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的，不得向第三方提供。
（二）乙方人员仅可通过甲方堡垒机访问生产系统，实行最小权限和双人复核；不得将任何数据拷贝至个人设备或带离医院；测试须使用甲方提供的脱敏数据。
（三）发生数据泄露、篡改、丢失或其他安全事件的，乙方应立即采取补救措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚及对患儿家属、捐赠者的赔偿。

第八条 保密
乙方及其人员对服务中知悉的患者隐私、捐赠者信息、医院内部管理资料负有保密义务，应签署保密承诺书。未经甲方书面同意不得以任何方式披露。保密义务不因本合同终止而解除。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、优化代码、报表、配置台账及文档的知识产权归甲方所有，甲方可自由使用和修改。系统原开发商的软件著作权不因本合同而转移，乙方进行优化时不得侵犯原开发商或其他第三方的合法权利。

第十条 违约责任
（一）乙方未按约定日期完成运维交接并开始提供服务的，每延迟一日，按合同总价的千分之一支付违约金。
（二）乙方违反第七条、第八条的，应承担全部赔偿责任，甲方并有权解除合同。
（三）因乙方原因导致数据丢失且无法从备份中完整恢复的，乙方除承担赔偿责任外，还应免费协助甲方重建相关记录。
（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十一条 分包
乙方不得将本合同项下的运维服务分包或转包给任何第三方。

第十二条 合同解除
乙方严重违约，包括连续两个季度考核不合格、发生因乙方原因导致的重大数据安全事件，或经甲方书面通知后10日内仍未纠正违约行为的，甲方有权书面通知解除合同，并按实际服务期间结算费用，乙方应赔偿由此造成的损失。

第十三条 服务交接
合同终止或解除时，乙方应在15日内向甲方或甲方指定的第三方完整移交系统账号、文档、脚本及未结工单，并协助完成交接，交接完成前不得停止服务。乙方应在交接完成后注销其人员的全部系统账号和VPN权限，并书面确认未留存甲方任何数据。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式四份，甲方三份、乙方一份，经双方法定代表人或授权代表签字并加盖公章后生效。附件：运维服务考核表、故障分级说明、系统清单。

甲方（盖章）：江城市儿童医院
乙方（盖章）：安澜医信科技有限公司
签订日期：2025年6月  日
"""

SRC["z05"] = """# 软件产品许可及定制开发合同

**木鸢智造标准合同文本 V3.0（供方范本）**

合同编号：MY-HT-2025-118

甲方（需方）：京西空竹工艺品厂

乙方（供方）：木鸢智造软件有限公司

鉴于甲方拟对空竹生产中的车旋、上漆、晾干、组装等工序进行数字化追踪，乙方具有相应的软件产品与开发能力，双方经协商，同意按本合同文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供“木鸢工序追踪系统”标准版软件的永久使用许可（单工厂部署，最多80个账号）。

1.2 乙方按甲方需求进行定制开发，包括：车旋工序扫码报工（轮盘、轴杆分别计件）、上漆批次管理（漆料批号、涂刷遍数、晾干计时看板）、成品试抖试音记录及出库追溯码打印。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统运行环境以乙方《部署环境要求》为准。甲方提供的服务器、数据库版本或网络条件不符合要求的，乙方有权暂停部署，由此延误的时间不计入工期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 木鸢工序追踪系统标准版软件许可 | 420,000 |
| 2 | 定制开发（车旋报工、上漆批次、晾干看板、追溯码） | 310,000 |
| 3 | 实施部署及培训 | 50,000 |
| | 合计 | 780,000 |

2.1 以上价格为含税价。甲方需自行准备服务器、扫码枪、标签打印机及网络环境。

2.2 乙方现场服务产生的差旅费用按实际发生另行结算。

2.3 定制开发费用以需求调研后双方确认的功能清单为限。功能清单以外的开发内容、报表及接口，均属于需求变更，按乙方人天单价另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即390,000元，乙方收到款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价剩余的50%，即390,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，并且乙方有权暂停全部服务。

3.4 乙方在收到每期款项后15个工作日内开具增值税发票。甲方付款前应核对收款账户，因甲方付错账户造成的损失由甲方承担。

## 第四条 项目实施

4.1 乙方在收到首期款后开始需求调研，预计在调研确认后90个工作日内完成开发并上线，具体进度以双方确认的项目计划为准。

4.2 因甲方需求变化、数据准备不及时或现场条件不具备等原因造成的延误，工期相应顺延，乙方不承担责任。

4.3 项目实施期间，乙方将尽合理努力按计划推进；如遇开发难度超出预期的情况，乙方可调整进度计划并通知甲方。

4.4 甲方新增或变更需求的，乙方另行报价，经甲方确认后实施。

4.5 乙方指派项目经理负责项目协调。乙方可根据工作安排调整项目人员，无需甲方同意。

4.6 乙方在上线前为甲方车旋、上漆、组装班组长及仓库人员提供一次集中培训，时长不超过两天；甲方需增加培训的，按乙方人天单价另行收费。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后使用过程中发现问题的，可向乙方提出，由乙方在维护期内处理，但不影响验收合格的认定和付款义务。

5.3 乙方在上线前自行完成内部测试，测试记录仅供乙方内部使用，不作为向甲方交付的文档。甲方不得以测试记录未提供为由拒绝上线或拒付款项。

## 第六条 免费维护

6.1 系统自上线之日起享有六个月免费维护期，维护期内乙方提供远程技术支持和缺陷修复。

6.2 维护期内，一级故障（系统整体无法使用）乙方在接到通知后8小时内响应，二级及以下问题在3个工作日内答复。

6.3 乙方将尽力在合理时间内解决故障，但对故障处理时长、系统可用性不作保证，亦不因响应或修复延迟向甲方承担任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改配置、硬件或网络故障引起的问题，不属于免费维护范围，乙方可按人天另行收费。

6.5 维护期内乙方发布的标准版补丁可免费升级；涉及定制模块适配的升级工作，乙方另行收费。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费用按乙方当年公布的服务价格标准执行。

7.2 未签订维护协议的，乙方不再提供版本升级与技术支持，系统因此产生的问题由甲方自行承担。

7.3 年度维护协议每年单独签订，维护范围、响应方式以届时签订的协议为准。

## 第八条 知识产权

8.1 “木鸢工序追踪系统”及其全部模块的著作权、专利权等知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、打印模板及相关源代码，其知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或提供给他人使用。

8.3 乙方可将定制开发成果纳入其标准产品，向其他客户提供。

8.4 乙方交付的是可执行程序及操作手册，不向甲方提供源代码、数据库设计文档或开发工具。

## 第九条 数据

9.1 甲方在系统中产生的生产报工、工艺参数、库存及出库数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在远程维护时应使用甲方分配的账号，对接触到的甲方数据采取加密传输、访问控制等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，并承担相应的赔偿责任。

9.3 甲方应自行做好数据备份。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

10.3 因系统故障导致甲方生产停顿、订单延误或产品返工的，乙方负责修复系统，但不承担甲方的停产损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 甲方单方解除合同的，已支付款项不予退还。

11.3 因不可抗力、政策变化、第三方软硬件故障等非乙方可控原因导致合同无法履行的，乙方不承担责任。

## 第十二条 甲方义务

12.1 甲方应指定项目联系人，及时提供车旋、上漆工序的工艺资料、物料编码及人员名单，并在乙方提交需求文档后5个工作日内确认，逾期未确认的视为同意。

12.2 甲方应保证系统运行所需的电力、网络和机房条件，并安排专人负责日常管理与数据备份。

12.3 甲方不得将系统安装于许可范围以外的工厂或超出许可账号数使用；超出部分乙方有权按标准价格收取许可费。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方如有特别约定，以补充协议为准。

14.3 双方联系方式以合同首页为准，乙方通过电子邮件或系统消息发出的通知自发出之时视为送达。

甲方（盖章）：京西空竹工艺品厂　　　　乙方（盖章）：木鸢智造软件有限公司

签订日期：2025年　月　日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. SGT-SZ-2025-07
P:This Agreement is made between Shenzhen Lianhua Jewellery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Luohu District, Shenzhen (the "Buyer"), and Sabaragamuwa Gemtrace Software (Private) Limited, a company incorporated in Sri Lanka with its principal office at Main Street, Ratnapura, Sri Lanka (the "Vendor").
P:The Buyer imports coloured gemstones and manufactures fine jewellery. It wishes to acquire a perpetual licence of the Vendor's GemTrace inventory and certification software, together with implementation and interface services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the GemTrace Enterprise software, version 6, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, import programs, report layouts and configuration scripts developed by the Vendor specifically for the Buyer under Article 2.2, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, stored in or generated by the Software in the course of the Buyer's business, including lot records, laboratory certificates, supplier details, customer details and images.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in Shenzhen for up to 150 named users and three sites.
P:2.2 The Vendor shall configure the Software and develop the following Custom Deliverables: an interface to the Buyer's ERP for purchase and sales orders; an import program for laboratory certificate files from the three gem laboratories named in Annex 1; a lot-splitting and re-certification workflow; and twenty report layouts.
P:2.3 The Vendor shall install the Software, migrate the Buyer's existing stock records of about 86,000 lots, train key users and administrators, and support the Buyer during a parallel run.
P:2.4 The Vendor shall appoint a project manager with experience of at least three comparable implementations, who shall be on site in Shenzhen during installation, migration and the parallel run. The Vendor shall not replace the project manager without the Buyer's prior consent, which shall not be unreasonably withheld. The Buyer shall appoint a project owner and make its key users, stock records and laboratory files available as set out in the project plan.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,760,000, inclusive of all taxes and expenses, made up as follows: Perpetual Licence Fee CNY 1,180,000; implementation and configuration CNY 364,000; Custom Deliverables CNY 176,000; training CNY 40,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's personnel in China are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 352,000) within 30 days after signature, against the Vendor's invoice and an advance-payment bank guarantee for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 792,000) within 30 days after installation of the Software and completion of data migration. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% (CNY 616,000) within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the system for Final Acceptance within 150 days after signature, according to the project plan in Annex 2.
P:5.2 The acceptance tests shall show that: all functions in the specification in Annex 1 operate as described; migrated stock records reconcile with the Buyer's closing stock count lot by lot, with no unexplained difference; certificate files from each of the three laboratories import without manual correction; the ERP interface exchanges orders without error for ten consecutive business days; and search by lot number returns within two seconds for 150 concurrent users.
P:5.3 When the tests are passed and the parallel run of thirty days ends without a Severity 1 incident, the Buyer shall sign a Final Acceptance certificate. Installation, go-live, use of the system in production or any payment shall not be treated as acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects at its own cost and repeat the test within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, remote support and on-site visits free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to incidents as follows: Severity 1 (system unavailable or stock records cannot be posted) within one hour, with a workaround or fix within eight hours; Severity 2 within two business hours; Severity 3 within two business days. Support is provided in English and Chinese.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or the support fees.
P:6.4 After the Warranty Period, the Buyer may order annual support for an annual fee of 11% of the Perpetual Licence Fee (CNY 129,800 per year). The fee shall not be increased for the first three support years. Each support year is ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including their source code, belong to the Buyer upon payment. The Buyer may use, modify and license them freely and may engage third parties to maintain them. The Vendor shall deliver the source code together with the Final Acceptance submission.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, during or after the term.
P:8.2 The Software is hosted on the Buyer's servers. The Vendor may access the production system only through the Buyer's VPN with personal accounts approved for each session, and shall not copy Buyer Data outside the Buyer's systems. Test data shall be masked.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Buyer Data. The Vendor shall notify the Buyer within twelve hours of any security incident affecting Buyer Data, cooperate in its investigation and remedy, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, supplier lists, customer lists and technical information, and shall use it only for this Agreement.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if the delay damages reach their maximum.
P:12.2 Upon termination by the Buyer under Article 12.1, the Vendor shall refund the payments received for work not accepted and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Democratic Socialist Republic of Sri Lanka.
P:13.2 Any dispute arising out of this Agreement shall be referred to arbitration in Colombo under the Arbitration Act of Sri Lanka, before three arbitrators. The language of the arbitration shall be English. The award shall be final and binding on both parties.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:14.2 This Agreement, with Annex 1 (Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Order Form and General Terms: LeafLedger Traceability Cloud

**Order Form No. UHC-OF-2025-0211**

## Part A: Order Form

### A1. Parties

- **Provider:** Uva Highlands Cloudworks (Private) Limited, a company incorporated in Sri Lanka, with its office at Lower Street, Badulla, Sri Lanka.
- **Customer:** Xiamen Chayuan Tea Import and Export Co., Ltd., a company established in the People's Republic of China, Siming District, Xiamen.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form conflicts with Part B, this Order Form prevails.

### A2. Subscribed Service

The Provider will provide the LeafLedger Traceability Cloud (the "Service"): a hosted application that records tea lots from estate or auction purchase through blending, packing, export documents and customs clearance in China, with lot genealogy, quality certificates, pesticide-residue test results and shipment tracking. The subscription covers 150 named users, the Customer's two blending warehouses in Xiamen and Fuzhou, and the mobile app for warehouse staff.

Onboarding services: tenant set-up, configuration of the Customer's lot codes and blend recipes, import of open stock and certificates, an interface to the Customer's ERP for purchase orders and shipments, and training for key users.

### A3. Subscription Term

The Subscription Term is two Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A6. The first Subscription Year runs from the Subscription Start Date; the second starts on its first anniversary. The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 150 users, two sites | 268,000 |
| Subscription Fee, Subscription Year 2 | 150 users, two sites | 268,000 |
| Onboarding Fee | one-time | 46,000 |
| Total Fees for the Subscription Term | | 582,000 |

Additional users may be added at CNY 1,650 per user per Subscription Year, pro rata; such fees are not part of the Total Fees above. All amounts include VAT.

### A5. Invoicing and Payment

1. On the Order Effective Date, the Provider will invoice the Onboarding Fee and the Subscription Fee for Subscription Year 1, a total of CNY 314,000. The Customer shall pay this invoice within 15 days and in any event before the Provider starts onboarding work; the Provider is not obliged to start onboarding until payment is received.
2. The Subscription Fee for Subscription Year 2 is invoiced 30 days before that year begins and is payable before it begins.
3. Payments are made in CNY to the Provider's account stated on its invoice.

### A6. Onboarding and Go-Live Acceptance

1. The Provider shall make the Service ready for Go-Live Acceptance within 50 days after the Order Effective Date.
2. Go-Live Acceptance tests: every open lot and certificate imported reconciles with the Customer's stock list; a complete lot history from purchase to shipment can be traced for 30 sample lots chosen by the Customer; the ERP interface exchanges purchase orders and shipments without error for five consecutive business days; and key users have completed training.
3. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Access to the Service before that date, or the Customer's use of it for trial purposes, is not acceptance.
4. If the Service is not ready for Go-Live Acceptance by the date in A6.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a maximum of CNY 30,000.

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________

## Part B: General Terms

### 1. The Service

1.1 The Provider will make the Service available to the Customer's users in accordance with the Documentation and this Agreement, and will host it with a cloud provider in mainland China.

1.2 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions subscribed or the security of Customer Data.

### 2. Service Levels

2.1 The Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced three business days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Priority 1 incidents (the Service unavailable to all users, or lots cannot be recorded or shipped) will be responded to within 30 minutes, at any time, with updates every two hours until resolved. Priority 2 incidents will be responded to within two business hours, and Priority 3 within one business day.

2.3 If monthly availability falls short of the commitment in 2.1, the Customer receives a service credit of 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to 25% of that monthly portion. Each missed Priority 1 response time gives a credit of CNY 800. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

2.4 The Provider shall report availability, incidents and response times to the Customer each month, in English and Chinese, and shall hold a service review with the Customer each quarter. Support is available through the portal, by email and by telephone; Priority 1 incidents may be reported by telephone at any time.

### 3. Customer Data

3.1 Customer Data means all data the Customer or its users enter into or generate through the Service. Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

3.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all access by its staff and daily back-ups kept for 30 days. The hosting environment shall hold a valid MLPS level 3 record.

3.3 The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be responsible for losses caused by its failure to comply with this section.

3.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it, confirming deletion in writing.

### 4. Subcontractors

4.1 The Provider may use subcontractors and sub-processors, including its hosting provider and support partners, to perform the Agreement. The Provider shall inform the Customer of any new subcontractor by updating the list on its customer portal at least 15 days before the change; the Customer's consent is not required.

4.2 The Provider remains responsible for the acts and omissions of its subcontractors.

### 5. Intellectual Property

5.1 The Service, the Documentation and all related software remain the Provider's property.

5.2 The Customer's configurations, blend recipe templates, report layouts and the ERP interface mapping prepared for the Customer belong to the Customer, which may use, copy and modify them freely, including with another provider.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by similar obligations.

6.2 This section survives for three years after the end of the Agreement.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

7.2 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to a party's payment obligations, fraud or wilful misconduct.

### 8. Term and Termination

8.1 The Agreement starts on the Order Effective Date and ends at the end of the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days of receiving notice of the breach. If the Customer terminates under this section, the Provider shall refund the prepaid fees for the period after termination.

8.3 The Customer may also terminate if monthly availability falls short of the commitment in 2.1 in any three months of a Subscription Year.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules then in force. The award is final and binding.

### 10. General

10.1 Notices must be in writing and sent to the addresses in A1 or to an email address notified by a party.

10.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

10.3 The Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
"""

SRC["e03"] = """T:Supply Contract for Press Condition-Monitoring Sensors and Software
P:Contract No. QDRP-EQ-2025-033
P:Buyer: Qingdao Haiyuan Rubber Products Co., Ltd., Jiaozhou, Qingdao, People's Republic of China (the "Buyer").
P:Supplier: Kegalle Instruments and Telemetry (Private) Limited, Kandy Road, Kegalle, Sri Lanka (the "Supplier").
P:The Buyer operates 120 curing presses for rubber hoses and seals. It has selected the Supplier, after competitive negotiation, to supply and install wireless vibration and temperature sensors, gateways, an edge server and a perpetual licence of the Supplier's condition-monitoring software. This Contract is on the Buyer's standard terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and edge server listed in clause 2. "Software" means the PressWatch condition-monitoring software, version 4, licensed under clause 8. "Works" means installation, commissioning, MES integration and training.
P:1.2 The Supplier shall supply the Equipment and Software, mount two sensors on each press, install the gateways and the edge server in the Buyer's plant, configure alarm thresholds for each press type with the Buyer's maintenance engineers, integrate alarms and work orders with the Buyer's MES, and train the Buyer's staff.
P:1.3 All Equipment shall be new, of the models stated in the technical specification in Appendix 1, and suitable for the plant's temperature, humidity and dust conditions.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,358,000, inclusive of VAT, delivery to the Buyer's plant, import duties, insurance, installation and training. It is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial gateway|24|9,800|235,200
TB:3|Edge server with redundant storage|1|88,000|88,000
TB:4|PressWatch software, perpetual licence|1|310,000|310,000
TB:|Equipment and Licence Subtotal|||1,149,200
TB:5|Installation and commissioning|1|126,000|126,000
TB:6|MES integration|1|64,000|64,000
TB:7|Training|1|18,800|18,800
TB:|Contract Price|||1,358,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates or material costs.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 135,800) within 20 days after signature, against an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 52% of the Contract Price (CNY 706,160) within 30 days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 38% of the Contract Price (CNY 516,040) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's appointed agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature and complete installation and commissioning within 40 days after delivery.
P:4.2 The Supplier shall deliver, with the Equipment, the operating manuals, wiring diagrams, network diagrams, calibration certificates for each sensor batch and the configuration backup of each gateway, in Chinese and English.
P:4.3 The Buyer shall provide power and network connections at the agreed points, access to the presses during the scheduled stoppages and a contact engineer for each shift.
P:4.4 Installation shall be carried out during the production stoppages scheduled by the Buyer, in compliance with the Buyer's safety rules, hot-work permits and lock-out procedures.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 days.
P:5.2 Final Acceptance requires that: every sensor reports to the Software at the configured interval, with data loss below 0.5% of readings over the trial period; temperature readings agree with a calibrated reference within ±1.5°C; the Software detects the bearing faults simulated on five presses chosen by the Buyer; alarms create work orders in the MES within one minute; and no Severity 1 incident occurs during the trial period.
P:5.3 When these criteria are met, the Buyer shall sign a Final Acceptance certificate within seven days. Delivery, installation, use in production and payment shall not be deemed acceptance.
P:5.4 Training: before the trial period the Supplier shall train at least twenty maintenance technicians and four system administrators in sensor mounting, battery replacement, gateway configuration, alarm tuning and the use of the Software, with a short test at the end of each course.
P:5.5 If the criteria are not met, the Supplier shall remedy the defects at its cost and repeat the trial period.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for thirty-six months from Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including parts, labour and shipping, and provide Software updates and remote support.
P:6.2 The Supplier shall keep in the Buyer's plant a stock of spare sensors and one spare gateway during the warranty period.
P:6.3 Battery life of the sensors shall be at least three years at the configured reporting interval; batteries failing earlier shall be replaced free of charge.
H:7. Service Levels
P:7.1 Incidents are classified as follows:
TB:Severity|Definition|Response time|Restoration time
TB:Severity 1|Software or edge server down, or no data from more than ten presses|30 minutes|8 hours
TB:Severity 2|A gateway down, or false alarms on several presses|2 hours|2 business days
TB:Severity 3|Individual sensor fault or minor software issue|1 business day|5 business days
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800. For Severity 2, the amount is CNY 200 per hour. These amounts are deducted from the next payment or from the warranty bond.
P:7.3 Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's jump server.
P:7.4 After the warranty, the Buyer may order annual support at 7.5% of the Equipment and Licence Subtotal (CNY 86,190 per year), covering parts, labour, Software updates and the service levels above. This price is fixed for the first two support years. Support is ordered by purchase order each year and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's plants, with no limit on the number of presses or users.
P:8.2 The MES integration, alarm rules, press models and dashboards configured for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and license them freely.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any claim of infringement.
H:9. Data Security
P:9.1 All data collected by the sensors and generated by the Software, including press parameters, vibration signatures and maintenance records, belongs to the Buyer. The Supplier shall use it only to perform this Contract.
P:9.2 The Software runs on the edge server in the Buyer's plant. The Supplier shall not transfer data out of the plant, shall use named accounts with multi-factor authentication for remote sessions, and shall harden the edge server and gateways according to the Buyer's industrial security baseline.
P:9.3 The Supplier shall report any security incident affecting the system to the Buyer within two hours, take remedial measures immediately and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information, including the Buyer's production data and process parameters, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for undelivered or unaccepted items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. General
P:15.1 Force majeure excuses delay for its duration if notified promptly. This Contract is signed in English and Chinese; both versions have equal effect. Appendix 1: Technical specification. Appendix 2: Installation plan.
P:15.2 Notices shall be given in writing to the addresses above, or by email to the project contacts named in Appendix 2, and take effect on receipt. Neither party may assign this Contract without the other party's written consent. Any amendment must be in writing and signed by authorised representatives of both parties. This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed Application Services Agreement

**Agreement No. HDS-GZ-MS-2025-014**

**Customer:** Guangzhou Nansha Harbour Logistics Co., Ltd., Nansha District, Guangzhou, People's Republic of China ("Customer").

**Provider:** Hambantota Digital Services (Private) Limited, Port Access Road, Hambantota, Sri Lanka ("Provider").

The Customer runs a warehouse management system (WMS), a yard management application and their interfaces to customs and carrier systems at four bonded warehouses. The Provider will take over the application support of these systems from the Customer's internal team and provide it as a managed service for thirty-six months, on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed application services described in Schedule 1.

1.2 "Service Levels" means the response and resolution targets in Schedule 2, and "Service Credits" the amounts calculated under Schedule 2.

1.3 "Customer Data" means all data held in or processed by the supported applications, including inventory, consignee, carrier and customs declaration data.

1.4 "Transition" means the handover of the support function from the Customer's team to the Provider, described in Schedule 1, Part B.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The Service Term is thirty-six months from the Service Commencement Date, which is the day after Transition Acceptance.

2.2 This Agreement ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3. Services

3.1 The Provider shall deliver the Services from its service centre with a team of named engineers, supported by a duty manager available at all hours.

3.2 The Provider shall keep a service desk reachable by telephone, email and the Customer's ticketing tool at all times, in Chinese and English.

3.3 The Provider shall maintain runbooks, a known-error database and a configuration register for the supported applications, and keep them current throughout the Service Term.

3.4 The Provider shall name a service delivery manager who is responsible for the Services, attends the monthly and quarterly reviews in person or by video, and is the Customer's escalation point. Key engineers named in the transition plan may be replaced only with engineers of equal experience, after a handover period of at least two weeks.

3.5 The Provider shall follow the Customer's change management procedure and shall not deploy any change to production without an approved change request, except an emergency fix for a Priority 1 incident approved by the Customer's duty manager.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete Transition within 60 days after signature, following the plan in Schedule 1, Part B.

4.2 Transition Acceptance requires that: every runbook listed in Schedule 1 has been written and walked through with the Customer; the Provider's engineers have resolved twenty tickets under shadow and reverse-shadow supervision without escalation to the Customer's team; monitoring of all interfaces is live and alerts reach the service desk; and access to every system has been set up and tested.

4.3 The Customer shall confirm Transition Acceptance in writing within five business days after the Provider shows that the criteria are met. The Provider's start of ticket handling before that date is not acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 60,000.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Service Term are CNY 2,180,000.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced quarterly in arrears, after the Service Credits for the quarter have been calculated and deducted.

5.3 The Customer shall pay undisputed invoices within 30 days after receipt.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

6.2 If the Provider misses a Service Level, the Service Credits in Schedule 2 apply. Service Credits are a price adjustment reflecting the reduced value of the Services.

6.3 The Provider shall carry out a root-cause analysis for every Priority 1 incident and present it within five business days.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry of this Agreement, the Provider shall return to the Customer any Customer Data in its possession.

## Section 8. Confidentiality

8.1 Each party shall keep confidential any non-public information it receives from the other party under this Agreement, including Customer Data, system documentation, rates and business plans, and shall not disclose it to any third party without the other party's prior written consent.

8.2 The obligations in this Section continue for three years after the end of the Service Term.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, monitoring rules, reports and other materials prepared by the Provider specifically for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

9.2 The Provider's pre-existing tools remain its property; the Provider grants the Customer a free licence to use any such tools embedded in the deliverables.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement shall not exceed 150% of the total Charges for the Service Term, except for fraud, wilful misconduct and breach of Section 8.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 12. Duration and Early Termination

12.1 Given the investment in Transition, the parties agree that this Agreement shall continue for the full Service Term and that neither party may terminate it before the end of the Service Term, except by mutual written agreement or where the other party becomes insolvent.

12.2 The Customer's remedies for service failures are the Service Credits under Schedule 2 and the root-cause and improvement obligations in Section 6; the Customer shall continue to pay the Charges, less Service Credits, for the full Service Term.

## Section 13. Exit

13.1 In the last three months of the Service Term, the Provider shall cooperate in good faith with the Customer and any successor provider, hand over the runbooks, scripts and configuration register, and take part in shadowing sessions.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.

## Section 15. General

15.1 Force majeure excuses delay in performance for its duration if the affected party notifies the other promptly.

15.2 This Agreement, with its Schedules, is the entire agreement between the parties and may be amended only in writing.

## Schedule 1. Services

**Part A. Scope**

| Service element | Systems | Hours |
|---|---|---|
| Incident management and service desk | WMS, yard management, interfaces | 24x7 |
| Problem management and root-cause analysis | all supported systems | business days |
| Interface monitoring (customs, carriers, EDI) | interface platform | 24x7 |
| Minor enhancements, up to 60 person-days per year | WMS reports and screens | business days |
| Release and patch deployment in test and production | all supported systems | agreed windows |
| Monthly service report and quarterly review | all services | monthly / quarterly |

**Part B. Transition plan**

| Phase | Activities | Duration |
|---|---|---|
| Knowledge transfer | documentation review, walkthroughs with the Customer's team | 3 weeks |
| Shadow | Provider observes, Customer's team resolves tickets | 2 weeks |
| Reverse shadow | Provider resolves tickets, Customer's team observes | 2 weeks |
| Handover | runbooks signed off, access tested, acceptance | 1 week |

## Schedule 2. Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Credit per miss |
|---|---|---|---|---|
| Priority 1 | warehouse operations or customs interface stopped at any site | 15 minutes | 3 hours | CNY 3,000 |
| Priority 2 | a function or an interface degraded, operations continue | 1 hour | 8 hours | CNY 800 |
| Priority 3 | a single user or minor issue | 8 business hours | 5 business days | none |

Total Service Credits in a month shall not exceed 20% of the Monthly Service Charge for that month.

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 92,000 |
| Monthly Service Charge | 58,000 per month for 36 months | 2,088,000 |
| Total Charges | | 2,180,000 |

Additional enhancement work beyond the annual allowance is charged at CNY 3,600 per person-day, by separate work order.
"""

SRC["e05"] = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. MSI-SUB-2025-092

BETWEEN

Matale Spice Intelligence (Private) Limited, a company incorporated in Sri Lanka, of Trincomalee Street, Matale, Sri Lanka ("Provider"); and

Shanghai Xiangyun Food Ingredients Co., Ltd., a company established in the People's Republic of China, of Jiading District, Shanghai ("Customer").

BACKGROUND

The Provider compiles market data on cinnamon, pepper, cloves, nutmeg, cardamom and other spices: farm-gate and auction prices in Sri Lanka and other producing countries, crop condition reports, export volumes and quality grades. The Customer buys spices for its seasoning plants in China and wishes to receive this data through the Provider's API and web portal, and to feed it into its own purchasing and planning systems.

1. DEFINITIONS

1.1 "Data" means the market data, indices, reports and forecasts made available by the Provider through the API and the portal.

1.2 "API" means the Provider's application programming interface described in the API Documentation, version 3.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Subscription Start Date.

1.4 "Customer Inputs" means the information the Customer uploads or sends to the Provider, including its purchase volumes, contract prices, supplier names, quality test results and query history.

1.5 "Custom Feed" means the data extract, mapping tables and transformation scripts built by the Provider for the Customer under clause 3.2.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and the portal, and to use the Data for its internal business purposes, including in reports to its management and its group companies in China.

2.2 The subscription covers 25 named portal users and up to 200,000 API calls per Subscription Year. Additional calls are charged under clause 5.3 and are not part of the Total Fees.

2.3 The Customer shall not resell the Data or publish it outside its group, except in summary form that does not allow the Data to be reconstructed.

2.4 The Provider shall publish on the portal the methodology of each index and report, including the sources, sample sizes and calculation rules, and shall inform the Customer at least 30 days before a material change in methodology. Historical series back to 2015 are included in the subscription and may be downloaded by the Customer once at the start of the Subscription Term.

3. INTEGRATION SUPPORT

3.1 The Subscription Start Date is the date of Integration Acceptance under clause 4, or, if earlier, the date the Customer starts to use the Data in production.

3.2 The Provider shall build a Custom Feed that maps the Data to the Customer's material codes and grade definitions, delivers daily prices and weekly crop reports into the Customer's data warehouse, and flags price movements beyond limits chosen by the Customer.

3.3 The Provider shall complete the Custom Feed within 40 days after signature.

3.4 The Customer shall provide its material codes, grade definitions and access to a test environment of its data warehouse within ten days after signature, and shall name a technical contact. Delay caused by the Customer extends the date in clause 3.3 accordingly.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: the Custom Feed has delivered the daily data for ten consecutive business days without missing records; a sample of 200 prices matches the portal; every Customer material code is mapped; and the price-movement alerts have been tested with the Customer's buyers.

4.2 The Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Delivery of test data is not acceptance.

4.3 If the Custom Feed is not ready for Integration Acceptance by the date in clause 3.3 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay, up to CNY 12,000.

5. FEES AND PAYMENT

5.1 The fees are: Subscription Fee CNY 186,000 for each Subscription Year, CNY 372,000 for the two Subscription Years; Integration Support Fee CNY 24,000, one time. The Total Fees for the Subscription Term are CNY 396,000, including VAT.

5.2 The Integration Support Fee is payable within 30 days after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days after the invoice.

5.3 API calls beyond the annual allowance are charged at CNY 0.80 per call, invoiced quarterly in arrears.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API and the portal available and to update the Data at the times stated in the API Documentation. The Provider does not commit to any level of availability or to any response or resolution time.

6.2 Support requests may be sent by email. The Provider will deal with them during its business hours in Sri Lanka, Monday to Friday, in the order received.

6.3 The Provider may suspend access for maintenance. It will try to give notice on the portal in advance.

6.4 The Provider shall give at least 90 days' notice before withdrawing a version of the API, and shall keep the Custom Feed working with the current version at no extra charge during the Subscription Term. New data series added to the portal during the Subscription Term are available to the Customer without additional fees unless they are sold as a separate product.

7. CUSTOMER INPUTS AND DATA USE

7.1 Customer Inputs remain the property of the Customer.

7.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form, combined with inputs of other subscribers, to calculate and publish the Provider's price indices and market reports and to improve its products. The Provider will not name the Customer or its suppliers in any published material. This licence continues after the end of the Agreement.

8. DATA SECURITY

8.1 The Provider shall protect Customer Inputs with encryption in transit and at rest, access limited to named staff, multi-factor authentication and logging of access.

8.2 The Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to Customer Inputs, take immediate steps to contain it, and be liable for losses caused by its breach of this clause.

8.3 Personal information of the Customer's users is processed only to manage their accounts, in accordance with the Personal Information Protection Law of the People's Republic of China.

9. INTELLECTUAL PROPERTY

9.1 The Data, the API, the portal and the Provider's indices remain the property of the Provider and its licensors.

9.2 The Custom Feed, including its mapping tables and transformation scripts, belongs to the Customer, which may use and modify it freely, including after the end of this Agreement with data from another source.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's purchase volumes and prices and the Provider's methods, and shall use it only for this Agreement.

10.2 This clause continues for three years after the end of the Agreement.

11. LIABILITY

11.1 The Data is provided for information. The Provider does not warrant that it is complete or free of errors, but shall correct errors promptly when notified.

11.2 Neither party is liable for indirect loss or loss of profit. Each party's total liability under this Agreement shall not exceed twice the Total Fees, except for fraud, wilful misconduct and breach of clauses 8 and 10.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the integration support or the processing of Customer Inputs without the Customer's prior written consent.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; the parties may agree a renewal in writing.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee for the period after termination.

13.3 On expiry or termination the Customer's access ends. The Customer may keep the Data already received and use it internally.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

15. GENERAL

15.1 Neither party is liable for failure caused by force majeure, including crop or market disruptions outside the Provider's control, provided it notifies the other party promptly.

15.2 This Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""


# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
                           kind]))


G, S = "goods_or_licence", "service"
# key: (file, language, category, terms, extra(sla_clause, ld_stated, capped|None, deemed, value), TCO (fee base) or None,
#       forum outside mainland, design rules)
D = {
 "z01": ("h734z01_grassland_enforcement_monitoring_platform.pdf", "zh", "software",
         terms(99.95, 0.5, True, "buyer", True, True, True, 0.03, 50, 20, True, True, 24, 8, False, True, False, "PRC", G),
         (True, True, True, False, 1500000), 860000, False, ["CR-LD-LOW", "CR-LIABILITY-CAP"]),
 "z02": ("h734z02_rattle_drum_line_control_retrofit.docx", "zh", "hardware",
         terms(None, 8, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, False, "PRC", G),
         (True, True, True, False, 1486000), 1246000, False,
         ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"]),
 "z03": ("h734z03_foot_care_chain_booking_saas.txt", "zh", "cloud",
         terms(99.5, 1, True, "buyer", True, False, True, 300 / 418000 * 100, None, None, True, None, None, None, True,
               True, False, "PRC", S),
         (True, True, None, False, 418000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("h734z04_breast_milk_bank_system_om_service.txt", "zh", "services",
         terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
               "PRC", S),
         (True, True, None, False, 420000), None, False, []),
 "z05": ("h734z05_diabolo_workshop_tracking_supplier_template.md", "zh", "software",
         terms(None, 8, False, "supplier", True, True, False, None, None, 50, False, False, 6, None, False, True, None,
               None, G),
         (True, False, False, True, 780000), 420000, False,
         ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": ("h734e01_gem_inventory_perpetual_licence_ratnapura_vendor.pdf", "en", "software",
         terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
               "Sri Lanka", G),
         (True, True, True, False, 1760000), 1180000, True, ["CR-GOVERNING-LAW"]),
 "e02": ("h734e02_tea_traceability_saas_order_form_badulla_vendor.md", "en", "cloud",
         terms(99.95, 0.5, True, "buyer", True, True, True, 500 / 582000 * 100, 6 / 24 * 100, 314000 / 582000 * 100,
               True, None, None, None, False, True, True, "PRC", S),
         (True, True, None, False, 582000), None, False, ["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
 "e03": ("h734e03_press_monitoring_sensors_kegalle_supplier.docx", "en", "hardware",
         terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False,
               "PRC", G),
         (True, True, True, False, 1358000), 1149200, False, []),
 "e04": ("h734e04_warehouse_managed_application_services_hambantota.md", "en", "services",
         terms(None, 0.25, True, "buyer", False, True, True, 2000 / 2180000 * 100, 150, None, True, None, None, None,
               False, False, False, "PRC", S),
         (True, True, None, False, 2180000), None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "e05": ("h734e05_spice_market_data_api_subscription_matale.txt", "en", "cloud",
         terms(None, None, False, "buyer", True, False, True, 300 / 396000 * 100, 200, None, True, None, None, None,
               False, True, False, "PRC", S),
         (False, True, None, False, 396000), None, False, ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x[4] + fees) * 100


def derive(t, x, base, forum_out):
    """My reading of policy §3."""
    sla, ld_stated, capped, deemed, value = x
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    if goods and capped and t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
        share = tco_share(t, x, base)
        assert not 38 <= share <= 42, share
        if share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    f, lang, cat, t, x, base, forum_out, design = D[key]
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x[2]
    else:
        assert x[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    rules = derive(t, x, base, forum_out)
    assert rules == sorted(design), (key, rules, design)
    return {"file": f, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


# ---------------------------------------------------------------- read-back and checks
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


NUM = r"(?<![\d.,])"
BAD = [
    NUM + r"99\.90*(?!\d)",                                        # availability 99.9
    NUM + r"4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)",             # 4 hours
    r"(?<![一二三四五六七八九十])四个?小时", r"\bfour[\s-]*hours?\b",
    NUM + r"0\.050*\s*%", r"万分之五(?![十])", r"千分之零点五",       # 0.05 %/day
    NUM + r"100(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之(?:一)?百",
    NUM + r"30(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])",
    NUM + r"12\s*-?\s*(?:months?|个月|月)", r"十二个月", r"\btwelve[\s-]*months?\b", r"(?<![十])一年质保|质保期?为?一年",
    NUM + r"15(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之十五(?![一二三四五六七八九])",
    NUM + r"40(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])",
]
BAD_RE = re.compile("|".join(BAD), re.I)
MUST_HIT = ["99.9%", "availability 99.9 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%",
            "100 percent", "30%", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%",
            "百分之四十", "4-hour"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 days", "0.055%", "万分之三", "1100%", "130%", "百分之三十五",
             "112 months", "18个月", "115%", "140%", "4 business days", "P1", "CNY 1,400", "二十四个月", "0.30%"]
for s_ in MUST_HIT:
    assert BAD_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not BAD_RE.search(s_), s_


def scan(text, name):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = BAD_RE.search(variant)
        assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    office = {k: (D[k][0], D[k][0].rsplit(".", 1)[1]) for k in D if D[k][0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k in D:
        if k not in office:
            (OUT / D[k][0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", D[k][0])
    fired = set()
    for k in D:
        lab = label(k)
        t = lab["expected_terms"]
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        fired |= set(lab["expected_rules"])
        stem = D[k][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / D[k][0])
        n = length(text, D[k][1])
        lo, hi = (2750, 3000) if D[k][1] == "zh" else (1450, 1650)
        scan(text, k)
        r = lab["expected_rules"]
        risk = "high" if set(r) & HIGH else ("low" if set(r) <= LOW else "medium")
        print(f"{k} {D[k][1]} len={n} risk={risk} rules={', '.join(x[3:] for x in r) or '(none)'}")
        assert lo <= n <= hi, (k, n)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    z02 = D["z02"]
    print("z02 TCO share %.1f %%" % tco_share(z02[3], z02[4], z02[5]))
    print("all checks passed")
