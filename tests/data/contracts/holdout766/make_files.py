"""holdout766: builds the ten held-out draft contracts and their labels, and asserts the brief's checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built by
../word_pdf.py from the markup below (PDF paragraphs pre-wrapped at word boundaries)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:水土流失监测平台采购合同
P:合同编号：SBZ-ZC-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：河川县水利局水土保持站
P:乙方（供应商）：青岚智水信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，双方就水土流失监测平台建设项目订立本合同，招标文件、投标文件及澄清文件为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供"水土流失动态监测平台"软件永久许可（不限用户数），并完成定制开发：38个径流小区和12个卡口站监测点数据接入、土壤侵蚀模型计算模块、生产建设项目监管图斑比对、外业核查移动端。
P:1.2 乙方负责平台在甲方政务云资源上的部署、联调、数据初始化及人员培训。
P:1.3 乙方应完成平台与省级水土保持监管系统、县级河长制信息平台和气象局降雨数据服务的接口对接，对接所需的接口规范由甲方协调提供。
P:1.4 乙方交付物包括：平台安装介质及许可证书、定制模块源代码、数据库设计说明、接口说明、测试报告、用户手册、运维手册和培训材料。
H:第二条 合同价款
P:2.1 合同总价为人民币1,950,000元（含税），其中：平台软件许可费1,180,000元；定制开发费640,000元；实施部署费98,000元；培训费32,000元。
P:2.2 合同总价为固定价格，包括乙方完成本合同全部工作所需的一切费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。资金按财政国库集中支付程序拨付。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署和全部监测点接入，150日内具备最终验收条件。
P:4.2 因甲方原因造成的延误，交付期限相应顺延。
P:4.3 乙方应在合同签订后10日内提交实施方案，经甲方确认后执行。实施方案应包括进度计划、人员安排、数据迁移方案、安全保障措施和应急预案。
H:第五条 验收
P:5.1 初步验收标准：全部监测点接入且连续运行15日数据完整率不低于98%；侵蚀模型计算结果与甲方提供的样本核对一致；移动端可离线采集并同步；功能逐项符合招标文件技术要求。
P:5.2 最终验收在初验后试运行60日届满时进行，条件为：试运行期间无一级故障；第三方软件测评机构出具的功能与性能测试报告合格；网络安全等级保护测评中无高风险问题。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与运维
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在汛期前完成一次全面检查和数据备份恢复演练。
P:6.3 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过106,200元），该标准在质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台无法访问或数据接入全部中断）乙方应在30分钟内响应，8小时内恢复；二级故障2小时内响应，24小时内恢复。
P:7.3 乙方未达到响应或恢复时限的，每超时1小时扣减服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台存储的监测数据、遥感影像、图斑成果和用户信息均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或提供给任何第三方。
P:8.2 乙方应落实等级保护要求，通过甲方堡垒机进行远程运维，不得将数据导出至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、监测数据及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发形成的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。乙方应在最终验收时交付完整源代码。
P:10.2 平台标准产品的知识产权仍属乙方，甲方取得永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权拒收，并要求乙方退还已付款项、赔偿损失。
P:11.3 乙方提供的软件侵犯第三方知识产权的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
P:11.4 甲方无正当理由逾期付款的，按国家有关规定承担相应责任，但财政资金拨付程序造成的合理延迟除外。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应指派具有水土保持监测或水利信息化项目经验的项目经理，实施期间每周向甲方书面报告进度、问题和下周计划；未经甲方同意，乙方不得更换项目经理和技术负责人。
P:15.2 乙方应为甲方及各乡镇水利站业务人员提供不少于三期集中培训，并提供操作手册、运维手册和培训视频，确保甲方人员能够独立完成日常数据审核和报表生成。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方未履行合同义务的，甲方有权从履约保证金中扣除相应款项。
H:第十七条 不可抗力
P:17.1 因洪水、地震等不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。
H:第十八条 通知
P:18.1 与本合同有关的通知以书面形式送达双方在本合同首页载明的地址，一方变更联系方式的，应在变更后3日内通知对方。
H:第十九条 其他
P:19.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:19.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章并经同级财政部门备案后生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
P:签订日期：______年___月___日
"""

Z02 = """T:钢化及装配生产线控制系统改造合同
P:合同编号：LJ-SB-2025-0612
P:甲方（买方）：佛山市南海区林居茶几家具厂
P:乙方（卖方）：广东恒拓自动化科技有限公司
P:甲方为提高茶几玻璃台面钢化合格率和整机装配效率，委托乙方对钢化炉温控系统和茶几装配线进行控制系统改造，并提供配套软件和维保服务。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）钢化炉温控改造：更换温控PLC及加热分区控制模块，增加风栅压力闭环控制，实现按玻璃厚度自动调用工艺曲线。
P:（二）装配线改造：更换装配线伺服驱动和定位传感器，增加拧紧扭矩采集和扫码工位，实现茶几框架、玻璃台面和五金件的配套防错。
P:（三）软件：提供生产线控制软件许可一套，实现工艺配方管理、设备状态监控、产量统计、质量追溯和报警推送，并开发与甲方现有ERP系统的工单及入库接口。
H:二、合同价款
P:合同总价为人民币1,350,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|钢化炉温控PLC系统及加热分区模块|1套|386,000
TB:2|装配线伺服驱动、定位传感器及扭矩采集|1套|458,000
TB:3|工业平板、扫码枪及工位终端|16台|126,000
TB:4|生产线控制软件许可（永久）|1套|214,000
TB:|软硬件小计||1,184,000
TB:5|安装调试及旧设备拆除|1项|96,000
TB:6|ERP接口定制开发|1项|58,000
TB:7|操作及维护培训|1项|12,000
TB:|合同总价||1,350,000
P:上述价格包含设备、软件、包装、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。除双方书面确认的变更外，甲方不承担其他费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并安装完成后，甲方支付合同总价的45%。到货签收和安装完成不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%。
H:四、交货与工期
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方厂区，改造施工安排在甲方停产检修期间进行，停线时间不得超过7日。
P:（二）乙方应在设备到货后30日内完成安装调试并具备验收条件。
P:（三）设备应采用适合长途运输的包装，并附装箱单、合格证、说明书和电气图纸。运输及装卸风险在甲方签收前由乙方承担。
P:（四）乙方应在停线改造前提交施工方案和回退方案，经甲方生产部门确认后实施。改造期间如发生无法按期恢复生产的情况，乙方应立即启动回退方案，确保原有设备恢复运行。
H:五、验收
P:（一）验收标准：钢化炉按三种常用厚度（8mm、10mm、12mm）各连续生产200片，钢化合格率不低于97%，炉温控制偏差不超过±3℃；装配线连续运行10个班次无停线故障，扫码防错拦截率达到测试用例全部通过；ERP接口工单和入库数据连续10日核对一致。
P:（二）乙方应在验收前提交设备出厂检验报告、电气安全检测记录、软件功能测试记录和ERP接口测试记录，并对甲方操作人员完成培训考核。
P:（三）验收由甲方组织，乙方配合，双方签署验收报告。设备试生产、甲方使用或付款不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证
P:（一）设备及软件免费质保期为二十四个月，自最终验收合格之日起计算。质保期内非甲方原因造成的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方提供维保服务，年度维保费按软硬件小计的8%计取（每年94,720元），质保期满后三年内不调整。
H:七、技术服务
P:（一）乙方提供7×24小时电话支持。一级故障（钢化炉或装配线停线）乙方应在1小时内响应，并在8小时内派工程师到场，16小时内恢复生产；二级故障（单个工位或软件功能异常）应在2小时内响应，48小时内解决。
P:（二）乙方应每季度上门巡检一次，检查温控元件、伺服及传感器状态，并提交巡检报告。
P:（三）乙方应随设备提供一年用量的易损件（加热元件、传感器探头、扫码枪线缆），并在合同有效期内保证备件供应，备件价格不得高于乙方同期对外报价。
P:（四）乙方应为甲方培训不少于6名设备操作人员和2名维护人员，培训内容包括工艺配方设置、日常点检、常见报警处理和参数备份恢复。培训结束后，乙方应对受训人员进行考核并出具考核记录。
H:八、数据安全与保密
P:（一）生产线控制软件采集的工艺参数、产量、质量及订单数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须经甲方逐次授权，使用甲方提供的VPN账号，维护完成后关闭连接。乙方应采取防病毒、访问控制和操作日志等措施，保障控制系统和数据安全。因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
P:（三）乙方应将控制网络与甲方办公网络进行隔离，不得在控制系统中安装与本项目无关的软件，软件升级前应在测试环境验证并经甲方同意。
P:（四）双方对履约中获知的对方技术资料、工艺配方、客户信息和价格等商业秘密负有保密义务，保密期限至合同终止后三年。
H:九、知识产权
P:（一）ERP接口程序、为甲方定制的工艺配方模板及其源代码归甲方所有，甲方可自行修改使用。
P:（二）控制软件标准产品的知识产权归乙方，甲方取得永久使用许可，并可在本厂范围内不限设备数量使用。
P:（三）乙方应在验收时向甲方移交PLC程序备份、电气原理图、接线图、参数清单和软件安装介质。乙方保证其提供的设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）改造后设备性能达不到验收标准且经两次整改仍不合格的，甲方有权退货，乙方应退还已收款项并赔偿甲方停产损失。
H:十一、分包
P:乙方可将电气安装及旧设备拆除工作分包给具备相应资质的单位，但应在进场前书面通知甲方，并对分包单位的工作质量、施工安全和工期负责，分包单位的违约视为乙方违约。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。乙方逾期交货超过30日的，视为严重违约。
H:十三、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产和消防管理制度，动火、登高及带电作业须办理作业审批。因乙方人员违章作业造成的人身伤害和财产损失由乙方承担。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免责。不可抗力持续超过60日的，任何一方可书面通知解除合同。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十六、其他
P:本合同未尽事宜由双方另行协商并签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单及技术参数、验收测试方案。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z03 = """连锁门店预约与会员管理SaaS服务合同

