"""holdout939: builds the ten held-out draft contracts from the sources below, writes their .json labels and checks
lengths, threshold figures, label values, derived rules and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:燃气瓶充装追溯平台建设项目合同
P:合同编号：YJJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：东陵市应急管理局
P:乙方（供应商）：苏州衡安物联科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方就东陵市燃气瓶充装追溯平台建设项目订立本合同，本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供燃气瓶充装追溯平台软件许可（永久使用，不限用户数），并完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括：全市27家充装站接入模块、气瓶电子标签赋码及扫码充装校验、充装前后检查记录、配送及入户安装追溯、监管驾驶舱、移动执法端，以及与省级特种设备监管平台、市场监管部门气瓶数据库的接口。
P:1.3 平台部署于甲方指定的政务云，乙方负责安装、配置、联调及上线保障。
P:1.4 乙方应为甲方及各区县监管人员、充装站操作人员提供培训，培训不少于6场，每场不少于半天，并提供操作手册、管理员手册和培训视频。
H:第二条 合同价款
P:2.1 合同总价为人民币1,618,000元（大写：壹佰陆拾壹万捌仟元整），含税，包括：平台软件许可费860,000元；定制开发费574,000元；数据对接及历史数据迁移费118,000元；实施及培训费66,000元。
P:2.2 上述价款为固定总价，包含乙方完成本合同约定全部工作所需的一切费用，甲方不再另行支付任何费用。
P:2.3 乙方提供的电子标签读写设备由各充装站自行采购，不在本合同范围内；乙方应开放设备接入标准，不得指定品牌。
H:第三条 付款方式
P:3.1 合同签订后且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后15个工作日内，支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署及全部定制开发，并提交初步验收申请。
P:4.2 初步验收通过后平台进入试运行，试运行期为60日。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备高级项目管理资格且全程驻场，未经甲方书面同意不得更换。乙方每两周向甲方提交项目进度报告。
P:4.4 甲方应提供政务云资源、网络环境及必要的办公条件，协调各充装站配合接入。因甲方原因导致工期延误的，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能点全部实现；（2）27家充装站全部接入，抽取各站不少于200瓶次进行扫码充装校验，未出现漏检或误判；（3）在500个并发用户下，常用页面响应时间不超过3秒；（4）与省级监管平台接口连续10日数据交换无差错；（5）历史数据迁移经甲方抽样核对一致。
P:5.2 最终验收标准：试运行期内未发生一级故障，初步验收遗留问题全部整改完毕，第三方安全测评无高危漏洞，乙方已提交全部文档及源代码。
P:5.3 验收由甲方组织，可邀请专家参加，并形成书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维保服务，年度维保费不超过平台软件许可费的8%（即每年不超过68,800元），该价格在质保期满后前两个维保年度内不得上调。
P:6.3 质保期内乙方每季度进行一次平台巡检，提交巡检报告，并在国家及本省气瓶安全监管政策调整后30日内完成相应功能调整，不另收费。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%。
P:7.2 一级故障（平台无法访问或充装校验中断）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应；三级问题1个工作日内响应。
P:7.3 月度可用率每低于承诺值0.01个百分点，扣减维保保证金2,000元；一级故障响应超时的，每超时1小时扣减1,000元。
P:7.4 乙方应提供7×24小时服务热线，并在重大节假日及安全生产专项检查期间安排专人值守。
H:第八条 知识产权
P:8.1 定制开发成果（含源代码、接口程序、文档）的知识产权归甲方所有，甲方可自行使用、修改并许可第三方使用。
P:8.2 平台原有软件产品的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据（含气瓶档案、充装记录、用户信息）归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护要求，对敏感数据加密存储，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云。
P:9.3 发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失由乙方全额承担。
P:9.4 合同终止或维保结束时，乙方应向甲方移交全部数据及账号权限，并删除其保存的任何数据副本，出具书面确认。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、监管信息及企业信息负有保密义务，未经甲方书面同意不得向第三方披露，不得利用上述信息从事与本项目无关的活动。乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八支付违约金。
P:11.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方违反第九条、第十条约定的，应赔偿甲方因此遭受的全部损失，包括甲方承担的行政处罚和对第三方的赔偿。
P:11.4 甲方无正当理由逾期付款的，按逾期金额的万分之三每日向乙方支付违约金。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同义务转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方承担违约责任。
P:13.2 合同解除后，乙方应在10日内移交已完成的工作成果、源代码及全部数据，甲方按已验收部分结算价款。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供证明。不可抗力影响期间相应义务暂停履行，双方应协商合同继续履行的方式。
H:第十六条 通知
P:双方在本合同首页列明的地址和联系人为有效送达地址，一方变更应提前5日书面通知另一方。
H:第十七条 其他
P:17.1 招标文件、投标文件、澄清文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:17.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日
"""

Z02 = r"""
T:生产线控制系统改造项目合同
P:合同编号：HB-SB-2027-0315
P:甲方：嘉禾贝安儿童安全座椅有限公司
P:乙方：常州启衡自动化工程有限公司
P:甲方拟对其二号厂区三条儿童安全座椅总装线及一条吹塑成型线的控制系统进行改造，乙方具备相应的设计、供货、编程及调试能力。双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、设备供货、安装、程序开发、调试、培训及质保服务，具体包括：更换原有PLC控制柜及I/O模块；更换伺服驱动及电机；加装工业触摸屏；加装安全带卡扣及ISOFIX接口视觉检测系统；部署产线数据采集软件，并与甲方现有MES及质量追溯系统对接。
P:1.2 改造工作应利用甲方节假日及计划停线时间分段实施，每条生产线停线时间不得超过5日。
H:第二条 合同价款
P:2.1 合同总价为人民币1,650,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|4套|486,000
TB:2|伺服驱动器及伺服电机|36套|312,000
TB:3|工业触摸屏（HMI）|8台|96,000
TB:4|视觉检测系统（含检测软件）|4套|228,000
TB:5|产线数据采集软件许可（永久）|1套|174,000
TB:|设备及软件小计||1,296,000
TB:6|安装及调试|1项|142,000
TB:7|程序开发（工艺配方管理、追溯接口）|1项|186,000
TB:8|操作及维护培训|1项|26,000
TB:|合同总价||1,650,000
P:2.2 上述价款为固定总价，包括设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前开具相应金额的增值税专用发票。甲方逾期付款的，乙方可顺延相应工作，但不得因此停止质保期内的故障处理。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后45日内完成全部设备到货，在到货后60日内完成四条生产线的改造和调试。
P:4.2 乙方应在实施前提交详细的停线切换方案，经甲方生产部门确认后执行。切换期间乙方工程师须驻场，确保改造后当班恢复生产；切换失败的，乙方应在2小时内恢复原控制系统运行，原有控制柜在最终验收前不得拆除报废。
P:4.3 乙方应为甲方设备、工艺及质量人员提供操作和维护培训，培训不少于5天，内容包括PLC程序结构、HMI操作、视觉检测参数调整、常见故障排除及备件更换，培训后应保证甲方人员能够独立完成日常维护。
P:4.4 甲方负责提供施工用电、压缩空气及现场作业条件，并指定生产、设备、质量三个部门的对接人员。
H:第五条 验收
P:5.1 单线验收：每条生产线改造完成后进行单线测试，标准为：生产节拍达到每件不超过42秒；视觉检测对卡扣未锁止、ISOFIX缺件的检出率不低于99.8%，误判率不高于0.5%；与MES对接的数据完整、实时；连续72小时带料运行无停机故障。
P:5.2 最终验收：四条生产线全部通过单线验收，并稳定运行30日，期间无因控制系统导致的批量质量事故，乙方提交全部图纸、程序源代码、参数清单和操作维护手册后，由甲方组织最终验收并出具书面验收报告。
P:5.3 设备安装完成、投入试生产或甲方付款，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换，并免费提供软件补丁。
P:6.2 质保期满后，甲方可选择由乙方提供维保服务，年度维保费按设备及软件小计的9%计取，即每年116,640元，该费用在质保期满后三个维保年度内固定不变。
P:6.3 乙方保证改造所用备品备件在质保期满后至少供应五年，价格不高于合同单价。
P:6.4 维保服务内容包括：每季度一次预防性巡检、程序备份与版本管理、视觉检测模型复核、故障远程诊断及现场维修，巡检后乙方应提交书面报告并提出改进建议。
H:第七条 服务响应
P:7.1 一级故障（造成整线停产）：乙方接报后1小时内远程响应，6小时内工程师到场。二级故障（影响产能或检测功能）：2小时内响应，次日到场。三级问题：1个工作日内响应。
P:7.2 乙方未按时响应或到场的，每超时1小时向甲方支付800元；因一级故障处理不及时造成停产的，乙方另按停产时间每小时2,500元赔偿。
H:第八条 知识产权
P:8.1 乙方为本项目开发的PLC程序、HMI画面、视觉检测算法参数、工艺配方模块及接口程序，其知识产权归甲方所有，乙方应交付全部源代码，甲方可自行修改、使用及委托第三方维护。
P:8.2 数据采集软件及视觉检测软件的著作权归原权利人，乙方保证甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 生产数据、工艺参数、质量追溯记录归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批并通过甲方指定的安全通道进行，操作全程记录。乙方应采取必要措施防止病毒、勒索软件进入甲方工控网络。
P:9.3 因乙方原因导致数据泄露、工控系统遭受攻击或数据丢失的，乙方应立即报告，配合处置，并承担由此造成的损失。
H:第十条 保密
P:乙方对在项目中知悉的甲方产品设计、工艺参数、客户信息及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方提供的设备或程序不符合约定的，甲方有权要求更换、整改，并要求乙方赔偿由此造成的损失。因控制系统缺陷导致甲方产品召回或客户索赔的，乙方应承担相应赔偿责任。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十二条 分包
P:乙方可将电气安装、桥架布线等辅助工程分包给具备相应资质的第三方，但应提前5个工作日书面通知甲方。乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未改正的，或逾期超过30日的，甲方有权解除合同，乙方应返还已收款项并承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产、消防及劳动纪律管理规定，电气作业人员须持证上岗，动火、登高作业须办理审批。因乙方原因发生安全事故的，由乙方承担全部责任。
H:第十六条 不可抗力
P:因不可抗力导致合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、停线切换方案、验收测试大纲。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z03 = r"""门店预约及会员管理SaaS服务合同

