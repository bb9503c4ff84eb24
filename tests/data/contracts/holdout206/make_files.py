"""Builds holdout206: ten ordinary draft contracts (5 Chinese, 5 English), all my own text.

The .txt / .md files are written as they stand below; the two .docx (real Word price tables) and the two .pdf are
built from the same kind of markup with ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row), the PDFs
broken at word boundaries (wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h206z01 — 市公共资源交易中心 电子交易平台升级及系统集成 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H206Z01 = """
T:江临市公共资源交易中心电子交易平台升级及系统集成项目合同
P:合同编号：JLGGZY-2025-HT-017
P:采购项目编号：JLCG-2025-0417（公开招标）
P:甲方（采购人）：江临市公共资源交易中心
P:乙方（供应商）：浙江数衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经平等协商，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责将甲方电子交易平台由V3.6版升级至V5.0版，覆盖工程建设、政府采购、土地矿业权和国有产权四类交易的电子招投标、不见面开标、远程异地评标、评标专家抽取及CA互认功能，并完成服务器、分布式存储和密码设备的供货、安装与系统集成。
P:1.2 乙方负责开发与省公共资源交易平台、市财政国库支付系统、市公共信用信息平台及三家CA机构的数据接口，并将现有平台自2019年以来的交易项目、市场主体、评标专家和电子档案数据完整迁移至新平台。
P:1.3 本合同附件包括：招标文件技术要求、乙方投标文件、分项报价表、验收方案和安全保密承诺书。附件与本合同正文具有同等效力；二者不一致的，以本合同正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零壹万元整（¥3,010,000），为固定总价，已包含设备、软件、开发、迁移、运输、安装、培训、税费以及质保期内的全部服务费用。分项报价如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|电子交易平台软件许可（永久）|1套|1,280,000|1,280,000
TB:2|应用及数据库服务器（国产化）|6台|98,000|588,000
TB:3|分布式存储|1套|312,000|312,000
TB:4|服务器密码机、签名验签服务器|2台|86,000|172,000
TB:5|系统集成与接口开发|1项|456,000|456,000
TB:6|历史数据迁移|1项|138,000|138,000
TB:7|培训及驻场服务|1项|64,000|64,000
TB:合计||||3,010,000
P:2.2 上表第1至4项为软硬件小计，金额为¥2,352,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交履约保证金后，甲方在收到乙方合法发票之日起10个工作日内支付合同总价的20%作为预付款，即¥602,000。
P:3.2 系统通过初验后，甲方在10个工作日内支付合同总价的45%，即¥1,354,500。
P:3.3 系统通过最终验收后，甲方在10个工作日内支付合同总价的35%，即¥1,053,500。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。甲方通过财政国库集中支付系统付款，因财政资金审批流程造成的付款时间顺延，不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方机房，并提供装箱清单、合格证和原厂质保证明。设备到货签收仅为数量和外观确认，不代表验收合格。
P:4.2 乙方应在合同生效后120日内完成平台部署、接口联调和数据迁移，具备初验条件。
P:4.3 实施期间及试运行期间，乙方应安排不少于2名工程师在甲方驻场，并每周提交实施周报。重大交易活动期间，切换和升级操作须避开开标时段，并事先取得甲方书面同意。
H:第五条 验收
P:5.1 初验：乙方完成部署、联调和迁移后提交初验申请。初验标准为：（1）逐项满足招标文件技术要求中的功能清单；（2）迁移数据经记录数核对和抽样比对一致，电子档案可正常调阅；（3）在2,000家投标单位同时在线解密、开标的压力测试中，单笔操作响应时间不超过3秒；（4）通过甲方委托的第三方安全测评，无高危漏洞，并通过商用密码应用安全性评估。
P:5.2 试运行：初验合格后进入三个月试运行。试运行期间累计一级故障不超过1次，且发现的问题均已整改关闭的，乙方可申请最终验收。
P:5.3 最终验收由甲方组织，邀请财政部门及外部专家参加，依据本条标准出具验收报告。
P:5.4 系统上线运行、甲方使用或支付款项，均不代表验收合格。验收不合格的，乙方应在15日内整改并承担复验费用。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件保修和部件更换，以及7×24小时技术支持。
P:6.2 故障响应：一级故障（平台整体不可用、开标或评标中断、数据丢失）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障在2个工作日内解决。
P:6.3 质保期内平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.4 乙方未按上述时限响应或恢复的，每超时1小时扣减¥2,000；月度可用率每低于承诺值0.01个百分点，扣减¥3,000。扣减款项由乙方在收到甲方书面通知后10日内支付。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的9%，即每年不超过¥211,680，且自质保期满起三年内不上调。届时双方另行签订运维服务合同，该合同不自动续期。
H:第七条 知识产权
P:7.1 乙方保证所供软硬件及服务不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用。
P:7.2 电子交易平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，用于本市公共资源交易业务。
P:7.3 乙方为本项目定制开发的接口程序、数据迁移脚本、统计报表及其源代码和技术文档，知识产权归甲方所有。甲方可自行或委托第三方修改、使用，并可许可他人使用。
H:第八条 数据安全
P:8.1 平台中的交易数据、投标文件、评标记录、专家信息和市场主体信息均属甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级的要求实施本项目。运维操作须经甲方审批并通过甲方堡垒机进行，全程记录审计；乙方不得在甲方机房以外存放任何交易数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成安全事件的，乙方承担全部责任，包括赔偿甲方及交易主体因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的招标投标信息、评标专家名单、评标过程以及甲方其他非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其遵守情况负责。
H:第十条 违约责任
P:10.1 乙方未按第四条约定的时间交付设备或具备初验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 所供设备或软件不符合合同约定的，乙方应负责更换或修复，并承担由此产生的全部费用。
P:10.3 除因财政资金审批原因外，甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方已提交合同总价5%的履约保证金（¥150,500），甲方在最终验收合格后10个工作日内无息退还。
P:14.2 本合同一式六份，甲方执四份，乙方执两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江临市公共资源交易中心　　授权代表：________　　日期：________
P:乙方（盖章）：浙江数衡信息技术有限公司　　授权代表：________　　日期：________
"""

# ---------------------------------------------------------------------------------------------------------------
# h206z02 — 硅片厂 在线隐裂检测设备采购 + 质保期满后维保, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H206Z02 = """
T:硅片隐裂检测设备采购及维保合同
P:合同编号：JCGC-SB-2025-0863
P:甲方（买方）：宁夏晶澈硅材料科技有限公司
P:乙方（卖方）：苏州视拓智能装备有限公司
P:甲方为银川二期单晶硅片项目切片后道工序采购在线隐裂检测设备，经比选确定乙方为供应商。双方依据《中华人民共和国民法典》，就设备供货、安装调试、质量保证及质保期满后的维保服务，订立本合同。
H:一、合同标的
P:（一）乙方向甲方供应在线式硅片隐裂检测设备8台（红外透射成像，兼容182mm及210mm规格，节拍不低于每小时5,400片），以及配套的分选对接模块、缺陷判定软件和中央数据服务器，并负责运输、安装、调试、与甲方分选机及MES系统的对接和操作培训。
P:（二）设备须为全新、未使用过的合格产品，技术参数以附件一《技术规格书》为准。附件一与本合同具有同等效力。
H:二、合同价格
P:（一）合同总价为人民币叁佰捌拾伍万元整（¥3,850,000），含13%增值税、运输、保险、安装调试及培训费用。分项如下：
P:1. 在线式隐裂检测设备：8台×¥368,000＝¥2,944,000；
P:2. 分选对接模块：8套×¥42,000＝¥336,000；
P:3. 缺陷判定软件许可（随机永久授权）：8套×¥35,000＝¥280,000；
P:4. 中央数据服务器：1台，¥96,000；
P:5. 安装调试及MES对接：1项，¥168,000；
P:6. 操作及维修培训：1项，¥26,000。
P:（二）上述第1至4项为设备及软件小计，计¥3,656,000，作为第七条维保费的计费基数。
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方支付合同总价的25%作为预付款，计¥962,500；乙方应同时向甲方提交等额的银行预付款保函。
P:（二）设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的35%，计¥1,347,500。开箱签收仅为数量和外观确认，不代表质量验收。
P:（三）设备通过终验后，甲方支付合同总价的35%，计¥1,347,500。
P:（四）其余5%（¥192,500）作为质量保证金，于质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交货、安装与调试
P:（一）乙方应于合同生效后60日内将设备运至甲方银川厂区指定车间，交货日期以甲方签收之日为准。
P:（二）设备到货后20日内，乙方应完成安装调试，以及与甲方分选机、MES系统的数据对接，并书面通知甲方具备终验条件。
P:（三）乙方现场人员须遵守甲方洁净车间、安全生产和动火作业管理规定。因乙方人员违规造成的人身或财产损失，由乙方承担。
P:（四）设备包装应适合长途公路运输和防潮、防震要求，运输途中的损毁、丢失风险在甲方签收前由乙方承担。
P:（五）乙方应在终验前为甲方设备操作人员和维修人员各提供不少于三天的现场培训，培训内容包括日常操作、光源更换、标定、常见故障处理和判定阈值调整，并提供中文操作手册及维修手册。
H:五、验收
P:（一）终验标准：
P:1. 每台设备以甲方提供的标定样片（含已知隐裂、崩边、缺角样片各不少于200片）测试，隐裂检出率不低于98%，误判率不高于0.8%；
P:2. 节拍实测不低于每小时5,400片，检测图像和判定结果实时上传MES，记录完整；
P:3. 全部设备连续168小时带料运行，未发生导致停线的设备故障。
P:（二）上述标准全部满足后，双方签署终验报告。设备到货、安装、投入试生产或甲方付款，均不视为验收合格。
P:（三）终验不合格的，乙方应在10日内整改后重新验收；第二次验收仍不合格的，甲方有权退货并解除合同，乙方应退还已收款项。
H:六、质量保证
P:（一）设备质保期为六个月，自终验合格之日起计算。质保期内，乙方免费维修或更换故障部件（光源等易损件除外），并免费提供软件升级。
P:（二）故障响应：一级故障（设备停机导致产线停线）乙方应在1小时内远程响应，10小时内工程师到达现场；二级故障（检测精度下降、单工位报警）2小时内响应，2个工作日内解决；三级故障在下次巡检时处理。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付违约金¥1,500，甲方可从质量保证金或维保费中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，期限至设备终验合格后第五年末。服务内容包括每季度一次的现场巡检、光源及相机校准、软件升级、备件更换（耗材除外）和故障处理。
P:（二）维保费按设备及软件小计的18%每年计取，即每年¥658,080，于每个维保年度开始后30日内支付；不足一年的按月折算。维保费率在维保期限内固定不变。
P:（三）维保期间的故障响应时限同第六条第（二）项，违约责任同第六条第（三）项。
H:八、数据与信息安全
P:（一）设备采集的硅片图像、检测结果、良率统计及甲方工艺参数均属甲方所有。乙方仅可为质保和维保目的访问上述数据，不得复制、外传，也不得用于其他客户的算法训练。
P:（二）乙方远程诊断须事先取得甲方书面（含电子邮件）批准，通过甲方指定的VPN和堡垒机进行，每次访问结束后关闭账号。中央数据服务器部署于甲方内网，不得连接外部网络。
P:（三）发生数据泄露或设备遭受网络攻击的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:双方对履约过程中知悉的对方技术资料、工艺参数、产能及价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后五年。
H:十、知识产权
P:（一）设备软件及判定算法平台的知识产权归乙方，甲方对随机软件享有永久使用权。
P:（二）乙方为甲方产线开发的MES对接程序，以及以甲方样片训练形成的判定模型参数，知识产权归甲方所有。乙方应交付源代码和参数文件，甲方可自行修改或委托他人维护。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%；逾期超过30日的，甲方有权解除合同。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:乙方不得转包本合同。设备吊装等辅助工作如需委托第三方，须事先取得甲方书面同意，乙方对第三方的行为承担责任。
H:十三、合同解除
P:乙方严重违约，且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交银川仲裁委员会仲裁。
H:十五、不可抗力
P:因地震、洪水、疫情等不可抗力致使一方不能履行合同的，受影响方应在3日内通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过60日的，双方可协商解除合同。
H:十六、其他
P:（一）本合同自双方签字盖章且甲方收到预付款保函之日起生效。
P:（二）本合同一式四份，双方各执两份。附件一《技术规格书》、附件二《供货清单》为本合同组成部分。
P:甲方（盖章）：宁夏晶澈硅材料科技有限公司　　乙方（盖章）：苏州视拓智能装备有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h206z03 — 连锁药房 处方流转与会员 SaaS 三年 + 实施, .md, Markdown headings (## 一、 / 1.)
# ---------------------------------------------------------------------------------------------------------------
H206Z03 = """
# 处方流转及会员管理SaaS服务合同

合同编号：RZ-IT-2025-042

**甲方（客户）**：湖南仁泽大药房连锁有限公司

**乙方（服务商）**：上海禾方云科技有限公司

甲方为实现门店电子处方流转、医保结算对接和会员统一运营，采购乙方"禾方云药"SaaS服务及相关实施服务。双方依据《中华人民共和国民法典》等法律法规，订立本合同。

## 一、服务内容

1. 本合同所称"平台"，指乙方运营的"禾方云药"SaaS平台，包括：电子处方流转（对接互联网医院及定点医疗机构处方、药师审方、处方核销与留存）、会员管理（积分、储值、慢病会员档案及用药提醒）、医保支付对接、营销工具和总部管理端。
2. 服务范围为甲方现有420家门店及总部。服务期内新增门店，按每店每年1,800元按月折算计费，不计入本合同总价。
3. 实施服务包括：门店终端部署、与甲方ERP及省医保信息平台的接口开发、约260万条历史会员数据的迁移、总部及门店人员培训。

## 二、服务期限与续期

1. 服务期为三年，自上线验收合格之日起计算。
2. 服务期满前60日，如任何一方未书面提出不再续期，本合同自动续期一年，续期服务费标准与第三个服务年度相同，其他条款不变。

## 三、服务费用

| 项目 | 计费方式 | 年费用（元） | 三年合计（元） |
|---|---|---|---|
| 门店端订阅 | 420店 × 1,800元/店/年 | 756,000 | 2,268,000 |
| 总部管理端及会员营销模块 | 1套 | 96,000 | 288,000 |
| 实施服务（一次性） | 1项 | — | 318,000 |
| 合计 | | 852,000 | 2,874,000 |

本合同总价为人民币贰佰捌拾柒万肆仟元整（¥2,874,000），含税。

## 四、付款方式

1. 合同签订后10个工作日内，甲方向乙方支付预付款¥1,058,700，包括首年订阅费¥852,000及实施费的65%（¥206,700）。
2. 上线验收合格后10个工作日内，甲方支付实施费余款¥111,300。
3. 第二、第三服务年度的订阅费，分别于该服务年度开始前15日内支付。
4. 乙方应在收款前开具合法有效的增值税专用发票。

## 五、实施与上线验收

1. 乙方应在合同签订后90日内完成全部门店部署、接口开发和数据迁移，并提交上线验收申请。
2. 上线验收标准：（1）420家门店全部开通，收银及处方核销联调通过；（2）连续10个工作日处方流转端到端成功，处方记录与医保结算记录逐笔核对一致；（3）迁移后的会员数、积分及储值余额与原系统核对一致；（4）每日18:00至21:00高峰时段页面响应时间不超过2秒；（5）通过甲方组织的安全测试，无高危漏洞。
3. 上述标准全部满足后，双方签署上线验收单。门店试用、系统上线运行或甲方付款，均不视为验收合格。

## 六、服务水平

1. 平台月度可用率不低于99.5%，经甲方同意的计划内维护除外（每月累计不超过6小时，且安排在凌晨1:00至6:00之间）。
2. 故障分级：
   - 一级故障：处方流转或收银中断、医保结算失败，影响门店20家以上。乙方应在30分钟内响应，2小时内恢复。
   - 二级故障：部分功能不可用或影响门店20家以下。1小时内响应，8小时内解决。
   - 三级故障：一般咨询及非紧急问题，下一工作日内处理。
3. 服务抵扣：月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于98%的，抵扣10%。一级故障恢复每超时1小时，另行抵扣¥2,000。抵扣款项在下一服务年度的订阅费中扣除；最后一个服务年度的抵扣款项，由乙方在服务期满后30日内退还甲方。

## 七、数据权属与数据安全

1. 甲方在平台中产生和存储的处方、会员信息、交易及医保结算数据（"甲方数据"）归甲方所有。
2. 乙方可以对甲方数据进行去标识化处理后，用于平台功能优化和行业用药趋势分析，并可向合作医药企业提供不含个人身份信息的统计分析报告。该等使用无需另行取得甲方同意，并在本合同终止后继续有效。
3. 乙方应按照网络安全等级保护第三级的要求运营平台，甲方数据存储于中国境内，传输和存储加密，访问权限按最小必要原则分配，操作日志保存不少于六个月，并遵守《个人信息保护法》《数据安全法》的规定。
4. 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方，并采取补救措施、配合监管报告。因乙方原因造成安全事件的，乙方应赔偿甲方全部损失，包括甲方因此承担的行政罚款。
5. 本合同终止后30日内，乙方应将甲方数据完整导出交付甲方，并删除平台中的甲方数据。

## 八、双方的其他义务

1. 甲方应指定项目负责人，及时确认需求和接口规范，提供门店清单、ERP接口文档和历史会员数据，并组织门店人员参加培训。
2. 乙方应指定具有医药零售行业实施经验的项目经理，服务期内提供专属客户成功经理，每季度提交服务报告（包括可用率、故障统计、抵扣金额及改进措施）。
3. 乙方对平台功能的调整不得降低本合同约定的功能和服务水平；涉及处方流转、医保结算的变更，应提前30日书面通知甲方并完成联调。

## 九、保密

双方对履约过程中知悉的对方商业秘密、经营数据、价格和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 十、知识产权

1. 平台及其升级版本的知识产权归乙方所有。
2. 实施过程中为甲方开发的接口程序、定制报表及配置方案，知识产权归甲方所有。乙方应交付源代码和文档，甲方可自行或委托第三方修改和使用。

## 十一、违约责任

1. 因乙方原因未能在本合同第五节第1项约定的期限内通过上线验收的，每逾期一日，乙方按合同总价的万分之六支付违约金，累计不超过合同总价的5%。
2. 乙方在本合同项下的赔偿责任总额以合同总价的两倍为限；但因乙方故意、重大过失或违反本合同第七节造成的损失，不受此限。
3. 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 十二、分包

未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。平台所用云资源由阿里云计算有限公司（华东2·上海地域）提供，已经甲方认可。

## 十三、合同解除

1. 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还未履行期间的订阅费、赔偿损失。
2. 连续两个月可用率低于98%，或一个月内发生3次以上一级故障的，视为乙方严重违约。

## 十四、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 十五、不可抗力

因自然灾害、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在影响范围内免除责任。但乙方不得以第三方云资源故障为由主张不可抗力。

## 十六、其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：湖南仁泽大药房连锁有限公司　　乙方（盖章）：上海禾方云科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h206z04 — 县教育局 中小学校园安防监控平台 年度运维 (政府采购 询价), .txt, 第X章 / 第X条 / （一）
# ---------------------------------------------------------------------------------------------------------------
H206Z04 = """
清澜县中小学校园安防监控平台运维服务合同（2025—2026学年度）

采购方式：询价
采购项目编号：QLCG-2025-XJ-031
合同编号：QLJY-AF-2025-09

甲方（采购人）：清澜县教育局
乙方（供应商）：怀远恒安智能科技有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目询价通知书、乙方响应文件和成交通知书，甲乙双方订立本合同。

第一章 总则

第一条 服务对象。本合同服务对象为全县86所中小学及幼儿园（其中乡镇学校及村小54所）的校园安防监控系统，包括视频监控前端3,240路、一键报警装置172个、校园出入口人脸抓拍设备96套、县级校园安防监控平台1套，以及与县公安局视频专网的联网链路。

第二条 服务期限。服务期自2025年9月1日起至2026年8月31日止。服务期满本合同即行终止，不自动续期；下一年度服务由甲方另行组织采购。

第三条 合同组成。询价通知书、乙方响应文件、成交通知书和附件《运维考核表》均为本合同组成部分。

第二章 服务内容与费用

第四条 服务内容。
（一）平台运维：县级平台服务器、存储、平台软件和联网网关的日常巡检、故障处理、补丁更新及配置备份。
（二）前端巡检维护：每学期对全部前端设备全面巡检两次，进行清洁、角度调整、时间校准和故障维修。
（三）备品备件：单价5,000元以下的部件由乙方包干提供，单价5,000元以上的部件经甲方确认后另行采购。
（四）驻场服务：乙方派1名工程师在县教育局监控中心驻场，工作日7:30至18:00值守。
（五）重点保障：中考、高考考点及开学、重大节假日期间，乙方提供现场保障。

第五条 服务费用。本合同总价为人民币陆拾肆万捌仟元整（¥648,000），为固定总价，含人工、交通、备件、税费等全部费用。分项如下：
（一）平台运维：¥156,000；
（二）前端巡检维护：3,240路×¥90＝¥291,600；
（三）备品备件包干：¥128,400；
（四）驻场服务：¥72,000。

第六条 付款方式。本合同不设预付款。服务费按季度支付，每季度¥162,000。每季度结束后，甲方按附件《运维考核表》完成考核，并在收到乙方发票后15个工作日内支付当季服务费（扣除第九条所列扣款）。

第七条 人员要求。乙方应组建不少于6人的运维团队，其中项目负责人须具有三年以上安防系统运维经验，驻场工程师须持有相关职业技能证书。乙方更换项目负责人或驻场工程师的，应提前7日书面告知甲方，且新人员资质不得低于原人员。乙方人员进入校园须佩戴工作证、遵守学校作息和安全管理规定，不得在上课时间进行高噪声作业。

第三章 服务标准与考核

第八条 故障分级与响应。
（一）一级故障：平台整体瘫痪、单所学校出入口及周界监控全部离线、一键报警装置失效。乙方应在接到报修后6小时内响应并派员到达现场，24小时内修复。
（二）二级故障：单路或少量前端设备离线、录像缺失。乙方应在48小时内修复。
（三）三级故障：画面模糊、时间不同步等一般问题，乙方应在5个工作日内处理。

第九条 考核与扣款。甲方每季度依据《运维考核表》对乙方考核。一级故障每超时1小时，扣款¥300；二级故障每超时一日，每路扣款¥100；季度考核得分低于80分的，另扣当季服务费的5%。

第十条 运维报告。乙方应在每月5日前提交上月运维报告，每学期巡检结束后10日内提交巡检报告，内容包括故障工单、处理结果、设备台账变更和隐患整改建议。

第十一条 验收。甲方按季度考核，并在服务期满后组织年度验收。验收标准为：巡检覆盖全部点位；故障工单全部闭环；平台录像保存时间不少于30天；月度报告和巡检报告齐全；季度考核平均得分不低于85分。年度验收不合格的，甲方有权扣留第四季度服务费的10%直至整改完成。

第四章 数据安全与保密

第十二条 校园视频图像、人脸抓拍数据以及学生和教职工个人信息均属甲方所有。乙方仅可为运维目的接触上述数据，不得下载、拷贝、截屏或以任何方式对外提供。

第十三条 乙方运维人员须经公安机关无犯罪记录审查并签署保密承诺书。远程运维须事先经甲方审批，通过甲方指定的安全通道进行并留存日志。乙方应按照网络安全等级保护第二级的要求协助甲方开展安全管理。发生数据泄露或系统被入侵等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十四条 乙方对履约中知悉的学校布防信息、平台账号密码及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

第五章 委托服务

第十五条 乙方可将乡镇学校及村小的前端巡检和故障维修委托当地具备安防工程资质的服务商实施，但应在委托前书面告知甲方服务商名称和人员名单。乙方对受托方的服务质量和保密义务承担全部责任。

第六章 知识产权

第十六条 乙方在服务期内形成的运维文档、设备资产台账、平台配置和巡检记录归甲方所有，乙方应在服务期满时完整移交。

第七章 甲方义务

第十七条 甲方应向乙方提供设备清单、网络拓扑和平台管理账号，协调各学校为乙方巡检和维修提供必要的进出便利和电力条件，并指定专人负责工单确认和季度考核。甲方应按约定及时支付服务费。

第十八条 服务期满或合同解除时，乙方应在10日内向甲方移交全部运维资料、账号密码和剩余备件，配合下一服务商完成交接，并注销本方人员的全部访问权限。交接完成前，乙方应继续保障一级故障的响应。

第八章 违约责任与合同解除

第十九条 乙方未按约定日期进场开展服务，或未按期提交运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第二十条 乙方连续两个季度考核不合格，或因乙方原因发生数据泄露事件的，甲方有权解除合同，并要求乙方赔偿损失。乙方其他严重违约经甲方书面通知后10日内未纠正的，甲方亦有权解除合同。

第二十一条 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

第九章 法律适用与争议解决

第二十二条 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向清澜县人民法院提起诉讼。

第十章 附则

第二十三条 因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任；但乙方仍应尽力采取措施保障校园安防监控的基本运行。

第二十四条 本合同一式五份，甲方执三份，乙方执一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：清澜县教育局　　　　　　乙方（盖章）：怀远恒安智能科技有限公司
日期：2025年8月　日　　　　　　　　　　日期：2025年8月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h206z05 — 核桃加工企业 WMS 永久许可 + 定制开发, supplier's own template, .md, ### 第X条 + X.Y
# ---------------------------------------------------------------------------------------------------------------
H206Z05 = """
# 仓擎WMS软件销售及实施合同

（深圳仓擎软件有限公司标准合同文本 V4.0）

合同编号：CQ-XS-2025-0718

**甲方（客户）**：大理苍岭核桃食品有限公司

**乙方（供应商）**：深圳仓擎软件有限公司

甲方因核桃收购、加工及成品仓储管理需要，向乙方购买"仓擎WMS"仓储管理软件并委托乙方进行定制开发和实施。经双方协商一致，签订本合同。

### 第一条 合同标的

1.1 乙方向甲方提供"仓擎WMS V8"仓储管理软件永久使用许可一套（含RF手持作业、波次拣货、批次及保质期管理模块，用户数不限，限甲方大理厂区使用）。

1.2 乙方根据甲方业务完成以下定制开发：青皮核桃收购入库、脱皮烘干、分级、破壳取仁至包装入库的全流程批次追溯；烘干房及分级机工序数据采集对接；与甲方金蝶ERP、天猫及抖音电商平台订单的接口；按保质期和先进先出原则的出库策略。

1.3 乙方提供系统部署、参数配置、基础数据导入、上线支持及操作培训。

### 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS V8软件永久许可 | 460,000 |
| 2 | 定制开发 | 385,000 |
| 3 | 实施服务 | 126,000 |
| 4 | 培训服务 | 19,000 |
| | 合计 | 990,000 |

合同总金额为人民币玖拾玖万元整（¥990,000），含6%增值税。

### 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总金额的65%，即¥643,500。乙方收到该笔款项后启动项目。

3.2 系统上线后10个工作日内，甲方向乙方支付合同总金额的35%，即¥346,500。

3.3 乙方在收到款项后开具增值税发票。甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付滞纳金。

### 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划实施周期为90日，具体以乙方项目经理提交的实施计划为准。

4.2 甲方应按时确认需求，提供基础数据、服务器环境和配合人员。因甲方原因导致实施延期的，工期相应顺延，乙方不承担责任。

4.3 系统部署完成并切换至正式运行（以下简称"上线"）后，即视为甲方验收合格。甲方在上线后发现的问题，按本合同第六条的维护服务处理。

4.4 乙方应在上线前向甲方交付系统安装部署文档、用户操作手册和管理员手册，并为甲方仓库管理人员、叉车及手持终端操作员、系统管理员分别提供培训，培训总计不超过6个工作日。超出部分按乙方人天单价另行收费。

4.5 甲方应为系统运行提供符合乙方配置要求的服务器、数据库、网络及RF手持终端，相关软硬件由甲方自行采购。因甲方环境不符合要求导致系统运行异常的，乙方不承担责任。

### 第五条 知识产权

5.1 仓擎WMS软件及其全部升级版本的知识产权归乙方所有。

5.2 乙方为本项目完成的定制开发成果，包括批次追溯模块、工序数据采集程序、接口程序及相关源代码和文档，知识产权亦归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，也不得转让或许可他人使用。

5.3 乙方可将本项目的定制开发成果用于其他客户项目或纳入其标准产品。

### 第六条 免费维护期与维护服务

6.1 乙方自上线之日起提供三个月的免费维护服务，内容为软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护服务协议，维护费按乙方当年度公布的服务价格标准收取。

6.3 问题响应：紧急问题（系统无法登录、无法办理出入库）乙方在接到甲方报修后10小时内响应；一般问题在3个工作日内响应。

6.4 前款所列时间为乙方的服务目标。乙方未能在上述时间内响应或解决问题的，不承担违约责任或赔偿责任。

### 第七条 甲方数据

7.1 甲方在系统中录入和产生的收购、库存、订单和客户数据归甲方所有。乙方仅在提供实施和维护服务时访问甲方数据，不得用于其他目的。

7.2 乙方远程维护时应遵守甲方的网络安全管理制度，采取必要的技术措施防止甲方数据泄露或丢失。发生数据安全事件的，乙方应及时通知甲方；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，赔偿金额受第九条限制。

### 第八条 保密

8.1 双方对在合同履行中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。

8.2 本条保密义务自合同生效之日起至合同终止后两年内有效。

### 第九条 违约责任

9.1 因乙方原因导致系统上线延期的，每延期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。

9.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过甲方已向乙方支付的软件许可费金额。

9.3 在任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

### 第十条 合作伙伴

10.1 乙方有权将本合同项下的部分开发、实施工作交由其授权合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作成果负责。

### 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除的，甲方已支付的软件许可费不予退还；已完成的开发和实施工作，甲方应按实际工作量付费。

11.3 合同解除后，双方应在15日内完成已交付资料的清点；甲方应停止使用未付款部分的定制功能。

### 第十二条 不可抗力

因地震、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。

### 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地（深圳市南山区）人民法院提起诉讼。

### 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同附件《定制开发需求说明》《实施计划》与本合同具有同等效力。需求说明未列明的功能，不属于本合同的开发范围；甲方提出的需求变更，双方按乙方人天单价另行计费。

14.3 本合同未尽事宜，由双方协商解决。

甲方（盖章）：大理苍岭核桃食品有限公司　　　　乙方（盖章）：深圳仓擎软件有限公司

授权代表：__________　　　　　　　　　　　　　授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# h206e01 — Yangjiang kitchen-knife maker: forging-simulation perpetual licence + configuration + support; Dutch
# vendor (Ruigeplaat), Dutch house style; .docx with Word price and severity tables; "Article N" + N.M
# ---------------------------------------------------------------------------------------------------------------
H206E01 = """
T:Licence, Configuration and Support Agreement — ForgeSim Pro
P:Agreement number: SMW-CN-2025-014
P:THE UNDERSIGNED:
P:1. Smeedwerk Simulatie B.V., a private company with limited liability incorporated under the laws of the Netherlands, having its registered office at Ruigeplaat 3, Haringvliet, the Netherlands, registered with the Netherlands Chamber of Commerce (KvK) under number 70451286, duly represented by its managing director, Mr J. van der Meulen, hereinafter "the Supplier";
P:2. Yangjiang Hongren Cutlery Co., Ltd., a company incorporated in the People's Republic of China, having its registered office in Yangdong District, Yangjiang, Guangdong Province, duly represented by its legal representative, Ms Chen Liyan, hereinafter "the Client";
P:hereinafter jointly referred to as "the Parties" and each as "a Party".
P:WHEREAS:
P:A. the Supplier develops and licenses ForgeSim, software for the simulation of hot and warm forging, heat treatment and die wear;
P:B. the Client manufactures kitchen knives and cleavers from martensitic stainless steels and wishes to simulate its drop-forging and hammer-forging processes in order to reduce flash, folds, scrap and die wear;
P:C. at the Client's request all prices in this Agreement are stated and payable in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Article 1 Definitions
P:1.1 "Licensed Software" means ForgeSim Pro with the Heat Treatment module and the Die Wear module, in object code, including documentation and all updates and upgrades released during the Warranty Period and any paid support period.
P:1.2 "Configuration Deliverables" means all material cards, press and hammer models, die libraries, process templates, macros, report templates and other work product created by the Supplier specifically for the Client under this Agreement.
P:1.3 "Client Data" means drawings, die designs, process parameters, measurement results, simulation models and results and any other data of the Client processed in connection with this Agreement.
P:1.4 "Acceptance Certificate" means the certificate signed by the Client under Article 7.3. "Business Day" means a day on which banks are generally open in Yangjiang.
H:Article 2 Subject of the Agreement
P:2.1 The Supplier grants the licence described in Article 3, installs the Licensed Software, performs the configuration, validation and training described in Annex 1, and provides warranty and support in accordance with Articles 8 to 10.
P:2.2 Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan) form part of this Agreement. In case of conflict the articles of this Agreement prevail over the Annexes.
H:Article 3 Licence
P:3.1 The Supplier grants the Client a perpetual, non-exclusive and non-transferable licence to use the Licensed Software for four concurrent users on servers and workstations at the Client's premises in Yangjiang.
P:3.2 The Client may make copies for back-up and testing purposes.
H:Article 4 Prices
P:4.1 The total price for all deliverables under this Agreement (the "Contract Price") is CNY 1,770,000, inclusive of all taxes, travel costs and expenses, broken down as follows:
TB:Item|Description|Price (CNY)
TB:1|ForgeSim Pro perpetual licence, four concurrent users|968,000
TB:2|Heat Treatment and Quench module, perpetual licence|236,000
TB:3|Die Wear module, perpetual licence|148,000
TB:|Licence Subtotal (items 1 to 3)|1,352,000
TB:4|Configuration: material cards for 5Cr15MoV, 7Cr17MoV and 3Cr13, press and hammer models, die library|284,000
TB:5|Validation against three reference forgings|96,000
TB:6|Training of engineers and key users (eight days on site)|38,000
TB:|Contract Price|1,770,000
P:4.2 The prices are fixed for the duration of the Agreement and are not subject to indexation.
H:Article 5 Payment
P:5.1 The Contract Price is payable as follows: (a) 20% (CNY 354,000) within 30 days after signature of this Agreement and receipt of the Supplier's invoice; (b) 45% (CNY 796,500) within 30 days after installation of the Licensed Software, confirmed by an installation certificate, which does not constitute acceptance; (c) 35% (CNY 619,500) within 30 days after the date of the Acceptance Certificate.
P:5.2 All payments are made in CNY to the bank account stated on the Supplier's invoice. Each Party bears its own bank charges.
H:Article 6 Delivery, Installation and Configuration
P:6.1 The Supplier shall install the Licensed Software within 30 days after signature and complete configuration and validation within 120 days after signature, in accordance with the project plan in Annex 1.
P:6.2 The Supplier shall provide a project manager and a senior simulation engineer, who shall spend at least six weeks on site in Yangjiang during configuration and validation.
H:Article 7 Acceptance
P:7.1 After configuration the Supplier shall carry out the acceptance tests of Annex 2 in the presence of the Client. The Licensed Software and the Configuration Deliverables are accepted when: (a) for three reference parts (a 20 cm chef's knife blank, a cleaver blank and a bolster) the predicted flash line and fold positions deviate by no more than 2 mm from the trial forgings; (b) the predicted press load deviates by no more than 8% from the measured load; (c) the predicted hardness after quenching deviates by no more than 1.5 HRC from measured hardness at five agreed points; (d) the Die Wear module reproduces the wear pattern of the reference die; and (e) all Configuration Deliverables and documentation have been delivered.
P:7.2 If a test fails, the Supplier shall remedy the failure within 20 Business Days and repeat the test. If the repeated test also fails, the Client may dissolve the Agreement and claim repayment of all amounts paid.
P:7.3 The Client signs the Acceptance Certificate within ten Business Days after all criteria are met. Installation, productive use or payment shall not constitute acceptance.
H:Article 8 Warranty
P:8.1 The Supplier warrants that the Licensed Software and the Configuration Deliverables shall materially conform to the documentation and to Annex 1 for eighteen (18) months from the date of the Acceptance Certificate (the "Warranty Period").
P:8.2 During the Warranty Period the Supplier shall correct defects free of charge, provide all updates and upgrades and provide support at the service levels of Article 9.
H:Article 9 Support and Service Levels
P:9.1 Incidents are classified and handled as follows:
TB:Severity|Definition|Response time|Workaround or fix
TB:Severity 1|Solver or licence server down, no simulations possible|2 hours, at any time|1 Business Day
TB:Severity 2|A module or essential function unavailable|8 business hours|5 Business Days
TB:Severity 3|Minor defect or question|2 Business Days|Next update
P:9.2 If the Supplier misses a response time, the Client shall receive a service credit of CNY 1,000 for each full hour of delay for Severity 1 and CNY 500 for each Business Day of delay for Severity 2. Service credits are deducted from the next payment due to the Supplier or, if none is due, paid by the Supplier within 30 days.
H:Article 10 Support after the Warranty Period
P:10.1 After the Warranty Period the Client may order annual support, which includes updates, upgrades and the service levels of Article 9.
P:10.2 The annual support fee is 11% of the Licence Subtotal, i.e. CNY 148,720 per year, fixed for the first three support years. Thereafter any change requires a written agreement and may not exceed 3% per year.
P:10.3 Support is ordered by the Client year by year by purchase order. It is not renewed automatically.
H:Article 11 Client Data and Information Security
P:11.1 Client Data remains the property of the Client. The Supplier shall use Client Data solely for the performance of this Agreement and shall not copy Client Data outside the Client's systems.
P:11.2 The Licensed Software runs on the Client's own servers. Remote access by the Supplier takes place only through the Client's VPN, after approval by the Client for each session, and is logged. The Supplier complies with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and the Client's security policies.
P:11.3 The Supplier shall notify the Client of any security incident affecting Client Data within 12 hours after becoming aware of it, cooperate in its investigation and bear all losses and costs caused by its breach of this Article.
H:Article 12 Intellectual Property
P:12.1 All intellectual property rights in the Licensed Software remain with the Supplier.
P:12.2 All intellectual property rights in the Configuration Deliverables vest in the Client upon creation. The Client may use, modify, copy and license them freely. The Supplier retains its general know-how.
H:Article 13 Confidentiality
P:13.1 Each Party shall keep secret all confidential information of the other Party, including Client Data, prices and technical information, and use it only for this Agreement, during the Agreement and five years thereafter.
H:Article 14 Delay and Liability
P:14.1 If installation or acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay the Client a penalty of 0.07% of the Contract Price for each day of delay, up to a maximum of 7% of the Contract Price, without prejudice to the Client's right to dissolve the Agreement.
P:14.2 The total liability of the Supplier under this Agreement is limited to 150% of the Contract Price. This limitation does not apply to damage caused by intent or deliberate recklessness, to personal injury or to breach of Articles 11 and 13.
H:Article 15 Subcontracting
P:15.1 The Supplier shall not subcontract any part of its obligations without the Client's prior written consent and remains fully responsible for approved subcontractors.
H:Article 16 Termination
P:16.1 If a Party fails to perform a material obligation and does not remedy the failure within 30 days after a written notice of default, the other Party may dissolve this Agreement in whole or in part by written notice.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:17.2 All disputes arising out of or in connection with this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Netherlands Arbitration Institute (NAI). The tribunal shall consist of three arbitrators, the seat of arbitration shall be Rotterdam and the proceedings shall be conducted in English.
H:Article 18 Miscellaneous
P:18.1 This Agreement contains the entire agreement of the Parties. General terms and conditions of either Party, including the NLdigital Terms, are expressly excluded.
P:Thus agreed and signed in duplicate.
P:For the Supplier: ____________________    For the Client: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h206e02 — Xishuangbanna rainforest zip-line park: ticketing SaaS, Order Form + General Terms; German vendor
# (Kaninchenwerder, Berlin), German house style with "§ N (1)"; .pdf (wrap_words=True)
# ---------------------------------------------------------------------------------------------------------------
H206E02 = """
T:Order Form No. KW-2025-0311 — KW TicketCloud
P:Provider: Kassenwerk Ticketing GmbH, Kaninchenwerder 2, 14109 Berlin, Germany. Commercial register: Local Court (Amtsgericht) Charlottenburg, HRB 214877 B. Managing directors: Dr. Katrin Vogel, Jonas Albrecht.
P:Customer: Xishuangbanna Canopy Trails Tourism Development Co., Ltd., Jinghong, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province, People's Republic of China, represented by its legal representative, Mr Yan Zhiwei.
H:1. Subscribed Services
P:KW TicketCloud, provided as software-as-a-service, for the Customer's rainforest zip-line park: online shop and WeChat mini-program; time-slot booking for nine zip lines and two canopy walks; rider check (weight and height limits, electronic safety declaration signed before each ride); six point-of-sale stations; access control for eight turnstiles; channel manager for online travel agencies; reporting and daily settlement reconciliation.
H:2. Fees
P:Subscription Fee: CNY 26,500 per month for a term of 36 months, CNY 954,000 in total.
P:Setup and integration (turnstiles, WeChat Pay, Alipay, three online travel agencies), one-time: CNY 138,000.
P:On-site training in Jinghong (five days), one-time: CNY 24,000.
P:Total Contract Value: CNY 1,116,000. All fees are in CNY at the Customer's request and include applicable taxes.
H:3. Term and Go-Live
P:Initial Term: 36 months from the Go-Live Date (date of the acceptance protocol under § 4 (2) of the General Terms). Target Go-Live Date: 75 days after signature of this Order Form. Renewal: in accordance with § 3 of the General Terms.
H:4. Hosting and Subcontractors
P:The platform for the Customer is hosted by Alibaba Cloud in mainland China (Shanghai region). Alibaba Cloud is an approved subcontractor within the meaning of § 12 of the General Terms.
H:5. Contract Documents
P:This Order Form and the General Terms and Conditions of Kassenwerk Ticketing GmbH (version 2025-03) printed below form the contract. The Order Form prevails in case of conflict.
P:Berlin / Jinghong, date: __________
P:Kassenwerk Ticketing GmbH: ____________________    Customer: ____________________
T:General Terms and Conditions of Kassenwerk Ticketing GmbH (version 2025-03)
H:§ 1 Scope
P:(1) These General Terms apply to all subscriptions of KW TicketCloud and related services ordered by an Order Form.
P:(2) General terms and conditions of the Customer do not apply, even if Provider does not expressly object to them.
H:§ 2 Services
P:(1) Provider makes the platform available to the Customer as software-as-a-service over the internet for the Initial Term and any renewal period, with the functions described in the Order Form and the service description.
P:(2) Provider may further develop the platform, provided that the functions described in the Order Form are not materially reduced.
P:(3) Provider provides setup, integration and training as described in the Order Form.
H:§ 3 Term and Renewal
P:(1) The contract begins with signature of the Order Form. The Initial Term is stated in the Order Form.
P:(2) After the Initial Term the contract renews automatically for successive periods of one year unless terminated by either Party with three months' notice to the end of the Initial Term or of the respective renewal period.
P:(3) Provider may adjust the Subscription Fee with effect from the start of each renewal period by written notice given at least three months before that date. The adjustment shall not exceed 8% per renewal period.
H:§ 4 Setup and Go-Live Acceptance
P:(1) Provider performs setup and integration according to the project plan agreed at the kick-off meeting.
P:(2) Go-Live acceptance requires that: (a) the platform has run in trial mode for seven consecutive operating days; (b) each turnstile admits at least six visitors per minute with valid tickets; (c) the rider check blocks every booking outside the weight and height limits set by the Customer; (d) all sales channels reconcile to the fen with the WeChat Pay and Alipay settlement files for the trial period; and (e) the agreed reports are available. The Parties record the result in a signed acceptance protocol.
P:(3) Live use of the platform before the acceptance protocol is signed does not constitute acceptance.
P:(4) If the Go-Live Date is delayed for reasons for which Provider is responsible, Provider shall pay a contractual penalty of CNY 900 for each calendar day of delay, limited to 5% of the Total Contract Value. Further damages remain unaffected; the penalty is credited against them.
H:§ 5 Fees and Payment
P:(1) The Subscription Fee is invoiced monthly in arrears. Setup and training fees are invoiced after the acceptance protocol has been signed. Invoices are payable within 30 days.
P:(2) No amount is payable before the Go-Live Date.
H:§ 6 Availability and Support
P:(1) Provider ensures a monthly availability of the booking, sales and access-control functions of 99.95%, measured at the platform interfaces. Scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 06:00 China time is not counted as downtime.
P:(2) Provider responds to Priority 1 incidents (sales or access control unavailable at the park) within 30 minutes, at any time of day; to Priority 2 incidents (a single channel or function unavailable) within 2 hours; and to Priority 3 incidents on the next business day.
P:(3) If the availability commitment is missed, the Customer receives a service credit of 5% of the monthly Subscription Fee; below 99.7%, 10%; below 99.0%, 20%. For each begun hour by which a Priority 1 response is late, the Customer receives a further credit of CNY 1,000. Credits are set off against the next invoice.
H:§ 7 Customer Data, Data Protection and Security
P:(1) All data entered into or generated by the platform for the Customer, including bookings, visitor personal data, rider weights, safety declarations and payment records ("Customer Data"), belong to the Customer. Provider processes Customer Data solely on the Customer's instructions and only to provide the services, and does not use it for any other purpose, including aggregated or anonymised statistics.
P:(2) Customer Data is stored and processed only in mainland China. Provider maintains an MLPS level 3 filing for the platform, encrypts Customer Data in transit and at rest, restricts access on a need-to-know basis, logs all administrative access and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:(3) Provider notifies the Customer of any security incident affecting Customer Data without undue delay and in any case within 8 hours, supports the Customer in its notifications to authorities and data subjects, and bears all damages and costs caused by its breach of this § 7. § 9 (3) does not apply to such damages.
P:(4) At the end of the contract Provider hands over all Customer Data in CSV format within 30 days and then deletes it.
H:§ 8 Rights of Use
P:(1) All rights in the platform remain with Provider. The Customer receives a non-exclusive right to use the platform for the term of the contract.
P:(2) Customer-specific configurations, turnstile integration scripts, ticket and report templates and other work results created for the Customer belong to the Customer, who may use, modify and license them to third parties without restriction.
H:§ 9 Liability
P:(1) Provider is liable without limitation for intent and gross negligence, for injury to life, body or health and under mandatory product liability law.
P:(2) In cases of slight negligence Provider is liable only for the breach of an essential contractual obligation (cardinal obligation), that is an obligation whose fulfilment makes the proper performance of the contract possible in the first place and on whose observance the Customer may regularly rely, and only for the foreseeable damage typical for the contract.
P:(3) In the cases of paragraph (2), the total liability of Provider is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.
H:§ 10 Confidentiality
P:(1) Each Party shall keep confidential all business and technical information of the other Party that is marked confidential or is confidential by its nature, and use it only for the purposes of the contract.
P:(2) This obligation continues for three years after the end of the contract.
H:§ 11 Termination
P:(1) Ordinary termination is governed by § 3.
P:(2) The right of each Party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if Provider commits a material breach of contract and does not remedy it within 14 days after a written warning, or if the monthly availability falls below 99.0% in two consecutive months.
P:(3) Notices of termination must be given in writing.
H:§ 12 Subcontractors
P:Provider may engage subcontractors only with the Customer's prior written consent. Provider remains responsible for its subcontractors as for its own performance.
H:§ 13 Force Majeure
P:Neither Party is liable for failures caused by events beyond its reasonable control, such as natural disasters, epidemics, war or official orders, for the duration of the event. Failures of Provider's own subcontractors are not force majeure.
H:§ 14 Final Provisions
P:(1) The contract is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:(2) Exclusive place of jurisdiction for all disputes arising out of or in connection with the contract is Berlin, Germany.
P:(3) Amendments and supplements must be made in writing. This also applies to any waiver of the written form requirement.
P:(4) Should any provision of these General Terms be or become invalid, the validity of the remaining provisions shall not be affected.
"""

# ---------------------------------------------------------------------------------------------------------------
# h206e03 — Putian eel farm: dissolved-oxygen sensors + post-warranty maintenance; Spanish integrator (Islas Cíes),
# buyer's paper in a Spanish layout (appearing parties, recitals I–IV, "Clause N"); .txt
# ---------------------------------------------------------------------------------------------------------------
H206E03 = """
SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
DISSOLVED-OXYGEN MONITORING AND AERATION CONTROL SYSTEM

Contract No. PTHJ-EQ-2025-027

In Putian, on ____ 2025

APPEARING

On the one part, PUTIAN HANJIANG EEL AQUACULTURE CO., LTD., a company incorporated in the People's Republic of China, with registered office in Hanjiang District, Putian, Fujian Province, represented by its general manager, Mr Lin Wenhai (hereinafter, "the Buyer").

On the other part, ACUISENSOR ATLÁNTICA, S.L., a Spanish limited company with registered office at Illa de Monteagudo, Islas Cíes, Vigo (Pontevedra), Spain, tax identification number B-36728145, represented by its sole director, Ms Lucía Otero Piñeiro (hereinafter, "the Supplier").

Both parties acknowledge each other's legal capacity to enter into this contract and, to that end,

STATE

I. That the Buyer operates indoor recirculating tanks and outdoor ponds for the culture of Japanese and American eels in Hanjiang District, Putian, and needs continuous measurement of dissolved oxygen, because an oxygen failure at night can cause the loss of an entire tank within hours.

II. That the Supplier designs, supplies and integrates optical dissolved-oxygen probes, data loggers and aeration controls for aquaculture, and has a local installation and service partner in Fujian.

III. That this contract has been prepared by the Buyer on its standard form and that, at the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).

IV. That the parties therefore agree to formalise this contract, subject to the following

CLAUSES

Clause 1. Object

1.1 The Supplier shall supply, deliver, install, calibrate and commission a dissolved-oxygen monitoring and aeration control system for 96 culture tanks and ponds, integrate it with the Buyer's existing aerators and liquid-oxygen cones, and train the Buyer's staff.

1.2 The equipment shall be new, of current production and conform to the technical specification in Annex 1.

Clause 2. Price

2.1 The total price of this contract (the "Contract Price") is CNY 1,380,000, inclusive of all taxes, import duties, transport, insurance, installation and training, as follows:

  Item 1  Optical dissolved-oxygen probes with temperature compensation, 96 units x CNY 6,800     CNY   652,800
  Item 2  Wireless data loggers and gateways, 24 units x CNY 9,200                                CNY   220,800
  Item 3  Aeration control panels with relays, 24 units x CNY 7,500                              CNY   180,000
  Item 4  Farm monitoring software, perpetual licence for one site                                 CNY   168,000
          Equipment and Licence Subtotal (Items 1 to 4)                                            CNY 1,221,600
  Item 5  Installation, calibration, integration with aerators and alarm calls/SMS                 CNY   142,400
  Item 6  Training of farm technicians and night-shift staff                                       CNY    16,000
          Contract Price                                                                           CNY 1,380,000

2.2 The Contract Price is fixed and shall not be revised.

Clause 3. Payment

3.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 138,000) as an advance within 15 days after signature, against a bank guarantee of the same amount; (b) 55% (CNY 759,000) after delivery and installation of all equipment, confirmed by an installation certificate, which is not acceptance; and (c) the remaining 35% (CNY 483,000) within 20 days after the Final Acceptance Certificate.

3.2 Each payment is made against a valid VAT invoice (fapiao) issued by the Supplier or its Chinese subsidiary named in Annex 3.

Clause 4. Delivery and installation

4.1 The equipment shall be delivered DDP the Buyer's farm in Hanjiang District, Putian (Incoterms 2020) within 60 days after signature. The Supplier bears all import formalities and duties.

4.2 Installation shall be completed within 25 days after delivery. Works in the culture halls shall be coordinated with the Buyer's farm manager so as not to disturb the fish, and no work shall interrupt aeration.

Clause 5. Acceptance

5.1 After installation, the system shall operate for 30 consecutive days before final acceptance. The system is accepted when: (a) on at least 10 randomly selected probes, readings deviate by no more than 0.2 mg/L from reference measurements made by the Winkler method; (b) a simulated low-oxygen event on each control panel starts the assigned aerators within 60 seconds and sends alarm calls and SMS to the duty staff; (c) no reading gaps longer than ten minutes occur on any logger during the last seven days; and (d) all documentation, calibration certificates and configuration files have been delivered.

5.2 When all criteria are met, the parties sign the Final Acceptance Certificate. Delivery, installation, productive use or any payment shall not be deemed acceptance.

5.3 If the system fails acceptance, the Supplier shall remedy the defects within 15 days and the test shall be repeated. If it fails a second time, the Buyer may terminate this contract and recover all amounts paid.

Clause 6. Warranty

6.1 The Supplier warrants the equipment and software for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective item free of charge, including the replacement of each probe's sensing cap once.

6.2 Repaired or replaced items carry a new warranty of the same length, but not beyond 36 months from final acceptance.

Clause 7. Maintenance after the warranty

7.1 After the warranty, the Supplier shall provide maintenance (two preventive visits per year, recalibration of all probes, software updates, replacement of defective parts and the service levels of Clause 8) for an annual fee of 8.5% of the Equipment and Licence Subtotal, i.e. CNY 103,836 per year.

7.2 This fee is fixed for the first three maintenance years. Maintenance is ordered by the Buyer each year in writing and does not renew automatically.

Clause 8. Service levels

8.1 A critical fault is the loss of oxygen monitoring or aeration control for one or more tanks. The Supplier shall respond to a critical fault within 30 minutes, at any hour, by telephone or remote connection, and shall have a technician on site within 3 hours.

8.2 Other faults shall be responded to within 2 hours and fixed within two working days.

8.3 For each hour or part of an hour by which the Supplier exceeds a response or on-site time for a critical fault, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.

Clause 9. Data and security

9.1 All measurements, alarms, feeding and production records and other data generated by the system are the property of the Buyer. The Supplier may use them only to perform this contract and shall not disclose, sell or reuse them in any form.

9.2 The monitoring software is installed on the Buyer's server at the farm. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall comply with the Cybersecurity Law, Data Security Law and Personal Information Protection Law of the People's Republic of China.

9.3 The Supplier shall notify the Buyer of any data breach or unauthorised access within 12 hours, cooperate in remedying it and compensate the Buyer for all losses caused by the Supplier's breach of this Clause.

Clause 10. Intellectual property

10.1 The software remains the property of its owner and is licensed to the Buyer perpetually.

10.2 The alarm logic, control configurations, integration scripts and reports prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them freely.

Clause 11. Confidentiality

The parties shall keep confidential all technical, commercial and production information received from the other party and shall not disclose it to third parties without prior written consent, during the contract and for five years thereafter.

Clause 12. Delay damages and liability

12.1 If the Supplier fails to meet the delivery or installation dates, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.

12.2 The Supplier's total liability under this contract shall not exceed 200% of the Contract Price, except in cases of wilful misconduct, gross negligence, personal injury or breach of Clauses 9 and 11.

Clause 13. Subcontracting

13.1 The installation and service partner named in Annex 3 is approved by the Buyer on signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.

Clause 14. Termination

14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not cure it within 15 days after written notice, or if the delay damages reach their maximum.

Clause 15. Governing law and disputes

15.1 This contract is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Putian Arbitration Commission for arbitration in Putian.

Clause 16. Buyer's obligations and force majeure

16.1 The Buyer shall provide electric power, network connection and safe access to the tanks and ponds, and shall appoint a farm contact person available at all times during installation and acceptance.

16.2 Neither party shall be liable for delay caused by typhoons, floods, epidemics or other events of force majeure, provided that it notifies the other party within three days and takes all reasonable steps to limit the consequences.

Clause 17. Miscellaneous

17.1 This contract is made in English with a Chinese translation for reference. In case of discrepancy, the English text prevails.

Annexes: Annex 1 Technical specification; Annex 2 Site plan; Annex 3 Local partner and Chinese subsidiary.

And in witness of their agreement, the parties sign this contract in duplicate, in the place and on the date first written above.

For the Buyer: ____________________          For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h206e04 — Hangzhou livestream e-commerce agency: managed IT + desktop support; Irish provider (Inishsirrer),
# Irish house style ("THIS AGREEMENT is dated", AGREED TERMS, "N. HEADING", Schedules); .md
# ---------------------------------------------------------------------------------------------------------------
H206E04 = """
# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**THIS AGREEMENT** is dated ____________ 2025

## PARTIES

(1) **TONN MANAGED SERVICES LIMITED**, a company incorporated in Ireland with company number 684213, whose registered office is at Inishsirrer, Gweedore, County Donegal, Ireland (**Provider**); and

(2) **HANGZHOU XINGBO LIVESTREAM E-COMMERCE CO., LTD.**, a company incorporated in the People's Republic of China, whose registered office is in Binjiang District, Hangzhou, Zhejiang Province (**Customer**).

## BACKGROUND

(A) Customer operates fourteen livestreaming studios and an office for about 180 staff in Hangzhou and sells consumer products through livestream e-commerce platforms, mostly in the evening and at night.

(B) Provider supplies managed IT, service desk and desktop support services, delivered in China through its wholly owned subsidiary.

(C) At Customer's request the Charges are stated and payable in Chinese yuan (CNY).

## AGREED TERMS

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: **Charges** means the charges set out in Schedule 1; **Customer Data** means all data, content and information of Customer or its staff, hosts and customers that Provider accesses in performing the Services; **Services** means the services described in clause 4; **Service Commencement Date** means the date on which Transition Acceptance is confirmed under clause 3.3; **Service Levels** means the levels set out in Schedule 2.

1.2 Clause and Schedule headings do not affect interpretation. The Schedules form part of this Agreement.

## 2. COMMENCEMENT AND TERM

2.1 This Agreement starts on the date of signature and continues for 24 months from the Service Commencement Date (the **Term**).

2.2 This Agreement expires at the end of the Term unless the parties agree in writing to extend it. There is no automatic renewal.

## 3. TRANSITION

3.1 Provider shall carry out the transition plan in Schedule 3 and shall use reasonable endeavours to complete Transition within 45 days after signature.

3.2 Transition is complete when: (a) the asset inventory of all 220 endpoints, studio encoders, streaming PCs and network devices has been reconciled with Customer's records; (b) every endpoint is enrolled in Provider's remote monitoring and management tool; (c) all administrator accounts have been handed over to named Customer personnel and shared passwords changed; (d) a full studio failover test has been carried out during a live rehearsal; and (e) the runbooks in Schedule 3 have been approved by Customer.

3.3 Customer shall confirm Transition Acceptance in writing within five business days after the criteria in clause 3.2 are met. Use of the Services before that date is not acceptance.

## 4. SERVICES

4.1 Provider shall provide: (a) a service desk in Chinese and English from 09:00 to 01:00 China time, seven days a week; (b) desktop and endpoint support for 220 endpoints, including patching, antivirus and software deployment; (c) on-site support for the fourteen livestreaming studios during live sessions; (d) administration of Customer's office network, Wi-Fi and firewalls; and (e) administration of Customer's DingTalk and Microsoft 365 tenants.

4.2 Backup and recovery of Customer Data is outside the scope of the Services unless ordered separately in writing.

4.3 The Services do not include the repair of hardware outside its manufacturer's warranty, the purchase of licences or equipment, or support for software that is no longer supported by its vendor. Provider shall quote for any such work on request, and Customer may obtain it from third parties.

## 5. SERVICE LEVELS

5.1 Provider shall aim to meet the Service Levels in Schedule 2 and shall report its performance against them at a monthly service review.

5.2 The Service Levels are targets. A failure to meet a Service Level shall not of itself be a breach of this Agreement, and no service credits, fee reductions or other compensation shall be payable in respect of it.

## 6. CHARGES AND PAYMENT

6.1 Customer shall pay the Charges in Schedule 1. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after Transition Acceptance.

6.2 No amount is payable in advance. Invoices are payable within 30 days after receipt of a valid VAT invoice (fapiao).

6.3 The Charges are fixed for the Term.

## 7. CUSTOMER OBLIGATIONS

7.1 Customer shall give Provider's personnel access to its premises and systems, appoint a service manager and inform Provider of planned livestream schedules at least one week in advance.

7.2 Customer shall ensure that its staff and hosts report incidents through the service desk and follow Provider's reasonable instructions on the use of endpoints and accounts.

7.3 Customer shall maintain valid licences for all software that Provider is asked to install or support.

7.4 Customer shall provide Provider's on-site engineers with a workspace, network access and a lockable storage cabinet for spare equipment in the studio building.

## 8. CUSTOMER DATA

8.1 Customer Data remains the property of Customer. Provider shall access and use Customer Data only to the extent necessary to perform the Services.

8.2 Customer remains solely responsible for the security, integrity and backup of Customer Data and of its systems. Provider gives no undertaking as to the security of Customer Data and shall have no liability for any loss, corruption or unauthorised disclosure of Customer Data, howsoever arising.

## 9. INTELLECTUAL PROPERTY

9.1 Provider's tools, software and pre-existing materials remain Provider's property.

9.2 Documentation, runbooks, scripts, configurations and reports created by Provider specifically for Customer under this Agreement belong to Customer on creation. Customer may use, modify, copy and license them freely.

## 10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's confidential information, including product launch plans, host contracts, sales figures and technical information, and shall not disclose it except to its employees and advisers who need to know it and are bound by equivalent obligations.

10.2 This clause survives termination for five years.

## 11. LIMITATION OF LIABILITY

11.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

11.2 Subject to clause 11.1, Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed 125% of the total Charges payable under this Agreement.

11.3 Neither party is liable for loss of profits, loss of sales or indirect or consequential loss.

## 12. PERSONNEL AND SUBCONTRACTING

12.1 On-site services are performed by Provider's wholly owned subsidiary, Tonn IT Services (Hangzhou) Co., Ltd., which Customer approves by signing this Agreement.

12.2 Provider shall not subcontract any other part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its subsidiary and any approved subcontractor.

## 13. TERMINATION

13.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach that is not remedied within 20 days after written notice requiring it to be remedied, or if the other party becomes insolvent.

13.2 On termination or expiry Provider shall provide reasonable exit assistance for up to 30 days, return all Customer materials and hand over all credentials.

13.3 Termination or expiry does not affect any rights or remedies that have accrued before it. Clauses 8, 9, 10, 11 and 15 survive termination or expiry.

## 14. FORCE MAJEURE

Neither party shall be in breach of this Agreement if it is prevented from performing by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effect.

## 15. GOVERNING LAW AND JURISDICTION

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 16. GENERAL

16.1 This Agreement constitutes the entire agreement between the parties. Any variation must be in writing and signed by both parties. This Agreement may be signed in counterparts.

16.2 Notices shall be in writing and sent by courier or email to the addresses of the service managers named in Schedule 3. A notice sent by email is deemed received on the next business day.

This Agreement has been entered into on the date stated at the beginning of it.

Signed by ____________ for and on behalf of TONN MANAGED SERVICES LIMITED

Signed by ____________ for and on behalf of HANGZHOU XINGBO LIVESTREAM E-COMMERCE CO., LTD.

## SCHEDULE 1 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Service desk and endpoint management | 220 endpoints x CNY 165 per month | 36,300 per month |
| Studio support | 14 studios x CNY 1,050 per month | 14,700 per month |
| Network and cloud tenant administration | fixed | 7,000 per month |
| **Monthly Service Charge** | | **58,000 per month** |
| Monthly Service Charges for the Term | 24 x CNY 58,000 | 1,392,000 |
| Transition Charge | one-time | 46,000 |
| **Total Charges** | | **1,438,000** |

## SCHEDULE 2 — SERVICE LEVELS

| Priority | Definition | Response | Target resolution |
|---|---|---|---|
| P1 | A live studio cannot stream, or company-wide outage of network or email | 30 minutes | 3 hours |
| P2 | A studio or a department degraded, workaround available | 1 hour | 8 hours |
| P3 | A single user affected | 1 business day | 3 business days |
| P4 | Requests and changes | 2 business days | as agreed |

## SCHEDULE 3 — TRANSITION PLAN AND RUNBOOKS

Discovery and inventory (weeks 1–2); tool deployment and enrolment (weeks 2–4); account hand-over and password changes (week 5); studio failover rehearsal and runbook approval (weeks 5–6).

Service managers: for Provider, Ms Aoife Gallagher; for Customer, Mr Zhou Pengfei.
"""

# ---------------------------------------------------------------------------------------------------------------
# h206e05 — Gansu apple exporter: plant-quarantine certificate API subscription + integration; Italian vendor
# (Isola della Certosa, Venice), Italian house style (premises, "Art. N (title)", "Read, confirmed and signed"); .txt
# ---------------------------------------------------------------------------------------------------------------
H206E05 = """
SUBSCRIPTION AND INTEGRATION AGREEMENT
FITOCERT PHYTO API

between

FITOCERT S.R.L., with registered office at Isola della Certosa, Venice (VE), Italy, VAT number IT04387120271, registered with the Companies Register of Venezia Rovigo, in the person of its legal representative pro tempore, Mr Marco Zanon (hereinafter "Fitocert" or the "Provider")

and

JINGNING LONGFENG APPLE EXPORT CO., LTD., with registered office in Jingning County, Pingliang, Gansu Province, People's Republic of China, in the person of its legal representative, Mr Ma Jianguo (hereinafter the "Customer")

(hereinafter jointly the "Parties" and each a "Party")

PREMISES

a) Fitocert operates Phyto API, a cloud service which checks the phytosanitary import requirements of destination countries, pre-validates the data of applications for plant quarantine certificates, and tracks electronic phytosanitary certificates (ePhyto) from application to arrival;