合同编号：YX-IT-2025-031
甲方：上海悦形普拉提健身管理有限公司
乙方：杭州约课云信息科技有限公司

鉴于甲方在华东地区经营40家普拉提门店，需要统一的课程预约、会员管理和收银系统，乙方同意以SaaS方式向甲方提供"约课云"平台服务并完成实施。双方订立本合同如下。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店开通约课云平台，包括团课及私教预约、会员卡管理、教练排班、储值与收银、营销活动、经营报表和微信小程序。
2. 每家门店开通5个前台及教练账号，总部开通10个管理账号。新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责将甲方现有系统中的会员档案、剩余课时和储值余额迁移至平台，迁移数据须与甲方确认的截止日余额逐条核对。
2. 乙方负责小程序品牌配置、课程体系和价格体系配置、收银设备对接，并对各门店店长和前台进行培训。
3. 实施应在合同签订后45日内完成，全部门店同步上线。
4. 乙方应在合同签订后5个工作日内提交实施计划，列明数据迁移、配置、测试、培训和切换的时间安排及双方责任人。切换当日乙方应派实施顾问到甲方总部和重点门店现场支持。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线之日起计算，每个服务年度为连续的365日。
（二）服务期满后，本合同自动续期一个服务年度，续期次数不限，但任何一方在期满前30日书面通知不续期的除外。续期年度的服务费由乙方根据其届时公布的标准价格确定，乙方应在续期开始前通知甲方新的价格。

三、服务费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度7,800元，40家门店每个服务年度合计312,000元，两个服务年度合计624,000元。
2. 实施服务费：86,000元，一次性支付。
3. 合同总价：710,000元（含6%增值税）。
（二）支付方式
1. 实施服务费在实施验收合格后15个工作日内支付。
2. 每个服务年度的订阅服务费分四期按季度支付，甲方在每季度首月的15日前支付该季度费用78,000元。
3. 乙方应在收款前开具增值税专用发票。

四、实施验收
（一）验收条件：会员档案、剩余课时和储值余额迁移结果与截止日数据逐条核对一致；40家门店全部完成预约、核销、收银和退款全流程测试；小程序在高峰时段（每日19:00至21:00）并发预约响应时间不超过2秒；全部门店店长和前台培训考核合格。
（二）甲方在乙方提交验收申请后7个工作日内组织验收并签署验收单。门店试用不视为验收合格。
（三）验收不合格的，乙方应在5个工作日内完成整改并重新提交验收申请，由此造成的上线延误计入乙方逾期天数。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日1:00至6:00之间并提前48小时通知甲方。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，2小时内恢复。
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复。
3. 三级故障（个别问题或咨询）：当日响应，3个工作日内解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方减免当月订阅服务费的3%；一级故障每超过恢复时限1小时，减免当月订阅服务费的2%。当月减免总额以当月订阅服务费为限，从下一期应付费用中抵扣。

六、数据与安全
（一）会员信息、预约记录、交易流水和课程数据（以下简称"甲方数据"）归甲方所有。
（二）乙方可对甲方数据进行去标识化处理后，用于乙方行业分析报告、平台产品优化和算法模型训练，该等使用不需另行取得甲方同意。
（三）乙方应依照《个人信息保护法》和《数据安全法》保护甲方数据：数据存储于中国境内，传输和存储加密，后台访问实行最小权限和操作留痕，每日备份并保留30日。
（四）发生数据泄露、篡改或丢失的，乙方应在12小时内通知甲方，配合甲方履行告知和报告义务，并赔偿甲方因此遭受的损失。
（五）合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，随后删除平台上的甲方数据并出具删除证明。
（六）乙方应每年委托第三方机构进行一次渗透测试，并向甲方提供测试结论摘要及整改情况。

七、保密
双方对履约中知悉的对方经营信息、会员信息、价格和技术资料负有保密义务，未经对方书面同意不得向第三方披露，但法律法规或监管机关要求披露的除外。乙方应要求其接触甲方信息的员工签署保密承诺。保密义务在合同终止后三年内持续有效。

八、知识产权
（一）约课云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、课程体系配置、品牌素材和经营报表模板归甲方所有，甲方可自由使用、修改或交由第三方使用。

九、违约责任
（一）乙方未能按第一条约定期限完成实施上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的150%为限，但因数据泄露或违反保密义务造成的损失不受此限。

十、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十一、合同解除
（一）乙方连续两个月未达到服务水平承诺，或严重违约经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还已付未使用期间的服务费。
（二）甲方关闭部分门店的，可提前30日书面通知乙方减少相应门店的订阅，该门店剩余期间的费用不再支付。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交上海仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。

十三、双方的其他义务
（一）甲方应指定一名项目负责人，协调各门店配合数据核对、设备对接和培训，并按时支付费用。
（二）甲方应妥善保管管理账号和密码，门店员工离职时及时停用其账号。因甲方账号管理不当造成的损失由甲方承担。
（三）乙方应为甲方配备专属客户成功经理，每月提供一次平台使用分析和优化建议，每季度与甲方召开一次服务回顾会议。
（四）乙方应提供7×24小时客服热线和在线工单系统，门店前台可直接提交问题。
（五）乙方对平台进行重大版本升级的，应提前15日通知甲方，并确保升级不影响门店营业时段的预约和收银。

十四、不可抗力
因不可抗力或基础电信运营商网络大面积中断导致服务中断的，乙方不承担服务补偿责任，但应及时通知甲方并尽力恢复服务。不可抗力持续超过30日的，任何一方可解除合同。

十五、通知
本合同项下的通知以书面形式发送至双方指定的联系人及电子邮箱，邮件发出后24小时视为送达。任何一方变更联系人或邮箱的，应提前3个工作日书面通知对方，否则向原联系方式发送的通知仍视为有效送达。

十六、其他
（一）本合同附件包括：门店清单、功能清单、数据迁移方案、服务水平细则。附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________
"""

Z04 = """血液透析管理信息系统运维服务合同

合同编号：RMYY-XX-2025-088
甲方：临江市人民医院（血液透析中心）
乙方：南安医信软件服务有限公司

甲方血液透析中心现有透析机86台，使用乙方开发的"透析管理信息系统"（以下简称"系统"）管理患者档案、排班、透析记录、耗材和质控数据。系统原质保期已届满，甲方委托乙方提供年度运维服务。双方根据《中华人民共和国民法典》订立本合同。

