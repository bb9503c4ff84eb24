"""holdout143: builds the ten contracts of this blind held-out set from the sources below.

.docx / .pdf are built with ../word_pdf.py (Word tables for the price lists; PDFs broken at word boundaries,
wrap_words=True); .md / .txt are written as they are. Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h143z01 (docx) 住建局 审批平台 系统集成, 政府采购 公开招标
H143Z01 = """
T:某市工程建设项目审批管理平台升级改造项目系统集成合同
P:合同编号：SZJ-ZFCG-2026-017
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：某数智信息技术股份有限公司
P:鉴于甲方以公开招标方式采购“某市工程建设项目审批管理平台升级改造项目”（项目编号：ZFCG-2026-0412），经评标委员会评审，乙方为中标供应商。依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，双方经协商一致，订立本合同。招标文件、乙方投标文件、澄清文件及中标通知书均为本合同的组成部分；上述文件与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责本项目的平台软件供货、定制开发、硬件供货、系统集成、历史数据迁移、安全测评配合及培训，实现立项用地规划许可、工程建设许可、施工许可、竣工验收四个阶段的并联审批、“一张表单”申报、联合图审和竣工联合验收。
P:1.2 平台须与省工程建设项目审批管理系统、投资项目在线审批监管平台、不动产登记系统、市电子证照库及市政务服务网完成对接，具体功能和性能要求以招标文件第三章《用户需求书》为准。
P:1.3 系统部署于市政务云及甲方机房。乙方提供的硬件须为全新原厂正品，并随货提供原厂质保证明和合格证。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰贰拾万元整（¥4,200,000），为含税固定总价，已包含软硬件、运输、安装、集成、测试、培训、质保期内服务及一切税费，甲方不再支付其他任何费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|审批平台软件许可（流程引擎、电子证照、多规合一模块，永久许可）|1套|1,280,000|1,280,000
TB:2|应用服务器|6台|86,000|516,000
TB:3|分布式存储|1套|348,000|348,000
TB:4|服务器密码机|1台|168,000|168,000
TB:5|定制开发（并联审批、联合图审、施工许可、联合验收模块）|1项|1,460,000|1,460,000
TB:6|系统集成及历史办件数据迁移|1项|312,000|312,000
TB:7|等保测评及商用密码应用安全性评估配合|1项|74,000|74,000
TB:8|培训|1项|42,000|42,000
TB:合计||||4,200,000
P:2.2 上表第1至4项合计2,312,000元，以下称“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保证金（合同总价的5%）后10个工作日内，甲方支付合同总价的20%作为预付款，计840,000元。
P:3.2 系统上线并通过初验后10个工作日内，甲方支付合同总价的45%，计1,890,000元。
P:3.3 试运行期满并通过最终验收后10个工作日内，甲方支付合同总价的35%，计1,470,000元。履约保证金在最终验收合格后无息退还。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方按国库集中支付程序付款。
H:第四条 实施进度
P:4.1 乙方应在合同签订后10日内提交实施方案，经甲方确认后执行；乙方应于合同签订后150日内完成软硬件到货、部署和定制开发，并上线试运行，试运行期为60日。
P:4.2 乙方项目经理及核心技术人员须与投标文件一致，更换须经甲方书面同意。乙方应每周提交项目进展报告，并参加甲方组织的项目例会。
H:第五条 验收
P:5.1 初验标准：（1）《用户需求书》所列功能全部实现；（2）800个并发用户下页面平均响应时间不超过2秒，办件查询不超过3秒；（3）历史办件数据全量迁移，经总量核对和抽样比对无差错；（4）与省级系统及其他外部系统的接口联调通过。
P:5.2 最终验收标准：（1）试运行期内未发生一级故障，与省级系统连续20日数据交换无异常；（2）通过第三方等保三级测评及商用密码应用安全性评估；（3）乙方已交付源代码、数据库设计、接口文档、运维手册等全部资料。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格的出具书面验收报告。系统上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为最终验收合格之日起三年。质保期内乙方免费提供软硬件维修更换、软件缺陷修复、版本升级和政策调整引起的功能适配。
P:6.2 质保期内平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障等级及响应要求如下表：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用或审批业务中断|30分钟|2小时|6小时
TB:二级|部分模块或对外接口异常|1小时|当日|8小时
TB:三级|一般问题及咨询|2小时|按需|3个工作日
P:6.4 乙方超出上表时限的，每超时一小时向甲方支付2,000元；月度可用率每低于承诺值0.01个百分点，支付3,000元。上述款项可从履约保证金或应付款中扣除。
P:6.5 质保期满后，甲方如续购维保服务，年度维保费不高于软硬件小计的8%（即每年不超过184,960元），且在质保期满后两年内不得上调。维保服务须另行签订书面合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、数据库设计、接口程序及技术文档，其知识产权自交付之日起归甲方所有，甲方有权自行或委托第三方修改、使用和推广。
P:7.2 第1项平台软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方的合法权利，否则由乙方负责处理并赔偿甲方全部损失。
H:第八条 数据安全
P:8.1 平台内全部审批数据、电子证照、申请人信息及系统日志均属于甲方，乙方仅得为履行本合同处理，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，按等保三级要求落实访问控制、加密传输与存储和操作审计；运维操作须经甲方堡垒机并经甲方审批，不得将数据复制或带离甲方环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方及第三方的全部损失。合同终止时乙方应返还并彻底删除其持有的甲方数据。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的软硬件或定制开发成果不符合约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包；经同意分包的，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已收取的未履行部分款项并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订书面补充协议。本合同一式六份，甲方执四份，乙方执两份，经双方法定代表人或授权代表签字并盖章后生效。
P:甲方（盖章）：某市住房和城乡建设局        乙方（盖章）：某数智信息技术股份有限公司
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- h143z02 (pdf) 卫浴陶瓷 釉面缺陷视觉检测系统 + 维保
H143Z02 = """
T:卫浴陶瓷釉面缺陷视觉检测系统采购及维保合同
P:合同编号：CZWY-SB-2026-009
P:甲方（买方）：潮州市某陶瓷卫浴有限公司
P:乙方（卖方）：广东某智能视觉科技有限公司
P:甲方因坐便器、洗面盆、蹲便器等卫浴陶瓷产品釉面质量检测需要，向乙方采购釉面缺陷视觉检测系统（以下简称“检测系统”）及相关安装、培训和维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的
P:（一）乙方为甲方二号、三号隧道窑出窑后的8个检测工位提供检测系统，包括工业相机及镜头、光源、边缘计算工控机、缺陷检测软件许可、机械支架及剔除装置，并负责安装调试、样本标注、模型训练、与甲方MES系统的对接及培训。
P:（二）检测系统应能识别针孔、缩釉、釉泡、杂质斑点、裂纹、色差、变形等缺陷，按甲方一等品、二等品及不合格品的分级标准自动分级、剔除，并保存每件产品的检测图片和记录。
H:二、合同价款
P:（一）合同总价为人民币壹佰伍拾叁万元整（¥1,530,000），含税、运输、保险、安装及质保期内服务费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|工业相机及镜头|48套|9,800|470,400
TB:2|光源及控制器|24套|6,200|148,800
TB:3|边缘计算工控机（含GPU）|8台|42,500|340,000
TB:4|缺陷检测软件许可（永久）|8站|28,000|224,000
TB:5|机械支架、输送对接及剔除装置|8站|17,600|140,800
TB:6|安装调试、样本标注及模型训练|1项|186,000|186,000
TB:7|操作及维护培训|1项|20,000|20,000
TB:合计||||1,530,000
P:（二）上表第1至5项合计1,324,000元，以下称“软硬件小计”。
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方支付合同总价的10%作为预付款，计153,000元。
P:（二）全部设备到货并经甲方签收后10个工作日内，甲方支付合同总价的50%，计765,000元。到货签收仅确认数量与外观，不构成质量验收。
P:（三）检测系统通过最终验收后10个工作日内，甲方支付合同总价的35%，计535,500元。
P:（四）其余5%即76,500元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交付与安装
P:（一）乙方应于合同生效后60日内将全部设备运至甲方厂区指定地点，并于到货后45日内完成安装调试和模型训练。
P:（二）安装须在甲方安排的停线窗口内进行，乙方人员应遵守甲方安全生产、窑炉高温区域作业及动火审批等规定。
P:（三）甲方负责提供安装所需的电源、压缩空气和网络接口，并提供不少于3,000件标注用缺陷样本。
P:（四）设备应采用适合长途运输的防震、防潮包装。设备毁损、灭失的风险自甲方签收时转移至甲方，运输途中的风险由乙方承担。
P:（五）乙方应随货提供装箱单、合格证、原厂质保证明、使用说明书及软件安装介质，资料不全的，甲方有权拒绝签收。
H:五、验收
P:（一）安装调试完成后进入试运行，连续21日稳定运行后，由甲方组织最终验收。验收标准为：1.对甲方标准缺陷样本库的检出率不低于98.5%；2.误判率不高于2%；3.单件检测节拍不超过1.2秒；4.检测结果、图片及分级数据与MES系统完整同步；5.试运行期间未发生一级故障。
P:（二）验收合格的，双方签署最终验收报告。设备到货、安装完成或甲方投入使用均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收，由此增加的费用由乙方承担。
H:六、质量保证
P:（一）质保期为最终验收合格之日起十八个月。质保期内，乙方免费提供设备维修和更换、软件缺陷修复、模型优化及软件升级。
P:（二）乙方保证所供设备为全新原厂产品，适应甲方车间的粉尘、湿度和温度环境。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度提供维保服务，内容包括每季度一次现场巡检、故障维修、备件更换、软件升级及因甲方新增产品型号而进行的模型复训。
P:（二）年度维保费按软硬件小计的16.5%计收，即每年218,460元，前三个维保年度固定不变，甲方于每个维保年度结束后支付。
P:（三）维保服务的响应要求适用本合同第八条。
H:八、服务水平
P:（一）故障分级：一级故障指任一检测线停检或整体漏检；二级故障指单个工位异常或检出率明显下降；三级故障指其他一般问题。
P:（二）一级故障：乙方接到报修后1小时内响应，6小时内到场，8小时内恢复；二级故障：2小时内响应，次日到场，48小时内恢复；三级故障：1个工作日内答复并处理。
P:（三）乙方未按时响应、到场或恢复的，每超时一小时向甲方支付500元，甲方可从应付款或质量保证金中扣除。
H:九、知识产权
P:（一）缺陷检测软件及算法平台的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:（二）针对甲方产品训练形成的检测模型、参数、缺陷分级规则及配置文件归甲方所有，甲方可自行或委托第三方使用、修改。
H:十、数据
P:（一）检测系统采集的产品图像、检测记录及生产数据属于甲方。乙方应对数据采取访问控制、加密存储和传输等安全措施，远程维护须经甲方同意并通过甲方指定通道进行；发生数据泄露或丢失的，乙方应在2小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
P:（二）甲方同意，乙方可将甲方的缺陷图像样本在去除甲方标识后，用于其通用缺陷识别模型的训练和优化，并可用于乙方向其他客户提供的产品和服务。
H:十一、保密
P:双方对履约中获知的对方技术信息、釉料配方、烧成工艺参数及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:十三、分包
P:乙方不得将本合同项下的主要工作分包。机械支架制作等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十四、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交潮州仲裁委员会仲裁。
H:十六、不可抗力
P:因地震、台风、洪水等不可抗力致使不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、验收方案。
P:甲方（盖章）：                    乙方（盖章）：
"""