b) the Customer packs and exports fresh apples, mainly to Southeast Asia, South Asia and the Middle East, and applies for plant quarantine certificates for each consignment to the competent customs authority;

c) the Customer wishes to connect its orchard registry, packhouse system and ERP to Phyto API, so that consignment data are checked before application and certificate status is visible in its own systems;

d) at the Customer's request all fees are stated and paid in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
The premises and the annexes form an integral and substantial part of this Agreement. Annex A contains the technical description of Phyto API, Annex B the service levels and Annex C the integration plan.

Art. 2 (Definitions)
"Service" means access to Phyto API and its web console as described in Annex A. "Integration" means the connectors, data mappings and interfaces between Phyto API and the Customer's orchard registry, packhouse system and ERP, described in Annex C. "Customer Data" means consignment, orchard, packhouse, treatment and buyer data of the Customer processed through the Service. "Service Start Date" means the date of the Integration acceptance report under Art. 7.

Art. 3 (Object)
3.1 Fitocert grants the Customer access to the Service for the Customer's export business and performs the Integration.
3.2 The Service includes up to 60,000 API calls per subscription year, rule updates for the destination countries listed in Annex A within five working days after publication of a change, and a web console for eight named users.
3.3 Additional API calls, additional destination countries and additional users may be ordered in writing at the prices in Annex A; they are not part of the Total Fee.

