"""holdout158: ten ORDINARY draft contracts (5 zh, 5 en) and their hand labels.

Sources of all ten texts are kept here. .txt/.md are written as they are; the two .docx and the two .pdf are built
with ../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True). The .json labels are written by the
last part of this file, which asserts every price and payment sum, computes the percentages with Python and re-applies
the policy rules (policy.md section 3 and 4) to each label's terms to check them against the planned rule list.
Run with /work/main/.venv/bin/python make_files.py.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- zh 01 (txt, 第X条 + 1.1)
H158Z01 = """西江省生态环境大数据平台建设项目
政府采购合同

合同编号：XJHB-CG-2025-0317
采购方式：公开招标（招标编号：XJZC2025-G0216）
甲方（采购人）：西江省生态环境厅
住所：西江省江州市滨江大道188号
乙方（供应商）：西江数智环境科技有限公司
住所：江州市高新区创新路66号
统一社会信用代码：91360100MA38K7QX2T

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分，与本合同具有同等效力；如有不一致，以本合同为准。

第一条 项目内容
1.1 乙方负责西江省生态环境大数据平台的建设，包括数据资源中心、生态环境监测数据汇聚、污染源“一张图”、移动执法应用、综合分析与可视化大屏五个子系统，以及所需软件平台许可、服务器、存储和安全设备的供货、安装、系统集成、数据治理与历史数据迁移、培训等全部工作。
1.2 详细功能、性能与技术要求以招标文件第五章《采购需求》及乙方投标响应为准（附件1）。平台部署于西江省政务云，网络安全等级保护定级为第三级。
1.3 乙方派驻的项目经理和技术负责人须为投标文件所列人员，未经甲方书面同意不得更换。

第二条 合同价格
2.1 本合同总价为人民币伍佰叁拾柒万捌仟元整（¥5,378,000.00），为固定总价，已包含设备及软件费、运输保险费、安装集成费、开发费、数据迁移费、培训费、质保期内服务费及全部税费，甲方不再支付其他任何费用。
2.2 分项价格如下：
（1）软件平台许可（数据中台、GIS引擎、可视化组件，永久许可）：¥1,860,000；
（2）硬件设备（服务器、分布式存储、安全网关及密码设备）：¥1,424,000；
（3）定制开发（监测数据汇聚、污染源一张图、移动执法应用、分析模型）：¥1,338,000；
（4）系统集成与部署：¥296,000；
（5）数据治理与历史数据迁移：¥412,000；
（6）培训：¥48,000。
以上第（1）、（2）项合计为“软硬件小计”，金额¥3,284,000。

第三条 付款方式
3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%，即¥1,075,600，作为预付款。
3.2 系统初验合格后10个工作日内，甲方支付合同总价的45%，即¥2,420,100。
3.3 系统最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥1,882,300。
3.4 乙方应在每期付款前向甲方开具等额合法的增值税发票；甲方付款以财政资金拨付程序为准，因财政支付流程产生的合理延迟不视为甲方违约。

第四条 实施进度
4.1 乙方应在合同签订后45日内完成硬件到货及安装，120日内完成全部子系统部署、数据迁移和联调，并提交初验申请。
4.2 初验合格后进入试运行，试运行期为三个月。
4.3 乙方应在合同签订后7日内提交实施方案和进度计划，经甲方确认后执行；每周报送项目周报。

第五条 验收
5.1 初验标准：（一）附件1所列功能逐项测试通过；（二）全省已建监测站点数据全部接入，按附件3抽样核对，数据差错条数为零；（三）500个并发用户下，常用查询页面响应时间不超过3秒；（四）通过具备资质的第三方机构等级保护测评和商用密码应用安全性评估；（五）技术文档、源代码和操作手册齐全。
5.2 最终验收标准：试运行期内未发生一级故障，二级故障均在规定时间内解决，初验遗留问题全部关闭。最终验收由甲方组织专家进行，出具书面验收报告。
5.3 验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。设备到货签收、系统上线试运行、甲方使用或支付任何款项，均不视为验收合格。

第六条 质量保证与售后服务
6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件缺陷修复和版本升级服务。
6.2 服务水平：平台月可用率不低于99.95%（经甲方批准的计划内维护除外）。故障分为三级：一级故障（平台整体不可用或核心数据无法汇聚）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（单个子系统不可用）1小时内响应，24小时内解决；三级故障（一般功能缺陷）在下一个维护窗口内修复。
6.3 乙方未达到第6.2条要求的，每迟延1小时扣减服务费¥2,000；月可用率每低于约定值0.01个百分点，扣减¥3,000。扣减金额从履约保证金或应付款项中抵扣。
6.4 质保期满后，甲方需要继续由乙方提供维保服务的，年度维保费不高于软硬件小计的7%，即每年不高于¥229,880，自质保期满起三年内不上调。维保服务须另行签订书面合同，本合同不自动续期。

第七条 知识产权
7.1 第2.2条第（3）项定制开发形成的软件、源代码、数据模型、接口程序及技术文档，其知识产权归甲方所有。乙方应在初验时交付完整源代码，甲方有权自行或委托第三方使用、修改、部署和再许可，无需另行付费。
7.2 软件平台许可（第2.2条第（1）项）的知识产权归原权利人所有，乙方保证甲方取得永久、不可撤销的使用许可。
7.3 乙方保证所交付的货物和软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。

第八条 数据安全
8.1 平台中的全部数据，包括监测数据、污染源信息、执法记录、企业信息及其衍生数据，均属于甲方。乙方仅为履行本合同处理上述数据，不得复制、留存、向任何第三方提供或用于其他目的。
8.2 乙方应按等级保护第三级要求落实安全措施：运维通过甲方堡垒机进行，实行最小权限和操作审计，数据加密传输和存储，测试使用甲方提供的脱敏数据，不得将数据带出政务云环境。
8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
8.4 合同终止时，乙方应移交全部数据和资料，并删除其持有的副本，出具书面确认。

第九条 保密
9.1 乙方对履行合同中知悉的甲方工作秘密、网络结构、账号口令、企业信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
9.2 保密义务不因合同终止而解除。乙方应与参与项目的人员签订保密承诺书。

第十条 违约责任
10.1 乙方逾期交付或逾期完成初验、最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期违约金累计达到合同总价的10%的，甲方有权解除合同。
10.2 乙方交付的货物或软件不符合合同约定的，应免费更换或修复；造成甲方损失的，应予赔偿。
10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

第十一条 分包与转包
本项目不允许分包。乙方不得将本合同全部或部分转包或分包给第三方。

第十二条 合同解除
12.1 有下列情形之一的，甲方有权书面通知解除合同：（一）乙方逾期超过45日；（二）验收连续两次不合格；（三）乙方严重违反第八条或第九条；（四）乙方有其他根本违约行为，经甲方书面通知后15日内仍未纠正。
12.2 合同解除后，乙方应退还已收取的相应款项，并赔偿甲方因此遭受的损失。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并在15日内提供证明，根据影响程度部分或全部免除责任。

第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 其他
15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
15.2 附件：1.采购需求及投标响应；2.设备及软件清单；3.数据接入核对表；4.项目人员名单。

甲方（盖章）：西江省生态环境厅　　　　乙方（盖章）：西江数智环境科技有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
日期：2025年　月　日　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- zh 02 (docx, 一、/（一）/1., Word price table)
H158Z02 = """T:铜箔表面缺陷在线检测系统采购及维保合同
P:合同编号：YTTB-SB-2025-086
P:甲方（买方）：赣川鑫源铜箔有限公司
P:地址：赣川市经济开发区铜源大道18号
P:乙方（卖方）：苏州明镜视觉科技有限公司
P:地址：苏州市工业园区星湖街328号
P:甲方为其三条电解铜箔生产线及分切线采购表面缺陷在线检测系统，经比价谈判，双方根据《中华人民共和国民法典》签订本合同。
H:一、合同标的
P:（一）乙方向甲方供应铜箔表面缺陷在线检测系统8套（生箔机3套、表面处理机3套、分切机2套），并负责安装、调试、缺陷模型训练、与甲方MES系统的接口开发及培训。
P:（二）系统应能在线检测针孔、划痕、褶皱、铜粉、氧化斑、暗纹等缺陷，最小检出尺寸0.2毫米，适用线速度不低于35米/分钟。
P:（三）设备清单及技术规格见附件1，乙方投标技术响应为附件2。
H:二、合同价格
P:（一）本合同总价为人民币壹佰玖拾叁万壹仟元整（¥1,931,000），含税，含运输、保险、安装、调试及质保期内服务。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|线阵相机及镜头|16套|38,500|616,000
TB:2|光源及控制器|16套|9,800|156,800
TB:3|检测工控机（含GPU）|8台|46,000|368,000
TB:4|缺陷检测软件许可（永久）|8套|52,000|416,000
TB:5|安装支架及编码器|8套|12,600|100,800
TB:|软硬件小计|||1,657,600
TB:6|安装调试及缺陷模型训练|1项|186,000|186,000
TB:7|与MES系统接口开发|1项|74,000|74,000
TB:8|操作及维护培训|1项|13,400|13,400
TB:|合同总价|||1,931,000
P:（二）上表第1至5项合计为“软硬件小计”，金额¥1,657,600。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即¥386,200，作为预付款。
P:（二）全部设备安装调试完成、乙方提交调试报告后10个工作日内，甲方支付合同总价的45%，即¥868,950。安装调试完成不视为验收合格。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥675,850。
P:（四）乙方应在每期付款前开具等额13%增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同签订后60日内将全部设备运抵甲方指定车间，并在到货后40日内完成安装调试。
P:（二）安装作业须遵守甲方车间安全、洁净和动火管理制度，停线安装窗口由甲方生产部门安排。
P:（三）设备到货时双方进行外观和数量清点，签署到货清单。到货清单仅证明数量，不构成质量验收。
P:（四）乙方现场施工人员应持有效电工、登高等特种作业证书，进入车间前接受甲方安全培训；施工产生的废弃物由乙方负责清运。
H:五、验收
P:（一）安装调试完成后进入连续试运行，试运行期为三十日，期间各产线正常生产。
P:（二）验收标准：
P:1. 以甲方提供的标准缺陷样卷进行检测，对0.2毫米及以上缺陷的漏检率不高于0.5%，误报率不高于2%；
P:2. 检测结果与MES系统的卷号、位置信息自动关联，缺陷图谱可按卷追溯；
P:3. 试运行期内单套系统累计停机时间不超过8小时，未发生一级故障；
P:4. 技术资料、操作手册、备件清单齐全。
P:（三）符合上述标准的，双方签署最终验收报告。不符合的，乙方应在15日内整改后重新验收，费用由乙方承担。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，免费提供软件升级和缺陷模型优化。
P:（二）服务水平：
P:1. 一级故障（检测系统停止工作，影响产线放行）：乙方接到报修后1小时内远程响应，10小时内到场，24小时内恢复；
P:2. 二级故障（部分工位或部分功能异常）：2小时内响应，48小时内解决；
P:3. 三级故障（一般问题和咨询）：1个工作日内答复。
P:（三）乙方未按上述时限响应、到场或恢复的，每迟延1小时向甲方支付¥500，从应付款项中扣除。
P:（四）质保期满后，乙方按年度提供维保服务，服务内容同本条第（二）项，年度维保费为软硬件小计的17.5%，即每年¥290,080，前三年固定不变；维保合同逐年签订。
P:（五）乙方应在甲方现场配置常用备件（相机、光源控制器、工控机硬盘各一套）。质保期内消耗的备件由乙方免费补齐；质保期满后甲方另行采购备件的，价格不高于本合同同类单价。
H:七、知识产权
P:（一）缺陷检测软件平台的知识产权归乙方所有，乙方授予甲方在上述8套设备上永久使用的许可。
P:（二）为甲方产品训练的缺陷模型、缺陷分类标准库、与MES的接口程序及其源代码归甲方所有，甲方有权自行修改和使用，也可交由第三方维护。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权。
H:八、数据安全
P:（一）系统采集的铜箔图像、缺陷数据和生产工艺参数属于甲方，乙方仅为履行本合同使用，不得复制、带离或用于其他客户和产品。
P:（二）乙方远程维护须经甲方每次审批，经甲方VPN接入并全程记录；现场人员使用的移动存储介质须经甲方检查。
P:（三）发生数据泄露或疑似泄露的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
H:九、保密
P:双方对在合同履行中获知的对方技术秘密、工艺参数、客户信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）乙方交付的设备不符合约定的，甲方有权要求更换、修复或退货。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但乙方故意或重大过失造成的损失除外。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得转包本合同。安装支架的现场焊接和吊装需委托第三方的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货超过40日，或验收两次不合格，或严重违反第八条、第九条的，甲方有权书面通知解除合同。
P:（二）一方有其他严重违约行为，经守约方书面通知后15日内未纠正的，守约方有权解除合同。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1.设备清单及技术规格；2.技术响应；3.标准缺陷样卷说明。
P:甲方（盖章）：赣川鑫源铜箔有限公司　　乙方（盖章）：苏州明镜视觉科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- zh 03 (md, Markdown headings + 1.1)
H158Z03 = """# 宠物美容门店预约与会员管理 SaaS 服务合同