# ---------------------------------------------------------------- h143z03 (md) 高尔夫练习场 会员与场地预订 SaaS
H143Z03 = """# 会员与场地预订SaaS服务合同

**合同编号**：GFJ-SAAS-2026-05

**甲方**：成都某高尔夫运动管理有限公司（经营“某某”高尔夫练习场及球会连锁门店）

**乙方**：杭州某云场馆软件有限公司

甲方拟为其连锁门店统一部署会员管理与场地预订系统，乙方为该类SaaS服务的提供者。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 服务内容

1.1 乙方通过其“云场馆”平台向甲方提供会员管理、练习场打位及球场开球时段预订、教练排课、储值与积分、门店收银对账、微信小程序及经营数据报表等SaaS服务（以下简称“订阅服务”），覆盖甲方11家门店。

1.2 乙方负责实施服务，包括：系统初始化配置；历史会员、储值余额、积分及课时数据迁移；会员小程序页面定制；与门店发球机、闸机及POS收银系统的接口开发；管理员及门店员工培训。

1.3 订阅服务包含平台的日常运维、安全防护、数据备份和版本更新，甲方无需另行支付费用。

1.4 甲方应指定项目负责人，按实施计划提供历史数据、门店设备清单及接口所需的技术资料，并组织门店员工参加培训。甲方未按时提供资料导致实施延误的，实施期限相应顺延。

1.5 培训内容包括前台预订与收银、会员卡与储值管理、教练排课、报表查询及管理员权限配置，培训不少于6场，每家门店至少2名员工参加，乙方提供培训教材和操作视频。

## 第二条 服务期限

2.1 订阅期为三年，自上线验收合格之日起计算。

2.2 订阅期满前60日，双方协商续订事宜。本合同不自动续期，续订须另行签订书面协议。

## 第三条 费用

3.1 本合同总价为人民币壹佰贰拾叁万元整（¥1,230,000），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅费 | 11家门店 × 31,200元/店/年 × 3年 | 1,029,600 |
| 实施费（配置、数据迁移、小程序定制、接口开发） | 一次性 | 186,000 |
| 培训费 | 一次性 | 14,400 |
| 合计 | | 1,230,000 |

3.2 订阅期内订阅费单价不变。甲方新增门店的，按31,200元/店/年按月折算增加。

## 第四条 付款

4.1 本合同不设预付款。

4.2 订阅费按季度结算，每季度85,800元，甲方于每季度结束后10个工作日内支付当季费用。

4.3 实施费在上线验收合格后10个工作日内一次性支付；培训费在培训完成并经甲方书面确认后支付。

4.4 乙方收款前应开具增值税专用发票。

## 第五条 实施与上线验收

5.1 乙方应于合同签订后45日内完成实施并书面申请上线验收。

5.2 上线验收标准：（1）历史会员、储值余额、积分及课时数据全量迁移，与原系统逐户核对一致；（2）预订模块在500个并发下单时平均响应时间不超过2秒；（3）发球机、闸机、POS接口联调通过，连续7日对账无差异；（4）小程序页面符合甲方确认的设计稿。

5.3 验收合格后双方签署上线验收单。系统试用、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收。

5.4 因乙方原因未能按期完成实施的，每逾期一日，乙方向甲方支付违约金800元。

## 第六条 服务水平

6.1 订阅服务月度可用率不低于99.5%，经甲方同意的计划维护时间除外。计划维护应安排在凌晨1点至6点之间，并提前3日通知甲方。

6.2 故障响应：一级故障（预订、收银或会员核销中断）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内恢复；三级问题1个工作日内解决。

6.3 服务补偿：月度可用率低于承诺值但不低于99%的，按当月订阅费的5%补偿；低于99%的，补偿10%；一级故障未按时恢复的，每超过一小时另行补偿当月订阅费的2%。补偿在下期费用中抵扣。

6.4 连续三个月可用率低于98%的，甲方有权解除合同。

## 第七条 知识产权

7.1 “云场馆”平台软件的知识产权属于乙方。

7.2 乙方为甲方定制开发的会员小程序页面、场地预订规则配置及与发球机、闸机、POS的接口程序，其知识产权归乙方所有；甲方在订阅期内享有非独占的使用权，订阅期满或合同解除后该使用权终止。

## 第八条 数据与安全

8.1 甲方的会员信息、消费及预订记录、储值数据等均属于甲方，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。

8.2 乙方应确保平台通过网络安全等级保护三级测评，数据存储于中国境内，采取加密、访问控制、日志审计和每日备份措施，并遵守《个人信息保护法》。

8.3 发生数据泄露、篡改或丢失的，乙方应在8小时内通知甲方并立即采取补救措施；因乙方原因造成甲方或会员损失的，由乙方承担赔偿责任。

8.4 乙方对其员工访问甲方数据实行最小权限和审批管理，不得以任何方式导出会员手机号等个人信息；乙方每年向甲方提供一次第三方安全测评或渗透测试报告摘要。

8.5 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。

## 第九条 保密

双方对履约中获知的对方商业秘密、会员资料、价格政策及技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任以合同总价的120%为限，但因数据安全事件及乙方故意或重大过失造成的损失除外。

10.2 任何一方均不对对方的间接损失承担责任。

## 第十一条 分包

乙方不得将实施服务转包；确需将部分工作分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除合同。

12.2 合同解除的，甲方仅按实际服务期间支付订阅费，乙方应退还已收取的未服务期间费用。

12.3 合同期满或解除后，乙方应继续提供不少于30日的只读访问，便于甲方核对和迁移数据，该期间不另收费用。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 第十四条 不可抗力与变更

14.1 因不可抗力或政府行为导致服务中断的，受影响一方应及时通知对方并尽力减少损失，该期间不计入可用率考核，但乙方应在条件恢复后尽快恢复服务。

14.2 甲方新增门店、调整功能需求或要求新增接口的，双方应书面确认工作量和费用后实施；单价按本合同约定执行。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：

日期：2026年  月  日
"""