第一条 服务范围
1. 系统软件运维：故障处理、缺陷修复、小版本升级、数据库维护和性能优化。
2. 设备联网运维：系统与86台透析机、水处理系统、体重秤及血压计之间的数据采集接口维护，保证透析参数自动采集。
3. 接口运维：系统与医院HIS、LIS、电子病历和医保结算系统接口的日常维护和变更适配。
4. 驻场服务：乙方派驻1名运维工程师在甲方工作日驻场（每周一至周六7:30至17:30），其余时间提供远程支持和应急到场服务。
5. 质控报表：每月向甲方提供透析质控数据报表，配合甲方完成国家血液净化病例信息登记系统的数据上报。
6. 用户培训：新入职护士和医生的系统操作培训，每季度至少一次集中培训，并更新操作手册。

第二条 服务期限
服务期为一年，自2025年7月1日起至2026年6月30日止。服务期满后本合同终止，甲方如需继续采购运维服务，另行按医院采购程序办理。

第三条 服务费用及支付
1. 年度运维服务费为人民币268,000元（含税），包含驻场人员费用、远程支持、应急到场、差旅及小版本升级费用。
2. 服务费按季度支付，每季度67,000元。每季度结束后，甲方按第五条进行季度考核，考核合格后15个工作日内支付该季度服务费。
3. 乙方应在每次付款前开具合法发票。

第四条 服务水平
1. 系统在服务期内月度可用率不低于99.95%。
2. 故障分级与时限：
（1）一级故障（系统整体不可用、透析参数采集中断或排班无法打印）：15分钟内响应，30分钟内到场（非驻场时间1小时内到场），2小时内恢复或启用应急方案。
（2）二级故障（单台透析机数据采集异常或单个接口中断）：30分钟内响应，8小时内恢复。
（3）三级故障（一般功能问题或操作咨询）：2小时内响应，3个工作日内解决。
3. 服务扣减：一级故障每超过恢复时限1小时，扣减服务费800元；二级故障每超过恢复时限1小时，扣减服务费300元；月度可用率低于承诺值的，每低0.01个百分点扣减服务费500元。上述扣减从当季服务费中直接扣除。
4. 乙方应在每次一级故障处理完毕后24小时内提交故障分析报告，说明原因、处理过程和预防措施。

第五条 考核与验收
1. 季度考核：甲方依据故障记录、工单系统数据和科室满意度调查，对乙方当季服务进行考核。考核标准为：当季超过响应或恢复时限的故障不超过3次；未发生因乙方原因导致的透析数据丢失；质控报表按时提交；科室满意度评分不低于85分。
2. 年度验收：服务期届满时，甲方组织信息科、透析中心和设备科对全年服务进行验收，乙方应提交年度运维报告、故障统计、巡检记录和数据备份恢复演练记录。
3. 考核不合格的，乙方应在10个工作日内提出整改措施，整改完成前甲方可暂缓支付当季服务费。

第六条 甲方义务
1. 甲方为驻场工程师提供办公场所、网络接入和必要的工作条件，指定信息科一名联系人负责工单审批和服务确认。
2. 甲方负责服务器、网络设备和透析机硬件本身的维修，乙方应配合甲方及设备厂家进行故障定位。
3. 甲方在进行网络改造、HIS升级或新增透析机等可能影响系统运行的工作前，应提前通知乙方，乙方应在接到通知后5个工作日内提出适配方案。

第七条 巡检与备份
1. 乙方每月对系统服务器、数据库和采集接口巡检一次，并提交巡检报告。
2. 乙方应每日检查数据库备份结果，每季度配合甲方进行一次数据恢复演练，确保在主服务器故障时能够在规定时限内切换到备用环境。
3. 春节、国庆等长假期间，乙方应提前制定保障方案，安排专人值守，并在假期前完成一次全面巡检。
4. 乙方应为透析中心编制系统停机应急预案，包括纸质记录单模板、断网情况下的透析参数补录流程，并每半年组织一次应急演练。

第八条 数据安全
1. 系统中的患者身份信息、透析记录、检验结果和质控数据均属于甲方所有，乙方仅为履行本合同目的访问，不得复制、下载、留存或用于任何其他目的。
2. 乙方远程运维应通过甲方堡垒机进行，每次远程操作须经甲方信息科审批并全程录像。驻场工程师不得使用移动存储介质拷贝数据。
3. 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及医疗卫生机构网络安全管理相关规定，落实等级保护三级要求。
4. 发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和对患者的赔偿。
5. 乙方运维账号实行实名管理，人员离场当日注销账号。乙方应每季度配合甲方开展一次安全检查，对发现的漏洞在规定时间内修复。

第九条 保密
乙方及其人员对在服务中知悉的患者隐私、医院管理信息和网络配置信息负有保密义务，服务期满后继续有效。乙方派驻人员应签署个人保密承诺书。

第十条 知识产权
乙方在服务期内为甲方编写的报表、数据脚本、接口适配程序和运维文档归甲方所有，甲方可自由使用和修改。系统原有软件的知识产权不因本合同发生变化。乙方应在服务期满时将上述成果连同说明文档一并移交甲方。

第十一条 人员管理
1. 驻场工程师应具备三年以上医疗信息系统运维经验，乙方更换驻场人员应提前15日书面通知甲方并经甲方同意。
2. 驻场人员应遵守甲方的院感管理、考勤和信息安全制度。甲方认为驻场人员不能胜任的，有权要求乙方在10日内更换。
3. 驻场人员休假或培训期间，乙方应安排具备同等能力的人员顶岗，不得出现驻场空缺。

第十二条 分包
乙方不得将本合同项下的运维服务转包或分包给任何第三方。

第十三条 赔偿责任
因乙方原因造成甲方数据丢失、系统长时间中断或其他损失的，乙方应负责修复并赔偿甲方的直接损失。

第十四条 合同变更与终止
1. 合同履行期间，经双方协商一致，可以书面形式变更服务范围和费用。
2. 服务期届满，本合同自然终止。经双方协商一致，本合同可以提前解除，甲方按实际服务月数结算服务费。
3. 因不可抗力致使本合同无法履行的，双方互不承担责任，受影响一方应及时通知对方。

第十五条 服务交接
合同终止时，乙方应在15日内向甲方或甲方指定的单位移交全部运维文档、账号密码、备份策略和未结工单，并配合完成交接。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同附件包括服务清单、故障分级表、驻场人员名单和考核评分表，与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________
"""


Z05 = """# 竹艺工序追溯管理系统软件许可及定制开发合同

**（竹工云标准合同文本 V3.0）**

合同编号：ZGY-HT-2025-0219

甲方：安吉县竹韵鸟笼工艺品厂

乙方：湖州竹工云软件有限公司

甲方拟采用乙方"竹工云工序追溯管理系统"，对竹材选料、蒸煮、弯制定型、编织、上漆和包装各工序进行记录和追溯。双方在平等自愿的基础上，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予"竹工云工序追溯管理系统"标准版软件永久使用许可，限甲方厂区内使用，并开通60个工位账号。

1.2 乙方根据甲方需求进行定制开发，内容包括：竹材批次与蒸煮温度时间记录、弯制模具编号管理、编织工人计件与工序质检、成品二维码追溯页面、外贸订单出货单据打印。

1.3 乙方负责系统安装部署、基础数据导入及甲方管理人员操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追溯管理系统标准版软件许可（永久） | 560,000 |
| 2 | 定制开发 | 230,000 |
| 3 | 安装部署、数据导入及培训 | 60,000 |
| | 合同总价 | 850,000 |

上述价格含增值税。工位账号超过60个的，每增加一个账号按乙方当期报价另行收费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即552,500元。乙方收到该笔款项后启动开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即297,500元。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持，工期相应顺延。乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到首期款后60个工作日内完成开发和部署，具备上线条件后通知甲方。

4.2 系统在甲方生产现场部署完成并开始运行，即视为上线。

4.3 乙方在开发前向甲方提交需求说明书，甲方应在5个工作日内确认。甲方未按时确认或需求反复调整的，交付期限相应顺延。

4.4 乙方交付的资料包括：软件安装包、许可授权文件、用户操作手册和培训课件。源代码及数据库设计文档不属于交付范围。