Art. 4 (Duration)
4.1 The subscription has a minimum term of three years from the Service Start Date (the "Minimum Term").
4.2 The Agreement may be renewed after the Minimum Term only by written agreement of the Parties. It does not renew automatically.

Art. 5 (Fees)
5.1 The Customer shall pay:
- annual subscription fee: CNY 186,000 per year, i.e. CNY 558,000 for the Minimum Term;
- Integration fee, one-time: CNY 212,000;
for a total fee of CNY 770,000 (the "Total Fee"), inclusive of taxes.
5.2 The fees are fixed for the Minimum Term.

Art. 6 (Invoicing and payment)
6.1 The subscription fee is invoiced quarterly in arrears in instalments of CNY 46,500. The Integration fee is invoiced in full after the Integration acceptance report has been signed.
6.2 No advance payment is due. Invoices are payable within 30 days of receipt.

Art. 7 (Integration and acceptance)
7.1 Fitocert shall complete the Integration within 90 days from signature of this Agreement (the "Integration Date"), in accordance with Annex C.
7.2 The Integration is accepted when: a) test applications for the five destination countries listed in Annex C are validated by the Service with correct results for all prepared test cases, including cases with missing cold-treatment records and unregistered orchards; b) consignment data flow from the ERP to Phyto API and certificate status flows back without manual re-keying; c) twenty consecutive live consignments are processed without data errors attributable to the Integration; d) the documentation has been delivered.
7.3 The Parties sign an acceptance report when the criteria are met. Use of the Service in production before that date does not constitute acceptance.
7.4 Before acceptance Fitocert shall train the Customer's export documentation staff and IT staff, in two remote sessions and one session at the Customer's packhouse in Jingning.