# ---------------------------------------------------------------- h143z04 (txt) 县疾控中心 免疫规划信息系统 年度运维, 竞争性磋商
H143Z04 = """某县疾病预防控制中心免疫规划信息系统年度运维服务合同

项目编号：XCDC-CS-2026-003（政府采购 竞争性磋商）
甲方（采购人）：某县疾病预防控制中心
乙方（成交供应商）：某医疗信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就县免疫规划信息系统年度运维服务事宜，订立本合同。

一、服务内容与期限
（一）服务范围
1. 县免疫规划信息系统（含预防接种门诊客户端、疫苗出入库管理、冷链温度监测模块）的应用、数据库及接口运维；
2. 全县36个预防接种单位终端、扫码枪及电子签核设备的季度巡检和故障处理；
3. 派驻运维工程师1名，工作日在甲方现场值守；
4. 数据质量治理，以及与省免疫规划信息系统、疫苗追溯协同服务平台的接口维护；
5. 配合网络安全等级保护测评及问题整改。
（二）服务人员要求
1. 乙方应组建不少于4人的运维团队（含驻场工程师、数据库工程师、接口工程师各1名及项目负责人1名），人员名单及资质须与响应文件一致，更换须提前7日书面报甲方同意；
2. 驻场工程师应熟悉免疫规划业务和预防接种工作规范，遵守甲方考勤及保密管理制度；
3. 乙方人员进入冷链机房、疫苗库房等区域须经甲方批准并有甲方人员陪同。
（三）日常运维工作
1. 每日检查系统运行状态、数据库备份及与省平台的数据交换日志，发现异常及时处理；
2. 每月对数据库进行一次性能检查和空间清理，每季度进行一次备份恢复演练；
3. 按甲方要求提供接种率、疫苗使用及库存等统计报表的技术支持；
4. 制定并维护系统故障应急预案，每年至少组织一次应急演练。
（四）服务期限：自2026年3月1日起至2027年2月28日止。期满本合同终止，后续服务由甲方依法另行采购，本合同不自动续期。

二、合同价款
（一）合同总价为人民币肆拾伍万捌仟元整（¥458,000），为含税固定价格，包括人工、交通、备品备件及税费。明细如下：
1. 系统运维（应用、数据库、接口）：168,000元；
2. 驻场工程师服务：146,400元；
3. 接种单位终端巡检：36个 × 1,800元 = 64,800元；
4. 数据质量治理与平台对接维护：52,800元；
5. 等保测评整改配合：26,000元。
（二）服务期内合同价款不作调整。

三、付款方式
（一）本合同不设预付款。
（二）合同价款按季度支付，每季度114,500元。前三个季度的款项在该季度服务结束并经甲方季度考核合格后15个工作日内支付。
（三）第四个季度的款项在年度验收合格后15个工作日内支付。
（四）乙方应在每次付款前开具合法有效的发票。

四、服务要求与服务水平
（一）故障分级与处理时限
1. 一级故障（系统整体中断、接种门诊无法登记或接种、与省平台数据交换中断）：乙方应在30分钟内响应，2小时内恢复；
2. 二级故障（单个接种单位无法使用或部分功能异常）：1小时内响应，当日恢复；
3. 三级问题（一般咨询、报表调整）：1个工作日内处理完毕。
（二）在集中接种、入学入托查验等高峰期间，乙方应增派至少1名工程师现场保障。
（三）乙方每月5日前提交上月运维报告，内容包括故障记录、处理情况、数据质量和巡检结果。
（四）服务未达到上述要求的，乙方应在3个工作日内向甲方提交书面说明及整改措施，相关情况记入乙方履约评价档案，作为甲方今后采购的参考。

五、运维任务时限
（一）乙方应按以下时限完成运维任务：
1. 省平台接口规范调整通知发布后20日内完成适配并上线；
2. 每季度首月完成全部接种单位巡检，并于该月底前提交巡检报告；
3. 等保测评发现的问题，在测评报告送达后30日内完成整改配合。
（二）乙方未按上述时限完成的，每逾期一日，按合同总价的万分之四向甲方支付违约金。

六、考核与验收
（一）季度考核：甲方依据故障处理记录、巡检报告、数据上传的及时性与完整性以及驻场人员出勤情况进行季度考核。
（二）季度考核采用百分制，考核内容包括故障响应及恢复（35分）、巡检及报告（25分）、数据质量（25分）、人员出勤（15分），80分以上为合格。考核不合格的，乙方应限期整改，整改后重新考核。
（三）年度验收：服务期满前15日内，甲方依据本合同约定的服务内容、服务水平和运维任务完成情况组织验收，并出具书面验收意见。验收不合格的，乙方应在10日内整改并重新申请验收。

七、知识产权
运维过程中形成的脚本、配置文档、报告及数据字典，其知识产权归甲方所有，乙方应在服务期满时完整移交。

八、数据安全
（一）免疫规划信息系统中的受种者个人信息、接种记录、疫苗流通及冷链数据均属于甲方，乙方仅得为履行本合同处理，不得用于其他任何目的。
（二）乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理规定，运维操作须通过甲方堡垒机并留存日志，不得下载、复制或带离任何数据。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

九、保密
乙方及其驻场人员对履约中知悉的甲方工作秘密、受种者信息、网络结构及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。

十、违约责任
（一）乙方违反第八条、第九条约定的，除承担赔偿责任外，甲方有权解除合同。
（二）乙方驻场人员擅自离岗或未经同意更换人员的，乙方应在3日内补足合格人员；乙方擅自转包或分包的，甲方有权解除合同。
（三）乙方在运维过程中因操作失误造成系统数据损坏或丢失的，应负责恢复，不能恢复的，赔偿甲方全部损失。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

十一、分包
乙方不得将本合同项下的服务分包或转包给第三方。

十二、合同解除
乙方严重违约，经甲方书面催告后7日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用，乙方应赔偿甲方因此遭受的损失。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

十四、服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的后续服务商完成交接，移交全部账号权限、运维文档、脚本、故障记录及未结事项清单，并配合完成交接确认，交接期间不得中断服务。

十五、其他
本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：某县疾病预防控制中心
乙方（盖章）：某医疗信息技术有限公司
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- h143z05 (md) 豆制品 WMS licence + 定制开发, supplier's own template
H143Z05 = """# 仓储管理系统（WMS）软件许可及实施合同

（乙方标准合同文本 SCW-HT-V3.0）

**甲方**：某豆制品食品有限公司

**乙方**：某仓储软件有限公司

甲方因豆腐、豆干、腐竹等豆制品原料及成品仓储管理需要，向乙方采购仓储管理系统软件及实施服务。经双方友好协商，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“仓易通WMS”标准版软件（永久许可，含PDA端20个用户）及PDA手持终端，并为甲方进行定制开发、安装部署和培训。

1.2 定制开发内容为：原料与成品批次及保质期管理、冷库温控数据对接、与甲方ERP系统对接、门店配送波次拣货。具体需求以双方确认的需求说明书为准。

1.3 需求说明书经双方签字确认后，甲方提出的需求变更应以书面形式提交，乙方评估工作量后报价，经甲方确认后实施，工期相应顺延。

1.4 乙方为甲方仓库管理员及操作人员提供现场培训2天，培训内容包括收货、上架、拣货、盘点、PDA操作及系统管理。

## 第二条 合同金额

2.1 本合同总金额为人民币伍拾陆万元整（¥560,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓易通WMS标准版软件许可（永久，含PDA端20用户） | 1套 | 236,000 |
| 2 | 定制开发（批次保质期、冷库温控对接、ERP对接、配送波次） | 1项 | 198,000 |
| 3 | PDA手持终端 | 20台 × 3,600元 | 72,000 |
| 4 | 实施部署 | 1项 | 46,000 |
| 5 | 培训 | 1项 | 8,000 |
| | 合计 | | 560,000 |

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总金额的45%作为预付款，计252,000元，乙方收到预付款后开始工作。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总金额的45%，计252,000元。

3.3 系统上线运行满一个月后5个工作日内，甲方支付剩余10%，计56,000元。

3.4 乙方在收到每笔款项前向甲方开具等额增值税专用发票。甲方应以银行转账方式付款至乙方指定账户。

3.5 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与工期

4.1 乙方在收到预付款后90日内完成软件安装部署。因甲方场地、网络、数据准备或需求变更等原因延误的，工期相应顺延。