## 第五条 验收

5.1 系统上线运行之日，即视为甲方验收合格。甲方在上线后提出的功能调整需求，按本合同第十条约定的变更方式处理。

5.2 甲方对系统功能有异议的，应在上线后7日内书面提出，逾期未提出的，视为甲方认可系统全部功能。

## 第六条 技术支持与免费维护

6.1 系统免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方对系统自身缺陷提供免费修复。

6.2 乙方通过电话、微信群和远程连接方式提供技术支持，乙方将尽商业上合理的努力及时处理甲方提出的问题。现场服务需甲方提前预约，乙方根据工程师时间安排上门。

6.3 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费为软件许可费的28%，即每年156,800元，维护期每年续签一次，费用标准不变。

6.4 因甲方自行修改系统配置、使用非乙方认可的硬件或网络环境、人员误操作导致的故障，不属于免费维护范围，乙方可按次收取服务费。

6.5 乙方发布的系统新版本，免费维护期内可免费升级；免费维护期满后，已签订年度维护服务协议的可免费升级，未签订的按乙方当期报价收费。

6.6 甲方应自行负责服务器、网络、扫码设备和打印机的采购与维护，并按乙方提供的配置清单准备运行环境。因运行环境不符合要求导致系统无法正常使用的，由甲方负责。

6.7 甲方应每日备份系统数据。因甲方未备份造成的数据损失，乙方不承担责任，但可以协助恢复并按次收取服务费。

## 第七条 知识产权

7.1 本系统（包括标准版软件及定制开发部分）的著作权、专利权及其他知识产权均归乙方所有。

7.2 定制开发形成的源代码、数据库设计和技术文档属于乙方的技术成果，乙方可将其用于其他客户项目。甲方仅取得在本厂范围内使用的非独占许可，不得修改、反编译或许可任何第三方使用。

## 第八条 数据安全

8.1 系统中录入的工序记录、工人信息、订单和客户数据归甲方所有，乙方仅为提供技术支持的目的访问，不得用于其他用途。

8.2 乙方远程连接须经甲方同意，并采用加密连接和单独账号，操作完成后断开。乙方应对其工程师进行信息安全培训，不得复制或带走甲方数据。

8.3 乙方应在系统中设置分级权限和操作日志，工人账号只能查看和录入本人工序记录。

8.4 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复数据，并依照第十一条承担赔偿责任。

## 第九条 保密

双方对在合作中知悉的对方技术信息、经营信息和客户资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。双方应要求接触保密信息的员工遵守本条约定，员工违反本条的，视为该方违反保密义务。

## 第十条 需求变更

10.1 甲方在上线后提出的新需求或功能调整，由乙方评估工作量并报价，双方签署变更确认单后实施。

10.2 变更导致工期延长的，交付期限相应顺延。

10.3 单项变更工作量在3人日以内的，乙方免费完成；超过3人日的，按每人日2,600元计收变更费用，变更费用在变更完成后一次性支付。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、停产损失不承担责任。

11.3 甲方逾期支付款项的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

## 第十二条 双方义务

12.1 甲方应指定项目联系人，在乙方调研期间提供各工序的作业流程、表单样式和基础数据，并组织车间主管和质检员参加需求确认及培训。

12.2 乙方应指派项目经理负责实施，对甲方管理人员进行不少于两次集中培训，并提供电子版操作手册。

12.3 甲方不得将本系统转让、出租或提供给其关联企业及其他第三方使用。

## 第十三条 合同解除

一方严重违反本合同约定，经守约方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方承担违约责任。

## 第十四条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，双方对本合同条款已充分理解。手写或补充条款经双方签章确认后有效。

16.2 双方往来通知以书面或电子邮件形式发送至本合同载明的地址，发出后三日视为送达。

16.3 本合同一式两份，双方各执一份，自双方签字盖章且乙方收到首期款之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________

签订日期：______年___月___日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ZA-NX-2025-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningxia Helanshan Greenhouse Agriculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Buyer"), and Ziban Agritech SARL, a company incorporated in Algeria with its registered office at Route de Sidi Okba, Biskra, Algeria (the "Vendor").
P:The Buyer operates 46 hectares of glass and film greenhouses for tomatoes, peppers and melons. The Vendor develops the ZibanClimate software for greenhouse climate control, fertigation scheduling and energy management, first built for the date-palm and vegetable farms around Biskra. The Buyer wishes to license the software for its greenhouses and to have it configured for its equipment.
H:Article 1 Definitions
P:1.1 "Software" means the ZibanClimate Enterprise edition, version 7, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the controller drivers, crop-specific climate recipes, report templates and interfaces developed by the Vendor specifically for the Buyer under Article 2.2, including their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Article 5.
P:1.4 "Buyer Data" means all sensor readings, climate records, fertigation logs, yield data and other data entered into or generated by the Software at the Buyer's sites.
H:Article 2 Scope
P:2.1 Licence. The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at all of its greenhouse sites in China, for an unlimited number of users and up to 60 greenhouse compartments. The Buyer may make copies for backup and testing.
P:2.2 Configuration and integration. The Vendor shall configure the Software for the Buyer's 60 compartments, write drivers for the Buyer's existing climate controllers and dosing units, set up climate recipes for the three main crops, and build interfaces to the Buyer's weather station and its ERP system for harvest records.
P:2.3 Training. The Vendor shall train up to 20 growers, technicians and managers at the Buyer's site in Yinchuan, in Chinese interpretation arranged by the Vendor, and provide a Chinese user manual.
H:Article 3 Price and Payment
P:3.1 The total contract price is CNY 1,728,000 (the "Contract Price"), made up of: Software licence fee CNY 1,260,000; configuration and integration CNY 410,000; training CNY 58,000. The Contract Price is fixed and includes all travel, interpretation and expenses of the Vendor.
P:3.2 The Buyer shall pay: (a) 20% of the Contract Price within 20 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee of the same amount; (b) 45% within 20 days after installation of the Software and completion of all interfaces; and (c) 35% within 20 days after Final Acceptance.
P:3.3 All payments are made in CNY by bank transfer. Withholding taxes required by PRC law are deducted from payments and the Buyer will provide the tax receipts.
H:Article 4 Delivery and Schedule
P:4.1 The Vendor shall install the Software within 30 days after signature and shall complete configuration and integration so that the Software is ready for acceptance testing within 100 days after signature.
P:4.2 If the Vendor fails to meet the date in Article 4.1 for readiness for acceptance testing, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Delays caused by the Buyer extend the dates accordingly.
P:4.3 Within 10 days after signature the Vendor shall deliver a project plan naming its project manager, the work steps, the test schedule and the information it needs from the Buyer. The Buyer shall name a project contact, give the Vendor's engineers access to the greenhouses and the server room during working hours, and provide the controller documentation and interface specifications it holds.
P:4.4 The parties' project managers shall meet, in person or by video, at least every two weeks until Final Acceptance and shall record open issues and agreed actions in writing.
H:Article 5 Acceptance
P:5.1 Acceptance tests are run over one full crop cycle stage of 45 days and shall show: (a) all 60 compartments controlled by the Software, with measured air temperature kept within 1 degree Celsius of the set point under normal weather; (b) fertigation doses recorded and matched to dosing-unit logs without gaps; (c) all interfaces transferring data correctly on every working day; (d) no Severity 1 fault in the last 20 days of the test period; and (e) all documentation delivered.
P:5.2 When all criteria are met the Buyer shall sign the Final Acceptance certificate within 10 days. Use of the Software in production or any payment does not by itself amount to acceptance. If a test fails, the Vendor shall correct the defects and the failed tests are repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Article 5.1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates and remote support free of charge.
P:6.2 Severity 1 means that climate control or fertigation in one or more compartments has stopped. The Vendor shall respond to a Severity 1 fault within 2 hours, at any time of day, and restore operation or provide a workaround within 8 hours. Severity 2 faults (a function impaired, production not stopped) shall be answered within 8 business hours and fixed within 3 business days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall credit CNY 1,000 against the next payment or support invoice.
P:6.4 After the Warranty Period the Buyer may order annual support at 11% of the Software licence fee per year (CNY 138,600 per year). This fee is fixed for the first three years after the Warranty Period. Annual support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, keep or use Buyer Data for any other purpose, including product development or statistics.
P:7.2 The Software runs on the Buyer's own servers in Yinchuan. Remote access by the Vendor is only through the Buyer's VPN, with named accounts, for each session approved by the Buyer, and is logged. The Vendor shall not transfer Buyer Data outside China.
P:7.3 The Vendor shall keep its staff bound by security instructions, shall report any security incident affecting Buyer Data to the Buyer within 12 hours, shall help contain and remedy it, and is liable for all loss caused by an incident attributable to the Vendor.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential all non-public information received from the other, including crop recipes, yield figures, prices and technical details, and shall use it only for this Agreement. This obligation survives termination for five years.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all rights in the Software.
P:9.2 The Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, also through third parties.
P:9.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and pay any resulting damages and costs.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement under Article 9.3, or breach of Articles 7 and 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the licence fee if the Buyer elects to keep the Software.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly. If such an event lasts more than 60 days, either party may terminate by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Democratic Republic of Algeria.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Disputes not settled within 30 days shall be submitted to the competent court of Biskra, Algeria.
H:Article 15 General
P:15.1 This Agreement is written in English. A Chinese translation is provided for convenience only.
P:15.2 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above or to e-mail addresses notified by each party.
P:15.3 This Agreement enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# SaaS Order Form and General Terms

