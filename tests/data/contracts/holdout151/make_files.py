"""holdout151: builds the ten held-out contracts of this folder from the sources kept below.

The .md and .txt files are written as they are; the two .docx (real Word price tables) and the two .pdf
(paragraphs broken at word boundaries, wrap_words=True) are built with ../word_pdf.py.
Run with /work/main/.venv/bin/python from anywhere.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h151z01 — 生态环境局 污染源在线监控平台 (政府采购 公开招标, buyer's paper) — .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H151Z01 = """
T:云川市生态环境局污染源在线监控平台建设项目政府采购合同
P:合同编号：YCHJ-ZFCG-2025-017    采购项目编号：YCCG2025-GK-0412（公开招标）
P:采购人（甲方）：云川市生态环境局
P:地址：云川市新城区环湖东路88号
P:供应商（乙方）：青霄环境信息技术有限公司
P:地址：云川市高新区科创大道166号创新大厦9层
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设云川市污染源在线监控平台，内容包括：服务器、存储及安全设备的供货与安装；平台基础软件及GIS组件许可；数据有效性审核、超标预警、执法联动及省级平台对接等功能的定制开发；全市312家重点排污单位数采仪接入调试及历史监测数据迁移；系统集成、部署与培训。
P:1.2 技术要求以招标文件《采购需求》及乙方投标文件为准，两者不一致的以标准较高者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰叁拾陆万叁仟元整（¥3,363,000.00），为固定总价，已包含设备、软件、开发、运输、保险、安装、调试、培训、税费以及质保期内服务的全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用服务器（2路64核，512GB内存）|6台|86,000|516,000
TB:2|数据库服务器|2台|132,000|264,000
TB:3|分布式存储（裸容量400TB）|1套|398,000|398,000
TB:4|下一代防火墙（含入侵防御）|2台|76,500|153,000
TB:5|数据库审计及日志审计系统|1套|92,000|92,000
TB:6|污染源在线监控基础平台软件许可（永久）|1套|680,000|680,000
TB:7|GIS一张图组件许可（永久）|1套|126,000|126,000
TB:|软硬件小计|||2,229,000
TB:8|定制开发（有效性审核、超标预警、执法联动、省平台对接）|1项|742,000|742,000
TB:9|数采仪接入调试及历史数据迁移（312家）|1项|187,200|187,200
TB:10|系统集成、部署及等保测评配合|1项|168,000|168,000
TB:11|培训|1项|36,800|36,800
TB:|合计|||3,363,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币672,600元。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的50%，即人民币1,681,500元。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的25%，即人民币840,750元。
P:3.4 合同总价的5%即人民币168,150元作为质量保证金，质保期满且乙方无未履行义务的，甲方在15个工作日内无息退还。
P:3.5 乙方每次收款前应开具等额合法发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后30日内完成硬件到货，90日内完成软件部署和定制开发并提交初验申请，150日内完成全部312家单位的接入调试。
P:4.2 乙方应在合同签订后10个工作日内提交实施方案，经甲方确认后执行。
P:4.3 设备应为全新原厂正品。到货后双方共同开箱清点并签署到货签收单；到货签收不代表质量验收。
H:第五条 验收
P:5.1 初验：系统部署完成并经乙方自测后，由甲方组织初验。初验标准为：（1）功能逐项满足《采购需求》功能清单；（2）监测数据自数采仪上传至平台入库的时延不超过60秒；（3）超标预警在数据入库后5分钟内推送至执法人员移动端；（4）与省级污染源监控平台的数据对接经省级平台运维单位书面确认；（5）第三方测评机构出具的网络安全等级保护第三级测评结论为“符合”或“基本符合”，且无高风险问题。
P:5.2 试运行与终验：初验合格后进入90日试运行期。试运行期内未发生一级故障，312家单位全部接入，且历史数据迁移经抽样核对无差错的，甲方组织有专家参加的终验，并出具书面终验报告。
P:5.3 任何一项未达标准的，乙方应在10日内整改并重新提交验收，费用由乙方承担。系统上线、试运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与维保服务
P:6.1 质保期自终验合格之日起三年。质保期内乙方免费提供软硬件维修、备件更换、软件缺陷修复、版本升级及每季度一次的现场巡检。
P:6.2 质保期内平台月度可用率不低于99.95%。经甲方同意的计划维护时间不计入不可用时间，计划维护应提前3日书面通知甲方。
P:6.3 故障分级及响应：一级故障（平台整体不可用或数据接收中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（一般性问题）在下一个工作日内处理完毕。
P:6.4 乙方未达到6.2、6.3要求的，一级故障恢复每超时1小时扣款人民币2,000元，二级故障每超时1日扣款人民币500元；月度可用率每低于约定值0.01个百分点扣款人民币3,000元。扣款从质量保证金或维保费中抵扣。
P:6.5 质保期满后，甲方可与乙方另行签订维保合同。维保年费不超过本合同软硬件小计的8%，即每年不超过人民币178,320元，质保期满后的前两年内不得上调，服务内容与质保期相同。
H:第七条 数据安全
P:7.1 平台采集、存储、处理的全部污染源监测数据、排污单位信息、执法记录及日志均属于甲方所有。乙方仅可为履行本合同之目的在甲方授权范围内接触上述数据，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:7.2 乙方应按照网络安全等级保护第三级要求建设和维护平台。运维操作须经甲方审批并通过堡垒机进行，全程留痕；乙方不得在平台中设置后门或未经告知的远程访问通道。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并配合调查。因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，包括监管处罚和第三方索赔。
H:第八条 保密
P:8.1 乙方对在履行本合同中知悉的甲方工作秘密、排污单位商业信息、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的软件、源代码、接口程序、数据库设计及技术文档的知识产权归甲方所有。乙方应在终验时向甲方完整移交源代码及文档，甲方可自行或委托第三方修改、使用和许可他人使用。
P:9.2 基础平台软件及GIS组件的知识产权归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期提交初验申请或逾期完成接入的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金累计不超过合同总价的10%。逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目招标文件不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项中对应未履行部分的金额、支付违约金和赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 附件：1. 采购需求；2. 投标报价明细；3. 设备配置清单；4. 验收方案。
P:甲方（盖章）：云川市生态环境局    乙方（盖章）：青霄环境信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h151z02 — 铝型材表面缺陷在线检测系统 (hardware + post-warranty maintenance) — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H151Z02 = """
T:铝型材表面缺陷在线检测系统采购合同
P:合同编号：JL-SB-2025-0863
P:甲方（买方）：南海金澜铝型材有限公司
P:地址：佛山市南海区狮山镇金澜工业园1号
P:乙方（卖方）：苏州睿视智能装备有限公司
P:地址：苏州工业园区星湖街218号生物纳米园B2栋
P:为提升挤压生产线的表面质量管控水平，甲方向乙方采购铝型材表面缺陷在线检测系统及相关服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、合同标的与范围
P:（一）乙方为甲方3#、5#、7#三条挤压生产线各提供一套表面缺陷在线检测系统，覆盖型材四个表面，能够识别划伤、气泡、起皮、夹杂、压痕、氧化色差等缺陷，并与甲方MES系统对接，实现缺陷定位、喷码标记和质量追溯。
P:（二）乙方负责设备供货、运输、安装、调试、缺陷样本标注、模型训练、MES对接、培训以及质保期内和质保期满后的维护服务。
H:二、合同价款
P:（一）合同总价为人民币贰佰壹拾壹万元整（¥2,110,000.00），含13%增值税、包装、运输、保险、安装及质保期内全部服务费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|线阵相机检测工位（4K线阵相机8台、光源、支架及防护罩）|3套|804,000
TB:2|边缘推理工控机（含GPU）|3台|289,500
TB:3|中心服务器及存储|1套|186,000
TB:4|缺陷喷码标记装置|3套|115,200
TB:5|表面缺陷检测软件许可（永久，三条产线）|1套|420,000
TB:|设备及软件小计||1,814,700
TB:6|安装调试及MES对接|1项|156,000
TB:7|缺陷样本标注及模型训练|1项|118,000
TB:8|操作及维护培训|1项|21,300
TB:|合计||2,110,000
P:（二）上述价格为固定价格，合同履行期间不因原材料价格、汇率等因素调整。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方向乙方支付合同总价的35%作为预付款，即人民币738,500元。
P:（二）全部设备到货并安装调试完毕、双方签署安装确认单后15个工作日内，甲方支付合同总价的38%，即人民币801,800元。安装确认单仅确认安装完成，不代表验收合格。
P:（三）系统终验合格后15个工作日内，甲方支付合同总价的22%，即人民币464,200元。
P:（四）合同总价的5%即人民币105,500元作为质量保证金，质保期满后15个工作日内无息支付。
P:（五）乙方应在每次付款前开具合法有效的增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方厂区，并在到货后20日内完成三条产线的安装调试。安装应利用甲方计划停机时间进行，每条产线停机不得超过36小时。
P:（二）乙方安装人员应遵守甲方安全生产管理制度，进入挤压车间须持证上岗并佩戴防护用品。
P:（三）设备毁损、灭失的风险自双方签署安装确认单时转移给甲方。
H:五、验收
P:（一）验收标准：1. 对宽度0.3毫米及以上的划伤、直径0.5毫米及以上的气泡等约定缺陷，漏检率不高于1.5%，误报率不高于3%；2. 检测速度适应最高每分钟45米的挤出速度；3. 缺陷位置与喷码标记的偏差不超过10毫米；4. 缺陷记录、图片及批次信息实时写入MES，对接数据抽查一致；5. 三条产线连续稳定运行30日，无一级故障。
P:（二）乙方调试完毕后书面提交验收申请，甲方在10个工作日内组织终验，以不少于2,000米连续生产的型材为样本，由双方共同复检。验收合格的，双方签署终验报告。
P:（三）验收不合格的，乙方应在15日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同。设备安装、试运行或甲方使用均不视为验收合格。
H:六、质量保证
P:（一）质保期为终验合格之日起二十四个月。质保期内乙方免费提供维修、零部件更换、软件缺陷修复和模型优化，并每季度上门巡检一次。
P:（二）故障响应：1. 一级故障（检测工位停机或批量漏检）：乙方接报后1小时内远程响应，8小时内工程师到达现场；2. 二级故障（单一表面检测异常或误报明显增加）：2小时内远程响应，48小时内到场；3. 三级故障：3个工作日内处理。
P:（三）乙方未按上述时限响应或到场的，每超时1小时按人民币800元向甲方支付违约金，甲方可从质量保证金中直接扣除。
H:七、质保期满后的维护服务
P:（一）质保期满后，乙方继续为甲方提供维护服务，服务内容与质保期相同，按年计费。
P:（二）维护服务费按设备及软件小计的18.5%每年计取，即每年人民币335,719.50元，质保期满后的三年内固定不变，按季度支付。
P:（三）维护服务期内乙方的响应时限及违约责任与质保期相同。
H:八、数据与信息安全
P:（一）检测系统采集的型材图像、缺陷记录、生产批次及工艺参数均属于甲方所有，乙方仅可在提供本合同服务所必需的范围内使用，不得用于为其他客户训练模型或任何其他目的。
P:（二）乙方远程维护须经甲方设备部书面批准，通过甲方提供的VPN账号进行，每次维护结束后关闭账号；乙方不得将甲方数据拷贝出厂区。
P:（三）乙方应采取病毒防护、访问控制等措施，保障检测系统及所连接的MES网络安全。发生数据泄露、丢失或因乙方设备导致生产网络中断的，乙方应在2小时内通知甲方并立即处置，因乙方原因造成的损失由乙方承担赔偿责任。
H:九、保密
P:乙方对在履行本合同中获知的甲方工艺参数、模具信息、客户订单、生产数据等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至该信息依法公开之日止。
H:十、知识产权
P:（一）检测软件平台的知识产权归乙方所有，乙方授予甲方在本合同约定产线上永久使用的权利。
P:（二）乙方为甲方标注的缺陷样本数据集、基于甲方样本训练的检测模型参数以及MES对接程序（含源代码）归甲方所有，甲方可自行或委托第三方修改和使用。
P:（三）乙方保证其提供的设备和软件不侵犯任何第三方的知识产权。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）任何一方违约给对方造成损失的，应赔偿对方的实际损失。
H:十二、分包
P:乙方不得转包本合同。设备吊装、线缆敷设等辅助工作需要分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:（一）乙方逾期交货超过30日，或出现严重质量问题经两次整改仍不合格，或有其他严重违约行为经甲方书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力导致合同无法履行的，双方可协商解除合同。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交佛山仲裁委员会按其仲裁规则仲裁，仲裁裁决为终局裁决。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）附件：1. 技术规格书；2. 设备配置清单；3. 验收方案；4. 售后服务承诺。
P:甲方（盖章）：南海金澜铝型材有限公司    乙方（盖章）：苏州睿视智能装备有限公司
P:授权代表：__________    授权代表：__________
P:日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h151z03 — 连锁药店 会员与处方流转 SaaS (three years + 实施) — .md, Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H151Z03 = """# 会员管理与处方流转SaaS服务合同