4.2 甲方应负责：提供满足系统运行要求的服务器及网络环境；按乙方要求整理并提供物料、库位、客户等基础数据；指定专人配合实施。甲方未按时完成上述工作的，乙方不承担逾期责任。

4.3 因乙方原因逾期交付的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，累计不超过合同总金额的5%。

## 第五条 验收

5.1 系统安装部署完成即视为甲方验收合格。

5.2 甲方开始使用系统的，视为甲方认可系统功能符合合同要求。

## 第六条 免费维护

6.1 免费维护期为验收合格之日起三个月，期间乙方提供远程技术支持和软件缺陷修复。

6.2 一级故障（系统无法登录或无法出入库作业）：乙方在接到甲方通知后2小时内远程响应，并尽力尽快恢复；其他问题在2个工作日内答复。

6.3 免费维护不包括：因甲方操作不当、擅自修改系统或数据、病毒攻击、服务器及网络故障引起的问题；甲方新增的功能需求；现场服务（如需现场服务，甲方应承担乙方人员差旅费用）。PDA手持终端按生产厂家的保修政策执行。

6.4 因系统故障给甲方造成损失的，乙方仅负责修复，不承担其他补偿或赔偿责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

7.2 甲方未签订年度维护合同的，乙方不再提供任何技术支持和软件升级。

## 第八条 知识产权

8.1 软件产品及乙方为本合同提供的定制开发成果（包括源代码、接口程序、报表模板及相关文档）的知识产权均归乙方所有。

8.2 甲方仅享有在本单位内部使用上述软件及定制开发成果的非独占权利，不得修改、反编译或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 乙方采取合理的安全措施保护甲方数据，包括访问权限控制和数据备份；因乙方原因导致数据泄露的，乙方承担相应责任，并在知悉后及时通知甲方。

9.3 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于乙方产品改进、算法优化及行业分析报告。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方对乙方软件的技术资料、操作手册、价格及本合同条款负有保密义务，不得提供给乙方的竞争对手。

## 第十一条 分包

乙方有权根据项目需要将部分实施、开发工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总金额的25%。

12.2 乙方不对甲方的利润损失、数据损失及其他间接损失承担责任。

## 第十三条 合同解除

13.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

13.2 合同解除的，甲方应支付乙方已完成工作对应的费用；乙方已交付的软件许可及已完成的定制开发部分，甲方已付款项不予退还。

13.3 甲方在合同履行期间无正当理由单方要求终止合同的，已支付的预付款不予退还。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件（需求说明书、报价单）与本合同具有同等效力。

15.3 因不可抗力、网络运营商故障、第三方软件或硬件故障等非乙方原因造成系统不能正常运行的，乙方不承担责任。

15.4 乙方有权在其官方网站、宣传材料及投标文件中使用甲方名称及标识作为客户案例。

15.5 本合同未尽事宜，双方另行协商签订补充协议。

甲方（盖章）：                    乙方（盖章）：

日期：      年    月    日
"""

# ---------------------------------------------------------------- h143e01 (docx) Yongkang power tools, QMS perpetual licence; Irish vendor
H143E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT
P:Agreement reference: IQS/CN/2026/031
P:THIS AGREEMENT is made on the ____ day of ______________ 2026
P:BETWEEN
P:(1) INISHLYRE QUALITY SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland under registered number 587214, having its registered office at The Old Pier House, Inishlyre, Clew Bay, County Mayo, Ireland (the "Licensor"); and
P:(2) ZHEJIANG HENGRUI POWER TOOLS CO., LTD., a limited liability company established under the laws of the People's Republic of China, having its registered address at Jiuzhou West Road, Yongkang, Zhejiang Province (the "Customer").
P:BACKGROUND
P:(A) The Customer manufactures power tools at three plants in Yongkang and wishes to replace its spreadsheet quality records with a quality-management system.
P:(B) The Licensor has developed the Lyre QMS software and has agreed to license it to the Customer, to configure and integrate it, and to support it, on the terms of this Agreement. At the Customer's request all prices are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests described in Clause 6; "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Contract Price" means the price stated in Clause 4.1; "Customer Data" means all data, records, images and documents entered into or generated by the Licensed Software in the course of the Customer's business, including personal data of the Customer's employees; "Deliverables" means everything the Licensor produces specifically for the Customer under this Agreement, including configurations, workflows, report templates, interface adapters, migration scripts and documentation; "Final Acceptance" means the signature of the certificate under Clause 6.4; "Go-Live" means the first production use at all three plants; "Licensed Software" means the Lyre QMS modules listed in Clause 4.1 with their Documentation and updates.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software on the Customer's own servers in Yongkang for up to 180 named users, and to make backup and test copies.
H:Clause 3 Implementation Services
P:3.1 The Licensor shall install, configure and integrate the Licensed Software in accordance with an Implementation Plan which the parties shall agree within 15 Business Days after signature, including inspection plans and sampling rules, the SPC module for the motor-winding and gearbox lines, the supplier quality portal, interfaces with the Customer's ERP and MES systems, and migration of five years of inspection and complaint records.
P:3.2 The Licensor shall appoint a named project manager, who shall not be replaced without the Customer's prior written consent.
H:Clause 4 Contract Price and Payment
P:4.1 The Contract Price is a fixed price of CNY 1,700,000, inclusive of VAT and all travel and living expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Lyre QMS Core, perpetual named-user licence|180 users|4,200|756,000
TB:2|Lyre SPC module, perpetual plant licence|3 plants|64,000|192,000
TB:3|Supplier Quality Portal, perpetual licence|1|132,000|132,000
TB:|Licence Fees subtotal (items 1 to 3)|||1,080,000
TB:4|Configuration and ERP/MES integration|1 lot|486,000|486,000
TB:5|Data migration|1 lot|96,000|96,000
TB:6|Training of key users and administrators|1 lot|38,000|38,000
TB:|Contract Price|||1,700,000
P:4.2 The Contract Price is payable as follows: (a) 20% (CNY 340,000) within 20 Business Days after signature of this Agreement and receipt of the Licensor's invoice; (b) 45% (CNY 765,000) within 20 Business Days after Go-Live, which is a delivery milestone and not acceptance; and (c) 35% (CNY 595,000) within 20 Business Days after Final Acceptance.
H:Clause 5 Timetable and Delay
P:5.1 The Licensor shall achieve Go-Live within 120 days and Final Acceptance within 180 days after signature, unless later dates are agreed in writing in the Implementation Plan.
P:5.2 If the Licensor fails to achieve Go-Live or Final Acceptance by the relevant date for reasons not attributable to the Customer, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.3 If the delay exceeds 60 days, the Customer may terminate this Agreement under Clause 14.2.
H:Clause 6 Acceptance
P:6.1 After Go-Live the Licensor shall run the Acceptance Tests jointly with the Customer over a period of 30 days.
P:6.2 The Acceptance Tests are passed when: (a) all functions in the Functional Specification operate as described; (b) SPC charts are computed within 3 seconds for 50,000 data points; (c) migrated records are reconciled by record count and by a sample of 500 records with no unresolved discrepancy; (d) the ERP and MES interfaces exchange data for 20 consecutive Business Days without error; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 If any test fails, the Licensor shall correct the defect at its own cost and repeat the test within 10 Business Days.
P:6.4 When all tests are passed, the Customer shall sign a Final Acceptance certificate within 5 Business Days. Installation, Go-Live, productive use or any payment does not by itself constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for a period of ninety (90) days after Go-Live the Licensed Software will perform materially in accordance with the Documentation and the Deliverables will conform to the Functional Specification.
P:7.2 During the warranty period the Licensor shall correct any reported non-conformity free of charge. After the warranty period, corrections are provided only as part of the support services under Clause 8.
H:Clause 8 Support and Maintenance
P:8.1 From the end of the warranty period the Licensor shall provide support and maintenance, including remote support in Mandarin, bug fixes, patches and new releases.
P:8.2 The annual support fee is 18% of the Licence Fees subtotal, that is CNY 194,400 per year, payable annually in arrears. The fee is fixed for the first three support years; thereafter it may be increased once a year by not more than 3% on at least 60 days' written notice.
P:8.3 Support renews for each following year only when the Customer issues a purchase order; there is no automatic renewal.
P:8.4 The Licensor shall meet the service levels in the Schedule during the warranty and support periods. For each full hour by which the Licensor misses a response or resolution time, it shall credit the Customer CNY 1,000 against the next support fee, or pay that amount if no further fee is due.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property rights in the Licensed Software remain with the Licensor.
P:9.2 All intellectual property rights in the Deliverables vest in the Customer upon creation, and the Licensor shall deliver them with any source code. The Customer may use, modify and license the Deliverables freely, including to third parties.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Licensor may access and process Customer Data only to perform this Agreement and on the Customer's documented instructions, and shall not use it for any other purpose.
P:10.2 Remote access by the Licensor is permitted only through the Customer's VPN with multi-factor authentication, for each session approved by the Customer's IT department. The Licensor shall not copy Customer Data outside the Customer's systems and shall comply with PRC data-protection laws.
P:10.3 The Licensor shall notify the Customer within 8 hours after becoming aware of any security incident affecting Customer Data, shall cooperate in containing and remedying it, and shall be liable for all losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, shall use it only for the purposes of this Agreement, and shall not disclose it to any third party without the other party's prior written consent, save as required by law. This obligation survives termination for five years.
H:Clause 12 Limitation of Liability
P:12.1 Subject to Clause 12.2, each party's total liability arising under or in connection with this Agreement shall not exceed 125% of the Contract Price.
P:12.2 The limit does not apply to liability for death or personal injury caused by negligence, to fraud or to breach of Clause 10 or Clause 11.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Licensor shall not subcontract any part of the implementation or support services without the Customer's prior written consent. The Licensor remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 14 Term and Termination
P:14.1 This Agreement starts on signature. The licence in Clause 2 survives termination, except termination by the Licensor for non-payment of undisputed Licence Fees.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice, or becomes insolvent. The Customer may also terminate under Clause 5.3.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 The courts of Ireland sitting in Dublin have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement is the entire agreement of the parties on its subject matter and is signed in English and Chinese; the English text prevails.
H:Schedule Service Levels
TB:Severity|Definition|Response time|Resolution or workaround
TB:Severity 1|Licensed Software unavailable, or release of finished tools blocked at any plant|1 hour|8 hours
TB:Severity 2|A major function impaired, workaround available|2 hours|2 Business Days
TB:Severity 3|Minor defect or question|1 Business Day|next release
P:SIGNED for and on behalf of INISHLYRE QUALITY SYSTEMS LIMITED: ____________________ Director
P:SIGNED for and on behalf of ZHEJIANG HENGRUI POWER TOOLS CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------- h143e02 (txt) Xiamen ferry ticketing SaaS; Order Form + General Terms; German vendor
H143E02 = """OEHE TICKETING GMBH
ORDER FORM No. OT-2026-CN-07