**Soummam Cloud Systems SARL — QualiTrack Quality Management Cloud**

Order Form No. SCS-CN-2025-0077

---

## Part A — Order Form

### A1. Parties

- **Provider:** Soummam Cloud Systems SARL, a company incorporated in Algeria, registered office at Boulevard Amirouche, Bejaia 06000, Algeria.
- **Customer:** Zhejiang Ouhai Valve Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, registered office in Wenzhou, Zhejiang Province.

### A2. Service

QualiTrack Quality Management Cloud, Enterprise plan: supplier quality management, incoming inspection, non-conformance and corrective action (8D) workflows, pressure-test record management for finished valves, calibration management for gauges and test benches, and certificate (EN 10204 3.1) generation. The service is hosted by Provider in a data centre operated by a cloud provider in mainland China.

### A3. Subscription Term

Twenty-four (24) months, made up of two Subscription Years, starting on the Service Start Date. The Service Start Date is the date on which Customer signs the Onboarding Acceptance under Section 4 of Part B. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Enterprise subscription, Subscription Year 1 | 150 named users | 1,380 per user per year | 207,000 |
| Enterprise subscription, Subscription Year 2 | 150 named users | 1,380 per user per year | 207,000 |
| Onboarding (configuration, data migration, integration, training) | 1 | 46,000 | 46,000 |
| **Total Fees for the Subscription Term** | | | **460,000** |

Fees include VAT at the applicable rate. Additional named users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A5. Invoicing and Payment

- Onboarding fee: invoiced after Onboarding Acceptance, payable within 30 days of invoice.
- Subscription fees: invoiced at the start of each Subscription Year for that Subscription Year, payable within 30 days of invoice.
- No other amount is payable before the Service Start Date.

### A6. Onboarding Scope and Dates

Provider shall complete onboarding within 50 days after signature of this Order Form: configure workflows for two plants (Wenzhou and Lishui), migrate five years of inspection and non-conformance records from Customer's current spreadsheets and database, set up single sign-on with Customer's directory, build an interface to Customer's ERP for purchase receipts and production orders, and train 15 key users and 6 administrators.

This Order Form is governed by the General Terms in Part B. If there is a conflict, Part A prevails.

---

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and records that Customer or its users enter into or upload to the Service, and all reports generated from them.

1.2 "Service" means the QualiTrack service described in Section A2, including updates made generally available by Provider.

1.3 "Customer Configurations" means the workflows, forms, inspection plans, report templates and ERP interface mappings built for Customer during onboarding or later at Customer's request.

### 2. Access and Use

2.1 Provider grants Customer and its named users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for the accuracy of the Customer Data and for the conduct of its users. Named user accounts may be reassigned when an employee leaves.

2.3 Provider may update the Service from time to time, provided that no update materially reduces the functions described in Section A2.

### 3. Fees and Taxes

3.1 Fees are as set out in Part A. Fees are fixed for the Subscription Term.

3.2 If Customer disputes an invoice in good faith, it shall notify Provider within 15 days and pay the undisputed part. The parties shall settle the dispute promptly.

### 4. Onboarding and Acceptance

4.1 When onboarding is complete, Provider shall notify Customer and Customer shall run acceptance tests over 10 business days. The acceptance criteria are: (a) all migrated records reconciled with the source files by record count and by a sample of 200 records checked field by field, without error; (b) the ERP interface transferring purchase receipts and production orders correctly every day of the test period; (c) single sign-on working for all named users; (d) every workflow listed in the onboarding plan completed end to end by Customer's key users; and (e) training delivered.

4.2 Customer shall sign an Onboarding Acceptance within 5 business days after the criteria are met, or state in writing which criteria were not met. Provider shall fix the shortcomings and the relevant tests are repeated.

4.3 If Provider has not made onboarding ready for acceptance within the period in Section A6, Provider shall pay Customer CNY 400 for each day of delay, up to a maximum of CNY 23,000, which Customer may deduct from the onboarding fee.

### 5. Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (Service unavailable, or users unable to record inspections or print certificates) shall be responded to within one (1) hour and resolved or worked around within six (6) hours, at any time. Priority 2 incidents (a function impaired) shall be responded to within 8 business hours and resolved within 3 business days.

5.3 If monthly availability falls below the level in Section 5.1, Provider shall credit Customer 2% of the monthly equivalent of the subscription fee for each 0.01 percentage point (or part of it) of shortfall, up to 50% of the monthly equivalent. For each hour by which Provider exceeds a Priority 1 resolution time, Provider shall credit a further 2%. Credits are deducted from the next invoice or paid out at the end of the Subscription Term.

5.4 Provider shall send Customer a monthly service report showing availability, incidents and response times.

### 6. Customer Data

6.1 Customer Data belongs to Customer. Provider acquires no right in Customer Data and shall use it only to provide the Service to Customer under this Order Form.

6.2 During the Subscription Term Customer may export Customer Data at any time in CSV and PDF formats. Within 30 days after the end of the Subscription Term Provider shall, at Customer's choice, provide a full export and then delete Customer Data from the Service.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. Confidential information includes Customer Data, prices, product designs, supplier lists and the terms of this Order Form.

7.2 These duties do not apply to information that is public without breach, already known to the recipient, independently developed, or required to be disclosed by law. They survive for five years after the end of the Subscription Term.

### 8. Intellectual Property

8.1 Provider owns the Service and all its underlying software.

8.2 Customer Configurations belong to Customer. Provider shall, on request, deliver them in a documented form, and Customer may use, modify and have third parties use them without restriction, including with another system.

8.3 Provider shall defend Customer against third-party claims that the Service infringes intellectual property rights and pay the damages awarded.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

9.3 The limits do not apply to death or personal injury caused by negligence, fraud, or the indemnity in Section 8.3.

### 10. Subcontracting

10.1 Provider may use its hosting provider named in Section A2. Provider shall not otherwise subcontract the performance of the Service or onboarding without Customer's prior written consent, and remains responsible for any subcontractor.

### 11. Term and Termination

11.1 This Order Form runs for the Subscription Term unless terminated earlier under this Section.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing the breach. Repeated failure to meet the availability level in Section 5.1 in three months of any six-month period is a material breach.

11.3 If Customer terminates under Section 11.2, Provider shall refund the prepaid fees for the unused part of the Subscription Year.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Notices shall be in writing and sent to the addresses in Section A1 or to e-mail addresses notified by each party.

13.2 Neither party may assign this Order Form without the other party's written consent.

13.3 This Order Form, including these General Terms, is the entire agreement of the parties on its subject and replaces all earlier proposals.