**合同编号**：XH-IT-2025-0219

**甲方（客户）**：湘禾大药房连锁股份有限公司
地址：湖南省长沙市岳麓区麓谷大道627号

**乙方（服务商）**：杭州云岐医药科技有限公司
地址：浙江省杭州市滨江区江南大道3850号

鉴于甲方在湖南省内经营436家直营门店，拟使用乙方提供的会员管理与处方流转SaaS服务，双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

## 一、服务内容

1. **会员管理**：会员注册与识别、积分、等级、储值、慢病会员随访、精准营销（短信及企业微信触达）。
2. **处方流转**：对接互联网医院及合作医疗机构的电子处方，药师在线审方，处方调剂、核销与追溯，处方影像留存。
3. **总部数据驾驶舱**：门店销售、会员活跃、处方流转及审方时效等经营指标的实时展示。
4. **实施服务**：系统配置，约310万条会员数据迁移，与甲方门店收银系统及医保结算系统对接，门店店长及药师培训。

## 二、服务期限与续期

1. 订阅服务期为三年，自上线验收合格之日起计算。
2. 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。每次续期时乙方有权根据市场情况上调服务费，上调幅度不超过上一服务年度年费的8%，乙方应在续期生效前书面告知调整后的价格。

## 三、服务费用

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 会员管理模块 | 436家门店 × 1,150元/店/年 | 501,400 | 1,504,200 |
| 处方流转模块 | 436家门店 × 680元/店/年 | 296,480 | 889,440 |
| 总部数据驾驶舱 | 固定 | 72,000 | 216,000 |
| 订阅费小计 | | 869,880 | 2,609,640 |
| 实施费（一次性） | | | 236,000 |
| **合同总价** | | | **2,845,640** |

服务期内新增或关闭门店的，按上表单价按月折算增减费用，双方每季度书面确认一次。

## 四、付款方式

1. 本合同不设预付款。
2. 订阅费按季度支付：每个服务季度结束后15个工作日内，甲方支付当季订阅费人民币217,470元（按门店增减调整）。
3. 实施费在上线验收合格后15个工作日内一次性支付。
4. 乙方应在每次付款前开具合法有效的增值税专用发票。

## 五、实施与上线验收

1. 乙方应在合同签订后75日内完成全部门店上线：先在20家试点门店运行两周，再分批推广。
2. 验收标准：
   - （1）会员数据迁移后，会员数量、积分余额、储值余额与原系统逐项核对一致；
   - （2）处方从互联网医院推送至门店药师工作台的时间不超过10秒；
   - （3）与医保结算系统联调通过，抽取500笔交易核对无误；
   - （4）全部门店完成上线，且连续10个营业日无一级故障；
   - （5）《需求确认书》所列功能全部实现。
3. 满足上述标准后，甲方在7个工作日内出具上线验收报告。系统上线或甲方实际使用均不视为验收合格。
4. 因乙方原因未能按期完成上线验收的，每逾期一日，乙方向甲方支付违约金人民币2,000元。

## 六、服务水平

1. 乙方保证SaaS服务的月度可用率不低于99.5%。计划维护应安排在凌晨1:00至5:00之间，并提前48小时通知甲方。
2. 故障分级：一级故障（全部或大部分门店无法收银、无法识别会员或处方无法流转）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障1个工作日内处理。
3. 服务抵扣：月度可用率低于99.5%但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%；一级故障恢复每超时1小时，另行抵扣当月订阅费的1%。抵扣金额在下一季度订阅费中扣减。

## 七、数据归属与使用

1. 甲方在使用服务过程中产生的会员信息、处方信息、交易记录等业务数据（以下简称“甲方数据”）属于甲方。
2. 甲方同意，乙方可对甲方数据进行去标识化和汇总处理后，用于乙方产品改进、医药零售行业研究报告，以及向医药生产企业提供汇总统计分析服务；该等处理后的数据及分析成果归乙方所有，本合同终止后乙方仍可继续使用。
3. 合同终止后30日内，乙方应按甲方要求以通用格式返还甲方数据，并在甲方确认后删除其保存的全部甲方数据。

## 八、数据安全与个人信息保护

1. 乙方应在中国境内存储甲方数据，服务系统应通过网络安全等级保护第三级测评；对处方、病历等敏感个人信息加密存储和传输，实行最小权限访问和操作日志审计。
2. 乙方应遵守《个人信息保护法》《数据安全法》及处方管理、药品网络销售的相关规定，不得向境外提供甲方数据。
3. 发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施，配合甲方向监管部门报告。因乙方原因造成安全事件的，乙方承担由此产生的全部责任，包括对会员的赔偿及行政处罚。

## 九、保密

双方对在合同履行中知悉的对方商业秘密、经营数据、价格信息及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。

## 十、知识产权

1. SaaS平台及其升级版本的知识产权归乙方所有，甲方在服务期内享有使用权。
2. 乙方为甲方专门开发的接口程序、定制报表和营销规则配置归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 十一、违约责任

1. 乙方违反第七条第3款、第八条或第九条约定的，应赔偿甲方因此遭受的全部损失。
2. 除前款外，任何一方在本合同项下的累计赔偿责任不超过合同总价的150%。

## 十二、分包

乙方不得转包本合同。乙方使用的云计算基础设施服务商（阿里云计算有限公司）经甲方在本合同签署时确认；除此以外，乙方将任何服务分包给第三方的，须事先取得甲方书面同意。

## 十三、合同解除

1. 乙方严重违约（包括连续两个月可用率低于99%、发生重大数据安全事件等），经甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
2. 甲方逾期支付订阅费超过60日，经乙方书面催告后15日内仍未支付的，乙方有权解除本合同。

## 十四、适用法律与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 十五、其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：《需求确认书》《实施计划》《服务水平说明》。