Provider: Oehe Ticketing GmbH, Hafenweg 3, Insel Oehe, 18569 Schaprode, Germany, registered in the commercial register of the Local Court of Stralsund under HRB 21874, managing directors Dr. Jana Brandt and Ole Petersen ("Provider").

Customer: Xiamen Haiyu Island Ferry Co., Ltd., Dongdu Road, Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

1. Subscribed Services
FerryDesk, the Provider's software-as-a-service platform for ferry operators: online, counter and self-service ticket sales; real-name passenger registration as required for island ferry routes; vessel and seat allocation; QR-code boarding at the turnstiles; WeChat mini-program; refunds and changes; daily settlement and finance reports. Scope: 4 terminals, 9 vessels, 38 counter and self-service terminals, unlimited passengers.

2. Implementation Services
Configuration of routes, timetables and fare tables; integration with the Customer's 22 turnstiles and 38 ticket printers; WeChat mini-program in the Customer's design; connection of UnionPay, WeChat Pay and Alipay through the Customer's merchant accounts; migration of passenger accounts from the existing system; training of 60 staff.

3. Fees (CNY, including VAT)
   Item                                         Basis                          Amount
   Platform subscription                        CNY 46,500 per month x 24      1,116,000
   Implementation Services                      one-time                         168,000
   Training                                     one-time                          16,000
   Total Contract Value                                                        1,300,000

4. Subscription Term
24 months from the Service Start Date, which is the date of Go-Live Acceptance under § 2 (3). Renewal: § 3 (2).

5. Invoicing
Subscription fees are invoiced monthly in arrears. Implementation and training fees are invoiced after Go-Live Acceptance. No fee is payable before the Service Start Date.

6. Hosting
Alibaba Cloud data centre in Hangzhou (mainland China), operated on the Provider's behalf as approved hosting provider under § 11 (2).

This Order Form incorporates the Provider's General Terms and Conditions for SaaS Services (version 2026-01) set out below. In case of conflict, this Order Form prevails.

For the Provider: ____________________        For the Customer: ____________________
Place, date: Schaprode / Xiamen, ___________ 2026


GENERAL TERMS AND CONDITIONS FOR SAAS SERVICES (Version 2026-01)

§ 1 Scope and order of precedence
(1) These General Terms govern the provision of SaaS services and related implementation services by the Provider to the Customer under an Order Form.
(2) The documents apply in the following order: the Order Form, these General Terms, the service description. General terms of business of the Customer apply only if the Provider has agreed to them in writing.
(3) Amendments and supplements require written form; this also applies to any waiver of the written-form requirement.

§ 2 Implementation and Go-Live Acceptance
(1) The Provider shall perform the Implementation Services so that the platform is ready for Go-Live Acceptance within 75 days after signature of the Order Form.
(2) Go-Live Acceptance tests are carried out jointly on the Customer's premises and comprise: (a) sale, change and refund of tickets on all channels; (b) real-name verification and passenger manifests for each sailing, matched against the turnstile records; (c) boarding of at least 600 passengers per hour at one terminal without error; (d) reconciliation of three consecutive days of payments with the payment providers' statements without difference; (e) no open defect of priority 1 or 2.
(3) If the tests are passed, the Customer signs a Go-Live Acceptance certificate within three working days. The use of the platform in live operation before that date for individual routes does not constitute acceptance.
(4) If Go-Live Acceptance is delayed for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 1,100 for each calendar day of delay, limited to 8% of the Total Contract Value. Further claims remain unaffected; the penalty shall be credited against them.

§ 3 Term and renewal
(1) The Subscription Term is stated in the Order Form.
(2) After the Subscription Term, the agreement is extended by one year at a time at the fees stated in the Order Form, which remain unchanged, unless either party gives notice of termination three months before the end of the current term.
(3) The right to extraordinary termination under § 12 (2) remains unaffected.

§ 4 Fees and payment
(1) Fees are stated in the Order Form and include VAT at the statutory rate.
(2) Invoices are due for payment within 30 days after receipt. The Provider may not set off or suspend the services because of a disputed invoice.

§ 5 Service levels
(1) The Provider ensures an availability of the platform of 99.95% per calendar month, measured at the internet interface of the data centre. Maintenance windows agreed with the Customer between 00:30 and 05:00 China Standard Time are not counted.
(2) Incidents are classified and handled as follows:
   Priority 1 (ticket sale or boarding impossible at any terminal): response within 30 minutes, restoration within 3 hours, around the clock;
   Priority 2 (a channel or function impaired, workaround available): response within 2 hours, restoration within one working day;
   Priority 3 (other defects, questions): response within one working day.
(3) If the availability falls below the agreed value, the Customer receives a service credit of 5% of the monthly subscription fee for each commenced 0.1 percentage point of shortfall, up to 50% of that month's fee. For each commenced hour by which a Priority 1 restoration time is exceeded, the Customer receives a credit of CNY 1,500. Credits are set off against the next invoice.

§ 6 Customer Data
(1) All data which the Customer or its passengers enter into the platform or which the platform generates for the Customer, including passenger identity data, bookings, manifests and payment records ("Customer Data"), belong to the Customer.
(2) The Provider processes Customer Data on behalf of the Customer and only on its documented instructions, in accordance with the PRC Personal Information Protection Law and Data Security Law.
(3) Notwithstanding paragraph (2), the Provider may use Customer Data in anonymised and aggregated form to develop and improve its products and to publish industry benchmarks on ferry traffic and booking behaviour. This right continues after the end of the agreement.
(4) On termination the Provider shall hand over all Customer Data in a common machine-readable format within 30 days and then delete it, and confirm the deletion in writing.

§ 7 Data security
(1) Customer Data are stored and processed only in data centres in mainland China. The platform holds an MLPS level 3 filing; the Provider maintains an information security management system certified to ISO/IEC 27001.
(2) The Provider applies encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all administrative access. Its personnel outside China have no access to personal data.
(3) The Provider shall notify the Customer of any security incident affecting Customer Data without undue delay, at the latest within 36 hours, shall support the Customer in notifying the authorities and affected passengers, and shall compensate the Customer for damage caused by the Provider's breach of this § 7.

§ 8 Intellectual property
(1) The Provider retains all rights in the platform and its standard software.
(2) Fare tables, route and timetable configurations, the mini-program design and custom reports created for the Customer ("Customer Materials") belong to the Customer, which may use, modify and pass them on to third parties, also after the end of the agreement.