合同编号：LYFX-IT-2027-006

甲方：海南蓝翼水上运动连锁管理有限公司
乙方：杭州云泊数字科技有限公司

甲方在全国经营40家水上飞人体验门店，为统一门店预约、排班、会员及储值管理，甲方订购乙方“泊客”门店预约及会员管理SaaS服务，并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方为甲方40家门店开通“泊客”SaaS服务，包括：线上预约与时段管理、教练及设备排班、会员档案与等级权益、次卡与储值、团购券核销、安全告知书电子签署、门店经营报表及总部驾驶舱。
2. 服务通过乙方云平台提供，甲方及门店人员通过网页端、平板端及微信小程序使用。门店数量增加的，按本合同单价另行结算；门店关闭的，甲方可提前30日书面通知停用该门店账号，自下一服务年度起相应减少订阅费。

（二）实施服务
1. 乙方负责系统配置、40家门店开通、甲方品牌小程序页面定制、与甲方财务系统及支付渠道的对接。
2. 乙方负责将甲方现有会员、次卡及储值余额数据迁移至本系统，并保证迁移后余额准确。
3. 乙方为总部及门店店长提供培训，并提供操作手册和培训视频。

二、服务期限

（一）服务期为两个服务年度，自上线验收合格之日起计算。第1个服务年度自上线验收合格之日起算，第2个服务年度紧接其后。
（二）服务期满前30日，任何一方未书面提出终止的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续展前15日书面通知甲方。

三、费用及支付

（一）费用构成
1. 订阅费：每家门店每个服务年度9,600元，40家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
2. 实施费：126,000元（一次性）。
3. 数据迁移费：32,000元（一次性）。
合同总价为人民币926,000元（含税）。

（二）支付方式
1. 实施费和数据迁移费在上线验收合格后15个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
3. 乙方应在付款前开具合法有效的增值税专用发票。

四、实施及上线验收

（一）乙方应在合同签订后50日内完成全部门店开通、数据迁移和对接工作，并提交上线验收申请。
（二）上线验收标准：
1. 合同附件所列功能全部可用，小程序页面符合甲方确认的设计稿；
2. 会员、次卡、储值数据迁移后经甲方逐店核对，余额差异为零；
3. 与甲方财务系统、支付渠道对账连续7日无差错；
4. 高峰时段单店并发预约200笔时，页面响应不超过2秒；
5. 40家门店店长均已完成培训并通过操作考核。
（三）甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新提交验收，由此导致上线延期的，按本合同第十一条承担责任。

五、服务水平

（一）乙方保证SaaS服务月度可用率不低于99.5%（计划内维护时间除外，计划内维护须提前48小时通知并安排在凌晨0点至6点之间）。
（二）故障分级及响应：
1. 一级故障（预约、核销或支付功能全部中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、报表错误等）：1个工作日内响应。
（三）服务补偿：月度可用率每低于承诺值0.5个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣不超过当月订阅费的一半；一级故障未按时恢复的，每超时1小时抵扣2,000元。
（四）可用率以乙方监控系统数据为准，甲方有异议的，双方以第三方拨测记录核对确认。

六、数据

（一）甲方在使用服务过程中上传或产生的会员信息、预约记录、消费及储值数据属于甲方。
（二）乙方有权对上述数据进行脱敏、汇总处理，并将汇总后的数据用于行业分析报告、产品改进及乙方的其他商业用途，该权利在本合同终止后继续有效。
（三）乙方应采取加密传输、加密存储、访问权限控制和操作日志等安全措施保护甲方数据，服务器位于中国境内。发生数据泄露的，乙方应在2小时内通知甲方，采取补救措施，并承担因乙方原因造成的损失。
（四）服务终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台上的甲方数据。

七、知识产权

（一）“泊客”SaaS平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、财务对接程序的知识产权归甲方所有，甲方可自行使用、修改或委托第三方开发。

八、甲方的义务

（一）甲方应指定总部项目负责人及各门店联系人，及时提供门店信息、会员数据、品牌素材和对接所需的接口资料。
（二）甲方应妥善保管账号密码，合理分配门店人员权限，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其收集会员个人信息已取得会员同意，并在小程序中展示经甲方确认的隐私政策。

九、服务支持与升级

（一）乙方提供7×24小时在线客服和电话支持，并为甲方指定专属客户成功经理，每季度与甲方召开一次服务回顾会，提交服务报告，内容包括可用率、故障处理、需求处理情况。
（二）乙方对平台进行版本升级的，应提前7日通知甲方，升级不得降低本合同约定的功能和服务水平；涉及门店操作变化的，乙方应免费提供培训。
（三）暑期及节假日旺季前，乙方应配合甲方进行容量评估和压力测试。

十、保密

双方对在合作中知悉的对方商业秘密、经营数据及技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

十一、违约责任

（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方违反本合同第六条第（三）项约定造成数据泄露的，应赔偿甲方全部损失，包括甲方向会员承担的赔偿。
（三）甲方逾期付款的，按逾期金额的万分之三每日支付违约金。

十二、转包与分包

未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。乙方使用的云基础设施服务商应在附件中列明。

十三、合同解除

（一）任何一方严重违约，经对方书面催告后15日内未予纠正的，守约方有权解除合同。
（二）连续两个月可用率低于承诺值的，甲方有权解除合同，乙方应退还未使用服务期对应的订阅费。
（三）合同解除或终止的，乙方应按本合同第六条第（四）项交付数据，并配合甲方在30日内完成向新系统的迁移，迁移期间服务不得中断。