**Signed for Customer:** ______________________  **Signed for Provider:** ______________________
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Software
P:Contract No. WXC-EQ-2025-113
P:Buyer: Anhui Wanxin Cement Co., Ltd., a company incorporated in the People's Republic of China, of Wuhu, Anhui Province (the "Buyer").
P:Supplier: Tafna Sensing Technologies SPA, a company incorporated in Algeria, of Zone Industrielle Chetouane, Tlemcen, Algeria (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the vibration and temperature of the kiln drive, raw mill, cement mills, fans and conveyors on its two clinker lines, and the Supplier has offered wireless sensors, gateways and its TafnaWatch monitoring software.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the TafnaWatch condition-monitoring software, server edition, licensed under Clause 3, with its documentation.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards and the interface to the Buyer's DCS historian and maintenance system prepared by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the certificate signed by the Buyer under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, and the total contract price is CNY 1,416,000 (the "Contract Price"), inclusive of VAT, delivery DDP to the Buyer's plant in Wuhu, insurance, installation, commissioning and training:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated, with mounting kit|320|2,150|688,000
TB:2|Industrial wireless gateway with PoE and 4G backup|24|9,500|228,000
TB:3|TafnaWatch server software licence, perpetual, up to 500 monitored points|1|356,000|356,000
TB:|Hardware and Licence Subtotal|||1,272,000
TB:4|Installation, commissioning and Custom Work|1|118,000|118,000
TB:5|Training of maintenance staff|1|26,000|26,000
TB:|Contract Price|||1,416,000
P:2.2 The Contract Price is fixed. No other charge is payable for the scope of this contract.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Buyer's plants, on servers chosen by the Buyer, for the number of points stated above. The Buyer may transfer the licence to an affiliate that takes over a plant.
P:3.2 The licence includes all updates and new versions issued during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all Goods are delivered and installed and the Buyer has signed an installation certificate. The installation certificate confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Goods within 75 days after signature and complete installation and commissioning within 40 days after delivery. Installation on running equipment shall follow the Buyer's permit-to-work procedure and be carried out during planned stops where the Buyer so requires.
P:5.2 Each sensor shall carry a label with its serial number and location code. The Supplier shall provide a location register for all sensors and gateways.
P:5.3 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these from any payment.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) at least 98% of the sensors report valid readings on every day of the trial period; (b) vibration values agree with the Buyer's portable reference analyser within 5% on 20 sample points chosen by the Buyer; (c) alarms for all configured rules have been tested and reach the Buyer's maintenance system; (d) the interface to the DCS historian has transferred data without gaps; and (e) all documentation and training have been delivered.
P:6.2 The Buyer shall sign the Final Acceptance certificate within 7 working days after the criteria are met. Use of the system during the trial period, or any payment, does not amount to acceptance. If a criterion is not met, the Supplier shall correct the defect and the trial period is restarted or extended as the Buyer reasonably decides.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Goods and the Software for 36 months after Final Acceptance. During this period it shall repair or replace faulty Goods within 10 days, correct Software defects and supply updates free of charge. Sensor batteries that fail before their stated life are replaced free of charge.
P:7.2 A Severity 1 fault means that monitoring of a kiln or mill line has stopped or alarms are not delivered. The Supplier shall respond to a Severity 1 fault within 45 minutes by telephone or remote session and restore monitoring within 24 hours. Severity 2 faults shall be answered within 8 working hours and fixed within 5 working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time it shall pay the Buyer CNY 800, deducted from the next payment or the performance guarantee.
P:7.4 After the warranty period, the Supplier shall, if the Buyer so orders, provide annual support at 7% of the Hardware and Licence Subtotal per year (CNY 89,040 per year). This price is fixed for the first two years after the warranty and may be renewed by a new order at the Buyer's choice. Spare sensors shall be available for at least seven years after Final Acceptance.
H:8. Data and Security
P:8.1 All measurement data, alarms, reports and asset information in the system are the Buyer's data. The Supplier shall use them only to perform this contract and shall not copy, keep or pass them to any third party, and shall not use them for product development or any other purpose.
P:8.2 The system runs on the Buyer's own servers inside its plant network. The Supplier may connect remotely only through the Buyer's jump server, with a named account, for each session approved by the Buyer's IT department. Gateways shall use encrypted connections and the passwords set by the Buyer.
P:8.3 The Supplier shall inform the Buyer within 12 hours of any security incident or vulnerability affecting the Goods or Software, deliver a fix without delay, and bear the loss caused by an incident attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep secret all non-public information received from the other, including process data, plant layouts, prices and product know-how, and use it only for this contract. This obligation continues for five years after the contract ends.
H:10. Intellectual Property
P:10.1 The Custom Work belongs to the Buyer. The Supplier shall deliver it with its source files at Final Acceptance, and the Buyer may use, modify and license it freely.
P:10.2 The Supplier keeps its rights in the Software and the sensor firmware, subject to the licence in Clause 3.
P:10.3 The Supplier shall hold the Buyer harmless from any claim that the Goods or Software infringe third-party rights.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clauses 8 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or Custom Work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, who shall also follow the Buyer's site safety rules.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages under Clause 5.3 reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:14. Training and Site Rules
P:14.1 The Supplier shall train 16 maintenance technicians and 4 reliability engineers at the Buyer's plant over three days, covering sensor mounting and replacement, gateway configuration, reading vibration spectra, alarm rules and routine administration of the Software, and shall hand over a Chinese training manual.
P:14.2 The Supplier's staff shall follow the Buyer's safety, health and environmental rules, wear protective equipment and attend the Buyer's safety induction before starting work. The Buyer may remove from site any person who breaks these rules.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules. The award is final.
H:16. General
P:16.1 This contract is made in English and Chinese; both versions are equally valid. Amendments must be in writing and signed by both parties. Annexes: technical specification, installation plan, acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

Agreement No. TJH-MS-2025-09

**Customer:** Tianjin Haihe Oilfield Equipment Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Binhai New Area, Tianjin ("Customer").

**Provider:** Erg Oriental Managed IT SARL, a company incorporated in Algeria, with its registered office at Rue des Frères Chergui, Ouargla, Algeria, acting through its service team in Tianjin ("Provider").

Customer makes drilling tools and wellhead equipment and runs its ERP, engineering and plant systems on about 140 servers in its own data room in Tianjin and at two plants. Provider, which supports oilfield operators' IT around Ouargla and Hassi Messaoud, has offered to operate this infrastructure as a managed service. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Customer Data" means all data stored on or processed by the managed systems, including design files, production data, personnel records and log data.

1.4 "Transition" means the take-over work in Section 3, ending with Transition Acceptance.

1.5 "Service Commencement Date" means the day after Transition Acceptance.

## 2. Term

2.1 The initial term is 36 months from the Service Commencement Date.

2.2 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further renewal term of one year unless either party gives written notice of non-renewal at least 90 days before the end of the then current term.

2.3 For each renewal term Provider may increase the Monthly Charge by giving Customer notice of the new Monthly Charge at least 60 days before the renewal term starts. The new Monthly Charge applies from the first day of the renewal term.

## 3. Transition

3.1 Provider shall take over operation of the managed systems within 60 days after signature. Transition includes inventory of all servers, storage and network devices, installation of Provider's monitoring agents, documentation of backup jobs, access rights and run procedures, and a two-week period of shadow operation alongside Customer's staff.

3.2 Transition Acceptance requires that: (a) all items in Schedule 1 are under monitoring and appear in the configuration database with owner and location; (b) a full restore of three systems chosen by Customer has succeeded; (c) run books for all critical systems have been reviewed by Customer; and (d) the shadow period ended without a Priority 1 incident caused by Provider. Customer shall sign a Transition Acceptance certificate within 5 working days after these criteria are met.

3.3 If Transition Acceptance is not reached within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in Schedule 1 from the Service Commencement Date to the Service Levels in Schedule 2.

4.2 If Provider fails a Service Level, Customer receives the service credits in Schedule 2. Service credits do not limit Customer's other rights.

4.3 Provider shall give Customer a monthly service report and hold a quarterly service review with Customer's IT manager.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Monthly Charge is fixed for the initial term.

5.2 The Transition fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears, after Customer has confirmed the monthly service report. Customer pays within 30 days after receipt of a valid VAT invoice.

5.3 Service credits are deducted from the next invoice.

## 6. Data Protection and Security