§ 9 Confidentiality
(1) Each party shall treat as confidential all information of the other party marked as confidential or recognisable as such, use it only for the purposes of the agreement and not disclose it to third parties without prior written consent.
(2) This obligation continues for three years after the end of the agreement.

§ 10 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under mandatory statutory provisions.
(2) In all other cases the total liability of the Provider arising out of or in connection with the agreement is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the liability.
(3) Liability for indirect damage and lost profit is excluded, except in the cases of paragraph (1).

§ 11 Subcontractors
(1) The Provider may involve subcontractors only with the prior written consent of the Customer. The Provider is responsible for its subcontractors as for its own conduct.
(2) The hosting provider named in the Order Form is approved by the Customer's signature of the Order Form.

§ 12 Termination
(1) Ordinary termination during the Subscription Term is excluded.
(2) Either party may terminate the agreement for good cause without notice. Good cause exists in particular if the other party commits a material breach and does not remedy it within 30 days after a written warning, or if the availability falls below 99% in three consecutive months.
(3) Notice of termination must be given in writing.

§ 13 Exit support
For 60 days after the end of the agreement the Provider shall support the transfer of the services to the Customer or a successor provider at the rates of the Order Form.

§ 14 Governing law and disputes
(1) The agreement is governed by the laws of the People's Republic of China.
(2) Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final.

§ 15 Final provisions
(1) Should any provision be or become invalid, the validity of the remaining provisions is not affected.
(2) The agreement is executed in English and Chinese; both versions are equally authentic.
"""

# ---------------------------------------------------------------- h143e03 (pdf) Lianjiang sea-cucumber hatchery, water-quality sensors + maintenance; French integrator, buyer's paper
H143E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - WATER-QUALITY MONITORING SYSTEM
P:Contract No. LJHY-WQ-2026-02
P:Between: Fujian Lianjiang Haiyuan Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Guantou Town, Lianjiang County, Fuzhou, Fujian Province, represented by its legal representative (hereinafter "the Buyer"),
P:And: Milliau Aquatech SAS, a simplified joint-stock company (societe par actions simplifiee) registered with the Trade and Companies Register of Saint-Brieuc, whose registered office is at Ile Milliau, 22560 Trebeurden, France, represented by its President (hereinafter "the Integrator"),
P:hereinafter together "the Parties".
P:Preamble: The Buyer operates a sea-cucumber (Apostichopus japonicus) hatchery and nursery with eight tank halls and 64 rearing tanks. Following its call for quotations, the Buyer has selected the Integrator to supply, install and maintain a continuous water-quality monitoring and aeration-alarm system. This contract is drawn up on the Buyer's standard form; at the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Article 1 - Purpose
P:1.1 The Integrator shall supply, install, calibrate and commission the monitoring system described in Annex 1 (the "System"): multi-parameter probes measuring dissolved oxygen, pH, temperature, salinity and ammonia nitrogen in each rearing tank; data loggers and LoRa gateways; relay cabinets controlling the back-up aeration; and the monitoring software, with alarms sent to the Buyer's existing SMS and WeChat work platform.
P:1.2 The Integrator shall also train the Buyer's staff and provide the warranty and maintenance services defined in Articles 7 and 8.
H:Article 2 - Contractual documents
P:The contract consists of, in decreasing order of priority: these articles; Annex 1 (technical specification and equipment list); Annex 2 (acceptance test plan); the Integrator's technical offer dated 16 March 2026.
H:Article 3 - Price
P:3.1 The contract price is a firm and fixed lump sum of CNY 1,080,000 including VAT, transport, insurance, installation and all services during the warranty period (the "Contract Price"), broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality probe (DO, pH, temperature, salinity, NH3-N)|64 sets|8,600|550,400
TB:2|Data logger with LoRa gateway|8 sets|12,500|100,000
TB:3|Aeration-control relay cabinet|16 sets|9,800|156,800
TB:4|Monitoring software licence, perpetual, one site|1|118,000|118,000
TB:|Equipment and licence subtotal|||925,200
TB:5|Installation, cabling and calibration|1 lot|96,800|96,800
TB:6|Alarm integration with SMS and WeChat work platform|1 lot|42,000|42,000
TB:7|Training|1 lot|16,000|16,000
TB:|Total Contract Price|||1,080,000
P:3.2 Items 1 to 4 are referred to as the "Equipment Subtotal" (CNY 925,200).
H:Article 4 - Terms of payment
P:4.1 10% of the Contract Price (CNY 108,000) as an advance, within 15 days after signature and receipt of an advance-payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 594,000) after delivery and installation of all equipment, certified by a delivery report signed by both Parties. The delivery report records quantities and condition only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 378,000) within 15 days after Final Acceptance under Article 6.
P:4.4 Payments are made by bank transfer in CNY against a valid VAT invoice.
H:Article 5 - Delivery, installation and delays
P:5.1 The Integrator shall deliver the equipment to the hatchery within 50 days and complete installation and calibration within 80 days after signature. Work in the tank halls shall be coordinated with the Buyer's spawning and larval-rearing schedule.
P:5.2 For each day of delay in delivery, installation or Final Acceptance attributable to the Integrator, the Integrator shall pay the Buyer penalties of 0.1% of the Contract Price, capped at 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the contract under Article 14.
H:Article 6 - Acceptance
P:6.1 After installation, the System runs in trial operation for 21 consecutive days.
P:6.2 Final Acceptance is pronounced when: (a) every probe reading deviates from the reference measurement made with a calibrated laboratory instrument by no more than the tolerance in Annex 1 (dissolved oxygen plus or minus 0.2 mg/L, pH plus or minus 0.1); (b) data from every tank reaches the software at intervals of no more than 60 seconds; (c) a simulated low-oxygen event in each hall triggers the back-up aeration and sends SMS and WeChat alarms within 90 seconds; (d) no critical fault occurs during the trial operation; (e) the Integrator has handed over as-built drawings, calibration certificates and manuals.
P:6.3 Final Acceptance is recorded in a certificate signed by both Parties. Delivery, installation, trial operation or any payment does not amount to acceptance. If the tests fail, the Integrator shall remedy the defects and repeat the tests within 10 days at its own cost.
H:Article 7 - Warranty
P:7.1 The Integrator warrants the System against any defect in design, materials and workmanship for 24 months from Final Acceptance. During this period it shall repair or replace defective equipment free of charge, including transport, and shall carry out two on-site recalibrations per year.
P:7.2 Sensor membranes and electrolyte replaced as consumables are supplied at the prices in Annex 1.
H:Article 8 - Maintenance after warranty
P:8.1 After the warranty period, the Integrator shall, if the Buyer so orders, provide annual maintenance covering preventive visits each quarter, two recalibrations per year, repair and replacement of defective equipment, and software updates.
P:8.2 The annual maintenance fee is 9.5% of the Equipment Subtotal, i.e. CNY 87,894 per year, fixed for the first three maintenance years. Each maintenance year is ordered by a written order of the Buyer; there is no automatic renewal.
H:Article 9 - Service levels
P:9.1 A critical fault is any loss of dissolved-oxygen monitoring or of alarm transmission for a tank hall. For a critical fault the Integrator's local service partner in Fuzhou shall respond remotely within 30 minutes and be on site within 3 hours; other faults shall receive a response within 2 hours and be repaired within 2 working days.
P:9.2 For each hour by which a response or on-site time is exceeded, the Integrator shall pay the Buyer CNY 600, which the Buyer may deduct from any sum due.
H:Article 10 - Intellectual property
P:10.1 The monitoring software remains the property of its publisher; the Buyer receives a perpetual licence for its site.
P:10.2 Alarm rules, configurations, integration scripts, drawings and reports produced for the Buyer belong to the Buyer, which may use, modify and communicate them to third parties freely.
H:Article 11 - Data and security
P:11.1 All water-quality data, alarm records and production data collected by the System belong to the Buyer and may be used by the Integrator only to perform this contract.
P:11.2 The System is hosted on the Buyer's server at the hatchery. Remote maintenance access is opened by the Buyer for each intervention, through an encrypted connection, and is logged. The Integrator shall not copy data off site.
P:11.3 The Integrator shall inform the Buyer within 6 hours of any security incident affecting the System or its data, shall take all corrective measures, and shall be liable for the damage caused by its failure to comply with this Article.
H:Article 12 - Confidentiality
P:The Integrator shall keep confidential all information on the Buyer's hatchery methods, broodstock, production figures and installations, and shall not disclose it to third parties without the Buyer's prior written consent, during the contract and for five years after its end.
H:Article 13 - Liability and subcontracting
P:13.1 The Integrator's total liability under this contract is limited to twice the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Article 11 or 12, for which liability is not limited.
P:13.2 The Integrator may not subcontract any part of the contract without the Buyer's prior written consent. The local service partner named in Annex 1 is approved by the signature of this contract. The Integrator remains fully responsible for its subcontractors.
H:Article 14 - Termination
P:The Buyer may terminate the contract by registered letter if the Integrator fails to perform a material obligation and does not remedy the failure within 15 days after formal notice, or in the case of Article 5.2, without prejudice to damages.
H:Article 15 - Insurance and force majeure
P:15.1 The Integrator shall hold public liability insurance covering its work at the hatchery and shall produce the certificate before starting installation.
P:15.2 Neither Party is liable for a failure caused by an event beyond its reasonable control, such as a typhoon, provided that it notifies the other Party promptly and takes all reasonable measures to limit the consequences. Typhoon warnings in Lianjiang shall be taken into account in the installation schedule, and the Integrator shall secure outdoor equipment before a typhoon reaches the coast.
H:Article 16 - Governing law and disputes
P:This contract is governed by the law of the People's Republic of China. Disputes that cannot be settled amicably shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
P:Done in Lianjiang, in two originals in English and Chinese, on ______ 2026.
P:For the Buyer: ____________________          For the Integrator: ____________________
"""