十四、法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十五、不可抗力

因台风、洪水等不可抗力导致门店停业或服务中断的，受影响一方应及时通知对方，免除相应责任。门店停业连续超过30日的，双方可协商顺延该门店的服务期。

十六、其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、小程序设计稿。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = r"""地面沉降监测系统运行维护服务合同

项目名称：地面沉降监测系统年度运行维护服务
采购方式：竞争性磋商
合同编号：ZRZY-CG-2026-117

甲方（采购人）：临江市自然资源和规划局
乙方（成交供应商）：江苏测远地理信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市地面沉降监测系统运行维护服务事宜，订立本合同。

第一条 服务范围
（一）监测站点维护：对全市38个GNSS地面沉降监测站、6组分层标及2个基岩标进行巡检、维护和故障修复，保证监测数据连续、有效。
（二）水准复测：按国家二等水准测量规范完成全市地面沉降水准监测网复测，共计水准路线约420公里，提交复测成果报告。
（三）平台运维：对地面沉降监测信息平台（含数据接收、解算、预警发布及“一张图”展示模块）进行日常运行维护、数据库维护、安全加固和小版本功能优化。
（四）备品备件：提供GNSS接收机、通信模块、供电设备等备品备件，更换的部件归甲方所有。
（五）技术支撑：按月编制地面沉降监测月报，在汛期及重大工程建设期间提供加密监测和专题分析。
（六）应急保障：发生地面塌陷、沉降速率异常等突发情况时，乙方应在接到甲方通知后2小时内派员到达现场，开展应急监测并每日报送监测数据，直至甲方通知解除。
（七）年度总结：服务期满前编制年度地面沉降监测分析报告，对沉降漏斗范围、速率变化及成因进行分析，并提出防治建议。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。

第三条 服务费用
（一）本合同服务费总额为人民币586,000元（含税），其中：监测站点维护费214,000元，水准复测费168,000元，平台运维费126,000元，备品备件费78,000元。
（二）上述费用为包干价，包含人员、设备、车辆、测量仪器检定、差旅及税费等全部费用。

第四条 付款方式
（一）服务费按季度支付，每季度服务费为146,500元。
（二）每季度结束后，甲方在15个工作日内完成季度考核，考核合格的，甲方在考核结果确认后10个工作日内支付该季度服务费；考核扣减的，按扣减后的金额支付。
（三）甲方不向乙方支付预付款。乙方应在每次付款前开具合法有效的增值税发票，付款资金来源为财政预算资金，因财政支付流程造成的合理延迟不视为甲方违约。

第五条 服务标准
（一）监测数据有效率：GNSS监测站月度数据有效率不低于98%，单站连续中断不得超过72小时。
（二）平台可用率：监测信息平台月度可用率不低于99.95%。
（三）故障响应：一级故障（平台中断或5个以上监测站同时中断）1小时内响应，6小时内恢复；二级故障（单个监测站中断或平台部分功能异常）2小时内响应，48小时内修复；三级问题1个工作日内响应。
（四）水准复测成果精度应满足国家二等水准测量规范要求，复测成果于2027年10月31日前提交。
（五）巡检频次：GNSS监测站每季度现场巡检不少于一次，分层标和基岩标每半年巡检一次，汛期前完成全部站点的防雷、供电和通信检查。巡检应填写巡检记录并拍照存档。
（六）乙方应建立运维服务台账，按月向甲方报送站点运行、故障处理、备件消耗及平台运行情况。

第六条 考核与扣减
（一）甲方按季度依据本合同第五条对乙方进行考核。
（二）平台月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,500元；监测站数据有效率每低于承诺值1个百分点，扣减当季服务费3,000元。
（三）一级故障未按时响应或恢复的，每超时1小时扣减1,000元；二级故障超时的，每超时1小时扣减300元。
（四）季度扣减总额不超过当季服务费的一半。考核结果由甲乙双方签字确认，乙方对考核结果有异议的，可在5个工作日内提出复核。

第七条 年度验收
（一）服务期满后，甲方组织年度验收，验收标准为：四个季度考核均已完成且扣减事项已结清；水准复测成果通过甲方组织的专家评审；监测月报、巡检记录、故障处理记录、备件更换台账齐全；平台数据库备份完整可恢复。
（二）验收合格的，甲方出具书面验收意见；不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可扣留第四季度服务费中与不合格事项相应的部分。

第八条 甲方的义务
（一）甲方应向乙方提供监测站点分布、历史监测数据、平台账号及必要的工作条件，协调站点所在单位配合乙方进场。
（二）甲方应按本合同约定及时组织考核、验收并支付服务费。

第九条 数据安全
（一）监测数据、复测成果及平台数据库中的全部数据归甲方所有，乙方不得用于本合同以外的任何用途，不得向第三方提供。
（二）乙方应遵守测绘地理信息安全管理规定，涉密测绘成果按有关规定管理，运维操作须在甲方内网并通过堡垒机进行，禁止使用互联网远程运维。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担。

第十条 保密
乙方及其人员对履约中接触的测绘成果、地质资料及甲方工作信息负有保密义务，未经甲方书面同意不得对外披露。乙方应与项目人员签订保密承诺书。保密义务在合同终止后继续有效。

第十一条 成果归属
乙方在服务期内形成的复测成果、监测月报、专题分析报告、平台优化代码及技术文档，其知识产权归甲方所有。服务期满或合同终止时，乙方应向甲方移交全部运维资料、账号权限、配置文件及备品备件清单，并配合后续服务单位完成交接。

第十二条 人员与分包
（一）乙方应配备不少于6名专职运维及测量人员，项目负责人应具备注册测绘师资格，人员变更应提前通知甲方。
（二）乙方可将水准复测的外业观测工作分包给具有乙级以上测绘资质的单位，分包前书面告知甲方即可，乙方对分包工作的质量和进度承担全部责任。
（三）乙方外业人员应遵守道路交通及野外作业安全规定，乙方应为其人员办理意外伤害保险，作业中发生的人身伤害由乙方负责。
（四）乙方使用的测量仪器应在检定有效期内，并在复测开始前向甲方提交检定证书复印件。

第十三条 违约责任
（一）乙方未按期提交水准复测成果的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第九条、第十条约定的，应赔偿甲方全部损失。
（三）甲方逾期付款的，应按逾期金额的万分之二每日向乙方支付违约金。

第十四条 合同的履行与解除
本合同为年度服务合同，服务期内除因不可抗力致使合同目的不能实现外，任何一方不得单方解除合同。乙方违约的，甲方可要求乙方继续履行、限期整改，并按本合同扣减服务费或收取违约金，但不得以此为由解除合同。

第十五条 不可抗力
因地震、洪水等不可抗力影响服务的，受影响一方应及时通知对方并提供证明，相应期间的考核予以免除。

第十六条 法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向临江市人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                  乙方（盖章）：
"""