6.1 Customer Data remains the property of Customer. Provider shall process Customer Data only to perform the Services and shall not copy it to its own systems, use it for any other purpose or transfer it outside mainland China.

6.2 Provider shall apply the security measures in Schedule 1, Part C, including named administrator accounts with multi-factor authentication, access only through Customer's privileged access management system, recording of administrator sessions, monthly patching and quarterly vulnerability scanning, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 Provider shall notify Customer of any security incident affecting Customer Data or the managed systems within 2 hours of detection, contain it, support Customer's investigation and reporting, and bear all loss and regulatory penalties caused by an incident attributable to Provider or its staff.

6.4 At the end of this Agreement Provider shall return all credentials, documentation and any Customer Data in its possession and certify deletion of any copies.

## 7. Intellectual Property

7.1 Run books, scripts, configuration records, dashboards and documentation created by Provider for Customer belong to Customer, and Customer may use, modify and give them to any successor provider.

7.2 Provider keeps its monitoring tools and general know-how, and grants Customer a free licence to use any tool left installed on Customer's systems until the end of the exit period.

## 8. Staff and Subcontracting

8.1 Provider shall keep a service team in Tianjin with at least two senior engineers available for on-site work during business hours and one on call at all other times.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for every approved subcontractor.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the initial term stated in Schedule 3, except for death or personal injury, wilful misconduct, and breach of Section 6, which are not limited.

9.2 Neither party is liable for loss of profit or indirect loss, except under Section 6.

## 10. Termination and Exit

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach which it does not remedy within 30 days after written notice, or if Provider fails the same Service Level in three months of any six-month period.

10.2 On expiry or termination Provider shall provide exit assistance for up to 90 days, at the Monthly Charge pro rata, including handover of all documentation and knowledge transfer to Customer or its new provider.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that the parties cannot settle by negotiation within 30 days shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.

## 12. General

12.1 Notices shall be given in writing to the addresses above. This Agreement, with its Schedules, is the whole agreement between the parties on its subject. Amendments require the signature of both parties.

---

## Schedule 1 — Services

| Part | Service | Description |
|---|---|---|
| A | Monitoring and incident management | 24x7 monitoring of about 140 servers, storage arrays, backup system and core network devices; incident logging, diagnosis and resolution; escalation to hardware vendors |
| A | Service desk for IT staff | Ticket handling for Customer's IT team in Chinese and English, by portal, e-mail and telephone |
| B | Patch and change management | Monthly operating-system and firmware patching in agreed windows; change records approved by Customer before execution |
| B | Backup and restore | Daily backup checks, monthly test restores, quarterly restore of one critical system end to end |
| B | Capacity and performance | Monthly capacity report with forecasts and recommendations |
| C | Security operations | Access only through Customer's privileged access management system, multi-factor authentication, session recording, quarterly vulnerability scans, antivirus and log review |
| C | Documentation | Keep the configuration database, run books and network diagrams up to date |

## Schedule 2 — Service Levels and Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of critical systems (ERP, PLM, MES), monthly | 99.95% | 3% of the Monthly Charge for each 0.01 percentage point or part below the level, up to 25% |
| Priority 1 incident response (critical system down) | 15 minutes, 24x7 | 1% of the Monthly Charge per late incident |
| Priority 1 incident restoration | 3 hours | 2% of the Monthly Charge for each hour late |
| Priority 2 incident response | 1 hour in business hours | 0.5% of the Monthly Charge per late incident |
| Failed backup jobs not rerun successfully within one day, monthly | none | 2% of the Monthly Charge per failed job |
| Critical security patches installed | within 10 days of release, unless Customer defers | 1% of the Monthly Charge per late patch cycle |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 72,000 |
| Monthly Charge | per month, initial term of 36 months | 58,000 |
| Monthly Charges for the initial term | 36 × 58,000 | 2,088,000 |
| **Total for the initial term** | | **2,160,000** |

All charges include VAT. Additional servers beyond 150 are charged at CNY 320 per server per month.

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