# ---------------------------------------------------------------- h143e04 (md) Suzhou architecture studio, managed IT + desktop support; Scottish provider
H143E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement number:** SMS-SZ-2026-014

**between**

**SHUNA MANAGED SERVICES LIMITED**, a company incorporated in Scotland (registered number SC612847), having its registered office at The Steading, Isle of Shuna, Argyll, Scotland (the "Provider"); and

**SUZHOU LIANYUN ARCHITECTURAL DESIGN CO., LTD.**, a company established in the People's Republic of China, having its registered address at Suzhou Industrial Park, Suzhou, Jiangsu Province (the "Client").

**WHEREAS** the Client, an architecture and interior-design studio with about 64 staff, wishes to outsource the management of its IT environment, and the Provider delivers managed IT services to design practices through its support team in Shanghai; **NOW THEREFORE** the parties agree as follows.

## 1. DEFINITIONS

1.1 "Business Hours" means 08:30 to 19:00 China Standard Time on Working Days. "Working Day" means a day on which banks are open in Suzhou. "Client Data" means all drawings, BIM and 3D models, renderings, project documents, e-mails, accounts and personal data of the Client's staff and clients held on or processed through the systems managed under this Agreement. "Services" means the services described in Clause 2. "Service Start Date" means the date of Onboarding Acceptance under Clause 4.

1.2 References to Clauses and Schedules are to clauses of and schedules to this Agreement.

## 2. THE SERVICES

2.1 The Provider shall provide: (a) a service desk by telephone, e-mail and chat in Mandarin and English; (b) desktop support for up to 64 users, including workstations with graphics cards used for BIM and rendering; (c) management, patching and monitoring of the Client's two file servers, the NAS holding project archives, the backup appliance and the office network; (d) management of Microsoft 365 and of the Client's licences for design software; (e) backup of all servers every night, with a copy kept off site in Suzhou; (f) one engineer on site at the Client's office on two days each week; and (g) a quarterly service review.

2.2 The Services do not include hardware purchases, which the Provider may quote for separately.

2.3 The Client shall give the Provider's engineers reasonable access to its office and systems, name an internal IT contact, inform the Provider of new starters and leavers at least two Working Days in advance, and keep its design software licences valid.

2.4 The Provider shall keep a current asset register and network diagram, shall propose security improvements at each quarterly review, and shall test a restore of a randomly chosen project folder every month, recording the result in the monthly service report. The monthly service report shall show ticket volumes, response and resolution times against Clause 5, backup results, patch status and open risks.

## 3. CHARGES AND PAYMENT

3.1 The charges are as follows:

| Charge | Basis | Monthly (CNY) | Term total (CNY) |
|---|---|---|---|
| User support | 64 users x CNY 520 per user per month | 33,280 | 798,720 |
| Server, NAS, backup and network management | fixed | 6,400 | 153,600 |
| Monthly charges subtotal | 24 months | 39,680 | 952,320 |
| Onboarding (discovery, documentation, tooling, transition) | one-time | | 36,000 |
| Total Contract Value | | | 988,320 |

3.2 Monthly charges are invoiced monthly in arrears from the Service Start Date. The onboarding charge is invoiced after Onboarding Acceptance. No sum is payable in advance.

3.3 Additional users are charged at CNY 520 per user per month, pro rata. Charges are fixed for the Initial Term.

3.4 The Client shall pay undisputed invoices within 30 days. All charges include VAT.

## 4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall complete onboarding within 40 days after signature. Onboarding comprises an inventory of all devices, accounts and licences; installation of monitoring and remote-management agents; documentation of the network, servers and backup; a successful restore test of one complete project folder and one server; and a handover from the Client's current support provider.

4.2 Onboarding Acceptance is given by the Client in writing when the items in Clause 4.1 have been completed and checked against the onboarding checklist in Schedule 1. Starting to use the service desk does not by itself constitute acceptance.

4.3 If Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Client CNY 700 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels:

| Priority | Example | Response | Resolution target |
|---|---|---|---|
| P1 | file server, NAS or network down for the office; ransomware suspected | 30 minutes, at all times | 6 hours |
| P2 | one user unable to work; a design application failing | 1 hour in Business Hours | 1 Working Day |
| P3 | requests and minor issues | 1 Working Day | 5 Working Days |

5.2 Availability of the managed file servers and NAS shall be at least 99.97% per month outside agreed maintenance windows.

5.3 If the Provider misses the P1 response time or the availability level in any month, the Client shall receive a service credit of 5% of that month's charges; if it misses either level in two consecutive months, the credit is 10%. Credits are deducted from the next invoice and are without prejudice to the Client's other rights.

## 6. CLIENT DATA AND SECURITY

6.1 Client Data is and remains the property of the Client. The Provider shall process Client Data only to perform the Services and in accordance with the Client's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep all Client Data on the Client's systems and cloud tenant in mainland China, shall use named administrator accounts with multi-factor authentication, shall log all administrative access, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Client within eight hours of becoming aware of any actual or suspected security incident affecting Client Data, shall take immediate steps to contain it and restore data from backup, and shall be liable to the Client for loss caused by its breach of this Clause 6.

## 7. CONFIDENTIALITY

Each party shall keep secret the confidential information of the other, including the Client's designs, competition entries, client lists and fee proposals, and shall not disclose it without the other party's prior written consent, except to its professional advisers or as required by law. This Clause 7 survives termination for five years.

## 8. INTELLECTUAL PROPERTY

The network documentation, runbooks, scripts, configurations and reports prepared for the Client under this Agreement belong to the Client, which may use and modify them and provide them to any successor provider. The Provider's own tools remain its property.

## 9. LIABILITY

9.1 The Provider's total liability under or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

9.2 That limit does not apply to death or personal injury caused by negligence, fraud, or breach of Clause 6 or Clause 7.

## 10. SUBCONTRACTING

The Provider shall not subcontract any of the Services without the prior written consent of the Client, and shall remain responsible for the acts and omissions of any subcontractor.

## 11. DURATION AND TERMINATION

11.1 This Agreement starts on signature and continues for an Initial Term of 24 months from the Service Start Date. It does not renew automatically; any extension shall be agreed in writing.

11.2 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within 30 days after written notice, or if the other party becomes insolvent.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 45 days, return all Client Data, credentials and documentation, and delete its copies.

## 12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

12.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh for any dispute arising out of or in connection with this Agreement.

## 13. GENERAL

13.1 This Agreement constitutes the whole agreement between the parties. No variation is effective unless in writing and signed by both parties.

13.2 This Agreement may be executed in counterpart and by electronic signature.

13.3 Neither party shall be liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable endeavours to mitigate the effect. If such an event prevents performance for more than 30 days, either party may terminate this Agreement by written notice.

13.4 Notices shall be given in writing by e-mail to the addresses designated by each party, with a copy by courier for any notice of breach or termination.

**IN WITNESS WHEREOF** this Agreement is executed as follows:

Subscribed for and on behalf of Shuna Managed Services Limited by ____________________, Director, at ____________ on ____________ 2026.