Art. 8 (Service levels)
8.1 Fitocert guarantees a monthly availability of the Service of 99.95%, excluding maintenance announced three working days in advance and carried out on Sundays between 00:00 and 05:00 China time.
8.2 Priority 1 incidents (Service unavailable, or validation results clearly wrong for a destination country) receive a response within 1 hour at any time; Priority 2 incidents within 8 working hours.
8.3 If availability falls below the guaranteed level, the Customer receives a credit of 10% of the quarterly fee; below 99.0%, 25%. Each hour of delay in responding to a Priority 1 incident gives rise to a further credit of CNY 600. Credits are deducted from the next invoice.

Art. 9 (Intellectual property)
9.1 Phyto API, its rules database and its documentation are and remain the exclusive property of Fitocert.
9.2 The connectors, data mappings, interfaces and other software developed in the course of the Integration, including those developed specifically for the Customer, are likewise the exclusive property of Fitocert. The Customer receives a non-exclusive, non-transferable licence to use them for the duration of the subscription, and may not modify them or have them modified by third parties.
9.3 Fitocert shall indemnify the Customer against any claim by a third party that the Service or the Integration infringes that third party's intellectual property rights, provided that the Customer notifies Fitocert promptly of the claim.

Art. 10 (Customer Data and security)
10.1 Customer Data belongs to the Customer. Fitocert processes Customer Data only to provide the Service and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.
10.2 Customer Data is stored on servers located in mainland China. Fitocert maintains an MLPS level 3 filing for the Service, encrypts data in transit and at rest, restricts access to authorised personnel and keeps access logs for one year.
10.3 Fitocert shall notify the Customer of any security incident affecting Customer Data within 8 hours of becoming aware of it, take all necessary remedial measures and compensate the Customer for the damage caused by its breach of this article.