甲方（盖章）：湘禾大药房连锁股份有限公司　　乙方（盖章）：杭州云岐医药科技有限公司

授权代表：__________　　授权代表：__________

日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h151z04 — 县教育局 智慧教育云平台 年度运维 (政府采购 竞争性磋商) — .txt, 第一章 / 第X条 / （一）
# ---------------------------------------------------------------------------------------------------------------
H151Z04 = """青溪县智慧教育云平台2025—2026年度运维服务合同

采购项目编号：QXZC-2025-CS-031（竞争性磋商）
合同编号：QXJY-YW-2025-08

采购人（甲方）：青溪县教育局
地址：青溪县城关镇文昌路12号

供应商（乙方）：赣西启明数智科技有限公司
地址：萍乡市经济技术开发区金三角大道99号

第一章 总则

第一条 根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第二条 服务期限为一年，自2025年9月1日起至2026年8月31日止。服务期满本合同自动终止；甲方如需继续采购运维服务，应依法重新组织采购，本合同不自动续期。

第二章 服务内容

第三条 运维对象为部署在县教育局数据中心的智慧教育云平台，包括统一身份认证、教学资源平台、电子班牌、常态化录播、网络阅卷和教育数据中心六个子系统，覆盖全县86所中小学及幼儿园。

第四条 乙方应提供以下服务：
（一）驻场运维：派驻2名具有相应资质的工程师，工作日8:00至18:00驻场，负责日常监控、账号管理、故障处理和用户咨询；
（二）巡检：每日远程巡检，每月对数据中心设备和各子系统进行一次全面巡检，每学期开学前对全县学校终端接入情况进行一次专项巡检，并提交巡检报告；
（三）网络安全运维：每季度漏洞扫描一次，每年渗透测试一次，配合完成网络安全等级保护测评及整改；
（四）数据备份：核心数据每日增量备份、每周全量备份，每学期开展一次容灾恢复演练；
（五）重大考试及活动保障：中考网上阅卷、学业水平考试网上阅卷等共6次，保障期间安排专人值守；
（六）平台软件运维及版本更新：修复缺陷，完成不少于两次功能优化版本更新；
（七）用户支持：通过热线电话和工单系统受理全县学校师生的使用咨询，每学期为各校信息管理员组织一次培训；
（八）运维报告：每月5日前提交上月运维月报，每季度提交运维分析报告，内容包括故障统计、工单处理、安全态势及改进建议。

第五条 乙方应在合同签订后10日内完成人员进场及运维交接，交接内容包括资产清单、账号权限、运维文档及遗留问题清单，并经甲方书面确认。
乙方驻场人员应与响应文件所列人员一致，持有相应的专业资格证书，并提供无违法犯罪记录证明。驻场人员须遵守甲方及各学校的管理制度，进入校园应佩戴工作证。乙方更换驻场人员须提前10日书面申请并经甲方同意，新人员的资历不得低于原人员。

第三章 服务费用与支付

第六条 本合同总价为人民币陆拾肆万捌仟元整（¥648,000.00），包括：
（一）驻场运维（2名工程师，全年）：318,000元；
（二）平台软件运维及版本更新：146,000元；
（三）网络安全运维：88,000元；
（四）数据备份与容灾演练：42,000元；
（五）重大考试及活动保障（6次）：54,000元。
合同总价为固定价格，包含人员、差旅、工具、税费等全部费用。

第七条 服务费按季度支付。每季度考核结束后15个工作日内，甲方按考核结果向乙方支付当季服务费人民币162,000元，并扣除第九条约定的考核扣款。本合同不设预付款。

第四章 服务水平与考核

第八条 故障分级与响应：
（一）一级故障：平台整体无法访问、统一身份认证中断或网络阅卷中断。乙方应在6小时内响应，24小时内恢复；
（二）二级故障：单个子系统主要功能不可用。乙方应在12小时内响应，48小时内解决；
（三）三级故障：一般性问题或咨询，3个工作日内处理完毕。
重大考试保障期间，乙方值守人员应在现场即时处理。

第九条 考核与扣款：
（一）一级故障恢复每超时1小时，扣款人民币1,000元；二级故障解决每超时1日，扣款人民币500元；
（二）巡检、备份或漏洞修复未按计划完成的，每项每次扣款人民币800元；
（三）季度考核得分低于80分的，另扣当季服务费的5%；连续两个季度低于70分的，甲方有权解除合同。
考核表见附件2。

第十条 验收：
（一）交接验收：乙方完成第五条约定的交接工作，甲方核对资产清单、账号权限和运维文档无误后签署交接确认单；
（二）季度考核：甲方依据附件2逐项评分，评分标准包括巡检按计划完成、每季度超时未关闭工单不超过3张、备份完整可恢复、高危漏洞在7日内修复、重大考试期间无一级故障；
（三）年度验收：服务期满前，甲方根据四个季度的考核结果、运维报告及用户满意度调查组织年度验收，出具书面验收意见。

第五章 数据安全、保密与知识产权

第十一条 平台中的全部数据，包括学生、教师个人信息（含未成年人个人信息）、教学资源、考试成绩及日志，均属于甲方所有。乙方仅为履行本合同之目的接触上述数据，不得复制、留存、向任何第三方提供或用于其他任何目的。

第十二条 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及未成年人个人信息保护的有关规定。运维操作须通过甲方堡垒机进行，高风险操作须经甲方书面审批；乙方人员不得使用个人设备存储甲方数据。发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即处置。因乙方原因造成安全事件的，乙方承担全部法律责任并赔偿甲方全部损失。

第十三条 乙方对履行本合同过程中知悉的甲方工作秘密、考试信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露；考试试题及成绩在公开前须严格保密。保密义务在合同终止后持续有效。

第十四条 乙方在运维过程中形成的运维文档、脚本、配置记录和知识库归甲方所有，乙方应在服务期满时完整移交，甲方可自由使用、修改或交由其他服务商使用。

第六章 违约责任

第十五条 乙方未在合同签订后10日内完成人员进场及交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第十六条 乙方在本合同项下的累计赔偿责任（含违约金及考核扣款）以本合同总价的50%为限。

第十七条 乙方不得转包本合同。乙方如需将部分非主体服务分包，应事先取得甲方书面同意。

第十八条 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。

第七章 争议解决及其他

第十九条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。

第二十条 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件：1. 运维服务需求；2. 季度考核表；3. 乙方驻场人员名单。

甲方（盖章）：青溪县教育局　　　　乙方（盖章）：赣西启明数智科技有限公司
法定代表人或授权代表：________　　法定代表人或授权代表：________
签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h151z05 — 黄酒酿造企业 ERP licence + custom development, supplier's own template — .md, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H151Z05 = """# 智衡ERP软件许可及实施服务合同

> 智衡标准合同文本 V5.0（文本编号 ZH-STD-ERP-2025）　本文本由杭州智衡软件股份有限公司提供

合同编号：ZH-2025-SX-0307

甲方（客户）：绍兴越醇黄酒股份有限公司
地址：浙江省绍兴市越城区鉴湖路318号

乙方：杭州智衡软件股份有限公司
地址：浙江省杭州市西湖区文三路478号智衡大厦

甲方拟采购乙方的智衡ERP软件产品并委托乙方提供实施及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 1. 定义

1.1 “软件产品”：指乙方享有知识产权的智衡ERP软件（V9系列）及其用户手册，包括财务、供应链、生产制造、质量管理、仓储管理模块。

1.2 “定制开发成果”：指乙方按甲方需求开发的程序、功能、报表、接口及相关文档，包括黄酒陈酿批次及酒坛追溯模块、经销商门户及扫码防窜货模块。

1.3 “上线”：指软件产品及定制开发成果在甲方生产环境中启用，开始处理甲方实际业务。

## 2. 合同标的

2.1 乙方向甲方提供软件产品的永久使用许可（120个并发用户），并提供实施服务、定制开发及培训。

2.2 实施范围包括业务蓝图设计、系统配置、期初数据迁移、与甲方现有灌装线数据采集系统的接口、上线支持。

2.3 培训包括关键用户培训及最终用户培训，乙方提供培训教材和操作手册电子版。

## 3. 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智衡ERP软件许可（永久，五个模块，120个并发用户） | 960,000 |
| 2 | 黄酒陈酿批次及酒坛追溯定制开发 | 386,000 |
| 3 | 经销商门户及扫码防窜货定制开发 | 214,000 |
| 4 | 实施服务（蓝图设计、配置、数据迁移、上线支持） | 318,000 |
| 5 | 培训（关键用户及最终用户） | 22,000 |
| | **合计** | **1,900,000** |

3.1 上述价款含增值税。因甲方需求变更产生的额外工作量，按乙方人天单价2,800元另行计费。

## 4. 付款方式

4.1 合同签订后5个工作日内，甲方支付合同总价的50%，即人民币950,000元。乙方收到该款项后启动项目。

4.2 系统上线后10个工作日内，甲方支付合同总价的45%，即人民币855,000元。

4.3 系统验收合格后10个工作日内，甲方支付合同总价的5%，即人民币95,000元。

4.4 甲方逾期付款的，乙方有权暂停实施及服务，并按逾期金额每日千分之一收取滞纳金。

## 5. 实施与交付

5.1 乙方计划在收到首笔款项后150日内完成系统上线。实施分为项目启动、蓝图设计、系统配置与开发、数据准备、用户培训、上线切换六个阶段，各阶段成果由甲方项目经理签字确认。