Subscribed for and on behalf of Suzhou Lianyun Architectural Design Co., Ltd. by ____________________, Legal Representative, at Suzhou on ____________ 2026.
"""

# ---------------------------------------------------------------- h143e05 (txt) Yunnan walnut exporter, export-document API subscription + integration; Italian vendor
H143E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
Ref. SSTD/CN/2026/09

BETWEEN

Santo Stefano Trade Docs S.r.l., with registered office at Isola di Santo Stefano, 07024 La Maddalena (SS), Italy, VAT number IT 02874510904, registered with the Companies Register of Sassari, in the person of its Sole Director (the "Provider")

AND

Yunnan Dianxi Walnut Import & Export Co., Ltd., with registered office in Dali, Yunnan Province, People's Republic of China, in the person of its legal representative (the "Customer")

(together the "Parties")

WHEREAS

a) the Provider operates DocuPort, an application programming interface ("API") and web service which generates, validates and files export documents: commercial invoices, packing lists, certificates of origin, phytosanitary certificate applications, export declaration data and documents for letters of credit;

b) the Customer exports in-shell walnuts and walnut kernels to the European Union, the Middle East and Central Asia and wishes to connect its ERP system to DocuPort;

c) at the Customer's request the fees are stated and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral part of this Agreement. Annex A: service description and API documentation. Annex B: integration specification. Annex C: list of sub-processors.

Art. 2 (Definitions)
2.1 "Customer Data" means all data transmitted by the Customer to DocuPort or generated for it, including shipment, buyer, product, lot and certificate data. "Go-Live" means the date of the Integration Acceptance under Art. 6. "Document Call" means one request to generate or validate one document.

Art. 3 (Object)
3.1 The Provider grants the Customer access to DocuPort through the API and the web interface for up to 60,000 Document Calls per contract year, and shall perform the integration services described in Annex B: an ERP connector; templates for certificates of origin under the preferential schemes used by the Customer; mapping of product codes and lots to phytosanitary and customs data; and export of documents to the Customer's bank for letters of credit.
3.2 Document Calls above the annual volume are charged at CNY 2.60 each and are not part of the Contract Value.
3.3 The Customer shall provide the Provider with access to a test instance of its ERP system, sample data for each product and destination market, and a contact person in its export department. The Customer remains responsible for the correctness of the commercial data it transmits and for the signature of the documents where required by the authorities of the importing country.
3.4 The Provider shall keep the document templates up to date with changes in the rules of origin and in the documentary requirements of the Customer's destination markets, and shall inform the Customer of such changes at least 15 days before they take effect, where the change is published in time.

Art. 4 (Duration and renewal)
4.1 The subscription runs for three years from Go-Live.
4.2 The Customer may increase the annual volume of Document Calls at any time by written order at the unit price of Art. 3.2.
4.3 At its expiry the subscription is tacitly renewed for further periods of one year each, unless either Party gives notice of cancellation by registered letter or certified e-mail (PEC) at least 90 days before the expiry.
4.4 On each renewal the Provider may increase the annual subscription fee by up to 7% by notice given before the cancellation deadline.

Art. 5 (Fees and payment terms)
5.1 The fees are as follows (CNY, VAT included):
   - annual subscription fee: CNY 218,000 per year, for three years: CNY 654,000;
   - integration services: CNY 126,000, one-time;
   - training of the Customer's export and finance staff: CNY 9,500, one-time;
   - Contract Value: CNY 789,500.
5.2 The subscription fee is invoiced quarterly in arrears (CNY 54,500 per quarter). The integration and training fees are invoiced after Integration Acceptance. No advance payment is due.
5.3 Invoices are payable within 30 days from receipt by bank transfer.

Art. 6 (Integration and acceptance)
6.1 The Provider shall complete the integration within 60 days from the signature of this Agreement.
6.2 The integration is accepted when, in the test environment and then on ten live shipments: (a) all document types in Annex B are generated from ERP data without manual re-keying; (b) the data in the documents match the ERP records and the customs declaration data without error; (c) certificates of origin and phytosanitary applications are accepted by the competent systems at the first submission; (d) the response time of the API is below 3 seconds for 95% of calls. The Customer shall sign an Integration Acceptance report within five working days.
6.3 Use of the API for individual shipments before that report does not constitute acceptance.
6.4 For each day of delay in Integration Acceptance attributable to the Provider, the Provider shall pay the Customer a penalty of CNY 520, without prejudice to greater damage.

Art. 7 (Service levels)
7.1 The Provider guarantees an availability of the API of 99.98% per calendar month, excluding maintenance announced at least 48 hours in advance and carried out on Sundays.
7.2 Incidents are handled as follows: Severity 1 (API unavailable, or documents cannot be generated for a shipment with a deadline): first response within 6 business hours, resolution or workaround within 1 business day; Severity 2 (degraded function): first response within 1 business day; Severity 3: within 3 business days. Business hours are 09:00 to 18:00 Central European Time, Monday to Friday.
7.3 If the monthly availability falls below the guaranteed level, the Customer is entitled to a service credit of 10% of the quarterly fee for that month's quarter for each full percentage point of shortfall, up to 50% of the quarterly fee. Credits are set off against the next invoice.

Art. 8 (Customer Data)
8.1 Customer Data belong exclusively to the Customer. The Provider processes them only to provide the services and in accordance with the Customer's instructions.
8.2 Customer Data are processed on servers located in mainland China operated by the Provider's cloud sub-processor listed in Annex C. The Provider applies encryption in transit and at rest, access control based on least privilege, logging and daily backups, and complies with the PRC Data Security Law and Personal Information Protection Law.
8.3 The Provider shall notify the Customer of any breach affecting Customer Data within 48 hours, shall take all measures to limit its effects, and shall indemnify the Customer for the damage resulting from its breach of this Article.
8.4 At the end of the Agreement, the Provider shall return the Customer Data in a standard format and delete them within 30 days.

Art. 9 (Intellectual property)
9.1 DocuPort and its standard templates remain the property of the Provider.
9.2 The ERP connector, the product and lot mappings and the templates developed specifically for the Customer under Annex B belong to the Customer, which may use, modify and license them freely, also to third parties.

Art. 10 (Confidentiality)
10.1 Each Party undertakes to keep confidential the information of the other Party of which it becomes aware in performing this Agreement, including prices, buyers and shipment volumes, and not to disclose it to third parties without written consent. This obligation survives for three years after termination.

Art. 11 (Subcontracting)
11.1 The Provider may entrust parts of the services, including hosting, support and integration work, to subcontractors and sub-processors of its choice, informing the Customer in writing and updating Annex C. The Provider remains liable for their work.

Art. 12 (Liability)
12.1 The Provider's total liability arising from this Agreement shall not exceed CNY 1,200,000, except in the case of wilful misconduct or gross negligence.
12.2 Neither Party is liable for indirect damage or loss of profit.

Art. 13 (Termination)
13.1 Either Party may terminate this Agreement pursuant to Article 1456 of the Italian Civil Code as an express termination clause, or otherwise by written notice, if the other Party commits a material breach and does not remedy it within 30 days after a written notice to perform.
13.2 In case of termination by the Customer for the Provider's breach, the Provider shall refund the fees paid for periods after termination.

Art. 14 (Governing law and competent forum)
14.1 At the Customer's request, this Agreement is governed by the law of the People's Republic of China.
14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force.

Art. 15 (Final provisions)
15.1 Any amendment to this Agreement must be made in writing.
15.2 This Agreement is drawn up in English and Chinese; in case of discrepancy the English version prevails.
15.3 Neither Party is liable for a failure to perform caused by force majeure, including strikes of third parties, outages of public networks, epidemics and acts of authority, provided that it notifies the other Party without delay. Payment obligations are not suspended by force majeure.
15.4 Communications under this Agreement shall be made in writing to the addresses indicated above or by certified e-mail.

Place and date: La Maddalena / Dali, ______________ 2026

The Provider                                  The Customer
____________________                          ____________________
"""

SOURCES = {"h143z01": H143Z01, "h143z02": H143Z02, "h143e01": H143E01, "h143e03": H143E03}
TARGETS = {"h143z01": ("h143z01_housing_bureau_approval_platform_integration.docx", "docx"),
           "h143z02": ("h143z02_sanitaryware_glaze_vision_inspection_maintenance.pdf", "pdf"),
           "h143e01": ("h143e01_power_tools_qms_licence_irish_vendor.docx", "docx"),
           "h143e03": ("h143e03_sea_cucumber_hatchery_water_sensors.pdf", "pdf")}
TEXTS = {"h143z03_golf_chain_booking_saas.md": H143Z03,
         "h143z04_county_cdc_immunisation_system_om.txt": H143Z04,
         "h143z05_bean_curd_wms_supplier_template.md": H143Z05,
         "h143e02_ferry_ticketing_saas_german_vendor.txt": H143E02,
         "h143e04_architecture_studio_managed_it_scottish.md": H143E04,
         "h143e05_walnut_exporter_document_api_italian.txt": H143E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