合同编号：PW-SaaS-2025-0419

- **甲方（客户）**：成都萌宠之家宠物服务连锁有限公司，住所：成都市武侯区天府大道北段966号
- **乙方（服务商）**：杭州云爪信息技术有限公司，住所：杭州市滨江区江南大道3588号

甲方为其直营宠物美容门店采购预约排班、会员储值、收银和营销管理的在线服务，乙方以软件即服务（SaaS）方式提供。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》订立本合同。

## 1. 服务内容

1.1 乙方向甲方提供“云爪门店通”SaaS 服务，包括：在线预约与美容师排班、会员档案与宠物档案、储值卡与次卡、收银对账、营销活动（优惠券、拼团）、门店经营报表，以及甲方品牌的会员微信小程序。

1.2 服务开通门店数为86家，甲方可在服务期内按第3.3条增加门店。

1.3 乙方负责实施服务：系统参数配置、现有会员和储值余额数据迁移、小程序页面按甲方品牌定制、门店店长和美容师培训。

1.4 甲方应指定项目联系人，按乙方实施计划提供门店清单、原收银系统的数据导出文件和品牌视觉素材，并组织门店人员按时参加培训。

## 2. 服务期限与续期

2.1 服务期限为三年（36个月），自第4.3条上线验收合格之日起计算。

2.2 服务期满前60日内任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。每次续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一期单价的8%，乙方于续期前30日以邮件通知甲方即可。

## 3. 费用与支付

3.1 费用明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 86家 × 380元/店/月 × 36个月 | 1,176,480 |
| 会员小程序模块 | 4,600元/月 × 36个月 | 165,600 |
| 实施费（配置、数据迁移、定制、培训） | 一次性 | 96,000 |
| 合计 | | 1,438,080 |

3.2 订阅费和小程序模块费按季度后付，乙方于每季度结束后开具发票，甲方收到发票后15个工作日内支付。实施费在上线验收合格后15个工作日内一次性支付。甲方无需支付任何预付款。

3.3 服务期内新增门店按380元/店/月计费，自开通当月起算。

## 4. 实施与验收

4.1 乙方应在合同生效后45日内完成全部86家门店的开通、数据迁移和小程序上线。

4.2 数据迁移须完整准确：会员数量、储值余额、次卡剩余次数须与甲方原系统导出数据逐条核对一致。

4.3 上线验收标准：（1）附件1功能清单逐项测试通过；（2）数据迁移核对无差异；（3）小程序通过微信审核并正常发布；（4）连续7日全部门店正常营业使用，未发生一级故障。符合标准的，甲方签署上线验收单。门店开始使用系统不视为验收合格。

4.4 乙方应为每家门店提供不少于2小时的线上培训，为甲方总部运营人员提供两天现场培训，并提供操作手册和视频教程；新开门店在服务期内享受同等培训。

## 5. 服务水平

5.1 乙方保证服务月可用率不低于99.5%（经甲方同意的计划维护时间除外，计划维护应安排在凌晨1点至6点之间）。

5.2 故障响应：一级故障（全部或多家门店无法预约、收银）30分钟内响应，3小时内恢复；二级故障（单店或单一功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）1个工作日内答复。

5.3 月可用率低于约定值但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%；一级故障超时恢复的，每次另行减免当月订阅费的2%。减免金额在下一季度账单中扣除。

5.4 乙方应提供7×24小时故障报修热线和在线客服，并于每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、处理时长和改进措施。

5.5 乙方对平台进行版本升级的，应提前7日通知甲方；升级不得减少合同约定的功能，不得安排在门店营业时间（每日9点至21点）内进行。

## 6. 知识产权

6.1 “云爪门店通”平台及其软件的知识产权归乙方所有。

6.2 乙方为甲方定制的小程序页面设计、品牌素材、专属报表模板归甲方所有，甲方可自行使用、修改或交由第三方使用。

## 7. 数据与个人信息

7.1 甲方会员信息、宠物档案、消费及储值记录等业务数据归甲方所有。

7.2 甲方同意，乙方可在对上述数据进行脱敏和汇总处理后，用于编制宠物服务行业分析报告、改进乙方产品和训练推荐算法，上述使用在合同终止后仍可继续。

7.3 乙方应按网络安全等级保护第三级要求运营本服务，数据存储于中国境内，采取加密存储、访问控制和操作日志审计措施；发生数据泄露等安全事件的，乙方应在24小时内通知甲方，配合甲方履行个人信息保护义务，并承担因乙方原因造成的全部损失。

7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部业务数据，随后删除其系统中的甲方数据。

## 8. 保密

双方对合同履行中知悉的对方商业秘密和非公开信息负有保密义务，不得向第三方披露，保密义务在合同终止后三年内有效。

## 9. 违约责任

9.1 乙方未按第4.1条期限完成上线的，每逾期一日，按合同总金额的万分之七向甲方支付违约金。

9.2 乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因乙方故意、重大过失或违反第7.3条造成的损失不受此限。

9.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。

## 10. 分包

乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。云服务基础设施由乙方选用的境内云服务商提供，视为乙方履约的一部分，乙方对其承担责任。

## 11. 合同解除

11.1 乙方严重违约（包括连续两个月可用率低于99%、发生重大数据泄露），经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方退还已付未使用期间的费用。

11.2 甲方逾期付款超过60日的，乙方有权暂停服务。

11.3 合同终止或期满不再续期的，乙方应给予甲方不少于两个月的过渡期，过渡期内按原单价按月计费，并配合甲方将会员数据迁移至新系统，不得以任何方式限制数据导出。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

## 13. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件1：功能清单；附件2：门店清单。

因地震、洪水、重大公共卫生事件等不可抗力导致不能履行的，受影响方应及时通知对方，并在事件消除后尽快恢复服务；云服务商的一般性故障不属于不可抗力。双方通知以本合同所列地址或指定邮箱送达。