5.2 甲方应按实施计划提供办公场地、网络环境、关键用户及基础数据，并及时对蓝图方案作出决策。因甲方原因造成的延误，工期相应顺延，由此增加的乙方人天按第3.1条另行计费。

5.3 因乙方原因导致上线延期的，每延期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

5.4 乙方可根据项目需要，将部分实施、开发及培训工作委托乙方认证的合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 6. 验收

6.1 验收标准：（1）《需求规格说明书》所列功能经双方测试通过；（2）上线后完成一次完整的财务月结，总账与明细账一致；（3）库存账实抽盘一致；（4）陈酿批次及酒坛追溯可从成品瓶码追溯至原酒批次和酒坛编号；（5）系统上线后连续运行30日，无一级故障。

6.2 满足上述标准后，甲方应在5个工作日内签署验收报告。

## 7. 免费维护与后续服务

7.1 免费维护期自系统上线之日起六个月。免费维护期内，乙方提供远程技术支持、缺陷修复及软件产品补丁。

7.2 故障响应：一级故障（系统无法登录或核心业务无法处理）乙方在12小时内响应；二级故障在2个工作日内响应；三级故障在版本更新中统一处理。

7.3 上述响应时限为乙方的服务目标。乙方未能在上述时限内响应或修复的，不承担任何扣款、赔偿或违约责任。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护服务合同，年度维护服务费按乙方当年公布的服务价格标准执行。

## 8. 知识产权

8.1 软件产品的知识产权归乙方所有。甲方仅获得本合同约定范围内的永久使用许可。

8.2 定制开发成果（含源代码、设计文档）的知识产权均归乙方所有。甲方获得非独占、不可转让的使用许可，仅限于甲方内部使用，不得修改、反编译，或提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品或提供给其他客户。

## 9. 数据

9.1 甲方在使用软件过程中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方可在脱敏处理后使用甲方业务数据（含生产工艺参数、成本及销售数据），用于产品优化、酒类行业解决方案研发及案例展示。

9.3 乙方实施人员访问甲方系统应经甲方授权，乙方应采取合理的安全措施保护甲方数据，防止泄露、篡改和丢失。发生数据安全事件的，乙方应在24小时内通知甲方并协助处置；因乙方故意或重大过失造成数据泄露的，乙方承担相应的赔偿责任。

## 10. 保密

10.1 双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，保密期限为本合同终止后两年。

10.2 本条不影响乙方依第9.2条使用脱敏数据。

## 11. 违约责任与责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失及数据损失。

## 12. 合同解除

12.1 任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还，乙方已完成的实施工作按实际人天结算。

## 13. 适用法律与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 14. 其他

14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。

14.2 附件：1.《需求规格说明书》；2.《实施计划》；3.《培训计划》。

甲方（盖章）：绍兴越醇黄酒股份有限公司　　乙方（盖章）：杭州智衡软件股份有限公司

授权代表：__________　　授权代表：__________

日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h151e01 — Yiwu toy maker: product-compliance perpetual licence + configuration + support; vendor on Inishfree
#           (Irish style) — .txt, "Clause N" + N.N
# ---------------------------------------------------------------------------------------------------------------
H151E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. BCS-CN-2025-014

THIS AGREEMENT is made on the ____ day of ______________ 2025

BETWEEN

(1) BRACKEN COMPLIANCE SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with company number 612847, having its registered office at Inishfree Island, Burtonport, County Donegal, F94 K7T2, Ireland (the "Licensor"); and

(2) YIWU HUANLE TOYS CO., LTD., a limited liability company established under the laws of the People's Republic of China, having its registered address at No. 18 Xiuhu Industrial Park, Futian Street, Yiwu, Zhejiang Province, China (the "Customer").

BACKGROUND

(A) The Licensor develops and licenses ToyGuard, a software suite for managing the product-safety compliance of toys, including test reports, technical files and chemical substance declarations.

(B) The Customer manufactures toys in Yiwu for export and for the domestic market, and wishes to license ToyGuard on a perpetual basis and to have it configured for its product range.

(C) At the Customer's request all fees under this Agreement are expressed and payable in Renminbi (CNY).

IT IS AGREED as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement:
"Acceptance Tests" means the tests described in Clause 7;
"Business Day" means a working day in the People's Republic of China;
"Configurations" means the workflows, rule sets, category mappings, report templates and other settings prepared by the Licensor for the Customer;
"Customer Data" means all data entered into or generated by the Software for the Customer, including formulations, supplier declarations and test reports;
"Final Acceptance" means the issue by the Customer of the certificate referred to in Clause 7.3;
"Go-Live" means the first productive use of the configured Software;
"Licence Fee" means the fees for the Software set out in Part A of Schedule 1;
"Software" means ToyGuard Compliance Suite Enterprise and the Regulatory Content Module, in object code, with their documentation and updates;
"Support Services" means the support and maintenance services described in Clause 10 and Schedule 2;
"Total Contract Price" means CNY 1,580,000, being the sum of all fees in Schedule 1.

1.2 The Schedules form part of this Agreement.

Clause 2 Licence

2.1 In consideration of payment of the Licence Fee, the Licensor grants to the Customer a non-exclusive, non-transferable, perpetual licence to install and use the Software on the Customer's own servers or private cloud in mainland China for up to 80 named users, for the business purposes of the Customer and its wholly owned subsidiaries.

2.2 The Customer may make copies for back-up, testing and disaster recovery.

Clause 3 Configuration Services

3.1 The Licensor shall provide for a fixed price: mapping of the Customer's 6,400 active SKUs to the applicable standards (EN 71, ASTM F963, GB 6675, CPSIA); test-report workflows with the Customer's three laboratories; substance-restriction rules for REACH and GB 6675.4; label checks; and migration of existing test reports.

3.2 The Target Go-Live Date is 140 days after signature.

Clause 4 Fees and Payment

4.1 The fees in Schedule 1 are fixed and include all expenses and taxes.

4.2 The Total Contract Price shall be paid as follows:
(a) 20% (CNY 316,000) within thirty days after signature of this Agreement;
(b) 45% (CNY 711,000) within thirty days after the Installation Certificate, which confirms only that the Software has been installed and does not constitute acceptance;
(c) 35% (CNY 553,000) within thirty days after Final Acceptance.

Clause 5 Customer Obligations

5.1 The Customer shall provide the server environment and product master data. A delay caused by the Customer extends the Target Go-Live Date accordingly.

Clause 6 Delay

6.1 If Go-Live is not achieved by the Target Go-Live Date for reasons attributable to the Licensor, the Licensor shall pay to the Customer liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of 8% of the Total Contract Price. The parties agree that this sum is a genuine pre-estimate of the Customer's loss and not a penalty.

Clause 7 Acceptance

7.1 Following Go-Live the parties shall carry out the Acceptance Tests, which shall demonstrate that: (a) each SKU in a sample of 300 chosen by the Customer is mapped to the correct standards and its required tests are listed; (b) a complete technical file can be generated for EU and US shipments for a sample of 40 products; (c) the substance-restriction checks flag every restricted substance in the Customer's test set of 120 declarations; (d) the migrated test reports reconcile with the source records in number and attachments; and (e) the Software runs in production for twenty consecutive Business Days without a Severity 1 fault.

7.2 Failed tests shall be corrected and repeated within ten Business Days at the Licensor's cost.

7.3 When all Acceptance Tests have been passed the Customer shall issue a Final Acceptance certificate within five Business Days. Neither installation, Go-Live, use of the Software in production nor any payment constitutes acceptance.

Clause 8 Warranty

8.1 The Licensor warrants that for eighteen (18) months from Final Acceptance (the "Warranty Period") the Software and the Configurations will perform materially in accordance with the documentation and the agreed specification.

8.2 During the Warranty Period the Licensor shall provide the Support Services free of charge, including error correction, new releases and quarterly updates of the regulatory content.

Clause 9 Intellectual Property

9.1 All intellectual property rights in the Software remain with the Licensor.

9.2 All intellectual property rights in the Configurations and in every other deliverable of the configuration services, including those prepared specifically for the Customer, shall vest in and remain with the Licensor. The Customer receives a non-exclusive, non-transferable licence to use the Configurations with the Software for its internal purposes for as long as it holds the licence in Clause 2. The Customer may not modify the Configurations other than through the Licensor, nor permit any third party to use them.

Clause 10 Support after the Warranty Period

10.1 After the Warranty Period the Customer may order Support Services year by year. The annual Support Fee is 12.5% of the Licence Fee, that is CNY 130,625 per year, and is fixed for the first three support years after the Warranty Period. Thereafter any increase shall not exceed 3% per year.

10.2 Support Services are ordered by purchase order for one support year at a time and do not renew automatically.

10.3 The service levels and service credits in Schedule 2 apply during the Warranty Period and during every support year.

Clause 11 Data Protection and Security

11.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and only on the Customer's documented instructions.

11.2 The Software is hosted on the Customer's infrastructure in mainland China. The Licensor shall access it only through the Customer's VPN with multi-factor authentication and the Customer's approval for each session, shall not copy Customer Data or transfer it outside mainland China, and shall comply with the Personal Information Protection Law of the PRC.

11.3 The Licensor shall maintain appropriate technical and organisational security measures, shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall co-operate fully in its investigation, and shall bear the costs and losses caused by any incident attributable to its breach of this Clause 11.

Clause 12 Confidentiality