Z05 = r"""# 匠迹工艺追踪系统软件许可及定制开发合同

> 西安匠迹软件科技有限公司 标准合同文本 V3.0（乙方提供）

合同编号：JJ-XS-2027-0042

甲方：凤翔西山泥彩塑工作室

乙方：西安匠迹软件科技有限公司

甲方为加强泥彩塑作品从选泥、制坯、晾坯、彩绘到包装入库的工序管理，向乙方采购“匠迹”工艺追踪系统。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工艺追踪系统V5软件的永久使用许可，许可范围为甲方工作室内部使用，用户数不超过50个。

1.2 乙方根据甲方需求进行定制开发，内容包括：泥坯批次与作品一物一码、工序扫码报工、彩绘师傅作业记录、晾坯温湿度记录、作品档案及证书生成、订单与发货追踪。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 本合同项下的软件许可不可转让，甲方新增工作室或分支机构使用的，应另行购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “匠迹”工艺追踪系统V5软件许可（永久） | 168,000 |
| 2 | 定制开发 | 36,000 |
| 3 | 部署实施及培训 | 12,000 |
| | 合计 | 216,000 |

合同总价为人民币216,000元（含税）。上述价格不含甲方自备的服务器、扫码枪、标签打印机及耗材。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即140,400元。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即75,600元。

3.3 甲方未按期付款的，乙方有权暂停实施及服务，工期相应顺延。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。甲方已支付的款项，除本合同另有约定外，不予退还。

## 第四条 交付

4.1 乙方在收到第3.1条款项后60日内完成系统部署和定制开发，并通知甲方上线。

4.2 甲方应在乙方通知上线后3日内安排人员开始使用系统。甲方未按时安排的，视为系统已上线。

4.3 乙方交付的资料包括：安装介质、授权文件、用户操作手册及管理员手册。定制开发部分的源代码不属于交付范围。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，乙方在后续维护中予以处理，不影响验收结论及付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括缺陷修复、远程技术支持和小版本更新。

6.2 故障处理：一级故障（系统无法登录或扫码报工中断），乙方在接到报修后8小时内响应；二级故障2个工作日内响应；其他问题在后续版本中统一处理。

6.3 乙方尽力按上述时限处理故障，但不因响应或修复超时承担扣款、赔偿或违约责任。

6.4 因甲方人员误操作、自行修改配置、服务器或网络故障造成的问题，不属于免费维护范围，乙方可按次收取服务费。

6.5 免费维护期内的服务时间为工作日9:00至18:00，节假日及夜间服务需提前预约，并按乙方收费标准另行计费。

## 第七条 维保服务

7.1 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的25%，即每年42,000元。

7.2 未签订维保合同的，乙方不再提供版本升级和技术支持，甲方临时需要服务的，按乙方人员每人每天2,800元收费。

7.3 年度维保服务内容包括：系统缺陷修复、版本升级、远程技术支持、每半年一次的系统健康检查。维保合同期满，双方协商续签。

7.4 维保费应在每个维保年度开始前一次性支付，乙方收到款项后开始提供服务。

## 第八条 知识产权

8.1 “匠迹”工艺追踪系统软件的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表模板、证书模板及相关源代码，知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。乙方有权将定制功能纳入其标准产品向其他客户提供。

8.3 乙方保证其提供的软件不侵犯第三方的知识产权。第三方就此向甲方提出索赔的，由乙方负责处理，但因甲方擅自修改或与其他软件组合使用引起的除外。

## 第九条 数据

9.1 甲方在系统中录入和产生的作品信息、工序记录、客户及订单信息归甲方所有，乙方不得用于本合同以外的用途。

9.2 乙方在提供部署和维护服务时，应采取必要的访问控制和备份措施，远程维护须经甲方同意；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担由此给甲方造成的直接损失。

9.3 合同终止后，乙方应甲方要求协助导出系统中的甲方数据，导出格式以系统支持的格式为准，并删除乙方在维护过程中取得的甲方数据副本。

## 第十条 保密

双方对本合同内容及履约中知悉的对方技术信息、经营信息负有保密义务，未经对方同意不得向第三方披露，保密期限至合同终止后两年。乙方应要求其参与本项目的员工遵守本条约定，员工违反保密义务的，由乙方承担责任。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

11.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，对方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还；因乙方原因解除合同的，乙方退还未履行部分对应的款项。

## 第十三条 甲方的义务

13.1 甲方应自行准备符合乙方要求的服务器、操作系统、数据库及网络环境，并承担相应费用。

13.2 甲方应指定专人配合需求调研，在乙方提交需求确认单后3日内签字确认；需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

13.3 甲方应按乙方要求准备作品、工序、人员等基础数据，并对数据的真实性负责。

13.4 甲方应妥善保管系统账号及授权文件，不得将软件复制、出租或提供给工作室以外的单位使用，否则乙方有权终止许可并要求赔偿。

## 第十四条 培训与运行环境

14.1 乙方提供不超过2天的现场培训，培训对象为甲方管理人员及各工序负责人，培训人数不超过20人。超出部分按乙方收费标准另行计费。

14.2 系统运行环境要求以乙方提供的《部署环境说明》为准，因甲方环境不符合要求导致的性能问题，由甲方自行负责。

14.3 乙方可根据产品规划对系统进行版本升级，升级后的部分功能可能需要另行购买。

## 第十五条 不可抗力

因不可抗力或政府行为、网络运营商故障、第三方软件缺陷等非乙方原因造成合同不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MMS-CN-2027-009
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Changzhou Huarui Precision Castings Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"); and
P:(2) Moravia Metrology Software s.r.o., a limited liability company incorporated in the Czech Republic, with its registered office at Mezi Trhy 5, 746 01 Opava, Czech Republic (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's QualiCast quality and metrology management software, together with implementation, interface and training services, for its two foundry plants in Changzhou, and the Vendor is willing to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the QualiCast Suite version 8, comprising the inspection planning, coordinate measuring machine (CMM) data capture, statistical process control, non-conformance and supplier quality modules, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, scripts, data-migration tools and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software by or for the Customer, including measurement results, part drawings and supplier records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 160 named users and 22 connected measuring machines at the Customer's plants and at any affiliate controlled by the Customer in mainland China.
P:2.2 The Vendor shall provide the following services: (a) installation of the Software on the Customer's servers; (b) configuration of inspection plans for the Customer's part families; (c) interfaces with the Customer's ERP, MES and laboratory systems; (d) migration of five years of historical inspection records; and (e) training of key users and administrators.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,828,000 (inclusive of applicable taxes), made up as follows: (a) Software licence fee: CNY 1,240,000; (b) implementation and configuration services: CNY 386,000; (c) interface development: CNY 154,000; and (d) training: CNY 48,000.
P:3.2 The price is fixed and covers all travel, accommodation and other expenses of the Vendor's personnel, whether working on site or remotely.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 20 business days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total price within 20 business days after the Software has been installed and all interfaces have passed integration testing, as confirmed in an installation certificate signed by both parties. The installation certificate is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 20 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's Shanghai branch as stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and submit the Software and Custom Deliverables for acceptance testing within 120 days after signature, in accordance with the project plan attached as Annex 1.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 2 operate as described; (b) measurement data from all 22 machines is captured automatically with no loss or corruption over ten consecutive working days; (c) statistical process control charts are generated within 3 seconds for 50 concurrent users; (d) the ERP, MES and laboratory interfaces exchange data without error for ten consecutive working days; and (e) a sample of 2,000 migrated records reconciles with the source data.
P:5.3 After successful testing, the Software shall run in production for a trial period of 45 days, during which no Severity 1 incident may occur.
P:5.4 The Customer shall issue a written Final Acceptance certificate within ten business days after the trial period has been completed and the criteria have been met. Production use, installation or any payment shall not in itself constitute acceptance. If the criteria are not met, the Vendor shall correct the defects within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 2 for a period of eighteen (18) months from Final Acceptance. During the Warranty Period the Vendor shall correct all defects, provide all updates and new versions and give technical support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support and maintenance. The annual support fee shall be 11% of the Software licence fee, namely CNY 136,400 per year, and shall not be increased for the first three support years. Support shall be ordered by a separate purchase order for each support year; it does not renew automatically.
H:Article 7 Service Levels
P:7.1 During the Warranty Period and any support year, the Vendor shall respond to incidents reported by the Customer as follows: Severity 1 (the Software is unavailable or measurement data cannot be captured on a production line): response within 1 hour and a workaround or fix within 8 hours; Severity 2 (a major function is impaired): response within 2 hours and a fix within 2 business days; Severity 3 (other issues): response within 1 business day.
P:7.2 For each hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall grant a service credit of CNY 1,500, deducted from the next payment or support invoice.
H:Article 8 Intellectual Property
P:8.1 The intellectual property rights in the Software remain with the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables shall belong to the Customer upon creation. The Vendor shall deliver the source code of the interface programs and migration tools. The Customer may use, modify and license the Custom Deliverables freely, including to third parties engaged to maintain them.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Software shall be installed on the Customer's own servers in Changzhou. The Vendor's personnel may access the Customer's systems only through the Customer's approved remote-access tool, with prior approval for each session, and all sessions shall be recorded. No Customer Data shall be transferred outside mainland China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Customer's information security policies. The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, shall take all necessary remedial measures, and shall be liable for all losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, pricing and business information, and shall use it only for the purposes of this Agreement.
P:10.2 This obligation continues for five years after the termination of this Agreement, and for trade secrets for as long as they remain secret.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to submit the Software for acceptance testing, or to achieve Final Acceptance, by the dates in Annex 1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:11.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price, except for liability for personal injury, wilful misconduct, infringement under Article 8.3 and breach of Article 9, which shall not be limited.
P:11.3 Neither party shall be liable for indirect or consequential loss, except as provided in Article 11.2.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving written notice, or if the delay damages under Article 11.1 reach their maximum.
P:13.2 On termination by the Customer under Article 13.1, the Vendor shall refund the amounts paid for services not accepted, and shall deliver all Custom Deliverables completed up to the date of termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement shall be governed by the laws of the Czech Republic, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by the competent court in Opava, Czech Republic.
H:Article 15 General
P:15.1 This Agreement, together with Annex 1 (Project Plan) and Annex 2 (Functional Specification), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = r"""# ShiftWise Cloud — Order Form