甲方（盖章）：成都萌宠之家宠物服务连锁有限公司　　乙方（盖章）：杭州云爪信息技术有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- zh 04 (pdf, 第X条 with （一）)
H158Z04 = """T:保障性住房管理信息系统年度运维服务合同
P:项目编号：DCZB-2025-CS031（竞争性磋商）
P:甲方（采购人）：东川市住房保障服务中心
P:地址：东川市人民路210号
P:乙方（成交供应商）：东川恒信软件服务有限公司
P:地址：东川市高新区云谷路17号
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就保障性住房管理信息系统年度运维服务订立本合同。
H:第一条 服务范围
P:（一）乙方为甲方保障性住房管理信息系统（含申请审核、配租配售、租金收缴、房源管理、动态监管、移动端及与民政、公安、不动产等部门的数据共享接口）提供年度运维服务。
P:（二）服务内容包括：驻场运维、应用系统维护与小版本优化、数据库及中间件维护、安全巡检及等级保护测评配合、数据备份与恢复演练、用户支持和培训。
P:（三）服务期一年，自2025年7月1日起至2026年6月30日止。期满后甲方重新组织采购，本合同不自动续期。
P:（四）甲方为驻场人员提供办公场所、网络接入和必要的系统账号，并及时提供运维所需的系统资料和原开发商移交文档。
H:第二条 服务费用
P:（一）年度运维服务费总额为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，含全部人工、差旅、工具和税费。
P:（二）分项：驻场运维服务¥318,000；应用系统维护及小版本优化¥146,000；数据库及中间件维护¥72,000；安全巡检及等保测评配合¥50,000。
P:（三）服务费按季度支付，每季度¥146,500。每季度结束后，甲方按第六条完成季度考核并出具考核结果，乙方开具发票，甲方在10个工作日内支付；季度考核扣减的金额在当期支付中扣除。本合同不设预付款。
H:第三条 人员要求
P:（一）乙方派驻2名运维工程师在甲方现场办公，工作日8:30至17:30在岗，其中至少1人具备数据库专业认证。
P:（二）驻场人员须经甲方审核并签署保密承诺，更换须提前10个工作日书面报甲方同意。
P:（三）乙方应在合同签订后5个工作日内完成人员进场和运维交接。
P:（四）驻场人员应遵守甲方考勤和保密管理制度；驻场人员因休假、培训等原因离岗的，乙方应安排同等资质人员顶岗，确保每个工作日至少1人在岗。
H:第四条 服务水平
P:（一）系统月可用率不低于99.95%（经甲方批准的计划停机除外）。
P:（二）故障分级响应：一级故障（系统整体不可用、申请审核或租金收缴中断）15分钟内响应，1小时内到场，2小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障2个工作日内解决。
P:（三）每月进行一次安全巡检和漏洞扫描，每季度进行一次数据备份恢复演练，并提交书面报告。
P:（四）在租金集中收缴期和配租摇号期间，乙方应增派人员保障。
P:（五）乙方应建立运维工单台账，所有故障、变更和服务请求均在甲方运维管理平台登记；变更须经甲方审批后实施，重大变更应提前3个工作日提交实施方案和回退计划。
P:（六）乙方应在每月5日前提交月度运维报告，内容包括系统运行情况、可用率统计、故障处理、安全巡检结果、备份情况和优化建议。
H:第五条 数据安全
P:（一）系统中的保障对象个人信息、家庭收入、房源和资金数据属于甲方，乙方仅为运维目的按最小必要原则访问，不得复制、留存或用于其他任何目的。
P:（二）乙方运维操作须通过甲方堡垒机进行，实行账号实名、权限审批和全程审计；禁止在生产环境外存放业务数据；测试数据由甲方脱敏后提供。
P:（三）发现数据安全事件或隐患的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应法律责任。
H:第六条 考核与验收
P:（一）甲方按附件2《运维服务考核表》每季度考核，考核项包括可用率、故障响应和恢复时限、巡检报告、备份演练、用户满意度。
P:（二）一级故障每超时1小时扣减当季服务费¥1,000；月可用率每低于约定值0.01个百分点扣减¥800；巡检或演练报告缺失一次扣减¥2,000。
P:（三）服务期满后，甲方根据四个季度考核结果和乙方提交的年度运维报告、运维文档、配置清单组织年度验收，出具书面验收意见。
P:（四）年度验收不合格的，乙方应在15日内完成整改并重新提交验收，整改期间的服务不另行收费。
H:第七条 知识产权
P:运维期间乙方为甲方编写的脚本、优化代码、运维文档和配置清单归甲方所有，甲方可自由使用、修改并交由后续服务商使用。
P:乙方使用的运维工具软件应为正版或开源软件，不得在甲方系统中安装未经甲方批准的软件；因乙方使用的工具侵犯第三方权利的，由乙方承担责任。
H:第八条 保密
P:乙方及其人员对履行本合同知悉的保障对象信息、甲方内部资料和系统账号口令负有保密义务，不得向任何第三方披露，该义务在合同终止后继续有效。
H:第九条 违约责任
P:（一）乙方未按第三条第（三）项期限完成人员进场和交接，或未按甲方书面要求的期限完成年度安全整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方人员违反甲方管理制度的，甲方有权要求更换。
P:（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。
H:第十条 分包
P:乙方可将数据库及中间件维护、安全巡检中的部分专业工作委托具有相应资质的第三方完成，但应事先书面告知甲方分包单位名称和工作内容；乙方对分包部分向甲方承担责任。
H:第十一条 合同解除
P:（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权解除合同。
P:（二）任何一方严重违约，经对方书面通知后10日内未纠正的，对方有权解除合同。
P:（三）合同解除或期满时，乙方应配合新服务商完成不少于15日的交接。
P:（四）交接内容包括系统账号和口令、运维文档、配置清单、未关闭工单和年度运维报告；交接完成后，乙方应注销其运维账号，并书面确认未留存任何业务数据。
H:第十二条 不可抗力
P:因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响方应及时通知对方，并在10日内提供证明；不可抗力影响期间，乙方应尽力通过远程方式保障系统核心功能运行。
H:第十三条 争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。附件：1.磋商文件服务需求；2.运维服务考核表；3.系统清单。
P:甲方（盖章）：东川市住房保障服务中心　　乙方（盖章）：东川恒信软件服务有限公司
P:日期：2025年6月　日
"""