Art. 11 (Confidentiality)
Each Party shall keep confidential all information received from the other Party in connection with this Agreement, including prices, buyers, volumes and technical information, and shall use it only for the performance of this Agreement, during the Agreement and for three years after its end.

Art. 12 (Penalties and liability)
12.1 For each day of delay in completing the Integration after the Integration Date, for reasons attributable to Fitocert, Fitocert shall pay a penalty of 0.2 per mille (0.02%) of the Total Fee, up to a maximum of 2% of the Total Fee.
12.2 The total liability of Fitocert under this Agreement shall not exceed 150% of the Total Fee, except in cases of wilful misconduct or gross negligence.

Art. 13 (Subcontracting)
Fitocert may not subcontract the Service or the Integration, in whole or in part, without the prior written consent of the Customer.

Art. 14 (Obligations of the Customer)
14.1 The Customer shall provide the test data, interface specifications and access to its systems described in Annex C, and shall appoint a project contact with authority to take decisions.
14.2 The Customer remains responsible for the accuracy of the consignment data it enters and for submitting each application to the competent customs authority. The Service assists the Customer but does not replace the official inspection and certification.

Art. 15 (Force majeure)
Neither Party shall be liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of public authorities, provided that it promptly notifies the other Party. Outages of Fitocert's hosting provider are not force majeure.