E05 = """SOLAR RESOURCE DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MSD-QH-2025-21

BETWEEN

M'ZAB SOLAR DATA SARL, a company incorporated in Algeria, with its registered office at Cite Bouhraoua, Ghardaia, Algeria ("Provider"); and

QINGHAI CHAIDAMU NEW ENERGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office in Golmud, Qinghai Province ("Customer").

BACKGROUND

Provider produces satellite-derived solar irradiance data and short-term irradiance and power forecasts, developed from its work for desert solar plants in the M'zab valley and the Algerian Sahara. Customer owns and operates photovoltaic plants in the Qaidam Basin with a total capacity of about 1,900 MW and needs historical data for yield assessment and day-ahead and intraday forecasts for grid dispatch. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the historical time series, forecasts and related reports made available to Customer under this Agreement.

1.3 "Sites" means the 14 plant locations listed in Annex A, and any site added under Clause 2.4.

1.4 "Subscription Year" means each of the two consecutive periods of one year starting on the Subscription Start Date and on its first anniversary.

1.5 "Subscription Start Date" means the date of Integration Acceptance under Clause 4.

1.6 "Customer Inputs" means plant layouts, coordinates, inverter and meter data, curtailment records and other information supplied by Customer.

2. SUBSCRIPTION

2.1 Provider shall provide Customer, for two Subscription Years, with: (a) historical global horizontal, direct normal and diffuse irradiance and air temperature for each Site at 15-minute resolution from 2005 to the present; (b) day-ahead forecasts of irradiance and power output for each Site, issued twice a day; (c) intraday forecasts updated every 15 minutes for the next six hours; and (d) a monthly forecast accuracy report for each Site.

2.2 The Data is delivered through the API in JSON and CSV formats. Customer may call the API from its dispatch system, its asset management system and its engineering tools.

2.3 Customer may use the Data for its own plants, including sharing forecasts with the grid dispatch centre and with its lenders, engineers and insurers for those plants.

2.4 Customer may add Sites at the unit price in Clause 5.2, pro rata for the remainder of the Subscription Year.

3. TERM

3.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any extension requires a written agreement signed by both parties.

3.2 This Agreement may not be terminated before the end of the second Subscription Year, except by mutual written agreement of the parties or under Clause 13 (Force Majeure). Customer's remedies for any failure by Provider are the service credits in Clause 6 and the damages provided in Clauses 4 and 9.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall, within 40 days after signature: calibrate its models for each Site using Customer Inputs and at least one year of measured data from Customer's plant weather stations; set up the API accounts; help Customer's IT team connect the API to its dispatch system; and deliver the historical Data set.

4.2 Integration Acceptance requires that: (a) the historical Data set is complete for all Sites and periods; (b) the API has delivered day-ahead and intraday forecasts for all Sites on 14 consecutive days without a missed issue; (c) the day-ahead forecast for the test period, compared with measured plant output, shows a normalised root mean square error no worse than the figure for that Site in Annex B; and (d) the calibration report for each Site has been delivered. Customer shall confirm Integration Acceptance in writing within 5 working days after these criteria are met.

4.3 If Provider fails to complete the work in Clause 4.1 within the period stated, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 28,000.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription fee, Subscription Year 1: CNY 268,000
Subscription fee, Subscription Year 2: CNY 268,000
Integration and calibration fee (one time): CNY 34,000
Total fees under this Agreement: CNY 570,000

5.2 Additional Sites are charged at CNY 17,500 per Site per Subscription Year.

5.3 The integration and calibration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each invoice within 30 days after receipt of a valid VAT invoice. All fees include VAT and are fixed for both Subscription Years.

6. SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.95% of each calendar month, excluding planned maintenance of which Customer receives 5 days' notice and which does not fall between 05:00 and 21:00 China Standard Time.

6.2 Provider shall deliver each day-ahead forecast by 08:00 and 20:00 China Standard Time, and each intraday forecast within 5 minutes after its scheduled time.

6.3 A Priority 1 incident means that the API is unavailable or that forecasts for one or more Sites are missing. Provider shall respond to a Priority 1 incident within 8 hours after Customer reports it or after Provider's monitoring detects it, and restore the service as soon as possible. Priority 2 incidents (degraded data quality, delayed reports) shall be responded to within two business days.

6.4 If monthly API availability falls below the level in Clause 6.1, or if more than three day-ahead forecasts for any Site are late or missing in a month, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each such failure, up to 35% per month. Credits are set off against the next invoice or refunded at the end of the second Subscription Year.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs remain the property of Customer. Provider shall use Customer Inputs only to calibrate models and produce the Data for Customer, and shall not use them for any other purpose, including the improvement of its general models, or disclose them to others.

7.2 Provider shall keep Customer Inputs and Customer-specific Data on servers located in mainland China, encrypted in storage and in transit, with access limited to named staff on a need-to-know basis and logged. API access uses individual keys that Customer can rotate at any time.

7.3 Provider shall notify Customer within 24 hours of any unauthorised access to, or loss of, Customer Inputs or Customer-specific Data, take all steps to contain it, and compensate Customer for all loss caused by an incident attributable to Provider.

7.4 Within 30 days after the end of this Agreement Provider shall return Customer Inputs and delete all copies, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other's non-public business and technical information, including plant performance, curtailment, prices and the terms of this Agreement, and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.

9. LIABILITY

9.1 Provider's total liability under this Agreement is limited to 200% of the total fees stated in Clause 5.1, except for wilful misconduct and breach of Clauses 7 and 8, which are not limited.

9.2 Neither party is liable for loss of profit or indirect loss. Provider does not guarantee any particular level of forecast accuracy after Integration Acceptance except as stated in Annex B.

10. INTELLECTUAL PROPERTY

10.1 Provider keeps all rights in its models, software, satellite processing methods and the general Data products.

10.2 Site calibration reports, site-specific model parameters and the integration scripts prepared for Customer belong to Customer. Customer may use, modify and license them freely, including to another forecast provider.

10.3 Customer receives a perpetual right to keep and use the historical Data delivered during the term for its own plants.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any part of the services under this Agreement without Customer's prior written consent, other than the purchase of raw satellite imagery from its usual suppliers. Provider remains responsible for any subcontractor.

11.2 Neither party may assign this Agreement without the other party's written consent, except that Customer may assign it to an affiliate that takes over the Sites.

12. COMPLIANCE

12.1 Provider shall comply with PRC law on the provision of data to Customer, including any rules on meteorological data, and shall obtain any registration required for its service in China.

13. FORCE MAJEURE

13.1 A party is not liable for failure caused by events beyond its reasonable control, such as natural disasters, satellite failure, war or government action, if it informs the other party promptly and does its best to limit the effects. If such an event prevents the service for more than 60 days, either party may end this Agreement by written notice and unused prepaid fees are refunded.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

15. GENERAL

15.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses in Annex C.

15.2 This Agreement, with Annexes A (Sites), B (accuracy figures by Site) and C (contacts), is the whole agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English. Each party has received one signed original.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h766z01_soil_erosion_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h766z02_tea_table_glass_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h766z03_pilates_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h766z04_haemodialysis_system_annual_om.txt", "txt", Z04),
    "z05": ("h766z05_birdcage_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h766e01_greenhouse_climate_licence_biskra_vendor.pdf", "pdf", E01),
    "e02": ("h766e02_quality_saas_order_form_bejaia_vendor.md", "md", E02),
    "e03": ("h766e03_kiln_sensors_monitoring_licence_tlemcen_vendor.docx", "docx", E03),
    "e04": ("h766e04_managed_infrastructure_36_months_ouargla_vendor.md", "md", E04),
    "e05": ("h766e05_solar_data_api_subscription_ghardaia_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# key: language, category, term overrides, extra overrides, fee base (goods), forum outside mainland, design rules
SPEC = {
    "z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
            contract_kind="goods_or_licence"), dict(contract_value=1950000), 1180000, False, []),
    "z02": ("zh", "hardware", dict(p1_response_hours=1, sla_remedy=False, ld_rate_per_day_pct=0.1, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
            subcontract_without_consent=True, contract_kind="goods_or_licence"), dict(contract_value=1350000),
            1184000, False, ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
            ld_rate_per_day_pct=0.1, liability_cap_pct=150, auto_renewal_price_increase=True),
            dict(contract_value=710000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", dict(availability_pct=99.95, p1_response_hours=0.25, termination_for_breach=False),
            dict(ld_stated=False, contract_value=268000), None, False, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "z05": ("zh", "software", dict(sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
            liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
            warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None,
            contract_kind="goods_or_licence"),
            dict(sla_clause=False, acceptance_deemed_on_delivery=True, contract_value=850000), 560000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
            governing_law="Algeria", contract_kind="goods_or_licence"), dict(contract_value=1728000), 1260000, True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
            ld_rate_per_day_pct=400 / 460000 * 100, liability_cap_pct=6 / 24 * 100), dict(contract_value=460000),
            None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e03": ("en", "hardware", dict(p1_response_hours=0.75, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
            prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
            contract_kind="goods_or_licence"), dict(contract_value=1416000), 1272000, False, []),
    "e04": ("en", "services", dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
            ld_rate_per_day_pct=1800 / 2160000 * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
            dict(contract_value=2160000), None, False, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "e05": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=8, ld_rate_per_day_pct=500 / 570000 * 100,
            liability_cap_pct=200, termination_for_breach=False), dict(contract_value=570000), None, False,
            ["CR-SLA-RESPONSE", "CR-TERMINATION"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_THRESHOLD_VALUES = {99.9, 4, 0.05, 100, 30, 12, 15, 40}


def tco_share(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised
    licence / hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base, forum_outside):
    """My reading of policy §3 (with 'Where rules apply, and how clauses are read')."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if x["sla_clause"] and t["availability_pct"] is not None and t["availability_pct"] < 99.9:
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
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, fee_base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    lang, cat, terms, extra, fee_base, forum_outside, design = SPEC[key]
    t = dict(BASE, **terms)
    t = {k: t[k] for k in KEYS}
    x = dict(sla_clause=True, ld_stated=True)
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = True
    x["acceptance_deemed_on_delivery"] = False
    x.update(extra)
    x = {k: x[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                           "contract_value"] if k in x}
    rules = derive(t, x, fee_base, forum_outside)
    assert rules == sorted(design), (key, rules, design)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- read back
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


# threshold figures: 99.9 %, 4 hours, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
THRESHOLD_RE = re.compile("|".join([
    NB + r"99\.9(?![\d])",
    NB + r"4\s*(?:-\s*)?(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![a-z])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?", r"四个?小时",
    NB + r"0\.05" + PCT, r"万分之五", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:\(30\)\s*)?per\s*cent",
    NB + r"12\s*(?:-\s*)?(?:个月|months?\b)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*(?:\(15\)\s*)?per\s*cent",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:\(40\)\s*)?per\s*cent",
]), re.I)

MUST_HIT = ["99.9%", "99.9 %", "4小时内响应", "4 hours", "4-hour", "four hours", "四小时", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12个月", "十二个月", "12 months",
            "twelve (12) months", "12-month", "15%", "百分之十五", "40%", "百分之四十", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "48小时", "0.055%", "10.05%", "1100%", "130%",
             "230%", "112 months", "12 hours", "115%", "140%", "14 days", "4 days", "40家门店", "30日", "15日",
             "120 months", "1,300%", "百分之三十五", "fourteen hours", "0.08%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def main():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_src = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    bin_tgt = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, kind, src) in FILES.items():
        lab = label(k)
        covered |= set(lab["expected_rules"])
        for kk, v in lab["expected_terms"].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                if v in ALL_THRESHOLD_VALUES or (kk in THRESHOLDS and v == THRESHOLDS[kk]):
                    problems.append((k, "label on threshold", kk, v))
        share = tco_share(lab["expected_terms"], lab["expected_extra"], SPEC[k][4])
        if share is not None and 38 <= share <= 42:
            problems.append((k, "TCO share near threshold", share))
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            if not 2750 <= n <= 3000:
                problems.append((k, "zh length", n))
        else:
            n = len(text.split())
            if not 1450 <= n <= 1650:
                problems.append((k, "en words", n))
        hits = scan(text)
        if hits:
            problems.append((k, "threshold figure in text", hits))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s %-62s %5d %s %s %s" % (k, name, n, risk(lab["expected_rules"]),
                                         "" if share is None else "tco=%.2f" % share,
                                         ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