# ---------------------------------------------------------------- zh 05 (md, supplier's template, ### 第X条 + X.Y)
H158Z05 = """# 智工MES制造执行系统软件许可及实施合同

> 智工云创标准合同文本 V3.0（2024年修订）

合同编号：ZG-MES-2025-0233

**甲方（用户）**：湘味坊米果食品有限公司
地址：湖南省益阳市赫山区食品工业园8号

**乙方（供方）**：长沙智工云创软件有限公司
地址：长沙市岳麓区麓谷大道627号

甲方为其米饼、雪饼生产车间的生产计划、工艺执行和质量追溯，采购乙方智工MES软件许可及相关实施服务。双方经友好协商，根据《中华人民共和国民法典》签订本合同，共同遵守。

### 第一条 合同标的

1.1 乙方向甲方提供智工MES V5 标准版软件的永久使用许可，许可范围为甲方益阳工厂两个生产车间、4条生产线、150个并发用户。

1.2 乙方按甲方需求进行定制开发，包括：浸米、蒸煮、压片、烘烤、膨化、调味各工序的工艺参数采集，批次追溯与召回模拟，与甲方用友ERP和称重系统的接口，车间看板。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。具体功能以乙方《需求确认书》为准，需求确认后甲方提出的变更另行收费。

1.4 甲方应在合同签订后10日内提供生产工艺资料、设备清单、物料编码规则和ERP接口文档，指定项目负责人配合需求调研，并为乙方人员进入车间提供必要的卫生防护条件。

### 第二条 合同价款

2.1 合同总价为人民币壹佰零贰万陆仟元整（¥1,026,000），明细如下：

| 项目 | 金额（元） |
|---|---|
| 智工MES V5 标准版永久许可 | 486,000 |
| 定制开发 | 412,000 |
| 实施部署 | 112,000 |
| 培训 | 16,000 |
| 合计 | 1,026,000 |

2.2 上述价格不含甲方服务器、操作系统、数据库及网络设备，由甲方自行采购。

### 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥513,000。

3.2 系统安装部署完成并交付甲方使用后5个工作日内，甲方支付合同总价的50%，即¥513,000。

3.3 甲方逾期付款的，乙方有权暂停实施和服务，工期相应顺延，甲方并应按逾期金额每日千分之一支付违约金。

### 第四条 实施与交付

4.1 乙方在收到首期款且甲方确认需求后开始实施，计划实施周期为120日。因甲方原因（包括需求变更、现场条件不具备、人员不配合）导致的延误，工期顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

4.3 实施内容包括：系统安装、基础数据导入、工序和设备建模、条码标签打印配置、车间看板部署及与ERP、称重系统的接口联调。甲方应按乙方要求提供服务器、网络及现场终端环境，环境不满足要求导致的延误由甲方负责。

4.4 乙方为甲方关键用户提供三天集中培训，为车间班组长提供现场操作培训，并提供操作手册电子版。培训以外的现场支持按乙方人天单价另行计费。

### 第五条 验收

5.1 系统安装部署完成并交付甲方使用，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在交付后5日内书面提出，逾期未提出的，视为对系统无异议。

### 第六条 售后服务

6.1 自系统交付之日起，乙方提供六个月免费维护服务，包括远程技术支持和软件缺陷修复。

6.2 免费维护期内，甲方报告一级故障（系统无法登录、生产线无法报工）的，乙方在24小时内响应；其他问题在3个工作日内答复。现场服务需甲方承担差旅费用。乙方不因响应或修复时间承担任何扣款、赔偿或违约责任。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的价格标准执行。

6.4 技术支持通过电话、电子邮件和远程协助方式提供，服务时间为工作日9:00至18:00；非工作时间的支持需提前预约，并按乙方人天单价另行计费。因甲方操作不当、擅自修改系统或硬件环境故障引起的问题，不属于免费维护范围。

### 第七条 知识产权

7.1 智工MES软件及乙方在本合同项下完成的定制开发成果（包括源代码、接口程序、报表、文档）的全部知识产权归乙方所有。

7.2 甲方仅在许可范围内取得非独占、不可转让的使用权，不得修改、反编译或交由第三方维护。乙方有权将定制开发成果用于其他客户。

### 第八条 数据

8.1 甲方生产数据、配方和工艺参数的所有权归甲方。乙方有权在脱敏处理后将系统运行数据和工艺数据用于产品优化、行业模型训练及行业分析，并可在合同终止后继续使用。

8.2 乙方远程维护须经甲方同意，并对其接触的数据采取必要的安全保护措施，防止数据泄露、损毁；因乙方过错造成甲方数据泄露的，乙方在第十条约定的范围内承担赔偿责任。发生数据安全事件的，乙方应在48小时内通知甲方。

### 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

保密信息不包括：接收方获知前已公开的信息、接收方独立开发的信息、从有权披露的第三方合法获得的信息，以及依法律或监管要求必须披露的信息。

### 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任（包括违约金）以合同总价的20%为限。

10.2 任何情况下，乙方均不对甲方的停产、利润损失、数据恢复费用等间接损失承担责任。

### 第十一条 合同解除

一方严重违约，经守约方书面通知后20日内仍未纠正的，守约方有权书面通知解除本合同。已交付的软件许可费及已完成的工作费用不予退还。

### 第十二条 不可抗力

因不可抗力、网络运营商故障、黑客攻击或政府行为导致乙方不能履行的，乙方不承担责任。

受影响方应在事件发生后及时通知对方，事件消除后双方协商恢复履行的时间安排。

### 第十三条 争议解决

因本合同产生的争议，双方协商解决，协商不成的，提交乙方所在地人民法院诉讼解决。

### 第十四条 其他

14.1 本合同未尽事宜，以乙方《需求确认书》和《服务手册》为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 双方往来通知以本合同所列地址或双方项目负责人的电子邮箱送达，邮件发出即视为送达。

14.4 本合同附件包括：乙方《需求确认书》、实施计划、报价单。附件与本合同不一致的，以本合同为准。

甲方（盖章）：湘味坊米果食品有限公司　　乙方（盖章）：长沙智工云创软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- en 01 (docx, "Clause N" + N.1, Irish style, Word price table)
H158E01 = """T:Software Licence and Services Agreement (Product Information Management)
P:Agreement No. HIDS-CN-2025-014
P:THIS AGREEMENT is made on the ___ day of __________ 2025
P:BETWEEN: Horse Island Data Systems Limited, a company incorporated in Ireland (registered number 618442), having its registered office at The Boathouse, Horse Island, Ballydehob, County Cork, Ireland (the "Licensor"); AND Ningbo Jiahe Stationery Products Co., Ltd., a company established in the People's Republic of China (unified social credit code 91330206MA2H7K0L5R), having its registered office at 55 Chuangye Road, Beilun District, Ningbo, Zhejiang (the "Licensee").
P:WHEREAS the Licensee manufactures ring binders, lever-arch files and presentation folders for export and wishes to hold its product data, images and channel listings in one system; and WHEREAS the Licensor owns the Tidemark PIM software and has agreed to license it and to configure and support it on the terms of this Agreement. At the Licensee's request all prices are stated and paid in Chinese yuan (CNY).
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Software" means the Tidemark PIM core, the Digital Asset module and the channel syndication connectors listed in Clause 3, in object code, with their documentation and any updates supplied under this Agreement; "Services" means the configuration, integration and training services described in Schedule 1; "Deliverables" means everything produced by the Licensor specifically for the Licensee under the Services, including the data model, workflows, import mappings, ERP and marketplace integration code and reports; "Licensee Data" means all product data, images, prices, supplier and customer information and any other data entered into or generated by the Software for the Licensee; "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
P:1.2 Clause headings are for convenience only. Words in the singular include the plural and vice versa.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees the Licensor hereby grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers owned or controlled by the Licensee in mainland China for forty named users and for the Licensee's own business and that of its subsidiaries.
P:2.2 The Licensee may make a reasonable number of copies for back-up, test and disaster recovery purposes.
P:2.3 The Software will be installed on the Licensee's own servers in Ningbo. The Licensor will not host the Software or the Licensee Data.
H:Clause 3 Fees
P:3.1 The total price under this Agreement is CNY 1,664,000 (the "Contract Price"), inclusive of VAT, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licence, Tidemark PIM core, 40 named users|748,000
TB:2|Perpetual licence, Digital Asset module|186,000
TB:3|Perpetual licence, channel syndication connectors (3 channels)|141,000
TB:|Licence Subtotal (items 1-3)|1,075,000
TB:4|Configuration services: data model, 6,800 SKU import, approval workflows|398,000
TB:5|Integration with the Licensee's ERP and two marketplace accounts|164,000
TB:6|Training for administrators and product editors (8 days)|27,000
TB:|Contract Price|1,664,000
P:3.2 The Contract Price is fixed. It includes all travel and subsistence of the Licensor's personnel and all work described in Schedule 1.
H:Clause 4 Payment
P:4.1 The Licensee shall pay: (a) 20% of the Contract Price (CNY 332,800) within 20 Business Days after signature of this Agreement and receipt of a valid invoice; (b) 45% of the Contract Price (CNY 748,800) within 20 Business Days after Go-Live under Clause 6.1; and (c) 35% of the Contract Price (CNY 582,400) within 20 Business Days after the Final Acceptance Certificate is signed under Clause 6.3.
P:4.2 All payments shall be made by bank transfer in CNY to the account of the Licensor's agent in Shanghai named in the invoice. Each invoice shall be a valid Chinese VAT invoice.
H:Clause 5 Delivery and Project Timetable
P:5.1 The Licensor shall deliver the Software and complete the Services in accordance with the project plan in Schedule 2, with Go-Live no later than 100 days after signature and Final Acceptance no later than 160 days after signature.
P:5.2 If the Licensor fails to achieve Go-Live or Final Acceptance by the dates in Clause 5.1 for reasons not attributable to the Licensee, the Licensor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of loss and not a penalty.
H:Clause 6 Acceptance
P:6.1 "Go-Live" occurs when the Software is installed in production, the 6,800 SKUs have been imported and the Licensee's editors have started using the Software for daily work. Go-Live is not acceptance.
P:6.2 Within 45 days after Go-Live the parties shall carry out the acceptance tests in Schedule 3, which include: (a) every required function in Schedule 1 passes its test script; (b) a full reconciliation of imported SKUs, attributes and images with the source files shows no unexplained difference; (c) the ERP interface synchronises price and stock changes within 5 minutes during 10 consecutive Business Days; (d) product listings are published to both marketplace accounts without manual correction; and (e) no Severity 1 defect is open.
P:6.3 When the tests are passed the Licensee shall sign a Final Acceptance Certificate. If any test fails, the Licensor shall correct the failure at its own cost within 15 days and the test shall be repeated. Use of the Software in production, Go-Live or payment of any instalment shall not constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for 18 months after the date of the Final Acceptance Certificate (the "Warranty Period") the Software and the Deliverables will perform substantially in accordance with Schedule 1 and the documentation. During the Warranty Period the Licensor shall correct any defect free of charge and shall provide all updates and new versions of the Software that it makes generally available.
P:7.2 During the Warranty Period the Licensor shall provide support on the terms of Clause 8.
H:Clause 8 Support and Service Levels
P:8.1 The Licensor shall provide a support desk by telephone, e-mail and ticket portal in English and Chinese from 08:00 to 20:00 China Standard Time on Business Days, and on call at all other times for Severity 1 defects.
P:8.2 Severity 1 (the Software is unavailable or product data cannot be published to any channel): response within 1 hour and a workaround or fix within 8 hours. Severity 2 (a major function is impaired): response within 2 hours and a fix within 3 Business Days. Severity 3 (minor defect or question): response within 1 Business Day and a fix in the next release.
P:8.3 If the Licensor misses a Severity 1 response or fix time, it shall pay a service credit of CNY 1,000 for each hour or part of an hour of delay, which the Licensee may set off against any amount due.
P:8.4 After the Warranty Period the Licensee may take annual support at an annual fee of 13% of the Licence Subtotal, that is CNY 139,750 per year. This fee is fixed for the first three support years; thereafter any increase shall not exceed 3% per year and shall be agreed in writing. Support is ordered by the Licensee's purchase order for each year and does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain the property of the Licensor or its licensors.
P:9.2 All Deliverables and the intellectual property rights in them shall vest in the Licensee on creation. The Licensor shall deliver the source code of the integration code and scripts. The Licensee may use, modify, copy and sublicense the Deliverables freely, including by appointing a third party to maintain them.
P:9.3 The Licensor shall indemnify the Licensee against any claim that the Software or the Deliverables infringe the rights of a third party.
H:Clause 10 Licensee Data and Security
P:10.1 All Licensee Data belongs to the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and on the Licensee's written instructions, and shall not copy, retain or use it for any other purpose.
P:10.2 Remote access by the Licensor to the Licensee's systems shall be made only through the Licensee's VPN with multi-factor authentication and only after the Licensee has approved each session. All sessions shall be logged. No Licensee Data shall be transferred outside mainland China. The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Licensor shall notify the Licensee within 24 hours of becoming aware of any unauthorised access to or loss of Licensee Data, shall co-operate in remedying it and shall be liable for all loss caused by its breach of this Clause.
H:Clause 11 Confidentiality
P:Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including the Licensee's product plans, customer lists and pricing, and shall not disclose it without the other party's prior written consent, for five years after the end of this Agreement.
H:Clause 12 Liability
P:12.1 Each party's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:12.2 The limit in Clause 12.1 does not apply to death or personal injury caused by negligence, fraud, breach of Clause 10 or Clause 11, or the indemnity in Clause 9.3.
H:Clause 13 Subcontracting and Assignment
P:The Licensor shall not subcontract any part of the Services without the prior written consent of the Licensee and shall remain responsible for the acts of any approved subcontractor. Neither party may assign this Agreement without the other's written consent.
H:Clause 14 Termination
P:14.1 The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within 20 days after written notice, or if liquidated damages under Clause 5.2 reach their maximum.
P:14.2 Either party may terminate if the other becomes insolvent or enters into examinership or liquidation.
P:14.3 On termination by the Licensee under Clause 14.1, the Licensor shall refund all amounts paid for Services not accepted. The licence under Clause 2 survives unless the Licensee has failed to pay the Licence Fees.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement, and the parties submit to the jurisdiction of the courts sitting in Dublin.
H:Clause 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties. Any variation must be in writing and signed by both parties. Notices shall be in writing in English with a Chinese translation and sent to the addresses above.
P:16.2 Schedule 1: Functional scope and services. Schedule 2: Project plan. Schedule 3: Acceptance test scripts.
P:SIGNED for and on behalf of Horse Island Data Systems Limited: ____________________ Director
P:SIGNED for and on behalf of Ningbo Jiahe Stationery Products Co., Ltd.: ____________________ Authorised Representative
"""

# ---------------------------------------------------------------- en 02 (md, Order Form + General Terms, "§ N (1)", German style)
H158E02 = """# Order Form and General Terms and Conditions — "Seeblick" Booking Platform

**Order Form No. SW-2025-0388**

| | |
|---|---|
| Provider | Schwanenwerder Hospitality Software GmbH, Inselstraße 12, 14129 Berlin (Schwanenwerder), Germany, Commercial Register Berlin-Charlottenburg HRB 219774 B |
| Customer | Ninglang Lugu Lake Mosuo Guesthouse Cooperative (宁蒗泸沽湖摩梭客栈专业合作社), Luoshui Village, Ninglang County, Lijiang, Yunnan, PRC |
| Product | Seeblick booking engine, property management and channel manager (software as a service) |
| Properties | 42 member guesthouses, listed in Annex 1 |
| Subscription Term | 24 months from the Go-Live Date |
| Currency | Chinese yuan (CNY), at the Customer's request |

## Part A — Commercial Terms

**A.1 Fees.** The fees for the Subscription Term are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | 42 properties x CNY 560 per property per month x 24 months | 564,480 |
| Channel manager (Ctrip, Meituan, Fliggy, Booking.com) | CNY 3,800 per month x 24 months | 91,200 |
| Onboarding (set-up, rate plans, data import, training) | one-time | 38,400 |
| **Total Contract Value** | | **694,080** |