12.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including the Customer's product designs, formulations and prices, during this Agreement and for five years after its termination.

Clause 13 Limitation of Liability

13.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 11 or Clause 12.

13.2 Subject to Clause 13.1, the Licensor's total aggregate liability arising under or in connection with this Agreement, shall not exceed an amount equal to sixty per cent (60%) of the Total Contract Price.

13.3 Neither party shall be liable for any indirect or consequential loss or for loss of profits.

Clause 14 Subcontracting

14.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Customer and remains responsible for any approved subcontractor.

Clause 15 Term and Termination

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty days after written notice, or if the other party becomes insolvent.

15.2 If the Customer terminates before Final Acceptance under Clause 15.1, the Licensor shall refund all fees paid.

Clause 16 Governing Law and Jurisdiction

16.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.

16.2 The courts of Ireland shall have exclusive jurisdiction.

SCHEDULE 1 - FEES (CNY)

Part A - Licence Fee
ToyGuard Compliance Suite Enterprise, perpetual licence, 80 named users: 780,000
ToyGuard Regulatory Content Module (EU, UK, US, CN), perpetual licence: 265,000
Licence Fee subtotal: 1,045,000

Part B - Services
Configuration services (fixed price): 428,000
Migration of existing test reports and certificates: 74,000
Training (train-the-trainer, four days in Yiwu): 33,000

Total Contract Price: 1,580,000

SCHEDULE 2 - SUPPORT SERVICE LEVELS

Severity 1 (the Software is unavailable to all users, or technical files cannot be generated ahead of a shipment): response within 1 hour, 24 hours a day, 7 days a week; workaround within 8 hours.
Severity 2 (a major function is impaired for some users): response within 2 business hours; fix or workaround within 3 Business Days.
Severity 3 (minor issue or question): response on the next Business Day; fix in the next release.
Service credits: CNY 1,500 for each hour or part of an hour by which a Severity 1 response or workaround time is missed, and CNY 500 for each Business Day by which a Severity 2 target is missed. Credits are deducted from the next Support Fee or, during the Warranty Period, paid to the Customer.

SIGNED for and on behalf of BRACKEN COMPLIANCE SOFTWARE LIMITED
by: ______________________ Director