Art. 16 (Withdrawal and termination)
16.1 The Customer may not withdraw from or terminate this Agreement before the end of the Minimum Term. In the event of any breach by Fitocert, the Customer's remedies are limited to the credits under Art. 8, the penalties under Art. 12.1 and damages within the limits of Art. 12.2.
16.2 Fitocert may terminate this Agreement by written notice if the Customer fails to pay any invoice within 60 days after its due date.

Art. 17 (Governing law and disputes)
17.1 This Agreement is governed by the laws of the People's Republic of China.
17.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English.

Art. 18 (Communications)
All communications under this Agreement shall be made in writing by e-mail or courier to the addresses of the Parties indicated above.

Art. 19 (Final provisions)
19.1 Any amendment to this Agreement shall be made in writing and signed by both Parties.
19.2 The invalidity of any clause shall not affect the validity of the other clauses.
19.3 This Agreement is drawn up in English in two originals, one for each Party.

Read, confirmed and signed.

Venice, ____________          Jingning, ____________

Fitocert S.r.l. ____________________          Jingning Longfeng Apple Export Co., Ltd. ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they stand (.txt / .md)
    "h206z03_pharmacy_chain_prescription_member_saas.md": H206Z03,
    "h206z04_county_education_campus_security_om.txt": H206Z04,
    "h206z05_walnut_processor_wms_supplier_template.md": H206Z05,
    "h206e03_eel_farm_dissolved_oxygen_sensors.txt": H206E03,
    "h206e04_livestream_agency_managed_it_support.md": H206E04,
    "h206e05_apple_exporter_phyto_certificate_api.txt": H206E05,
}
SOURCES = {"h206z01": H206Z01, "h206z02": H206Z02, "h206e01": H206E01, "h206e02": H206E02}
TARGETS = {"h206z01": ("h206z01_city_public_resource_trading_platform.docx", "docx"),
           "h206z02": ("h206z02_solar_wafer_microcrack_inspection_equipment.pdf", "pdf"),
           "h206e01": ("h206e01_knife_maker_forging_simulation_licence.docx", "docx"),
           "h206e02": ("h206e02_zipline_park_ticketing_saas_order_form.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