**A.2 Invoicing.** Monthly fees are invoiced monthly in arrears. The onboarding fee is invoiced after the Go-Live Acceptance under § 4 (3). No amount is payable in advance. Invoices are payable within 30 days by bank transfer to the Provider's account in CNY.

**A.3 Go-Live Date.** The Provider shall achieve Go-Live for all 42 properties within 50 days after signature of this Order Form.

**A.4 Hosting.** The Customer Data is hosted in the Alibaba Cloud region in Shanghai, mainland China.

**A.5 Order of precedence.** This Order Form, Part B (General Terms) and the Annexes form the contract (the "Agreement"). The Order Form prevails over Part B.

## Part B — General Terms and Conditions

### § 1 Subject matter

(1) The Provider makes the Seeblick platform available to the Customer and its member guesthouses over the internet for the Subscription Term: online booking engine for the guesthouses' own websites and WeChat accounts, room and rate management, front-desk and housekeeping functions, guest registration with upload to the local public security system, payments reconciliation and the channel manager.

(2) The Provider performs the onboarding services: configuration of rooms, rates and seasons for each property, import of existing bookings and guest profiles, design of a booking page in the Cooperative's corporate design, and two rounds of on-site training at Lugu Lake.

(3) The Provider does not owe any result beyond that described in this Agreement and Annex 2 (Service Description).

(4) The Customer designates a project coordinator, provides for each guesthouse the room lists, current rates and existing bookings in the templates supplied by the Provider, and ensures that each guesthouse has a working internet connection and a computer or tablet at its front desk.

### § 2 Term and renewal

(1) The Agreement begins on signature and runs for the Subscription Term.

(2) The Agreement renews for successive periods of one year unless either party gives notice of non-renewal at least three months before the end of the current term. Renewal periods are charged at the fees stated in Part A, which remain unchanged.

### § 3 Service levels

(1) The Provider guarantees an availability of the booking engine and the property-management functions of 99.95% per calendar month, measured at the Provider's internet gateway, excluding announced maintenance of up to three hours per month between 01:00 and 05:00 China Standard Time.

(2) Incidents are handled as follows. Severity A (booking engine or front desk unusable for all or several properties, or the channel manager stops synchronising): response within 1 hour, at any time; restoration target 6 hours. Severity B (one function or one property affected): response within 3 hours during support hours (08:00–22:00 daily); restoration target 2 business days. Severity C (other questions): response within 1 business day.

(3) If the monthly availability falls below the guaranteed value, the Customer receives a credit of 5% of the monthly fees for each commenced 0.1 percentage point of shortfall, up to 50% of the monthly fees. If a Severity A response time is missed, the Customer receives a further credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.

(4) The Provider operates a hotline and online chat in Chinese from 08:00 to 22:00 daily and an emergency line for Severity A incidents at all other times. By the fifth working day of each month the Provider sends a service report showing availability, incidents, response and restoration times and credits due.

(5) The Provider may further develop the platform. Updates shall not reduce the functions described in Annex 2 and shall be announced at least seven days in advance; updates that change the front-desk workflow are accompanied by short training videos in Chinese.

### § 4 Onboarding and acceptance

(1) The Provider shall carry out the onboarding in accordance with the project plan in Annex 3.

(2) Before Go-Live the parties test together whether: (a) all 42 properties, their rooms, rates and seasons are configured as specified by the Customer; (b) imported future bookings match the source lists without difference; (c) a test booking made through each channel reaches the correct property within two minutes; (d) guest registration uploads are accepted by the local public security system; and (e) the staff of each property has received training.

(3) If the tests in paragraph (2) are passed, the Customer signs a Go-Live Acceptance. The mere use of the platform by a guesthouse does not count as acceptance. Failed tests are repeated after correction at the Provider's cost.

(4) If Go-Live is delayed beyond the date in A.3 for reasons for which the Provider is responsible, the Provider pays a contractual penalty of CNY 450 for each calendar day of delay, up to CNY 30,000 in total.

### § 5 Rights of use and intellectual property

(1) The Customer and its member guesthouses receive a non-exclusive right, limited to the Subscription Term, to use the platform for their own business.

(2) The platform, its software and documentation remain the property of the Provider.

(3) The booking page design, texts, photos, rate structures and reports created specifically for the Customer during onboarding belong to the Customer, which may use, change and pass them to third parties without restriction, including after the end of the Agreement.

### § 6 Customer Data and data protection

(1) All data that the Customer or its guesthouses enter or that arise from their use of the platform — bookings, guest data, rates, revenue figures — ("Customer Data") belong to the Customer. The Provider processes Customer Data exclusively on the Customer's instructions and only to provide the services under this Agreement.

(2) The Provider takes appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrative access and daily back-ups stored in mainland China. The platform is filed at level 3 of the PRC Multi-Level Protection Scheme.

(3) The Provider notifies the Customer of any personal-data breach without undue delay and in any case within 48 hours, supports the Customer in its notifications under the PRC Personal Information Protection Law and bears the damage caused by a breach for which it is responsible.

(4) After the end of the Agreement the Provider hands over the Customer Data in CSV format within 30 days and then deletes it.

### § 7 Subcontractors

The Provider may use subcontractors and sub-processors, including its affiliated company in Hangzhou and its cloud provider, to perform the Agreement. The Provider informs the Customer by e-mail of any new subcontractor. The Provider remains responsible for its subcontractors as for its own acts.

### § 8 Confidentiality

(1) Each party shall keep secret all confidential information of the other party of which it obtains knowledge through this Agreement, in particular prices, booking volumes and guest information, and shall use it only for the purposes of this Agreement.

(2) This obligation continues for three years after the end of the Agreement.

### § 9 Liability

(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In all other cases the Provider's total liability under this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

(3) The Provider is not liable for lost profit or for the loss of data which could have been avoided by reasonable back-up on the Customer's side.

### § 10 Payment default

If the Customer is more than 30 days late with an undisputed payment, the Provider may, after a written reminder with a further period of 14 days, suspend access until payment.

### § 11 Termination

(1) The right of each party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if the Provider commits a material breach of this Agreement — including a monthly availability below 99% in two consecutive months or a data breach under § 6 for which it is responsible — and does not remedy it within 14 days after written notice.

(2) Termination must be in writing; e-mail with a scanned signature suffices.

### § 12 Governing law and place of jurisdiction

(1) This Agreement is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) Exclusive place of jurisdiction for all disputes arising out of or in connection with this Agreement is Berlin, Germany.

### § 13 Final provisions

(1) Amendments and supplements to this Agreement must be made in writing. (2) Should any provision be or become invalid, the validity of the remaining provisions is not affected; the parties shall replace the invalid provision by a valid one that comes closest to its economic purpose. (3) Notices may be given by e-mail to the contact persons named in the Order Form. (4) The English version prevails over any translation.

**Annexes:** 1 List of properties; 2 Service Description; 3 Project plan.

For the Provider: ____________________ Managing Director, Berlin, ________ 2025

For the Customer: ____________________ Chairperson of the Cooperative, Ninglang, ________ 2025
"""

# ---------------------------------------------------------------- en 03 (txt, "Article N – Title" + N.1, buyer's paper, French integrator)
H158E03 = """PURCHASE CONTRACT
Seawater Quality Monitoring System for Kelp and Abalone Farming Areas

Contract No.: RCHY-2025-SB-027

Buyer: Rongcheng Haiyu Aquaculture Co., Ltd. (荣成海裕水产养殖有限公司), No. 9 Haibin Road, Lidao Town, Rongcheng, Shandong Province, PRC (the "Buyer")

Supplier: Ebihens Océan Instrumentation SAS, Île des Ebihens, 22550 Saint-Jacut-de-la-Mer, France, acting through its representative office at Room 1206, 88 Century Avenue, Qingdao (the "Supplier")

This Contract is made on the Buyer's standard form. The prices are stated and paid in Chinese yuan (CNY) at the Buyer's request. The Supplier's tender of 14 April 2025 and the Buyer's technical specification are annexed and form part of this Contract; in case of conflict the articles below prevail.

Article 1 – Object
1.1 The Supplier shall supply, moor, install, configure and commission a real-time seawater quality monitoring system for the Buyer's kelp long-line areas and abalone cage areas in Sanggou Bay and off Lidao, and shall train the Buyer's staff.
1.2 The system consists of multi-parameter buoys measuring dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll-a; nutrient analysers for nitrate and ammonium; acoustic current meters; gateways with 4G and LoRa links and solar power kits; and a monitoring platform installed on the Buyer's server, with alarms by SMS and WeChat.
1.3 The positions of the stations are shown in Annex 2. The Buyer provides its boats and crew for the mooring work; the Supplier provides the mooring materials, divers and technicians.

Article 2 – Price
2.1 The contract price is CNY 1,756,000 (the "Contract Price"), including VAT, delivery to the Buyer's pier at Lidao, insurance, customs clearance, installation and all services during the warranty period. The breakdown is:

  1. Multi-parameter buoys, 14 x CNY 58,600 .............. CNY 820,400
  2. Nutrient analysers (NO3 / NH4), 6 x CNY 41,500 ........ CNY 249,000
  3. Acoustic current meters, 4 x CNY 36,800 .............. CNY 147,200
  4. Gateways and solar power kits, 8 x CNY 14,900 ........ CNY 119,200
  5. Monitoring platform licence (perpetual) .............. CNY 168,000
     Hardware and Licence Subtotal (items 1-5) ............ CNY 1,503,800
  6. Mooring and installation at sea ...................... CNY 176,000
  7. Platform configuration and alarm rules ............... CNY 62,000
  8. Training (two sessions, 5 days) ...................... CNY 14,200
     Contract Price ....................................... CNY 1,756,000

2.2 The Contract Price is fixed and not subject to exchange-rate adjustment.

Article 3 – Payment
3.1 10% of the Contract Price (CNY 175,600) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
3.2 55% of the Contract Price (CNY 965,800) within 15 working days after the Installation Certificate is signed. The Installation Certificate records that the equipment is moored and powered; it is not an acceptance of the system.
3.3 35% of the Contract Price (CNY 614,600) within 15 working days after the Final Acceptance Certificate is signed under Article 5.
3.4 The Supplier shall issue Chinese VAT special invoices through its Qingdao representative office or its Chinese distributor.