**Order Form No.** PWC-OF-2027-0311

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** Podlasie Workforce Cloud sp. z o.o., ul. Lipowa 41, 15-424 Białystok, Poland, acting in China through its appointed reseller account.
- **Customer:** Foshan Meikang Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

### A2. Subscribed Service

ShiftWise Cloud, Enterprise Edition: workforce scheduling, shift bidding, time and attendance, overtime control, leave management, labour-cost analytics and the ShiftWise mobile app, for up to 3,200 named employees across the Customer's four factories in Foshan and Zhongshan. The Service is delivered from the Provider's data centre region in Shenzhen, operated by the hosting provider named in A6.

### A3. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 begins on the date of Go-Live Acceptance under B4; Subscription Year 2 begins on its first anniversary.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 3,200 employees, annual | 418,000 |
| Subscription fee, Subscription Year 2 | 3,200 employees, annual | 418,000 |
| Onboarding (configuration, attendance-terminal integration, payroll export, data load, training) | one-time | 64,000 |
| **Total Fees for the Subscription Term** | | **900,000** |

All amounts include VAT. Additional employees may be added at CNY 131 per employee per Subscription Year, pro rata; such additions are not included in the Total Fees.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. The Customer pays each correct invoice within 30 days of receipt, in CNY, to the account stated on the invoice. No amount is payable before Go-Live Acceptance.

### A6. Renewal, Hosting Provider and Contacts

1. **Renewal.** At the end of the Subscription Term, the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current period. For each renewal period, the Provider may increase the subscription fee by up to 9% over the fee for the preceding Subscription Year by giving notice at least 75 days before the renewal.
2. **Hosting provider.** Shenzhen Qianhai Cloud Computing Co., Ltd. (infrastructure hosting only). The Customer approves this hosting provider by signing this Order Form.
3. **Contacts.** Provider: customer success manager named in the kick-off letter. Customer: HR Shared Services Director and IT Infrastructure Manager.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Definitions

1.1 **"Service"** means the subscribed service described in A2, including updates made generally available by the Provider during the Subscription Term.

1.2 **"Customer Data"** means all data submitted to the Service by or for the Customer, including employee records, schedules, clock-in events and leave requests, and all reports generated from that data.

1.3 **"Customer Configurations"** means the shift rules, overtime rules, approval workflows, report layouts and the payroll export format configured for the Customer.

1.4 **"Go-Live Acceptance"** has the meaning given in B4.

### B2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users in accordance with the Order Form, these General Terms and the documentation.

2.2 The Customer shall use the Service only for its internal business purposes and shall not resell or make it available to third parties other than its affiliates in mainland China.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces the functionality or service levels of the Service.

### B3. Onboarding

3.1 The Provider shall complete onboarding within 70 days after signature of the Order Form, in accordance with the onboarding plan agreed at the kick-off meeting.

3.2 Onboarding includes configuration of the Customer Configurations, integration with 86 attendance terminals, the monthly payroll export to the Customer's payroll system, the loading of employee master data, and training for 40 administrators and 160 line supervisors.

### B4. Go-Live Acceptance

4.1 When onboarding is complete, the Provider shall notify the Customer and the parties shall run acceptance tests over a parallel period of one complete payroll month.

4.2 The acceptance criteria are: (a) all functions listed in the onboarding plan work as documented; (b) clock-in events from all 86 terminals are received within 2 minutes, with no lost events during the parallel period; (c) calculated working hours and overtime for the parallel month reconcile with the Customer's existing system for a sample of 500 employees, with every difference explained and corrected; (d) the payroll export is accepted by the Customer's payroll system without manual correction; and (e) schedules for a full factory can be published within 10 seconds.

4.3 The Customer shall sign a Go-Live Acceptance certificate within 7 business days after the criteria are met, or give written reasons for refusing it. Use of the Service during the parallel period does not constitute acceptance.

4.4 If Go-Live Acceptance is not achieved within 70 days after signature for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 600 for each day of delay, up to a maximum of CNY 45,000.

### B5. Service Levels and Support

5.1 **Availability.** The Provider shall ensure monthly availability of the Service of at least 99.95%, excluding planned maintenance notified at least 5 days in advance and carried out between 00:00 and 05:00 China Standard Time.

5.2 **Incident response.** Severity 1 (the Service or clock-in processing is unavailable for all users of a factory): response within 30 minutes and restoration within 3 hours, 24 hours a day. Severity 2 (a major function is impaired): response within 2 hours during business hours. Severity 3: response within 1 business day.

5.3 **Service credits.** If monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point or part of it by which availability falls short, up to half of that monthly share. For each hour by which a Severity 1 restoration is late, the Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 The Provider shall provide a monthly service report showing availability, incidents and credits.

### B6. Customer Data

6.1 As between the parties, Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

6.2 During the Subscription Term, and for 30 days after it ends, the Customer may export all Customer Data in CSV or Excel format. After that period the Provider shall delete the Customer Data from the Service.

### B7. Intellectual Property

7.1 The Provider retains all rights in the Service, the software underlying it and the documentation.

7.2 The Customer Configurations, and all reports and export formats created for the Customer, belong to the Customer. The Provider shall hand them over in a documented form on request, and the Customer may use, modify and license them freely, including with another service provider.

### B8. Confidentiality

8.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Order Form, including the terms of the Order Form, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers bound by a similar duty or as required by law.

8.2 This obligation survives for three years after the end of the Subscription Term.

### B9. Liability

9.1 Each party's total aggregate liability under this Order Form shall not exceed 150% of the Total Fees stated in A4.

9.2 The limit in 9.1 does not apply to personal injury, fraud or wilful misconduct, or to the Customer's payment obligations.

9.3 Neither party is liable for loss of profit or indirect loss.

### B10. Subcontracting

The Provider shall not subcontract the performance of the Service or the onboarding to any person without the Customer's prior written consent, except to the hosting provider approved in A6. The Provider remains responsible for the acts and omissions of its subcontractors.

### B11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

11.2 If the Customer terminates under 11.1, the Provider shall refund the prepaid subscription fee for the remainder of the Subscription Year in which termination takes effect.

### B12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitral award is final and binding on both parties.

### B13. General

13.1 Notices must be in writing and sent to the contacts in A6.

13.2 Neither party may assign this Order Form without the other party's written consent.