SIGNED for and on behalf of YIWU HUANLE TOYS CO., LTD.
by: ______________________ Legal Representative / Authorised Signatory
"""

# ---------------------------------------------------------------------------------------------------------------
# h151e02 — Mount Emei pilgrimage-tour operator: booking SaaS, Order Form + General Terms; vendor on the Wörth
#           island in the Wörthersee (Austrian style) — .pdf, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H151E02 = """
T:ORDER FORM No. SR-2025-0388 - SEEROSE PILGRIMPASS
P:Provider: Seerose Reservierungssysteme GmbH, Inselweg 2, Wörth Island, 9082 Maria Wörth, Austria, registered in the Companies Register under FN 503118 k, Regional Court of Klagenfurt (the "Provider").
P:Customer: Emeishan Jinding Pilgrimage Travel Co., Ltd., No. 66 Mingshan Road, Emeishan City, Sichuan Province, People's Republic of China (the "Customer").
H:1. Service
P:Seerose PilgrimPass, Professional edition, provided as software as a service: online booking of pilgrimage tours and monastery stays on Mount Emei; bundling of scenic-area admission, sightseeing-bus and cable-car tickets; scheduling of guides and vehicles; a WeChat mini-program front end for pilgrims; group manifests; and a back office for up to 60 users of the Customer.
H:2. Initial Term
P:36 months from the Go-Live Date (§ 4 (3) of the General Terms).
H:3. Fees (in CNY, at the Customer's request)
P:Subscription Fee per Subscription Year: CNY 258,000
P:Subscription Fees for the Initial Term (3 Subscription Years): CNY 774,000
P:Set-up and integration (one-off): CNY 146,000
P:Training of office staff and guides (one-off): CNY 18,000
P:Total Contract Value: CNY 938,000
H:4. Invoicing
P:The Set-up Fee, the Training Fee and the Subscription Fee for the first Subscription Year (together CNY 422,000) are invoiced on signature of this Order Form and are payable within 14 days, before the Provider starts the set-up work. The Subscription Fee for the second and the third Subscription Year is invoiced at the start of the respective Subscription Year.
H:5. Target Go-Live Date
P:16 weeks after receipt of the first payment.
H:6. Hosting region
P:Mainland China (Chengdu region of the Provider's hosting partner).
P:This Order Form and the General Terms below together form the Agreement.
T:GENERAL TERMS OF SEEROSE RESERVIERUNGSSYSTEME GMBH (VERSION 2025-03)
H:§ 1 Subject Matter
P:(1) The Provider makes the booking platform described in the Order Form (the "Platform") available to the Customer over the internet for the term of the Agreement and provides the set-up, integration, training and support services described in these General Terms.
P:(2) The Provider operates and maintains the Platform, including the hardware and software required for it, and provides new releases at no extra charge.
H:§ 2 Definitions
P:(1) "Customer Data" means all data entered into, uploaded to or generated on the Platform by or for the Customer, in particular the personal data of pilgrims and guides, identity document numbers, booking and payment records and group manifests.
P:(2) "Go-Live Date" means the date on which the acceptance protocol under § 4 (3) is signed.
P:(3) "Subscription Year" means each period of one year starting on the Go-Live Date or on an anniversary of it.
H:§ 3 Term and Renewal
P:(1) The Agreement enters into force on signature of the Order Form and runs for the Initial Term stated in the Order Form.
P:(2) After the Initial Term the Agreement is extended by further periods of one year each at unchanged fees, unless either party gives written notice of non-renewal at least three months before the end of the current term. Any change of the fees for an extension period requires a written agreement of both parties.
H:§ 4 Set-up, Acceptance and Contractual Penalty
P:(1) The Provider shall configure the Platform and build the integrations listed in the Order Form, in particular the WeChat mini-program with WeChat Pay, the interface to the ticketing system of the Mount Emei scenic-area administration and the room-inventory interfaces of the twelve monasteries with which the Customer has contracts.
P:(2) Before Go-Live the parties shall carry out an acceptance test according to the test catalogue agreed in the project kick-off. The test shall show at least that: (a) every tour product can be booked end to end through the mini-program, including payment and refund through WeChat Pay; (b) room availability of all twelve monasteries is synchronised within 60 seconds; (c) the ticket bundle is issued through the scenic-area ticketing interface; (d) group manifests are exported in the format required by the scenic-area administration and for the registration of guests; and (e) the Platform serves 2,000 concurrent users with page response times below two seconds.
P:(3) When the test has been passed the parties sign an acceptance protocol. Productive use of the Platform before the protocol is signed does not constitute acceptance.
P:(4) If the acceptance protocol cannot be signed by the Target Go-Live Date for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 650 for each calendar day of delay, up to 10% of the Total Contract Value. The penalty is payable irrespective of proof of damage; the Customer's right to claim damages exceeding the penalty remains unaffected.
H:§ 5 Fees and Payment
P:(1) The fees and the invoicing dates are set out in the Order Form. All fees are fixed for the Initial Term.
P:(2) Invoices are payable within 14 days of receipt without deduction. Service credits under § 6 (4) are set off against the next invoice.
P:(3) In the event of late payment the Provider may charge default interest at the statutory rate.
H:§ 6 Service Levels
P:(1) The Provider guarantees an availability of the Platform of 99.95% per calendar month, measured at the Provider's internet gateway in the hosting region. Announced maintenance windows of up to three hours per month between 01:00 and 04:00 China Standard Time are not counted as downtime.
P:(2) Support is available from Monday to Sunday, 08:00 to 20:00 Central European Time, by telephone, e-mail and the support portal.
P:(3) Response times: Priority 1 (booking or payment impossible for all users): within six hours; Priority 2 (a main function is impaired): within one business day; Priority 3 (all other requests): within three business days.
P:(4) If the monthly availability falls below 99.95%, the Customer receives a service credit of 5% of the monthly share of the Subscription Fee; below 99.5%, 10%; below 99.0%, 20%.
H:§ 7 Data Protection and Data Security
P:(1) Customer Data remains the property of the Customer. The Provider processes Customer Data solely on the Customer's instructions and solely to perform the Agreement; any other use is excluded.
P:(2) Customer Data is stored and processed exclusively in mainland China. The hosting environment holds a level-3 filing under the Multi-Level Protection Scheme; data is encrypted in transit and at rest, access is restricted to named administrators with multi-factor authentication, and all access is logged. Staff of the Provider outside mainland China have no access to personal data; second-level support from Austria works on masked data views only.
P:(3) The Provider complies with the Personal Information Protection Law of the People's Republic of China. It notifies the Customer of any personal-data breach or other security incident within 12 hours of becoming aware of it, takes all measures necessary to contain it and supports the Customer in notifying the authorities and the data subjects.
P:(4) The Provider is liable for all damage resulting from a breach of its obligations under this § 7, including fines and compensation paid by the Customer.
H:§ 8 Confidentiality
P:(1) Each party shall treat as confidential all business and trade secrets of the other party that become known to it in connection with the Agreement, in particular prices, booking volumes, contracts with monasteries and customer lists, and shall not disclose them to third parties.
P:(2) This obligation survives the end of the Agreement by five years.
H:§ 9 Liability
P:(1) The Provider is liable without limitation for intent, gross negligence, personal injury and breaches of § 7 and § 8.
P:(2) In all other cases the total liability of the Provider under the Agreement is limited to 150% of the Total Contract Value.
H:§ 10 Intellectual Property
P:(1) All rights in the Platform remain with the Provider. The Customer receives a non-exclusive right to use the Platform for the term of the Agreement.
P:(2) The customer-specific work results - the design of the mini-program, the integration adapters for the scenic-area ticketing system and the monastery interfaces, and the report templates - belong to the Customer. The Customer receives an exclusive and unlimited right to use, modify and license them, and the Provider delivers their source code at Go-Live.
H:§ 11 Subcontractors
P:(1) The Provider may engage subcontractors and sub-processors of its choice, including its hosting partner and a local implementation partner in Chengdu.
P:(2) The Provider shall inform the Customer by e-mail at least fourteen days before engaging a new subcontractor. The consent of the Customer is not required. The Provider is responsible for its subcontractors as for its own acts.
H:§ 12 Termination
P:(1) Ordinary termination is governed by § 3.
P:(2) Either party may terminate the Agreement for good cause with immediate effect, in particular if the other party commits a material breach and fails to remedy it within 30 days after written notice. Good cause for the Customer includes an availability below 99.0% in two consecutive months.
P:(3) On termination the Provider shall return all Customer Data in CSV or JSON format within 30 days and then delete it, confirming the deletion in writing.
H:§ 13 Miscellaneous
P:(1) Amendments and supplements to the Agreement must be made in writing; this also applies to a waiver of the written-form requirement.
P:(2) Should any provision of the Agreement be or become invalid, the remaining provisions remain valid. The invalid provision shall be replaced by a valid one that comes closest to its economic purpose.
H:§ 14 Governing Law and Disputes
P:(1) The Agreement is governed by the laws of the People's Republic of China, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.
P:(2) All disputes arising out of or in connection with the Agreement shall be finally settled by the Chengdu Arbitration Commission in Chengdu in accordance with its rules. The language of the proceedings is Chinese.
P:Maria Wörth and Emeishan, on the dates of the signatures below.
P:For the Provider: ____________________ (Managing Director)    For the Customer: ____________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h151e03 — Rongcheng kelp farm: seawater sensors + maintenance; integrator on Île Tudy (French), buyer's paper
#           — .docx, "Article N – Title" + N.N, Word price table and fault table
# ---------------------------------------------------------------------------------------------------------------
H151E03 = """
T:CONTRACT FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF A SEAWATER MONITORING SYSTEM
P:Contract No. HH-EQ-2025-011
P:BETWEEN Rongcheng Haihe Kelp Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at No. 8 Haiwan Road, Sanggou Bay, Rongcheng, Weihai, Shandong Province, represented by its legal representative, hereinafter "the Buyer",
P:AND Océane Tudy Instrumentation SAS, a simplified joint-stock company with a share capital of EUR 250,000, registered with the Trade and Companies Register of Quimper under number 842 116 503, whose registered office is at 3 Place de la Cale, 29980 Île-Tudy, France, represented by its President, hereinafter "the Supplier",
P:hereinafter together "the Parties".
H:Preamble
P:The Buyer cultivates kelp on longlines over approximately 1,300 hectares in Sanggou Bay. Changes in water temperature, nutrients and dissolved oxygen during the growing season affect yield and the timing of the harvest. The Buyer issued a request for quotation for a real-time seawater monitoring system, and the Supplier submitted the offer of 12 May 2025. This Contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are stated and paid in CNY.
H:Article 1 – Purpose of the Contract
P:1.1 The purpose of this Contract is the supply, installation, commissioning and maintenance by the Supplier of a seawater monitoring system consisting of instrumented buoys, nutrient analysers, current meters, a shore station and monitoring software (the "System").
P:1.2 The Supplier acts as integrator and is responsible for the complete System, including equipment from third-party manufacturers.
H:Article 2 – Contractual Documents
P:2.1 The Contract consists of the following documents, in decreasing order of precedence: this Contract; Annex 1 (Technical Specification); Annex 2 (Price Schedule); Annex 3 (Acceptance Protocol); the Supplier's offer.
H:Article 3 – Scope of Supply
P:3.1 The Supplier shall deliver and deploy fourteen multiparameter buoys measuring temperature, salinity, dissolved oxygen, pH, chlorophyll-a and turbidity, with solar power and 4G/BeiDou telemetry; four buoy-mounted nutrient analysers (nitrate and phosphate); three acoustic current profilers; a shore station with data server, gateway and UPS at the Buyer's operations building; and the monitoring and alert software with its mobile application.
P:3.2 The Supplier shall moor and commission the buoys at the positions defined in Annex 1, integrate the System with the Buyer's farm management system, configure the alert rules and train the Buyer's staff.
H:Article 4 – Price
P:4.1 The Contract Price is CNY 2,990,000 (two million nine hundred and ninety thousand yuan), all taxes, duties, transport to Rongcheng, insurance, vessel hire and services included. It is firm and not subject to revision. The breakdown is as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter monitoring buoy with telemetry|14|118,000|1,652,000
TB:2|Nutrient analyser (nitrate, phosphate), buoy-mounted|4|96,500|386,000
TB:3|Acoustic current profiler|3|84,000|252,000
TB:4|Shore station (data server, gateway, UPS)|1 lot|128,000|128,000
TB:5|Monitoring and alert software, perpetual licence, with mobile app|1 lot|214,000|214,000
TB:|Equipment and Licence Subtotal|||2,632,000
TB:6|Mooring, deployment and commissioning at sea|1 lot|236,000|236,000
TB:7|Integration with the farm management system and alert rules|1 lot|94,000|94,000
TB:8|Training|1 lot|28,000|28,000
TB:|Contract Price|||2,990,000
H:Article 5 – Payment Terms
P:5.1 The Buyer shall pay the Contract Price as follows: 10% (CNY 299,000) as an advance within 15 days after receipt of an on-demand bank guarantee for the same amount; 55% (CNY 1,644,500) after delivery and commissioning of all buoys, confirmed by a commissioning report, which does not constitute acceptance; 35% (CNY 1,046,500) after Final Acceptance under Article 7.
P:5.2 Payments are made by bank transfer within 30 days after receipt of a valid VAT invoice.
H:Article 6 – Delivery, Installation and Delay Penalties
P:6.1 The Supplier shall deliver all equipment to Rongcheng within 75 days and complete the mooring and commissioning within 110 days after signature of the Contract, subject to sea conditions. Days on which the Buyer's harbour master prohibits navigation extend these periods accordingly.
P:6.2 In case of delay attributable to the Supplier, the Supplier shall pay delay penalties of 0.1% of the Contract Price per calendar day of delay, without prior formal notice, up to a maximum of 10% of the Contract Price. Penalties do not release the Supplier from its obligations.
H:Article 7 – Acceptance
P:7.1 After commissioning, a sea trial of 45 consecutive days begins. Final Acceptance is pronounced when the following criteria are met: (a) every buoy transmits a complete data set at 10-minute intervals; (b) the measured values agree with laboratory analysis of water samples taken by the Buyer within the tolerances of Annex 1 (temperature 0.1 °C, salinity 0.2, dissolved oxygen 0.3 mg/L); (c) alerts reach the mobile application within three minutes of the triggering measurement; (d) no Critical fault has occurred during the last 15 days of the trial; (e) the integration with the farm management system has been demonstrated.
P:7.2 The Parties sign the acceptance protocol of Annex 3. If a criterion is not met, the Supplier shall remedy the defect and the sea trial is extended accordingly. Delivery, installation, use of the System or any payment does not constitute acceptance.
H:Article 8 – Warranty
P:8.1 The Supplier warrants the System against any defect in design, materials or workmanship for twenty-four (24) months from Final Acceptance.
P:8.2 During the warranty period the Supplier shall, free of charge, repair or replace defective parts, recalibrate the sensors twice a year, remove biofouling from the sensors at each calibration, and supply software corrections and updates.
H:Article 9 – Maintenance after the Warranty Period
P:9.1 After the warranty period the Supplier shall provide maintenance services with the same content for an annual fee of 8.5% of the Equipment and Licence Subtotal, i.e. CNY 223,720 per year, fixed for three years. Reagents for the nutrient analysers are invoiced at the prices of Annex 2, fixed for the same period.
P:9.2 Maintenance is renewed each year only by a written order of the Buyer.
H:Article 10 – Service Levels
P:10.1 During the warranty period and the maintenance period the Supplier shall meet the following service levels:
TB:Fault level|Definition|Response|On-site intervention|Restoration
TB:Critical|A buoy offline, or the alert system down, during the growing season|1 hour (remote)|48 hours, weather permitting|72 hours
TB:Major|One sensor of a buoy faulty, or the shore station degraded|8 hours|5 days|10 days
TB:Minor|Other faults and questions|2 business days|next scheduled visit|next scheduled visit
P:10.2 If a response time is exceeded, the Supplier shall pay CNY 500 per hour of delay; if a restoration time is exceeded, CNY 2,000 per day of delay. These amounts may be deducted from any sum due to the Supplier.
H:Article 11 – Data Ownership and Data Security
P:11.1 All measurement data, alerts, configuration data and logs generated by the System belong to the Buyer. The Supplier may use them only for the performance of the warranty and maintenance services.
P:11.2 The data is stored on the Buyer's shore server and on a cloud service chosen by the Buyer in mainland China. The Supplier's remote access is made through the Buyer's VPN, with the Buyer's approval for each session, and is logged. No data may be transferred outside mainland China.
P:11.3 The Supplier shall apply appropriate security measures (access control, encryption of the telemetry, security updates). It shall report any security incident affecting the System within 2 hours and shall bear all consequences of an incident attributable to it, including compensation of the Buyer's losses.
H:Article 12 – Confidentiality
P:12.1 Each Party shall keep confidential all information received from the other Party, in particular the Buyer's production data, farm layout and prices, during the Contract and for five years after its end.
H:Article 13 – Intellectual Property
P:13.1 The software remains the property of its publisher; the Buyer receives a perpetual, non-exclusive licence for its use.
P:13.2 The integration scripts, alert rules, configurations and documentation prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Article 14 – Liability and Insurance
P:14.1 The Supplier is liable for all direct damage caused to the Buyer by the non-performance or improper performance of the Contract.
P:14.2 The Supplier shall hold civil liability insurance covering work at sea and provide a certificate before the first deployment.
H:Article 15 – Subcontracting
P:15.1 The Supplier may not subcontract any part of the Contract without the Buyer's prior written consent. By signing this Contract the Buyer approves Rongcheng Shidao Marine Engineering Co., Ltd. as subcontractor for vessel hire and mooring work. The Supplier remains fully responsible for its subcontractors.
H:Article 16 – Termination
P:16.1 If the Supplier fails to perform a material obligation and does not remedy the failure within 30 days after formal notice by registered letter, the Buyer may terminate the Contract by operation of law, without prejudice to damages.
P:16.2 The Buyer may also terminate the Contract if the delay penalties reach their maximum.
H:Article 17 – Force Majeure
P:17.1 Typhoons, storm warnings and navigation bans ordered by the authorities constitute force majeure for work at sea. The affected Party shall notify the other without delay.
H:Article 18 – Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai in accordance with its rules. The award is final and binding on both Parties.
H:Article 19 – Miscellaneous
P:19.1 This Contract is drawn up in English and Chinese; both versions are equally authentic. It enters into force on signature by both Parties.
P:Done at Rongcheng, in two originals.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h151e04 — Guangzhou e-sports club: managed IT + desktop support; provider on Papa Stour (Scottish style)
#           — .md, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H151E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**Agreement reference:** SKN/GZ/2025/07

**between**

**SKERRY NETWORKS LIMITED**, a company incorporated under the Companies Acts in Scotland (registered number SC714262) and having its registered office at The Old Haa, Papa Stour, Shetland ZE2 9PW (the "**Provider**")

**and**

**GUANGZHOU RED PHOENIX E-SPORTS CLUB CO., LTD.**, a company established under the laws of the People's Republic of China and having its registered address at Floor 12, No. 233 Huangpu Avenue West, Tianhe District, Guangzhou (the "**Customer**")

**WHEREAS** the Customer operates professional e-sports teams with a training centre, a boot camp and a match arena in Guangzhou, and wishes the Provider to manage its IT estate and to support its players and staff; and the Provider, acting through its Guangzhou subsidiary, is willing to do so; **THEREFORE** the parties have agreed and do hereby agree as follows:

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement:

- "**Charges**" means the charges set out in Clause 6;
- "**Customer Data**" means all data of the Customer processed by the Provider, including players' personal information, training and scrim recordings, strategy files, sponsor contracts and account credentials;
- "**Match Day**" means a day on which one of the Customer's teams plays an official match or a broadcast event;
- "**Service Commencement Date**" means the date on which the Customer signs the Service Commencement Certificate under Clause 4;
- "**Services**" means the services described in Clause 3;
- "**Total Charges**" means CNY 1,801,600, being the Monthly Charges for the Term plus the Onboarding Charge.

1.2 Headings are for convenience only. Words in the singular include the plural.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of the last signature and, unless terminated earlier, continues for 24 months from the Service Commencement Date (the "**Term**").

2.2 This Agreement shall not renew automatically. Any extension shall be agreed in writing by both parties, including the charges for the extension.

## 3. THE SERVICES

3.1 The Provider shall provide:

- (a) management and monitoring of the Customer's network at the training centre, the boot camp and the arena, including the core and access switches, the Wi-Fi network, the firewalls and the two internet links;
- (b) management of 140 gaming PCs, 18 streaming and production workstations, 45 office PCs and the game and scrim servers, including imaging, patching, anti-cheat client updates and peripheral replacement from the Customer's stock;
- (c) a service desk in Mandarin, Cantonese and English from 08:00 to 02:00 (China Standard Time) every day;
- (d) on-site desktop support at the training centre during the service desk hours;
- (e) a dedicated on-site engineer at the arena on up to 40 Match Days per year;
- (f) monthly service reports and quarterly service reviews.

3.2 Additional work outside the scope of Clause 3.1, such as the fit-out of a new training room, shall be agreed in a written change note stating the price and the timetable before the work starts.

3.3 The Customer shall give the Provider's engineers access to its premises during the service desk hours and shall nominate a contact person for each site.

## 4. ONBOARDING AND SERVICE COMMENCEMENT ACCEPTANCE

4.1 The Provider shall complete onboarding within 45 days after signature. Onboarding comprises the discovery and documentation of all devices, the installation of monitoring agents, the hand-over of administrative credentials from the Customer's previous provider and a joint test of the service desk.

4.2 The Customer shall sign the Service Commencement Certificate when the Provider has shown that: (a) every device in the asset register is monitored and reporting; (b) a standard gaming-PC image can be restored onto a training-room PC within 20 minutes; (c) failover between the two internet links works without interrupting a live game session; (d) the service desk has handled a test set of 30 tickets within the service levels; and (e) the runbooks listed in Schedule 1 have been delivered. Use of the Services before the certificate is signed is not acceptance.

4.3 If the Service Commencement Date does not occur within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,400 for each day of delay, up to CNY 84,000 in total.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following service levels:

| Priority | Example | Response | On-site attendance | Resolution target |
|---|---|---|---|---|
| P1 | Match or training room down, arena network outage, match-day stream failure | 15 minutes | 45 minutes | 3 hours |
| P2 | Single PC or stream workstation unusable, degraded Wi-Fi | 1 hour | 2 hours | 8 hours |
| P3 | Other incidents and service requests | 2 hours | next business day | 3 business days |

5.2 The network at the training centre and the arena shall be available 99.95% of the time in each month, excluding maintenance agreed in advance with the Customer, which shall never be scheduled on a Match Day.

5.3 For each P1 incident in which the response or on-site time is missed, and for each month in which the availability in Clause 5.2 is not met, the Provider shall grant a service credit of 3% of the Monthly Charge, up to 20% of the Monthly Charge per month. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

## 6. CHARGES AND PAYMENT

6.1 At the Customer's request all charges are in CNY:

| Charge | Amount (CNY) |
|---|---|
| Monthly Charge (24 months x 72,400) | 1,737,600 |
| Onboarding Charge (one-off) | 64,000 |
| **Total Charges** | **1,801,600** |

6.2 Match Days beyond 40 per year are charged at CNY 3,800 each on the Customer's written request.

6.3 The Onboarding Charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. No charge is payable in advance. Invoices are payable within 30 days.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and for no other purpose.

7.2 The Provider shall keep Customer Data in mainland China, restrict access to named engineers using multi-factor authentication, log all privileged access, never remove storage media from the Customer's premises, and comply with the Personal Information Protection Law and the Cybersecurity Law of the PRC.

7.3 The Provider shall notify the Customer within 12 hours of any actual or suspected security incident affecting Customer Data, shall take all steps necessary to contain it, and shall indemnify the Customer against all losses arising from an incident caused by the Provider's breach of this Clause 7.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, which in the case of the Customer includes team strategies, scrim recordings, roster plans and sponsor terms, and shall not disclose it without the other party's prior written consent, during the Term and for five years thereafter.

## 9. INTELLECTUAL PROPERTY

9.1 The runbooks, configurations, scripts, PC images and documentation produced by the Provider for the Customer shall belong to the Customer, which may use, modify and give them to any successor provider.

9.2 The Provider retains the rights in its own monitoring tools, which the Customer may use during the Term.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 The Customer approves the Provider's wholly owned subsidiary, Skerry IT Services (Guangzhou) Co., Ltd., which shall employ the on-site engineers. The Provider shall not otherwise subcontract any part of the Services without the Customer's prior written consent, and remains responsible for every subcontractor.

## 11. LIABILITY

11.1 Nothing in this Agreement limits liability for death or personal injury, fraud, or breach of Clause 7 or Clause 8.

11.2 Subject to Clause 11.1, the Provider's total liability under or in connection with this Agreement shall not exceed 125% of the Total Charges.

## 12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within 30 days after written notice, or if P1 service levels are missed in three consecutive months.

12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent.

## 13. EXIT

13.1 On expiry or termination the Provider shall hand over all Customer Data, credentials, runbooks and documentation to the Customer or its new provider and shall give reasonable assistance for 30 days at no extra charge.

## 14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement and any non-contractual obligations arising from it shall be governed by the law of Scotland.

14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh.

## 15. GENERAL

15.1 No variation of this Agreement is valid unless made in writing and signed by both parties.

15.2 Notices shall be given in writing to the addresses set out above.

15.3 This Agreement constitutes the entire agreement between the parties in respect of its subject matter and supersedes all prior proposals and correspondence.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages are subscribed as follows:

For **SKERRY NETWORKS LIMITED** at Lerwick on ______________ 2025, by ______________ Director, before this witness: ______________

For **GUANGZHOU RED PHOENIX E-SPORTS CLUB CO., LTD.** at Guangzhou on ______________ 2025, by ______________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h151e05 — Dandong strawberry exporter: phytosanitary-certificate API subscription + integration; vendor on Tino
#           (Italian style) — .txt, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H151E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT FOR THE PHYTOLINK API SERVICE

Ref. FD-2025/CN/041

BETWEEN

FITOSANA DIGITALE S.r.l., with registered office at Isola del Tino, 19025 Porto Venere (SP), Italy, share capital EUR 120,000.00 fully paid-up, tax code and VAT number IT 01487650119, registered with the Companies Register of Riviera di Liguria, in the person of its Chief Executive Officer (hereinafter the "Vendor")

AND

DANDONG HONGYU STRAWBERRY EXPORT CO., LTD., with registered office at No. 27 Gangwan Street, Donggang, Dandong, Liaoning Province, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Vendor has developed and operates PhytoLink, an application programming interface (API) service that checks export consignments of fresh and frozen fruit against the phytosanitary import requirements of the destination countries, prepares the data for phytosanitary certificate applications and tracks the status of the certificates;

b) the Customer grows, packs and exports fresh and frozen strawberries from Donggang to Japan, Korea, Russia, Southeast Asia and Canada, and wishes to connect its ERP, warehouse and cold-chain traceability systems to PhytoLink;

c) at the Customer's request all fees are expressed and paid in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and Annexes)

1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex A: Service Description; Annex B: Integration Specification and Acceptance Tests; Annex C: Service Levels.

Art. 2 (Definitions)

2.1 "Consignment Data" means all data transmitted by the Customer to the Service or generated by the Service for the Customer, including growers, production places, packing lots, cold-store records, destinations, buyers, certificate applications, certificates and inspection results.

2.2 "Integration" means the connection of the Customer's ERP, warehouse management system and cold-chain traceability labels to the Service as described in Annex B.

2.3 "Service" means the PhytoLink API service, its web console and the related support.

2.4 "Service Start Date" means the date of the Integration Acceptance under Art. 6.

Art. 3 (Subject Matter)

3.1 The Vendor grants the Customer the right to use the Service for the term of this Agreement and undertakes to carry out the Integration and to train the Customer's staff.

3.2 The subscription includes up to 3,000 certificate transactions per contract year. Further transactions are charged at CNY 25 each.

3.3 The Vendor shall keep the rule base up to date with the import requirements published by the authorities of the destination countries and shall inform the Customer of every relevant change within five working days of its publication.

Art. 4 (Term and Renewal)

4.1 This Agreement is effective from signature. The subscription runs for thirty-six (36) months from the Service Start Date.

4.2 At its expiry the subscription is tacitly renewed for successive periods of one year at the same fees, unless either Party gives notice of termination by registered letter or certified e-mail (PEC or equivalent) at least ninety days before expiry.

Art. 5 (Fees and Payment Terms)

5.1 The fees are as follows:
- subscription fee: CNY 16,800 per month, i.e. CNY 604,800 for the thirty-six months;
- Integration fee (one-off, fixed price): CNY 132,000;
- training fee (one-off): CNY 12,000;
- total contract value: CNY 748,800.

5.2 The subscription fee is invoiced quarterly in arrears. The Integration fee is invoiced after the Integration Acceptance and the training fee after completion of the training. No amount is due before the Service Start Date.

5.3 Invoices are payable within thirty days of receipt by bank transfer to the Vendor's account in CNY.

Art. 6 (Integration and Acceptance)

6.1 The Vendor shall complete the Integration within ninety days of signature, in time for the autumn planting declarations.

6.2 The Integration Acceptance tests described in Annex B shall show that: (i) a consignment created in the Customer's ERP is checked against the requirements of each of the eight destination countries listed in Annex A and any missing requirement is reported; (ii) the data of a certificate application is generated without manual re-keying for a test set of 50 consignments; (iii) the certificate status and inspection results are returned to the ERP and linked to the packing lot; (iv) cold-chain labels print the certificate number. The Parties sign an acceptance report when the tests are passed; use of the Service in production before that date does not constitute acceptance.

6.3 If a test fails, the Vendor shall correct the defects and repeat the test within ten working days.

6.4 If the Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.02% (two hundredths of one per cent) of the total contract value for each day of delay, up to 5% of the total contract value.

Art. 7 (Service Levels)

7.1 The Vendor shall make the Service available 99.95% of the time in each calendar month, excluding planned maintenance announced five days in advance.

7.2 Support response times: Priority 1 (the API is unavailable or certificate applications cannot be submitted): one hour, every day from 07:00 to 23:00 China Standard Time; Priority 2: one working day; Priority 3: three working days.

7.3 The service levels in this Art. 7 are performance objectives. Failure to meet them does not give rise to service credits, price reductions or penalties; the Vendor shall analyse the cause of any failure and report it to the Customer.

Art. 8 (Obligations of the Customer)

8.1 The Customer shall ensure that the data it transmits is accurate and complete and shall keep its access credentials secure. The Customer remains responsible for the content of the certificate applications it submits to the customs authorities.

8.2 The Customer shall make available to the Vendor, during the Integration, a test environment of its ERP and warehouse systems and a contact person with decision-making authority. A delay caused by the Customer extends the Integration period accordingly.

Art. 9 (Consignment Data and Data Security)

9.1 The Consignment Data is the property of the Customer.

9.2 The Service is hosted in mainland China by the Vendor's hosting partner in a data centre holding a level-3 filing under the Multi-Level Protection Scheme. The Vendor shall encrypt the Consignment Data in transit and at rest, limit access to authorised personnel, keep access logs, notify the Customer of any security incident within 24 hours, and be liable for the damage caused by incidents attributable to it.

9.3 The Customer authorises the Vendor to use the Consignment Data, in anonymised and aggregated form, to produce statistics on export volumes, destinations and interception rates, to publish the PhytoLink Market Monitor and to improve its rule base, also after the end of this Agreement.

9.4 On termination the Vendor shall return the Consignment Data in CSV format within thirty days and then delete it.

Art. 10 (Confidentiality)

10.1 Each Party shall keep strictly confidential the information of the other Party that it receives in connection with this Agreement, including prices, buyers and volumes, and shall use it only for the performance of this Agreement. This obligation survives for three years after termination.

Art. 11 (Intellectual Property)

11.1 The Service, the rule base and the software remain the exclusive property of the Vendor.

11.2 The integration adapters, mappings and label templates developed for the Customer under Annex B belong to the Customer, which may use, modify and license them without restriction. The Vendor shall deliver their source code together with the acceptance report.

Art. 12 (Liability)

12.1 The Vendor's total liability under this Agreement shall not exceed twice the total contract value, except in the case of wilful misconduct or gross negligence.

Art. 13 (Subcontracting)

13.1 The Vendor may not subcontract the Integration or the Service, in whole or in part, without the prior written consent of the Customer. The hosting partner named in Annex A is approved by signature of this Agreement.

Art. 14 (Termination)

14.1 The Customer may terminate this Agreement by registered letter if the Vendor commits a serious breach and does not remedy it within thirty days after a written request to perform.

14.2 The Vendor may terminate this Agreement if the Customer fails to pay two consecutive quarterly invoices within thirty days after a written reminder.

Art. 15 (Force Majeure)

15.1 Neither Party is liable for a failure caused by events beyond its reasonable control, including interruptions of the customs authorities' systems.

15.2 The affected Party shall notify the other Party without delay and shall resume performance as soon as the event ends.

Art. 16 (Governing Law and Disputes)

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Dandong Arbitration Commission for arbitration in Dandong under its rules.

Art. 17 (Final Provisions)

17.1 This Agreement is made in two originals in the English language. Any amendment must be made in writing.

17.2 The Parties declare that each clause of this Agreement has been individually negotiated.

Porto Venere / Donggang, ______________ 2025

The Vendor ______________________          The Customer ______________________
"""

SOURCES = {"h151z01": H151Z01, "h151z02": H151Z02, "h151z03": H151Z03, "h151z04": H151Z04, "h151z05": H151Z05,
           "h151e01": H151E01, "h151e02": H151E02, "h151e03": H151E03, "h151e04": H151E04, "h151e05": H151E05}
TARGETS = {"h151z01": ("h151z01_city_eco_bureau_pollution_monitoring_platform.docx", "docx"),
           "h151z02": ("h151z02_aluminium_extrusion_surface_defect_inspection.pdf", "pdf"),
           "h151e02": ("h151e02_pilgrimage_tour_booking_saas_austrian_vendor.pdf", "pdf"),
           "h151e03": ("h151e03_kelp_farm_seawater_sensors_french_integrator.docx", "docx")}
PLAIN = {"h151z03": "h151z03_pharmacy_chain_member_prescription_saas.md",
         "h151z04": "h151z04_county_education_cloud_platform_om.txt",
         "h151z05": "h151z05_rice_wine_brewer_erp_supplier_template.md",
         "h151e01": "h151e01_toy_maker_compliance_licence_irish_vendor.txt",
         "h151e04": "h151e04_esports_club_managed_it_scottish_provider.md",
         "h151e05": "h151e05_strawberry_exporter_phyto_api_italian_vendor.txt"}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, name in PLAIN.items():
        (OUT / name).write_text(SOURCES[key], encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