Article 4 – Delivery and installation
4.1 The equipment shall be delivered to the Buyer's pier within 75 days after signature. Installation shall be completed within 40 days after delivery, subject to sea conditions; days on which the Weihai maritime authority forbids small-boat operations are added to the installation period.
4.2 The Supplier shall mark and light the buoys in accordance with the requirements of the maritime authority and shall obtain, with the Buyer's assistance, any approvals required for the moorings.
4.3 Each consignment shall be accompanied by a packing list, certificates of origin and quality, calibration certificates for every sensor and operating manuals in Chinese and English. The Buyer shall check the quantity and visible condition of the goods at the pier and sign a delivery note; the delivery note is not an acceptance of quality.

Article 5 – Acceptance
5.1 After installation the system runs for a trial period of 45 days.
5.2 The Final Acceptance tests are: (a) each sensor is checked on site against laboratory analysis of water samples taken by the Buyer's laboratory at three dates, and the deviation is within the limits of Annex 1 (for dissolved oxygen ±0.2 mg/L; for temperature ±0.1 °C); (b) during the trial period every station transmits at least 98 of every 100 scheduled readings to the platform; (c) low-oxygen and high-temperature alarms are delivered to the duty phones within 3 minutes in a simulated test; (d) the platform produces the daily and monthly reports listed in Annex 1; (e) all documentation, spare parts and calibration certificates are delivered.
5.3 If the tests are passed, the parties sign the Final Acceptance Certificate. If not, the Supplier shall remedy the defects at its own cost within 20 days and the tests are repeated. Delivery, installation, use of the data or any payment does not constitute acceptance.

Article 6 – Warranty
6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate.
6.2 During the warranty period the Supplier shall repair or replace free of charge any defective equipment or part, including sensors damaged by biofouling where the anti-fouling system fails, shall recalibrate the sensors every quarter and shall supply platform updates free of charge.
6.3 Support levels during the warranty period: a Severity 1 fault (the platform is down, or three or more stations stop transmitting) receives a remote response within 2 hours at any time, and a technician on site within 36 hours, weather permitting; a Severity 2 fault (one station or one sensor fails) receives a response within 8 hours and repair within 5 days. For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800; for each day by which a Severity 2 repair is late, CNY 500.
6.4 The Supplier shall keep in Rongcheng or Qingdao a stock of spare sensors, batteries and anti-fouling wipers sufficient to replace at least two complete buoys, and shall replenish it free of charge during the warranty period.

Article 7 – Maintenance after the warranty
7.1 For the three years following the warranty period the Supplier shall, if the Buyer so orders, provide maintenance including quarterly calibration, replacement of wear parts and the support levels of Article 6.3, at an annual fee of 9.5% of the Hardware and Licence Subtotal, i.e. CNY 142,861 per year, fixed for those three years.
7.2 Each year of maintenance is ordered by the Buyer in writing. There is no automatic renewal.

Article 8 – Intellectual property
8.1 The monitoring platform software remains the property of the Supplier; the Buyer receives a perpetual licence to use it for its own farming operations.
8.2 The station layout, configuration, alarm rules, report templates and any interface developed for the Buyer belong to the Buyer, which may use, modify and entrust them to third parties without restriction.

Article 9 – Data and security
9.1 All measurement data, farm positions, stock information and reports ("Buyer Data") belong to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not copy, publish or use it for any other purpose, including research or product development.
9.2 The platform is installed on the Buyer's server in Rongcheng. Remote maintenance is allowed only through the Buyer's VPN, with a personal account for each technician, after the Buyer's approval of each session, and all sessions are logged. Buyer Data shall not be transferred outside mainland China.
9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, shall take all remedial measures and shall compensate the Buyer for all loss caused by a breach of this Article.

Article 10 – Confidentiality
Each party shall keep confidential the technical and commercial information of the other party obtained under this Contract, in particular the Buyer's farm positions, production figures and prices, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of the Contract.

Article 11 – Delay damages and liability
11.1 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or a breach of Article 9 or Article 10.

Article 12 – Subcontracting
The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including diving contractors.

Article 13 – Termination
13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum.
13.2 On such termination the Supplier shall refund the amounts received for the equipment and services not accepted and shall remove its equipment at its own cost if the Buyer so requests.

Article 14 – Force majeure
Typhoons, storm surges and other events that are unforeseeable and unavoidable are force majeure. The affected party shall notify the other within 5 days. Ordinary bad weather is covered by Article 4.1 and is not force majeure.

Article 15 – Governing law and disputes
This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai in accordance with its rules. The award is final and binding.

Article 16 – Miscellaneous
This Contract is made in Chinese and English, both versions being equally authentic, in four originals, two for each party. It enters into force on signature by both parties.
Notices under this Contract shall be given in writing to the addresses above, or by e-mail to the project managers named in Annex 3, and take effect on receipt. Any amendment of this Contract must be in writing and signed by both parties.

Annex 1: Technical specification and accuracy limits. Annex 2: Station positions. Annex 3: Supplier's tender.