13.3 This Order Form is made in English. Each party has received one signed copy.
"""

E03 = r"""
T:SUPPLY AND LICENCE CONTRACT FOR A CONDITION MONITORING SYSTEM
P:Contract No. ZJH-EQ-2027-044
P:Buyer: Zhejiang Jinghe Paper Co., Ltd., Haiyan County, Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Krušné Vibration Systems s.r.o., Masarykova 87, 415 01 Teplice, Czech Republic (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software. The Buyer wishes to install wireless vibration and temperature monitoring on the rotating equipment of paper machines PM2 and PM3 and their stock preparation lines, and the Supplier has offered the sensors, gateways, edge servers and monitoring software described below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's VibraSense Monitor software, including its analytics modules, mobile application and documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Custom Work" means the alarm rules, machine models, dashboards, interface programs and reports prepared by the Supplier for the Buyer.
P:1.5 "Buyer Data" means all measurement data, machine data, alarms and reports collected or generated by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the licence under clause 8.2, and install, configure and commission the System on 180 measuring positions (motors, pumps, fans, rolls and gearboxes).
P:2.2 The Supplier shall integrate the System with the Buyer's distributed control system historian and its maintenance management system, so that alarms automatically generate maintenance work orders.
P:2.3 The Supplier shall train the Buyer's maintenance engineers and reliability staff as described in clause 3.
H:3. Price
P:3.1 The Contract Price is CNY 1,247,000, including VAT, delivery to the Buyer's mill, insurance and all duties. The Price Table is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX version|180|3,200|576,000
TB:2|Wireless gateway with industrial mounting kit|14|9,500|133,000
TB:3|Edge server, rack-mounted, with operating system|2|43,000|86,000
TB:4|VibraSense Monitor software licence, perpetual, 250 measuring points|1|312,000|312,000
TB:|Equipment and Software Subtotal|||1,107,000
TB:5|Installation, mounting and commissioning|1|118,000|118,000
TB:6|Training (5 days on site, up to 20 participants)|1|22,000|22,000
TB:|Contract Price|||1,247,000
P:3.2 The Contract Price is fixed. No other charges shall be payable by the Buyer for the scope described in this Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after receiving an advance-payment bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 business days after all Equipment has been delivered and installed, as confirmed by an installation certificate. The installation certificate confirms quantities and physical installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance under clause 6.
P:4.4 The Supplier shall issue a valid VAT invoice before each payment.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's mill within 60 days after the Contract is signed and complete installation and commissioning within 45 days after delivery.
P:5.2 Installation on running machines shall be carried out only during the planned shutdowns notified by the Buyer. The Supplier's personnel shall comply with the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:5.3 With the Equipment, the Supplier shall deliver the certificates of origin and conformity, the explosion-protection certificates of the sensors, the installation drawings for each measuring position, and the operating and maintenance manuals in Chinese and English.
P:5.4 Title to the Equipment passes to the Buyer on delivery. Risk passes on the signature of the installation certificate.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 30 days.
P:6.2 The acceptance criteria are: (a) every one of the 180 sensors transmits data to the Software at the configured interval, with no more than two missing readings per sensor per day during the trial period; (b) the measured vibration values agree with reference measurements taken by a calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms are raised in the Software and create work orders in the maintenance management system within 60 seconds; (d) the dashboards and reports in the technical specification are available; and (e) the sensors' battery life, calculated from the measured consumption, is at least three years.
P:6.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 business days. Installation, use of the System or any payment shall not be deemed acceptance. If any criterion is not met, the Supplier shall correct the defect and the relevant tests shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including sensors whose batteries fail early, and shall provide all Software updates and technical support without charge.
P:7.2 The Supplier shall respond to faults as follows: Severity 1 (loss of monitoring for a whole paper machine, or the Software or an edge server is down): remote response within 1 hour and restoration within 8 hours; Severity 2 (loss of a gateway or of several sensors): response within 2 hours and on-site attendance within 48 hours if needed; Severity 3: response within 1 business day.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,000, deducted from any amount due or from the warranty bond.
P:7.4 After the warranty, the Buyer may order annual support covering Software updates, remote diagnostics and two on-site inspections per year. The annual support fee shall be 7% of the Equipment and Software Subtotal, namely CNY 77,490 per year, fixed for the first three support years. Support is ordered by the Buyer each year and does not renew automatically.
P:7.5 During the warranty the Supplier's reliability engineer shall review the System's alarms with the Buyer every quarter, adjust the alarm thresholds where necessary and report on the condition of the monitored machines.
P:7.6 The Supplier shall keep spare sensors and gateways available for at least seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 All intellectual property rights in the Custom Work belong to the Buyer. The Supplier shall deliver the Custom Work, including the source code of the interface programs, and the Buyer may use, modify and license it freely.
P:8.2 The Supplier grants the Buyer a perpetual, irrevocable and non-exclusive licence to use the Software at the Buyer's mill. Rights in the standard Software remain with the Supplier.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not retain, disclose or analyse it for any other purpose.
P:9.2 The System shall run on the Buyer's own network. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's secure access gateway, and shall be logged. No Buyer Data shall be transferred outside mainland China.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, take immediate remedial action, and be liable for the Buyer's losses resulting from its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including the layout of the mill, process data and commercial terms, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to meet a date in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, property damage, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the payments received for the part of the System not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.
H:15. General
P:This Contract is signed in two originals in English, one for each party. Annexes: Annex 1 Technical Specification; Annex 2 Installation Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = r"""# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** HY-ITS-2027-021

**Customer:** Qingdao Haiyun Tyre Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China ("Customer").

**Service Provider:** Egerland IT Services s.r.o., Evropská 26, 350 02 Cheb, Czech Republic, acting through its Qingdao representative team ("Provider").

**Background.** The Customer operates a tyre plant, a mixing centre and a logistics warehouse in Qingdao. It wishes to outsource the operation of its server, storage, network and end-user infrastructure for a fixed term of 36 months. The Provider has offered the managed services described in Schedule 1 at the charges in Schedule 2 and the service levels in Schedule 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Transition" means the taking over of the infrastructure, tools, documentation and knowledge from the Customer's in-house team and its current contractor, as described in Section 3.

1.3 "Service Commencement Date" means the first day of the month following Transition Acceptance.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers stored in or processed by the infrastructure, including production, quality and logistics records.

1.5 "Incident" means an unplanned interruption of a service or reduction in its quality, classified by priority in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature and continues until 36 months after the Service Commencement Date.

2.2 The parties may extend this Agreement by written agreement, at the charges in Schedule 2, before its expiry. There is no automatic extension.

## 3. Transition

3.1 The Provider shall complete the Transition within 75 days after signature, following the transition plan agreed at the kick-off meeting.

3.2 During the Transition, the Provider shall document all servers, storage systems, network devices, backup jobs and end-user devices, verify the monitoring of every component, take over all administrative accounts, and run the Services in parallel with the current contractor for at least 20 days.

3.3 Transition Acceptance requires that: (a) the configuration management database covers every component in the inventory, with sample checks by the Customer confirming its accuracy; (b) monitoring alerts for every critical component reach the Provider's service desk and are acknowledged in a test; (c) a full restore test of the ERP and MES databases is completed within the recovery time in Schedule 3; (d) the service desk has handled all tickets during the parallel run within the Schedule 3 targets; and (e) the operations manual and runbooks are approved by the Customer.

3.4 The Customer shall sign the Transition Acceptance certificate within 5 business days after the criteria are met. The start of the parallel run does not in itself constitute acceptance.

3.5 If Transition Acceptance is delayed beyond the date in 3.1 for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 1,800 per day of delay, up to CNY 90,000 in total.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the service levels in Schedule 3.

4.2 The Provider shall deliver a monthly service report to the Customer by the fifth business day of each month, stating availability, Incidents, changes, capacity trends and any service credits. The parties shall hold a monthly service review and a quarterly management review.

4.3 Service credits under Schedule 3 are deducted from the next monthly invoice. Credits do not limit the Customer's other rights for a material breach.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total value of this Agreement is CNY 2,184,000.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, starting from the Service Commencement Date.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. No advance payment is made under this Agreement.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not copy it, retain it or use it for any other purpose.

6.2 All Customer Data shall remain on the Customer's premises or in the Customer's data centre in Qingdao. The Provider's engineers shall access systems only through the Customer's privileged-access management system with individual accounts and multi-factor authentication; all sessions are recorded.

6.3 The Provider shall maintain the security controls described in Schedule 1, apply critical security patches within the agreed windows, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.4 The Provider shall report any security incident affecting Customer Data to the Customer within 2 hours, contain it, cooperate in the investigation and bear the losses caused by its breach of this Section 6.

## 7. Intellectual Property

7.1 Documentation, runbooks, scripts, configuration files and reports produced by the Provider for the Customer belong to the Customer, which may use, modify and pass them on to any other service provider.

7.2 The Provider's own monitoring tools and know-how remain the Provider's property. Where such tools are used for the Services, the Provider grants the Customer a free licence to use them until the end of the exit period.

## 8. Personnel and Subcontracting

8.1 The Provider shall assign a named service manager and keep a team of at least five engineers based in Qingdao. Key personnel shall not be replaced without reasonable notice to the Customer.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

## 9. Liability

9.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the charges paid by the Customer in the nine (9) months preceding the event giving rise to the claim.

9.2 The limit in 9.1 does not apply to personal injury or death, fraud or wilful misconduct.

9.3 Neither party is liable for indirect loss or loss of profit.

## 10. Termination and Exit

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if the Provider fails to meet the availability service level in Schedule 3 in three consecutive months.

10.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the monthly rate, return all Customer Data, documentation and accounts, and hand over the Services to the Customer or its new provider.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules.

## 12. General

12.1 This Agreement consists of these terms and Schedules 1 to 3. Changes must be agreed in writing.

12.2 This Agreement is signed in two originals in English.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for users of all three sites, in Chinese and English; logging, triage and tracking of all tickets | 24 × 7 |
| Server and storage operation | 64 physical and virtual servers, two storage arrays, backup system; monitoring, patching, capacity management | 24 × 7 monitoring |
| Network operation | Core and access switches, firewalls, wireless network and WAN links of the three sites | 24 × 7 monitoring |
| End-user support | 820 desktops, laptops and printers; installation, moves and changes, on-site support | Mon–Sat 08:00–20:00 |
| Backup and recovery | Daily backups, monthly restore tests, annual disaster-recovery test | as scheduled |
| Security operation | Anti-malware, patch compliance, vulnerability scans, firewall rule reviews | 24 × 7 monitoring |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total value of this Agreement** | | **2,184,000** |

## Schedule 3 — Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of core services (ERP, MES, network core) | 99.95% per month | 3% of the monthly charge for each 0.1 percentage point below target, up to a quarter of the monthly charge |
| Priority 1 Incident (plant production affected) | response 15 minutes, restoration 3 hours | CNY 1,500 per hour of late restoration |
| Priority 2 Incident (a site function impaired) | response 1 hour, restoration 8 hours | CNY 500 per hour of late restoration |
| Priority 3 Incident | response 2 business hours | none |
| Recovery of ERP or MES database from backup | within 6 hours | CNY 2,000 per hour late |
"""

E05 = r"""REGULATORY DATA SUBSCRIPTION AGREEMENT

Agreement No.: ORD-SUB-2027-0158

BETWEEN

Otava Regulatory Data a.s., a joint-stock company incorporated in the Czech Republic, with its registered office at Budějovická 1120, 397 01 Písek, Czech Republic ("Provider"); and

Ningbo Fengchuan Electrical Appliances Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Cixi, Ningbo, Zhejiang Province ("Customer").

BACKGROUND

The Customer manufactures small kitchen appliances for export to the European Union and must check the substances in its products and components against European chemical regulations. The Provider maintains the SubstanceLink database of regulated substances and offers access to it through an application programming interface (API) and periodic data files. The Customer wishes to subscribe to SubstanceLink for two Subscription Years on the terms below.

1. DEFINITIONS

1.1 "Service" means access to the SubstanceLink database through the API and the monthly data files described in clause 2, including the documentation.

1.2 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period running from one anniversary of the Start Date to the day before the next.

1.3 "Start Date" means the date of Connection Acceptance under clause 4.

1.4 "Customer Inputs" means all data that the Customer submits to the Service, including bills of materials, part numbers, supplier declarations and search queries, and all results generated from them for the Customer.

1.5 "Mapping Tables" means the tables prepared by the Provider for the Customer that link the Customer's part numbers and materials to substance identifiers.

2. THE SERVICE

2.1 The Service covers substance identities, harmonised classifications, the candidate list of substances of very high concern, restriction entries, authorisation entries and the related regulatory deadlines, updated by the Provider after each official publication.

2.2 The Customer may make up to 2,000,000 API calls in each Subscription Year. Calls above that volume are charged at CNY 0.02 per call, invoiced quarterly in arrears; such charges are not included in the Total Fees.

2.3 The Provider shall deliver a complete data file in CSV and JSON format on the first business day of each month through a secure download link.

2.4 The Customer may use the Service and the data obtained from it for its internal compliance work, including the preparation of declarations to its own customers, but shall not resell the data or make it available as a database to third parties.

3. INTEGRATION SUPPORT

3.1 The Provider shall assist the Customer's IT team with connecting the Customer's product lifecycle management system to the API, and shall prepare the Mapping Tables for the Customer's current product range of about 1,900 finished products.

3.2 The Provider shall complete the integration support within 45 days after signature, provided that the Customer supplies its bills of materials in the agreed format.

4. CONNECTION ACCEPTANCE

4.1 When the integration is complete, the parties shall run a connection test.

4.2 The test is passed when: (a) the API returns correct results for a set of 300 test queries agreed in advance, checked by the Customer against the official sources; (b) the Mapping Tables cover every part number in the Customer's current bills of materials, with no unmatched material other than those the Customer has accepted in writing; (c) the first monthly data file loads into the Customer's system without error; and (d) the Customer's staff have been trained in the use of the Service.

4.3 The Customer shall confirm Connection Acceptance in writing within 5 business days after the test is passed. Use of the API during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

  Subscription fee, Subscription Year 1 ......... CNY 286,000
  Subscription fee, Subscription Year 2 ......... CNY 286,000
  Integration support and Mapping Tables, one-time ... CNY 24,000
  Total Fees .................................... CNY 596,000

5.2 The integration support fee is invoiced after Connection Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

5.3 The Customer shall pay each correct invoice within 30 days after receipt, in CNY, by bank transfer. All fees include VAT and any withholding tax.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to correct errors in the data promptly after they are reported.

6.2 The Provider may suspend the API for maintenance, and will try to give the Customer advance notice of planned maintenance.

6.3 Support is provided by e-mail and through the Provider's online help centre during the Provider's business hours, Monday to Friday.

6.4 The Provider does not warrant that the data is complete or free from errors. The Customer remains responsible for its own regulatory decisions.

6.5 The Provider may change the structure of the API or the data files on at least 60 days' notice, and shall keep the previous API version available during that notice period so that the Customer can adapt its systems.

7. USER ACCOUNTS

7.1 The Provider shall issue API keys and up to 25 named user accounts for the online search interface. The Customer shall keep API keys and passwords secure and shall tell the Provider without delay if it suspects that a key or password has been misused.

7.2 The Customer may move named user accounts between its employees at any time, for example when staff change roles.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the Service to the Customer and shall not use, analyse or disclose them for any other purpose, including the improvement of its database or products.

8.2 The Provider shall protect Customer Inputs by encryption in transit and at rest, access control limited to named support staff, and logging of every access. Customer Inputs contain no personal information.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, take the necessary remedial measures, and be liable for the Customer's losses resulting from a breach of this clause 8.

8.4 Within 30 days after the end of this Agreement, the Provider shall return all Customer Inputs and the Mapping Tables to the Customer and delete them from its systems.

9. INTELLECTUAL PROPERTY

9.1 The SubstanceLink database, the API and the documentation remain the property of the Provider and its licensors.

9.2 The Mapping Tables and all reports created for the Customer belong to the Customer, which may use, modify and license them freely, including after the end of this Agreement.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, including product formulations, supplier information and the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent.

10.2 This obligation continues for three years after the end of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Fees, except for liability for fraud, wilful misconduct and breach of clause 8 or clause 10, which is not limited.

11.2 Neither party is liable for indirect loss or loss of profit.

12. SUBCONTRACTING

The Provider shall not subcontract any part of the Service or the integration support without the Customer's prior written consent. The Provider remains responsible for any subcontractor approved by the Customer.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any further subscription requires a new written order.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.3 If the Customer terminates under 13.2, the Provider shall refund the part of the subscription fee that relates to the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

15. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or a general failure of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents the Service for more than 60 days, either party may terminate this Agreement and the Provider shall refund the fees for the period not served.

16. GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

16.2 Notices shall be given in writing by e-mail with confirmation of receipt, or by courier, to the addresses stated above.

16.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

16.4 This Agreement is made in English in two originals, one for each party.

For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# files, labels and the design list
# ---------------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "z01": ("h939z01_gas_cylinder_filling_traceability_platform.pdf", "pdf", Z01),
    "z02": ("h939z02_child_seat_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h939z03_water_jetpack_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h939z04_land_subsidence_monitoring_om_service.txt", "txt", Z04),
    "z05": ("h939z05_clay_sculpture_tracking_software_supplier_template.md", "md", Z05),
    "e01": ("h939e01_metrology_software_perpetual_licence_opava.pdf", "pdf", E01),
    "e02": ("h939e02_workforce_scheduling_saas_order_form_bialystok.md", "md", E02),
    "e03": ("h939e03_paper_mill_vibration_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h939e04_tyre_plant_managed_infrastructure_36_months.md", "md", E04),
    "e05": ("h939e05_regulatory_substance_data_api_subscription.txt", "txt", E05),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                               False, "PRC", G], (True, True, True, False, 1618000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 24, 9, False, True, True,
                               "PRC", G], (True, True, True, False, 1650000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True,
                            False, "PRC", S], (True, True, None, False, 926000)),
    "z04": ("zh", "services", [99.95, 1, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                               False, True, "PRC", S], (True, True, None, False, 586000)),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False,
                               True, None, "PRC", G], (True, True, True, True, 216000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                               False, "Czech Republic", G], (True, True, True, False, 1828000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 600 / 900000 * 100, 150, None, True, None, None,
                            None, True, True, False, "PRC", S], (True, True, None, False, 900000)),
    "e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7, False, True, False,
                               "PRC", G], (True, True, True, False, 1247000)),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, False, 1800 / 2184000 * 100, 9 / 36 * 100, None, True,
                               None, None, None, False, True, False, "PRC", S], (True, True, None, False, 2184000)),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                            False, "PRC", S], (False, False, None, False, 596000)),
}
# itemised licence / hardware subtotal (the TCO fee base) of the goods_or_licence drafts
FEE_BASE = {"z01": 860000, "z02": 1296000, "z05": 168000, "e01": 1240000, "e03": 1107000}
DESIGN = {
    "z01": [],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
            "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy §3 thresholds (default pack values, as the policy states them)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, value):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (value + fees) * 100


def derive(key, t, x):
    """My reading of policy §3, from the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": also when no SLA exists
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's (Opava)
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if high & set(rules):
        return "high"
    return "medium" if [x for x in rules if x != "CR-GOVERNING-LAW"] else "low"


# ---------------------------------------------------------------------------------------------------------------------
# threshold figures: no built text may state one (policy §3: 99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %)
# ---------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZH_DIGIT = "一二三四五六七八九十"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![a-z])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![十])四个?小时",
    r"(?<!\d)0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])100" + PCT, r"百分之一?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![" + ZH_DIGIT + "])", r"thirty" + PCT,
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![a-z])twelve\s*(?:\(12\)\s*)?(?:-\s*)?(?:calendar\s*)?months?",
    r"(?<![" + ZH_DIGIT + "])十二个月", r"(?<![a-z])one\s*(?:-\s*)?year(?!s)", r"(?<![\d.,])1\s*(?:-\s*)?year(?!s)", r"一年",
    r"(?<![\d.,])15" + PCT, r"百分之十五", r"fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![" + ZH_DIGIT + "])", r"forty" + PCT,
]]
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "four hours", "four (4) hours", "4-hour", "4小时", "四小时内", "0.05%",
            "0.05 % per day", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12 months",
            "12-month", "12个月", "十二个月", "twelve months", "twelve (12) months", "one year", "one-year", "1 year",
            "一年", "15%", "百分之十五", "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "48 hours", "14 hours", "0.055%", "0.5%", "150%",
             "130%", "115%", "340%", "2027年12月31日", "二十二个月", "三十六个月", "百分之三十五", "百分之四十五",
             "two years", "first anniversary", "fifty per cent", "one hundred and fifty per cent (150%)", "1,500 per hour",
             "万分之八", "12 hours", "Subscription Years"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def sums():
    assert 860000 + 574000 + 118000 + 66000 == 1618000
    assert 486000 + 312000 + 96000 + 228000 + 174000 == 1296000 and 1296000 + 142000 + 186000 + 26000 == 1650000
    assert 40 * 9600 == 384000 and 2 * 384000 + 126000 + 32000 == 926000
    assert 214000 + 168000 + 126000 + 78000 == 586000 and 586000 / 4 == 146500
    assert 168000 + 36000 + 12000 == 216000 and 216000 * 0.65 == 140400 and 216000 * 0.35 == 75600
    assert 168000 * 0.25 == 42000 and round(860000 * 0.08) == 68800 and round(1296000 * 0.09) == 116640
    assert 1240000 + 386000 + 154000 + 48000 == 1828000 and round(1240000 * 0.11) == 136400
    assert 2 * 418000 + 64000 == 900000
    assert 180 * 3200 == 576000 and 14 * 9500 == 133000 and 2 * 43000 == 86000
    assert 576000 + 133000 + 86000 + 312000 == 1107000 and 1107000 + 118000 + 22000 == 1247000
    assert round(1107000 * 0.07) == 77490
    assert 58000 * 36 == 2088000 and 2088000 + 96000 == 2184000
    assert 2 * 286000 + 24000 == 596000
    for split in ([20, 45, 35], [20, 35, 45], [65, 35], [10, 55, 35]):
        assert sum(split) == 100 and not set(split) & {30, 40, 15}


def label(key):
    lang, cat, terms, (sla, ld, capped, deemed, value) = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        assert capped is not None
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


def main():
    self_test()
    sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, fmt, src) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        text = read_back(OUT / name, fmt)
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (key, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            if hits:
                problems.append("%s threshold figure in text: %s" % (key, sorted(set(hits))))
        for k, th in TH.items():
            if t[k] is not None and abs(float(t[k]) - th) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        share = tco_share(key, t, x["contract_value"])
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (key, share))
        if lab["expected_rules"] != sorted(DESIGN[key]):
            problems.append("%s rules %s != design %s" % (key, lab["expected_rules"], sorted(DESIGN[key])))
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-66s %5d %-6s tco=%s %s" % (key, name, n, risk(lab["expected_rules"]),
                                                "-" if share is None else "%.2f" % share, ", ".join(
                                                    r[3:] for r in lab["expected_rules"]) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    counts = [len(DESIGN[k]) for k in DESIGN]
    if sorted(counts).count(0) != 2 or not 8 <= len(DESIGN["z05"]) <= 10 or DESIGN["e01"] != ["CR-GOVERNING-LAW"]:
        problems.append("mix")
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