For the Buyer: ____________________ (seal)          For the Supplier: ____________________
Date: ____________ 2025                              Date: ____________ 2025
"""

# ---------------------------------------------------------------- en 04 (pdf, "N. HEADING" + N.1, Scottish style)
H158E04 = """T:MANAGED IT SERVICES AGREEMENT
P:between INCHCAILLOCH MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC702115) and having its registered office at The Old Pier House, Inchcailloch, Loch Lomond, Glasgow G63 0JQ (the "Provider"); and XI'AN GULOU PICTURES POST-PRODUCTION CO., LTD. (西安鼓楼影像后期制作有限公司), a company established in the People's Republic of China and having its registered office at 19F, Block B, Qujiang Film and TV Plaza, Yanta District, Xi'an, Shaanxi (the "Client").
P:WHEREAS the Client operates editing suites, colour-grading theatres, a visual-effects render farm and shared storage for feature films and streaming series, and wishes the Provider to manage its IT infrastructure and to support its staff; and WHEREAS the Provider has agreed to do so through its delivery centre and its engineers resident in Xi'an. At the Client's request all charges are stated and payable in Chinese yuan (CNY).
P:NOW THEREFORE the parties agree as follows:
H:1. DEFINITIONS
P:1.1 In this Agreement: "Services" means the managed services described in Schedule 1, namely service desk, desktop and workstation support, server, storage and network management, back-up management and render-farm operations; "Service Commencement Date" means the date on which the Transition is accepted under Clause 4.3; "Initial Term" means twenty-four months from the Service Commencement Date; "Client Data" means all data of the Client handled by the Provider, including media files, footage, project files, scripts and personal information of staff and contributors; "Incident" means an unplanned interruption or degradation of a Service.
H:2. TERM AND RENEWAL
P:2.1 This Agreement commences on the date of the last signature and continues for the Initial Term.
P:2.2 Thereafter this Agreement shall renew automatically for successive periods of one year each (each a "Renewal Term") unless either party gives not less than ninety days' written notice of non-renewal before the end of the then current term.
P:2.3 The Provider may, by written notice given not less than sixty days before the start of a Renewal Term, increase the Monthly Service Charge for that Renewal Term by up to six per cent.
H:3. CHARGES AND PAYMENT
P:3.1 The charges are: (a) a Monthly Service Charge of CNY 68,500, being CNY 1,644,000 over the Initial Term; and (b) a one-time Transition Charge of CNY 52,000. The total charges for the Initial Term are CNY 1,696,000 (the "Total Charges").
P:3.2 The Monthly Service Charge covers up to 85 workstations, 14 servers, 1.8 petabytes of managed storage and the render farm of 120 nodes described in Schedule 2. Additional devices are charged at the rates in Schedule 2.
P:3.3 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after acceptance of the Transition under Clause 4.3. No sum is payable in advance. Invoices are payable within thirty days by bank transfer in CNY to the Provider's account with a bank in Shanghai.
H:4. TRANSITION
P:4.1 The Provider shall take over the Client's environment in accordance with the Transition Plan in Schedule 3 within 45 days after signature, including discovery of all assets, documentation of the network and storage, set-up of monitoring and of the service desk, and a back-up and restore test.
P:4.2 If the Transition is not accepted within that period for reasons attributable to the Provider, the Provider shall pay to the Client liquidated damages of CNY 1,100 for each day of delay, up to a maximum of CNY 52,000.
P:4.3 The Transition is accepted when the Client has confirmed in writing that: (a) the asset register is complete and agreed; (b) monitoring covers every server, storage system, switch and render node; (c) a restore of a sample project of at least 2 terabytes from back-up has succeeded within the time stated in Schedule 3; (d) the service desk has handled test tickets in Chinese and English; and (e) the documentation in Schedule 3 has been delivered. Use of the Services before that confirmation does not amount to acceptance.
H:5. SERVICE LEVELS
P:5.1 The Provider shall perform the Services in accordance with the service levels in this Clause, measured monthly and reported in a service report within five working days after the end of each month.
P:5.2 Incidents are classified as follows. Priority 1: shared storage, the render farm or the colour-grading theatres are unavailable, or more than ten workstations cannot work. Priority 2: a single suite or a group of up to ten workstations is affected. Priority 3: a single user is affected. Priority 4: requests and questions.
P:5.3 Response times are: Priority 1, six hours; Priority 2, eight hours; Priority 3, one working day; Priority 4, two working days. Resolution targets are: Priority 1, twelve hours after response; Priority 2, two working days; Priority 3 and 4, five working days. Response means that an engineer has started work on the Incident, remotely or on site.
P:5.4 If the Provider fails to meet a resolution target for a Priority 1 Incident, the Client shall be entitled to a service credit of 3% of the Monthly Service Charge for each such Incident, and of 1% for each missed Priority 2 resolution target, subject to a total of 20% of the Monthly Service Charge in any month. Service credits are deducted from the next invoice.
P:5.5 The parties shall hold a service review meeting every month, in Xi'an or by video conference, to review the service report, open Incidents, planned changes and capacity of storage and render nodes. Every quarter the Provider shall present a written improvement plan and a forecast of capacity needs for the Client's production schedule.
P:5.6 Changes to the Client's infrastructure shall be made only under the change procedure in Schedule 1; changes during a colour-grading or delivery session require the approval of the Client's post-production supervisor.
H:6. CLIENT DATA AND SECURITY
P:6.1 All Client Data shall remain the property of the Client. The Provider shall use Client Data only to perform the Services and shall not copy, view beyond what a task requires, disclose or use it for any other purpose.
P:6.2 The Provider shall comply with the Client's content-security procedures and with the security requirements of the Client's studio customers notified to it, including: no removable media in the edit suites; access to media storage only by named engineers with individual accounts and multi-factor authentication; no remote access to media storage from outside mainland China; logging of all administrative actions; and background checks on all resident engineers.
P:6.3 The Provider shall notify the Client within 12 hours of any actual or suspected leak, loss or unauthorised access to Client Data, shall co-operate fully in its investigation and shall be liable for all losses, including payments to studio customers, caused by its breach of this Clause 6.
H:7. INTELLECTUAL PROPERTY
P:7.1 The Provider's tools, monitoring software and know-how remain its property.
P:7.2 All documentation, network diagrams, configuration, scripts and runbooks produced for the Client under this Agreement shall belong to the Client, which may use, modify and disclose them to any successor provider without restriction.
H:8. CONFIDENTIALITY
P:8.1 Each party shall treat as confidential all information of the other party obtained under this Agreement, including unreleased film content, release schedules, customer names and pricing, and shall not disclose it without the other party's prior written consent.
P:8.2 The obligations of this Clause continue for five years after the end of this Agreement and, for unreleased film content, until the content is lawfully released.
H:9. LIABILITY
P:9.1 Neither party limits its liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6 or Clause 8.
P:9.2 Subject to Clause 9.1, the Provider's total liability under this Agreement shall not exceed 150% of the Total Charges.
H:10. SUBCONTRACTING
P:10.1 The Provider shall not subcontract any part of the Services without the prior written consent of the Client. The Provider shall remain responsible for all acts and omissions of any approved subcontractor.
H:11. TERMINATION
P:11.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is incapable of remedy, or which is not remedied within thirty days after written notice requiring it to be remedied.
P:11.2 The Client may also terminate by written notice if service credits reach their monthly maximum in any two consecutive months.
P:11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days, return all Client Data and delete any copies.
H:12. GOVERNING LAW AND JURISDICTION
P:12.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.
P:12.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.
H:13. GENERAL
P:13.1 This Agreement constitutes the entire agreement between the parties. No variation shall be effective unless in writing and signed by both parties.
P:13.2 This Agreement may be executed in counterpart and by electronic signature.
P:13.3 Neither party shall be liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses all reasonable endeavours to mitigate the effect; a failure of the Provider's own suppliers is not such an event unless it is itself beyond their control.
P:13.4 Notices shall be in writing in English and Chinese and delivered by hand, by courier or by e-mail to the addresses set out above or such other address as a party may notify.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules are executed as follows:
P:Subscribed for and on behalf of Inchcailloch Managed Services Limited at Glasgow on ____________ 2025 by ____________________ Director
P:Subscribed for and on behalf of Xi'an Gulou Pictures Post-Production Co., Ltd. at Xi'an on ____________ 2025 by ____________________ Legal Representative
P:Schedule 1: Service Description. Schedule 2: Covered Assets and Rates. Schedule 3: Transition Plan.
"""

# ---------------------------------------------------------------- en 05 (txt, "Art. N (Title)" + N.1, Italian style)
H158E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
ExportDoc API - electronic export documents and certificates

Ref. SGT/CN/2025/072

BETWEEN

San Giulio TradeDocs S.r.l., with registered office at Via del Monastero 4, Isola San Giulio, 28016 Orta San Giulio (NO), Italy, VAT no. IT02837410035, in the person of its legal representative pro tempore (hereinafter the "Vendor")

AND

Yantai Jinhai Wine Export Co., Ltd. (烟台金海葡萄酒出口有限公司), with registered office at 66 Binhai Middle Road, Zhifu District, Yantai, Shandong, PRC, in the person of its legal representative (hereinafter the "Customer")

(the Vendor and the Customer, jointly, the "Parties")

WHEREAS

(a) the Customer exports bottled and bulk wine from Yantai to more than twenty countries and prepares for each shipment commercial invoices, packing lists, certificates of origin, health and analysis certificates and, for the European Union, the VI-1 wine import document;

(b) the Vendor operates the ExportDoc platform, which generates, validates and exchanges such documents through an application programming interface (the "API") and connects to the electronic systems of chambers of commerce, customs brokers and shipping lines;

(c) the Customer wishes to subscribe to the API and to have the Vendor integrate it with the Customer's ERP system; at the Customer's request all amounts are stated and paid in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and annexes)
1.1 The recitals and the annexes form an integral part of this Agreement. Annex A: Service Description and API documentation. Annex B: Integration Specification. Annex C: Service Levels.

Art. 2 (Object)
2.1 The Vendor grants the Customer, for the Term, a non-exclusive and non-transferable right to access and use the API and the ExportDoc web console for the Customer's own export shipments, up to 4,000 shipment files per subscription year.
2.2 The Vendor shall carry out the integration services described in Annex B: a connector between the API and the Customer's Kingdee ERP, document templates in the Customer's layout for its twelve principal destination markets, mapping of product master data (wines, vintages, alcohol content, packaging) and user training (the "Integration").

Art. 3 (Term)
3.1 This Agreement enters into force on signature and the subscription runs for three subscription years from the Service Start Date (the "Term"). The Service Start Date is the date on which the Vendor activates the Customer's production API credentials.
3.2 Upon expiry the Agreement may be renewed only by a new written agreement of the Parties. There is no tacit renewal.

Art. 4 (Fees)
4.1 The fees are: (i) an Annual Subscription Fee of CNY 218,000 for each subscription year, being CNY 654,000 for the Term; (ii) an Integration Fee of CNY 96,000, one-time. The total fees under this Agreement are CNY 750,000 (the "Total Fees"). Shipment files beyond the annual allowance are charged at CNY 35 each and are not included in the Total Fees.
4.2 The Annual Subscription Fee for the first subscription year and the Integration Fee, together CNY 314,000, shall be invoiced on signature of this Agreement and paid within fifteen days of the invoice date. The Vendor shall activate the Customer's test and production credentials only after receipt of that payment.
4.3 The Annual Subscription Fee for the second and third subscription years shall be invoiced, and paid, in advance at the start of the relevant subscription year.
4.4 Fees are exclusive of PRC VAT, which shall be added where applicable. Payment shall be made in CNY by bank transfer to the account of the Vendor's agent in Shanghai indicated in the invoice.

Art. 5 (Integration and acceptance)
5.1 The Vendor shall complete the Integration within 60 days after receipt of the payment under Art. 4.2.
5.2 Acceptance of the Integration takes place on the basis of the acceptance tests in Annex B, namely: (a) the connector creates a complete document set for 30 historical shipments to at least six destination markets, with no field differing from the documents actually used; (b) certificates of origin are accepted in test by the Yantai chamber of commerce system; (c) VI-1 documents pass the validation of the Vendor's EU gateway; (d) changes in the ERP are reflected in the API within 10 minutes. The Customer shall sign the acceptance report within 5 working days after the tests have been passed. The use of the API in production shall not by itself constitute acceptance.
5.3 If the Integration is not accepted within the period in Art. 5.1 for reasons attributable to the Vendor, the Vendor shall pay a penalty of CNY 600 for each day of delay, up to 10% of the Integration Fee.

Art. 6 (Service levels)
6.1 The Vendor shall ensure a monthly availability of the API of 99.95%, excluding maintenance announced at least 48 hours in advance and carried out on Sundays between 02:00 and 06:00 China Standard Time.
6.2 Incidents of severity 1 (the API or the console cannot be used, or documents cannot be submitted to an authority) shall receive a response within 1 hour, at any time, and a workaround within 6 hours. Incidents of severity 2 receive a response within 3 hours during business hours in China; severity 3 within 1 business day.
6.3 If the monthly availability is below the value in Art. 6.1, the Customer is entitled to a service credit of 5% of one twelfth of the Annual Subscription Fee for every 0.1 percentage point or part thereof, up to 50% of that twelfth. Missed severity 1 response times give rise to a credit of CNY 400 per hour.
6.4 The service credits under this Art. 6 and the penalty under Art. 5.3 are the Customer's sole and exclusive remedies for any failure of the Vendor to meet the service levels, the integration deadline or any other obligation regarding the performance of the service.

Art. 7 (Intellectual property)
7.1 The platform, the API and the Vendor's standard templates remain the exclusive property of the Vendor.
7.2 The connector, the templates in the Customer's layout, the product master data mapping and all other results of the Integration made specifically for the Customer belong to the Customer, which may use, modify and have them maintained by third parties without restriction. The Vendor shall deliver the connector source code on acceptance.

Art. 8 (Data)
8.1 Shipment data, product data, consignee data, prices and documents uploaded or generated by the Customer ("Customer Data") are owned by the Customer. The Vendor processes them to provide the service.
8.2 The Customer grants the Vendor a perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form, combined with data of other customers, to prepare trade statistics, market-trend reports and benchmarking services which the Vendor may offer to third parties, during and after the Term.
8.3 The Vendor stores Customer Data relating to the Customer's shipments in a data centre in Shanghai operated by a mainland Chinese cloud provider and transmits to foreign authorities only the documents which the Customer instructs it to submit. The Vendor applies encryption in transit and at rest, role-based access and logging, holds ISO/IEC 27001 certification and shall notify the Customer of any personal-data or security breach within 48 hours, co-operate in its remediation and bear the damages caused by a breach attributable to it.

Art. 9 (Confidentiality)
9.1 Each Party shall keep strictly confidential all information concerning the other Party's business received in connection with this Agreement, including prices, customers and consignees, and shall not disclose it to third parties without the other Party's prior written consent, except as required by law.
9.2 The obligations of confidentiality remain in force for five years after the end of the Agreement.

Art. 10 (Liability)
10.1 The Vendor's aggregate liability under or in connection with this Agreement shall not exceed 125% of the Total Fees, except in case of wilful misconduct or gross negligence, or for breach of Art. 8.3 or Art. 9.
10.2 The Vendor is not liable for rejection of a document by an authority caused by incorrect data supplied by the Customer.

Art. 11 (Subcontracting and assignment)
11.1 The Vendor shall not subcontract the Integration or any part of the service, other than the hosting by the cloud provider named in Annex A, without the Customer's prior written consent.
11.2 Neither Party may assign this Agreement without the written consent of the other Party.

Art. 12 (Duration and withdrawal)
12.1 This Agreement cannot be terminated or withdrawn from before the end of the Term, save as provided in this Art. 12.
12.2 The Vendor may terminate this Agreement by written notice if the Customer fails to pay any amount due within 30 days of a written reminder.
12.3 Either Party may terminate this Agreement if the other Party becomes insolvent or is subject to liquidation or bankruptcy proceedings.
12.4 In all other cases, including any failure of the service, the Customer's remedies are those set out in Art. 6.4, and the Customer shall not be entitled to terminate this Agreement or to suspend payment of the fees.

Art. 13 (Governing law and disputes)
13.1 At the Customer's request and notwithstanding the Vendor's standard terms, this Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time. The arbitration shall be conducted in English and Chinese.

Art. 14 (Final provisions)
14.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
14.2 If any provision is held invalid, the remaining provisions shall remain in force.
14.3 This Agreement is made in English and Chinese; in case of discrepancy the English text prevails.

Made and signed in two originals.

For the Vendor: ____________________ (legal representative)   Isola San Giulio, ____________ 2025

For the Customer: ____________________ (legal representative)  Yantai, ____________ 2025

Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves Art. 6.4 (sole remedies), Art. 8.2 (licence to aggregated data), Art. 10 (liability), Art. 12 (duration and withdrawal).

For the Customer: ____________________
"""

# ================================================================ files
SOURCES = {"h158z01": H158Z01, "h158z02": H158Z02, "h158z03": H158Z03, "h158z04": H158Z04, "h158z05": H158Z05,
           "h158e01": H158E01, "h158e02": H158E02, "h158e03": H158E03, "h158e04": H158E04, "h158e05": H158E05}
NAMES = {"h158z01": "h158z01_eco_environment_bigdata_platform_integration.txt",
         "h158z02": "h158z02_copper_foil_defect_inspection_system.docx",
         "h158z03": "h158z03_pet_grooming_booking_membership_saas.md",
         "h158z04": "h158z04_housing_security_system_annual_om.pdf",
         "h158z05": "h158z05_rice_cracker_mes_supplier_template.md",
         "h158e01": "h158e01_binder_maker_pim_licence_irish_vendor.docx",
         "h158e02": "h158e02_lugu_lake_guesthouse_booking_saas_german_vendor.md",
         "h158e03": "h158e03_kelp_abalone_seawater_sensors_french_integrator.txt",
         "h158e04": "h158e04_film_post_managed_it_scottish_provider.pdf",
         "h158e05": "h158e05_wine_export_document_api_italian_vendor.txt"}
TARGETS = {k: (n, n.rsplit(".", 1)[1]) for k, n in NAMES.items() if n.endswith((".docx", ".pdf"))}

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def sums():
    """Every price and payment sum in the texts, and the contract values."""
    cv = {}
    # z01
    z01 = [1860000, 1424000, 1338000, 296000, 412000, 48000]
    assert 1860000 + 1424000 == 3284000
    cv["h158z01"] = sum(z01); assert cv["h158z01"] == 5378000
    assert [cv["h158z01"] * p // 100 for p in (20, 45, 35)] == [1075600, 2420100, 1882300]
    assert 1075600 + 2420100 + 1882300 == 5378000 and 3284000 * 7 // 100 == 229880
    # z02
    hw = [16 * 38500, 16 * 9800, 8 * 46000, 8 * 52000, 8 * 12600]
    assert hw == [616000, 156800, 368000, 416000, 100800] and sum(hw) == 1657600
    cv["h158z02"] = sum(hw) + 186000 + 74000 + 13400; assert cv["h158z02"] == 1931000
    assert [cv["h158z02"] * p // 100 for p in (20, 45, 35)] == [386200, 868950, 675850]
    assert 386200 + 868950 + 675850 == 1931000 and 1657600 * 175 // 1000 == 290080
    # z03
    assert 86 * 380 * 36 == 1176480 and 4600 * 36 == 165600
    cv["h158z03"] = 1176480 + 165600 + 96000; assert cv["h158z03"] == 1438080
    # z04
    cv["h158z04"] = 318000 + 146000 + 72000 + 50000; assert cv["h158z04"] == 586000 and 4 * 146500 == 586000
    # z05
    cv["h158z05"] = 486000 + 412000 + 112000 + 16000; assert cv["h158z05"] == 1026000 and 2 * 513000 == 1026000
    # e01
    lic = 748000 + 186000 + 141000; assert lic == 1075000
    cv["h158e01"] = lic + 398000 + 164000 + 27000; assert cv["h158e01"] == 1664000
    assert [cv["h158e01"] * p // 100 for p in (20, 45, 35)] == [332800, 748800, 582400]
    assert 332800 + 748800 + 582400 == 1664000 and lic * 13 // 100 == 139750
    # e02
    assert 42 * 560 * 24 == 564480 and 3800 * 24 == 91200
    cv["h158e02"] = 564480 + 91200 + 38400; assert cv["h158e02"] == 694080
    # e03
    hw = [14 * 58600, 6 * 41500, 4 * 36800, 8 * 14900, 168000]
    assert hw == [820400, 249000, 147200, 119200, 168000] and sum(hw) == 1503800
    cv["h158e03"] = sum(hw) + 176000 + 62000 + 14200; assert cv["h158e03"] == 1756000
    assert [cv["h158e03"] * p // 100 for p in (10, 55, 35)] == [175600, 965800, 614600]
    assert 175600 + 965800 + 614600 == 1756000 and 1503800 * 95 // 1000 == 142861
    # e04
    assert 68500 * 24 == 1644000
    cv["h158e04"] = 1644000 + 52000; assert cv["h158e04"] == 1696000
    # e05
    assert 218000 * 3 == 654000 and 218000 + 96000 == 314000
    cv["h158e05"] = 654000 + 96000; assert cv["h158e05"] == 750000
    return cv


CV = sums()
N, T, F = None, True, False


def terms(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra flags, forum outside mainland, post-warranty fee base & yearly fee, planned rules)
L = {
 "h158z01": ("zh", "software", terms(99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 7, F, T, F, "PRC", G),
             dict(sla=T, ld=T, capped=T, deemed=F), F, 229880, []),
 "h158z02": ("zh", "hardware", terms(N, 1, T, "buyer", T, T, T, 0.08, 60, 20, T, T, 24, 17.5, F, T, F, "PRC", G),
             dict(sla=T, ld=T, capped=T, deemed=F), F, 290080, ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE"]),
 "h158z03": ("zh", "cloud", terms(99.5, 0.5, T, "buyer", T, F, T, 0.07, 150, N, T, N, N, N, T, T, F, "PRC", S),
             dict(sla=T, ld=T, deemed=F), F, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h158z04": ("zh", "services", terms(99.95, 0.25, T, "buyer", T, T, T, 0.03, N, N, T, N, N, N, F, T, T, N, S),
             dict(sla=T, ld=T, deemed=F), F, None, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h158z05": ("zh", "software", terms(N, 24, F, "supplier", T, F, T, 0.01, 20, 50, F, F, 6, N, F, T, N, N, G),
             dict(sla=T, ld=T, capped=F, deemed=T), F, None,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h158e01": ("en", "software", terms(N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 13, F, T, F, "Ireland", G),
             dict(sla=T, ld=T, capped=T, deemed=F), T, 139750, ["CR-GOVERNING-LAW"]),
 "h158e02": ("en", "cloud", terms(99.95, 1, T, "buyer", T, T, T, 450 / CV["h158e02"] * 100, 6 / 24 * 100, N, T, N,
                                  N, N, F, T, T, "Germany", S),
             dict(sla=T, ld=T, deemed=F), T, None, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h158e03": ("en", "hardware", terms(N, 2, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 24, 9.5, F, T, F, "PRC", G),
             dict(sla=T, ld=T, capped=T, deemed=F), F, 142861, []),
 "h158e04": ("en", "services", terms(N, 6, T, "buyer", T, T, T, 1100 / CV["h158e04"] * 100, 150, N, T, N, N, N, T, T,
                                     F, "Scotland", S),
             dict(sla=T, ld=T, deemed=F), T, None, ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-RESPONSE"]),
 "h158e05": ("en", "cloud", terms(99.95, 1, T, "buyer", T, F, T, 600 / CV["h158e05"] * 100, 125,
                                  314000 / CV["h158e05"] * 100, T, N, N, N, F, F, F, "PRC", S),
             dict(sla=T, ld=T, deemed=F), F, None, ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-TERMINATION"]),
}


def tco(key):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years
    = 5 - warranty years (partial pro rata); returns (tco, post-warranty fees, share %) or None if not computable."""
    lang, cat, t, ex, outside, fee, rules = L[key]
    if t["contract_kind"] != G or fee is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    total = CV[key] + post
    return total, post, post / total * 100


def apply_rules(key):
    lang, cat, t, ex, outside, fee, rules = L[key]
    goods = t["contract_kind"] == G
    out = []
    if not ex["sla"]:
        out.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        out.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        out.append("CR-SLA-RESPONSE")
    if ex["sla"] and not t["sla_remedy"]:
        out.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        out.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        out.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        out.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        out.append("CR-CONFIDENTIALITY")
    if not ex["ld"]:
        out.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        out.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        out.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        out.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        out.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        out.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not ex["capped"] or t["post_warranty_fee_pct"] > 15):
        out.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        out.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        out.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        out.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or outside:
        out.append("CR-GOVERNING-LAW")
    x = tco(key)
    if x is not None and x[2] > 40:
        out.append("CR-TCO-SERVICE-SHARE")
    return sorted(out)


def write_labels():
    for key, (lang, cat, t, ex, outside, fee, rules) in L.items():
        assert apply_rules(key) == sorted(rules), (key, apply_rules(key), rules)
        extra = {"sla_clause": ex["sla"], "ld_stated": ex["ld"]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = ex["capped"]
        extra["acceptance_deemed_on_delivery"] = ex["deemed"]
        extra["contract_value"] = CV[key]
        lab = {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
               "expected_rules": sorted(rules)}
        (OUT / (NAMES[key].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                    encoding="utf-8")
        x = tco(key)
        print(key, sorted(rules), "" if x is None else "TCO %.0f post %.0f share %.2f%%" % x)


if __name__ == "__main__":
    for key, name in NAMES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
