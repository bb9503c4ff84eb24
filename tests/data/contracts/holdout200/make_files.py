"""holdout200: builds the ten held-out draft contracts from the sources kept below.

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts are written as they are; the two
.docx (real Word price tables) and the two .pdf (paragraphs broken at word boundaries, wrap_words=True) are built
with ../word_pdf.py. Markup for word_pdf: T: title, H: heading, P: paragraph, TB: table row (cells split by |).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h200z01 (.docx): 市民政局 智慧养老服务监管平台 — system integration, 政府采购 公开招标, buyer's paper. 第X条 + 1.1.
H200Z01 = """
T:澄州市智慧养老服务监管平台建设项目政府采购合同
P:合同编号：CZMZ-2026-ZC-031
P:采购人（甲方）：澄州市民政局
P:供应商（乙方）：杭州颐联信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据澄州市公共资源交易中心组织的“澄州市智慧养老服务监管平台建设项目”（项目编号：CZCG-2026-0417）公开招标结果及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、乙方投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责建设澄州市智慧养老服务监管平台，覆盖市本级及下辖六个区县的养老机构、居家养老服务站和社区老年助餐点，实现养老机构备案与等级评定监管、居家养老服务工单派发与回访、养老服务补贴核算与发放、老年人能力评估、助餐服务管理及数据驾驶舱等功能。
P:1.2 乙方提供居家紧急呼叫终端1,200台，安装于甲方确定的特困、独居及失能老年人家中，并接入平台呼叫中心模块，实现一键呼叫、定位和服务派单。
P:1.3 平台部署于澄州市政务云。乙方负责应用部署，完成与省民政一体化平台、市医保信息系统及人口基础信息库的数据对接，并配合甲方完成网络安全等级保护第三级测评。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾玖万陆仟元整（¥2,296,000.00），为固定总价，包含软件许可、设备、定制开发、数据对接、部署、培训、运输、税费及质保期内的全部服务费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智慧养老服务监管平台软件许可（永久使用）|1套|680,000|680,000
TB:2|居家紧急呼叫终端（含安装）|1,200台|420|504,000
TB:3|定制开发（补贴核算、服务工单、助餐、能力评估、数据驾驶舱）|1项|736,000|736,000
TB:4|数据对接（省民政一体化平台、医保、人口库）|1项|218,000|218,000
TB:5|部署实施及培训|1项|96,000|96,000
TB:6|等保测评配合及安全加固|1项|62,000|62,000
TB:合计||||2,296,000
P:2.2 第1项与第2项合计人民币1,184,000元，为本合同的“软硬件价款”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的25%作为预付款，即人民币574,000元。
P:3.2 平台上线并通过初步验收后10个工作日内，甲方支付合同总价的50%，即人民币1,148,000元。
P:3.3 项目通过最终验收后10个工作日内，甲方支付合同总价剩余的25%，即人民币574,000元。
P:3.4 乙方每次收款前应开具等额合法发票。甲方按国库集中支付程序付款，因财政资金拨付流程产生的合理延迟不视为甲方违约。
H:第四条 实施进度与人员
P:4.1 乙方应自合同签订之日起60日内完成需求确认和终端安装，120日内完成平台上线并提交初步验收申请。
P:4.2 初步验收通过后进入试运行，试运行期为60日。
P:4.3 乙方应派驻项目经理及不少于5名实施人员，项目经理须与投标文件一致，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术需求清单所列功能逐项测试通过；（2）在500个并发用户条件下，常用页面响应时间不超过3秒；（3）与省民政一体化平台、医保及人口库的数据交换连续10个工作日无差错；（4）1,200台呼叫终端全部完成安装、入网和拨测。
P:5.2 最终验收标准：（1）试运行期间未发生一级故障；（2）取得第三方测评机构出具的等保第三级测评报告，结论为“符合”或“基本符合”且无高风险问题；（3）乙方已移交源代码、数据库设计、部署手册、运维手册和培训记录。
P:5.3 甲方在收到乙方验收申请后10个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并申请复验，费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、终端维修更换及技术支持。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%（计划内维护除外，且须提前3个工作日书面通知甲方）。故障分级及响应要求为：一级故障（平台整体不可用或呼叫中心中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（单一功能模块不可用）1小时内响应，24小时内恢复；三级故障（一般性问题）2个工作日内解决。
P:6.3 乙方未达到上述服务水平的，每超时1小时向甲方支付违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，向甲方支付人民币2,000元。上述款项甲方可从应付乙方的款项中直接扣减。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度维护费不超过软硬件价款的9.5%，即每年不超过人民币112,480元，该价格在质保期满后两年内不予上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、接口程序、数据库设计及全部技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属单位。
P:7.3 乙方保证其提供的软件、设备不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、生成和存储的老年人基本信息、健康信息、补贴发放信息及服务记录等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，对敏感个人信息采取加密存储、传输加密、最小权限和操作审计措施；运维访问须经甲方审批并通过堡垒机进行，不得将数据复制至政务云以外的任何介质或系统。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并在1小时内报告甲方。因乙方原因导致数据安全事件的，乙方承担全部赔偿责任及由此产生的法律责任。
P:8.4 合同终止时，乙方应将全部数据移交甲方，并彻底删除其持有的数据副本，出具书面删除证明。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、老年人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期完成上线或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的终端或软件不符合合同约定的，应在甲方指定期限内更换或整改，并承担由此产生的费用。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同，并要求乙方赔偿损失：（1）严重违约，且在甲方书面通知后15日内未纠正；（2）逾期完成上线超过60日；（3）因乙方原因发生重大数据安全事件。
P:12.2 合同解除后，乙方应配合完成数据和资料移交。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并按规定报同级财政部门备案。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：澄州市民政局　　　　乙方（盖章）：杭州颐联信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h200z02 (.pdf): 钢铁线材厂 线材表面缺陷在线检测系统 — hardware supply + post-warranty maintenance. 一、/（一）/1.
H200Z02 = """
T:高速线材表面缺陷在线检测系统采购合同
P:合同编号：YS-XC-2026-118
P:买方（甲方）：苏北永盛特钢有限公司
P:卖方（乙方）：武汉视界智检科技有限公司
P:甲方为提高高速线材产品表面质量管控水平，拟在高线一厂1号、2号生产线加装表面缺陷在线检测系统。经甲方询比价及技术交流，双方本着平等自愿、诚实信用的原则，签订本合同。
H:一、合同标的与范围
P:（一）乙方向甲方提供两套线材表面缺陷在线检测系统，每套安装于一条高速线材生产线吐丝机前，适用规格φ5.5mm至φ16mm，最高轧制速度110米/秒。
P:（二）供货范围如下：
P:1. 高速线阵相机及镜头16台（每线8台，环向全覆盖）；
P:2. LED频闪光源及控制器16套；
P:3. 水冷防护箱及压缩空气吹扫装置4套；
P:4. GPU图像处理服务器4台；
P:5. 缺陷检测与分类软件许可2套（永久使用，含缺陷样本库管理、质量追溯报表）。
P:（三）乙方负责设备安装、相机标定、系统调试、与甲方MES系统的数据接口开发，以及操作和维护人员培训。
H:二、合同价款
P:（一）本合同总价为人民币贰佰肆拾万零肆仟元整（¥2,404,000），含13%增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|高速线阵相机及镜头|16台|68,500|1,096,000
TB:2|LED频闪光源及控制器|16套|12,800|204,800
TB:3|水冷防护箱及吹扫装置|4套|46,000|184,000
TB:4|GPU图像处理服务器|4台|92,500|370,000
TB:5|缺陷检测与分类软件许可|2套|180,000|360,000
TB:|设备及软件小计|||2,214,800
TB:6|安装、标定、调试及MES接口|1项|158,000|158,000
TB:7|培训|1项|31,200|31,200
TB:|合计|||2,404,000
P:（二）上述价格为固定价格，包含设备、软件、运输、保险、安装调试、接口开发、培训及质保期内的全部服务费用。
H:三、付款方式
P:（一）合同生效后15日内，甲方支付合同总价的10%作为预付款，计人民币240,400元。
P:（二）设备全部到货并安装完毕，经甲方签收后15日内，甲方支付合同总价的50%，计人民币1,202,000元。到货签收及安装完毕仅表示数量和外观确认，不构成质量验收。
P:（三）系统通过最终验收后15日内，甲方支付合同总价的35%，计人民币841,400元。
P:（四）其余5%作为质量保证金，计人民币120,200元，质保期满且无质量问题后15日内无息支付。
P:（五）甲方以银行转账或银行承兑汇票方式付款，乙方应在每期付款前开具合规的增值税专用发票。
H:四、交货与安装
P:（一）交货期：合同生效后75日内，设备运抵甲方高线一厂指定地点。
P:（二）安装调试须利用甲方轧线检修窗口进行。乙方应根据甲方检修计划提前制定安装方案，单次占用检修时间不得超过甲方批准的时长。
P:（三）乙方应在设备到货后45日内完成两条生产线的安装调试，并书面申请热试考核。
H:五、验收
P:（一）热试考核期为连续45日。考核期内系统应满足下列指标：
P:1. 对深度不小于0.1mm或长度不小于5mm的耳子、折叠、结疤、划伤、裂纹等缺陷，检出率不低于95%；
P:2. 缺陷分类准确率不低于90%，误报不超过每千米3次；
P:3. 缺陷信息在吐丝前2秒内推送至MES系统，并与盘卷号正确对应；
P:4. 考核期内因系统自身原因导致的检测中断累计不超过8小时。
P:（二）考核指标全部达到后，双方签署最终验收证书。设备安装、投入使用或甲方支付任何款项，均不视为验收合格。
P:（三）考核不合格的，乙方应在20日内整改并重新考核，费用由乙方承担；第二次考核仍不合格的，甲方有权退货并解除合同。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件（人为损坏除外），并免费提供软件升级。
P:（二）故障响应：一级故障（任一生产线检测系统整体停止工作）乙方应在1小时内远程响应，8小时内派工程师到达现场，到场后16小时内恢复；二级故障（单台相机或光源故障）2个工作日内修复。相机、光源等关键备件由乙方在甲方现场寄存。
P:（三）乙方未按上述时限到达现场或恢复系统的，每超时1小时向甲方支付人民币800元；单条生产线因系统故障累计停检超过72小时的，质保期相应顺延。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括每季度一次现场巡检、相机光路清洁与重新标定、软件升级、备件更换（相机、光源整机除外）及故障处理，服务水平与本合同第六条第（二）项相同。
P:（二）年度维保费按设备及软件小计的17%计取，即每年人民币376,516元，自质保期满之日起三年内不变，按季度后付。
P:（三）维保服务每年由双方书面续签，不自动续期。
H:八、知识产权
P:（一）检测软件的著作权归乙方所有，乙方授予甲方在本厂范围内永久使用的许可。
P:（二）乙方为甲方开发的MES数据接口程序、甲方现场采集的缺陷样本库及基于该样本库训练形成的分类模型参数，归甲方所有，甲方可自行或委托第三方修改和使用。
H:九、数据与网络安全
P:（一）系统采集的缺陷图像、质量数据及生产数据归甲方所有，乙方不得用于本合同以外的任何目的，不得复制带离甲方厂区。
P:（二）检测系统部署在甲方生产网，通过工业防火墙与办公网隔离。乙方远程维护须事先经甲方设备部批准，通过甲方提供的VPN和堡垒机接入，全程记录操作日志。
P:（三）乙方发现数据泄露、系统被入侵等安全事件的，应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方承担赔偿责任。
H:十、保密
P:乙方对甲方的轧制工艺参数、产品质量数据、客户信息及其他技术和商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
P:（二）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:（三）因设备质量问题造成甲方停机或产品质量损失的，乙方应赔偿甲方的直接损失。
H:十二、分包
P:乙方不得转包本合同。设备安装中的脚手架搭设、电缆敷设等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）乙方逾期交货超过60日的，甲方有权解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交盐城仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、热试考核方案，与本合同具有同等效力。
P:甲方（盖章）：苏北永盛特钢有限公司　　　乙方（盖章）：武汉视界智检科技有限公司
P:代表签字：__________　　　代表签字：__________
P:签订日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h200z03 (.md): 烘焙连锁 门店订货与会员 SaaS, three years + 实施. Markdown headings "## N. …" + N.N.
H200Z03 = """# 门店订货与会员管理SaaS服务合同

合同编号：MXF-IT-2026-072

甲方（客户）：上海麦香坊食品连锁有限公司
地址：上海市闵行区莘庄工业区春东路 218 号

乙方（服务商）：杭州云焙数字科技有限公司
地址：杭州市滨江区长河街道江虹路 1750 号

甲方经营烘焙连锁门店，拟使用乙方提供的“云焙门店通”平台替换现有订货系统和会员系统。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过“云焙门店通”SaaS平台向甲方提供门店订货、中央工厂要货汇总、配送排线、会员管理、储值卡与积分、营销活动和经营报表等服务，覆盖甲方在上海、苏州、嘉兴的186家直营门店及1个中央工厂。

1.2 乙方负责实施服务，包括：门店主数据与商品BOM导入；存量会员数据迁移（约62万条会员记录及其积分、储值余额）；与甲方现有收银POS系统和金蝶ERP的接口对接；门店店长及总部人员培训。

1.3 服务期为三年，自平台通过上线验收之日起计算。

1.4 乙方为甲方配置专属客户成功经理和实施顾问各1名。服务期内乙方每季度组织一次业务回顾，向甲方提交门店订货及会员运营分析。

## 2. 费用

2.1 本合同费用如下：

| 项目 | 计费方式 | 单价（元） | 年度金额（元） | 三年合计（元） |
|---|---|---|---|---|
| 门店订货模块 | 每店每年 × 186店 | 1,680 | 312,480 | 937,440 |
| 会员营销模块 | 每店每年 × 186店 | 1,260 | 234,360 | 703,080 |
| 中央工厂及配送接口 | 每年 | 36,000 | 36,000 | 108,000 |
| 订阅费小计 | | | 582,840 | 1,748,520 |
| 一次性实施费 | 一次 | | | 168,000 |
| **合同总价** | | | | **1,916,520** |

2.2 服务期内门店数量增加的，新增门店按上表单价按月折算计费；门店减少的，自下一季度起相应扣减。

2.3 营销短信费用按实际发送量另行结算，不计入合同总价。

## 3. 付款

3.1 订阅费按季度结算。甲方在每季度结束后15个工作日内，根据乙方提供的季度服务报告和发票，支付该季度订阅费（年度金额的四分之一，扣除第5.3条约定的服务抵扣）。甲方无需预付任何费用。

3.2 实施费在平台通过上线验收后15个工作日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在合同签订后75日内完成实施并书面申请上线验收。

4.2 上线验收标准：（1）20家试点门店连续14日的订货数据与金蝶ERP要货单逐单核对一致；（2）会员数量、积分和储值余额迁移后逐户核对，差异为零；（3）POS收银端会员识别、积分抵扣和储值消费联调通过；（4）双方确认的功能测试清单全部通过。

4.3 满足上述标准后，双方签署上线验收单。试点门店试用或全部门店切换使用，均不视为验收通过。

4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金人民币1,200元。

4.5 甲方应指定项目负责人，按实施计划提供门店主数据、商品资料、会员数据和接口文档，并组织门店人员参加培训。因甲方原因造成延误的，实施期限相应顺延。

## 5. 服务水平

5.1 平台月度可用率不低于99.98%。每月计划内维护不超过两次，须安排在凌晨1:00至5:00之间并提前3日通知甲方，计划内维护时间不计入不可用时间。

5.2 故障等级与响应时限：P1（全部门店无法订货，或收银端会员功能整体中断）15分钟内响应，2小时内恢复；P2（部分门店或单一功能异常）1小时内响应，8小时内恢复；P3（一般咨询和使用问题）2个工作日内答复。乙方提供7×24小时服务热线。

5.3 服务抵扣：月度可用率低于约定值的，按当月订阅费的5%至20%分档抵扣；P1故障每超过恢复时限1小时，抵扣当季订阅费的1%。抵扣金额在下一期订阅费中扣减。

5.4 乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。

## 6. 续期

6.1 服务期满前60日内任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。

6.2 每次续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过8%，乙方应在服务期届满前45日书面通知甲方调整后的价格。

## 7. 数据

7.1 甲方的商品、订单、门店经营数据和会员个人信息（以下统称“甲方数据”）归甲方所有。

7.2 甲方同意，乙方可在服务期内及服务期满后，对甲方数据进行脱敏和汇总处理，用于乙方产品优化、烘焙行业经营分析报告以及向乙方其他客户提供的行业对标服务。

7.3 数据安全：平台部署于阿里云华东2（上海）地域，已通过网络安全等级保护第三级测评；会员手机号等个人信息加密存储，传输全程加密；乙方人员访问甲方数据须经授权并留存日志。发生数据泄露等安全事件的，乙方应在8小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。

7.4 服务终止后20日内，乙方应以甲方可读取的格式导出并移交全部甲方数据，随后删除平台中的甲方数据。

## 8. 知识产权

8.1 平台及其软件的知识产权归乙方所有。

8.2 乙方为甲方开发的POS及ERP接口程序、甲方专属报表和营销活动模板，其知识产权归甲方所有，乙方应在上线验收时交付源代码和文档，甲方可自行或委托第三方修改使用。

## 9. 保密

9.1 双方对在合作中获知的对方商业秘密，包括配方、价格、门店经营数据、会员信息及本合同条款，负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密义务在本合同终止后三年内继续有效。

## 10. 责任限制

10.1 任何情况下，乙方就本合同承担的累计赔偿责任（含违约金和服务抵扣）不超过责任事件发生前六个月内甲方已支付的订阅费总额。

10.2 双方均不对间接损失、利润损失承担责任，但因乙方故意或重大过失导致数据泄露的除外。

## 11. 分包

乙方不得将本合同项下义务分包给第三方。云基础设施由阿里云提供、营销短信由乙方签约的短信服务商发送，甲方签署本合同即视为同意；其他任何分包须事先取得甲方书面同意。

## 12. 合同解除

12.1 一方严重违约，且在收到对方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。

12.2 平台连续两个月未达到第5.1条约定可用率的，甲方有权解除本合同且不承担违约责任。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

## 14. 不可抗力

因地震、台风、战争、政府行为等不可抗力导致不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任。不可抗力持续超过60日的，任何一方可书面通知解除本合同。

## 15. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、实施计划、服务水平说明。

甲方（盖章）：上海麦香坊食品连锁有限公司　　　乙方（盖章）：杭州云焙数字科技有限公司

日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h200z04 (.txt): 县自然资源局 国土空间基础信息平台 年度运维 — 政府采购 竞争性磋商. 第N条 + (1).
H200Z04 = """青石县国土空间基础信息平台2027年度运维服务合同

项目编号：QSZC-2026-C038（竞争性磋商）
采购人（甲方）：青石县自然资源局
供应商（乙方）：南昌图维地理信息有限公司

依据《中华人民共和国政府采购法》及青石县国土空间基础信息平台2027年度运维服务项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，签订本合同。

第1条 服务内容
(1) 服务对象：甲方国土空间基础信息平台，包括国土空间“一张图”数据库、规划实施监督子系统、用途管制审批辅助子系统、耕地保护监测子系统，以及平台运行所需的服务器、存储、数据库和GIS平台软件。
(2) 服务内容：日常巡检与监控；数据库运维与备份恢复；年度国土变更调查成果、国土空间总体规划及详细规划成果的数据更新入库；系统缺陷修复与补丁升级；安全运维及等保测评配合；用户培训与技术支持；应急响应。
(3) 乙方派驻1名运维工程师在甲方机房驻场，工作日8:30至17:30在岗；节假日及夜间安排人员电话值守。驻场工程师应具有地理信息或计算机相关专业本科以上学历和三年以上同类平台运维经验。
(4) 乙方应建立运维工单系统，对甲方提出的服务请求逐一登记、处理和回访，并向甲方开放查询权限。

第2条 服务期限
服务期为2027年1月1日至2027年12月31日。服务期满本合同终止；甲方如需继续采购，按政府采购规定另行组织采购，本合同不自动续期。

第3条 合同价款
(1) 合同总价为人民币伍拾万零捌仟元整（¥508,000），分项为：驻场运维服务216,000元；数据更新入库148,000元；系统巡检与性能优化62,000元；安全运维及等保测评配合54,000元；应急响应及备品备件28,000元。
(2) 合同总价为固定包干价，包含人员、差旅、工具软件、备品备件及税费，甲方不再支付其他费用。
(3) 服务期内甲方新增服务器或子系统，规模不超过原服务对象百分之十的，乙方不另行收费；超过的，双方另行协商。

第4条 付款方式
(1) 本合同不设预付款。
(2) 服务费按季度支付。每季度结束后，甲方依据第7条季度考核结果，在15个工作日内支付该季度服务费127,000元，并扣除当季考核扣款。
(3) 乙方应在每次付款前开具合法有效的发票。

第5条 服务水平
(1) 平台年度可用率不低于99.5%。计划内停机须提前2个工作日报甲方批准，经批准的停机时间不计入不可用时间。
(2) 故障分级与时限：一级故障（平台整体无法访问或数据库损坏）30分钟内响应，2小时内到场，6小时内恢复；二级故障（单一子系统不可用）1小时内响应，12小时内恢复；三级故障（个别功能异常或使用咨询）3个工作日内处理完毕。
(3) 考核扣款：年度可用率每低于约定值0.1个百分点，扣减当季服务费的2%；一级故障每超时1小时扣减人民币500元；二级故障每超时1小时扣减人民币200元。
(4) 乙方每月提交运维月报，每季度提交巡检报告和安全检查报告。
(5) 应急响应：发生重大故障或安全事件时，乙方应立即启动应急预案，必要时增派技术人员到场。乙方每年组织不少于两次应急演练，演练方案须经甲方同意。

第6条 数据更新
(1) 年度国土变更调查成果应在甲方提供成果后20个工作日内完成质检入库；规划成果应在15个工作日内完成入库。
(2) 入库数据须通过甲方组织的质检，图斑、属性与原始成果逐一核对无误，坐标系统符合2000国家大地坐标系要求。
(3) 每次数据更新完成后，乙方应提交入库报告，包括入库数据清单、质检记录、变更图斑统计和入库前后的数据库备份记录。

第7条 考核与验收
(1) 每季度末，甲方按磋商文件所附考核细则对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时限、巡检记录、工单闭环和数据入库质量。
(2) 服务期满后，乙方提交年度运维总结报告，甲方在15个工作日内组织年度验收。验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失或安全事件；运维文档、配置清单和账号口令已完整移交。
(3) 季度考核结果作为支付季度服务费的依据，并纳入甲方供应商履约评价。年度验收不合格的，乙方应在10个工作日内整改；整改后仍不合格的，甲方有权扣减第四季度服务费的20%。

第8条 数据安全
(1) 平台数据（含基础测绘成果、遥感影像、规划成果及审批数据）均归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得向任何第三方提供。
(2) 乙方应遵守测绘地理信息成果保密管理规定，涉密数据仅能在甲方涉密内网环境中处理，不得通过互联网传输，不得使用未经审批的移动存储介质；运维操作须通过堡垒机进行并留存日志。
(3) 发生数据泄露、丢失或系统入侵事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成的损失和法律责任由乙方承担。

第9条 保密
(1) 乙方及其人员对服务中知悉的甲方工作秘密和非公开数据负有保密义务，驻场人员须签订保密承诺书。
(2) 保密义务不因本合同终止而解除。
(3) 乙方更换驻场人员须提前10个工作日书面通知甲方并经甲方同意，新任人员应具备同等资质，并在到岗前办理保密手续。

第10条 知识产权
服务期间形成的运维文档、脚本、数据处理程序及入库成果，其知识产权归甲方所有。

第11条 分包
乙方可将外业核查、数据录入等辅助工作分包给具备相应测绘资质的单位，但应在分包前以书面形式告知甲方分包单位名称及工作内容。乙方对分包单位的工作质量和保密义务承担责任。

第12条 违约责任
(1) 乙方未按第6条约定期限完成数据入库的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
(2) 因乙方原因导致数据丢失、泄密的，乙方应赔偿甲方全部损失。
(3) 甲方无正当理由逾期付款的，应按逾期金额每日万分之三支付违约金。

第13条 合同解除
乙方严重违约且经甲方书面通知后10日内未纠正，或季度考核连续两次不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除或服务期满后，乙方应在5个工作日内移交全部运维资料、账号口令和数据，并配合甲方新的服务单位完成交接。

第14条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向青石县人民法院提起诉讼。

第15条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。

第16条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书为本合同附件。

甲方（盖章）：青石县自然资源局　　　　乙方（盖章）：南昌图维地理信息有限公司
代表：__________　　　　　　　　　　　代表：__________
日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h200z05 (.md): 蜂蜜加工企业 蜂蜜溯源系统 licence + custom development — the supplier's own template. "### 第X条" + N.N.
H200Z05 = """# 软件产品销售及定制开发合同

**（链溯科技标准合同文本 V4.0）**

合同编号：LS-2026-HB-0215

甲方（买方）：随州百花源蜂业有限公司
地址：湖北省随州市曾都区经济开发区神农大道 66 号

乙方（卖方）：深圳链溯科技有限公司
地址：深圳市南山区粤海街道科技南十二路 9 号

甲方因蜂产品质量追溯管理需要，向乙方购买“链溯蜂产品溯源平台”软件产品并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经友好协商，签订本合同。

### 第一条 产品与服务内容

1.1 乙方向甲方提供链溯蜂产品溯源平台软件V4（以下简称“平台软件”），部署于甲方自行购买的云服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：蜂场备案与转场记录、摇蜜批次管理、原料验收与检测报告管理、一物一码赋码、消费者扫码查询小程序。

1.3 乙方提供在线喷码机2台（含读码校验装置），用于灌装线赋码。

1.4 乙方负责部署实施及培训：在甲方云服务器上安装平台软件，完成基础数据初始化，对甲方管理人员和灌装线操作人员进行培训（不超过2次，每次不超过1天）。

### 第二条 合同金额

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 链溯蜂产品溯源平台软件V4（永久授权，含20个账号） | 1套 | 368,000 | 368,000 |
| 2 | 定制开发（蜂场、批次、检测、赋码、查询小程序） | 1项 | 426,000 | 426,000 |
| 3 | 在线喷码机（含读码校验） | 2台 | 58,000 | 116,000 |
| 4 | 部署实施及培训 | 1项 | 48,000 | 48,000 |
| | **合计** | | | **958,000** |

合同总价为人民币玖拾伍万捌仟元整（¥958,000），含税。上述价格不含甲方云服务器、短信及第三方接口费用；喷码机耗材（墨盒、溶剂）由甲方另行采购。

### 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币526,900元。乙方收到款项后开始开发工作。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即人民币431,100元。

3.3 乙方在收款后开具增值税专用发票。

3.4 甲方提出本合同约定范围以外的需求变更的，额外工作量按每人日人民币2,800元另行计费。

### 第四条 交付

4.1 乙方计划在收到首期款后90日内完成开发、部署和上线。

4.2 因甲方需求变更、资料提供或配合不及时等原因导致工期延误的，工期相应顺延。因乙方原因导致延误的，双方协商确定新的交付时间。

4.3 喷码机由乙方送货至甲方灌装车间并安装调试，甲方签收即视为交付完成。

4.4 甲方应在乙方通知后提供安装所需的电源、网络和安装位置。因甲方现场条件不具备导致无法安装的，视为乙方已按期交付。

### 第五条 验收

5.1 乙方完成部署并通知甲方后，甲方应在3个工作日内进行确认。系统部署上线或甲方开始使用系统的，即视为验收合格。

5.2 甲方逾期未提出书面异议的，视为甲方认可乙方交付的全部成果。

### 第六条 维护服务

6.1 免费维护期为三个月，自系统上线之日起计算。免费维护期内，乙方提供5×8小时电话及远程技术支持，负责修复软件缺陷。

6.2 系统发生无法使用等严重故障的，乙方在接到甲方报修后24小时内响应。乙方将尽力排除故障，但不对故障处理时间作出承诺，也不承担任何扣款、赔偿或违约金。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的价格标准收取。

6.4 喷码机的保修按生产厂家标准执行。

6.5 以下情况不属于免费维护范围：甲方擅自修改系统或数据库；操作不当；云服务器、网络或第三方软件故障；病毒攻击及其他非乙方原因造成的问题。

### 第七条 甲方义务

7.1 甲方应按时付款，提供开发所需的业务资料、接口文档和测试数据，并指定专人配合。

7.2 甲方负责云服务器、网络和操作系统的采购和维护，并确保其运行环境符合乙方要求。

7.3 甲方应妥善保管系统账号和密码，因甲方账号泄露或管理不善造成的损失由甲方自行承担。

### 第八条 知识产权

8.1 平台软件及本合同项下定制开发成果（含源代码、小程序、数据库设计及相关文档）的全部知识产权归乙方所有。

8.2 甲方仅获得在本企业内部使用上述软件和成果的非独占许可，不得修改、反编译，不得提供给任何第三方使用。

### 第九条 数据

9.1 甲方在平台中录入的业务数据归甲方所有。

9.2 甲方同意，乙方可将平台内的蜂场分布、产地、产量、检测结果等数据经脱敏处理后，用于乙方“中国蜂产品溯源公共服务平台”展示、行业统计分析和产品改进。

9.3 乙方采取防火墙、访问控制、数据加密和操作日志等措施保障平台数据安全。发生数据泄露等安全事件的，乙方应及时通知甲方并协助处理，对因乙方过错造成的损失承担责任（受第十一条限制）。

### 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。乙方有权在其宣传材料和案例介绍中使用甲方名称及本项目概况。

### 第十一条 违约责任

11.1 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停开发和服务。

11.2 乙方对本合同承担的全部赔偿责任，以本合同总价的25%为限，且不承担甲方的间接损失和预期利益损失。

### 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，另一方可以解除合同。

12.2 甲方单方提前终止合同的，已支付的款项不予退还。

12.3 合同解除的，乙方已完成的开发工作按实际工作量结算，甲方应在解除后10日内付清。

### 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地（深圳市南山区）人民法院提起诉讼。

### 第十四条 不可抗力

因不可抗力或政策变化、网络运营商故障、云服务商故障等乙方无法控制的原因导致不能履行合同的，乙方不承担责任。

### 第十五条 其他

14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.2 本合同未尽事宜，由双方协商解决。

甲方（盖章）：随州百花源蜂业有限公司　　　乙方（盖章）：深圳链溯科技有限公司

日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h200e01 (.docx): Nantong home-textile maker — embroidery-pattern software perpetual licence + configuration +
# support; vendor on Inishbarra, Irish house style ("Clause N", 1.1, Schedules).
H200E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is dated the ____ day of December 2026
P:BETWEEN
P:(1) INISHBARRA STITCHWORKS LIMITED, a private company limited by shares incorporated in Ireland with registered number 618204, whose registered office is at The Old Pier House, Inishbarra, Lettermullen, County Galway, Ireland (the "Licensor"); and
P:(2) NANTONG JIAHUA HOME TEXTILES CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at 88 Tongsheng Road, Haimen District, Nantong, Jiangsu Province, China (the "Licensee").
P:BACKGROUND
P:(A) The Licensor develops and licenses StitchLoom, a software suite for designing, digitising and managing embroidery patterns and for sending stitch files to multi-head embroidery machines.
P:(B) The Licensee manufactures embroidered bed linen and wishes to acquire a perpetual licence of StitchLoom, configured for its studio and workshop, with support.
P:(C) At the Licensee's request all prices in this Agreement are stated and payable in Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Customer Deliverables" means the configurations, connector settings, ERP interface, migrated pattern files and documentation produced by the Licensor for the Licensee; "Licensee Data" means all designs, pattern files, production orders, machine logs and other data of the Licensee; "Software" means the StitchLoom modules listed in Clause 3, with their documentation and updates. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 From payment of the first instalment, the Licensor grants to the Licensee a non-exclusive, perpetual and irrevocable licence to use the Software for its own business in Nantong, for the quantities in Clause 3.
P:2.2 The Licensee may make backup copies and may allow its contractors to use the Software on its behalf.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 1,640,000, inclusive of VAT, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|StitchLoom Designer seat licence (perpetual)|40|18,600|744,000
TB:2|StitchLoom Production Server licence (perpetual)|6|52,000|312,000
TB:3|Machine Connector licence (per head group)|64|2,250|144,000
TB:|Licence Fee subtotal|||1,200,000
TB:4|Configuration and migration of the pattern library|1|286,000|286,000
TB:5|ERP interface (Kingdee) and order synchronisation|1|118,000|118,000
TB:6|Training (design studio and workshop)|1|36,000|36,000
TB:|Contract Price|||1,640,000
P:3.2 The Contract Price is fixed. It includes travel, subsistence and all work needed to achieve Final Acceptance, and the warranty services under Clause 7.
H:Clause 4 Payment
P:4.1 The Licensee shall pay the Contract Price in three instalments: (a) 20% (CNY 328,000) within 15 Business Days after signature of this Agreement; (b) 45% (CNY 738,000) within 15 Business Days after countersignature of the Installation Certificate; and (c) 35% (CNY 574,000) within 15 Business Days after Final Acceptance.
P:4.2 The Installation Certificate confirms only that the Software has been installed on the Licensee's servers and workstations. It is not acceptance of the Software or of the Configuration Services.
H:Clause 5 Configuration Services and Timetable
P:5.1 The Licensor shall perform the configuration services in Schedule 2: migrating about 18,000 legacy pattern files (DST, EMB and PES) into the StitchLoom library; setting up connectors for the Licensee's 64 embroidery head groups; building the interface with the Licensee's Kingdee ERP; and training 40 designers and 16 workshop supervisors.
P:5.2 The Licensor shall install the Software within 45 days after signature and shall achieve Final Acceptance within 120 days after signature (the "Completion Date").
H:Clause 6 Acceptance
P:6.1 When installation is complete the Licensor shall issue an Installation Certificate for countersignature by the Licensee.
P:6.2 Joint acceptance tests under Schedule 2 shall show that: (a) every migrated pattern opens with a stitch count matching the source file; (b) test sew-outs of 200 patterns chosen by the Licensee are within 0.2 mm of the design; (c) all 64 head groups execute stitch files from the Production Servers; (d) orders are synchronised with the ERP without error for 10 consecutive Business Days; and (e) no Severity 1 or 2 defect remains open.
P:6.3 When the tests are passed the Licensee shall sign a Final Acceptance certificate within 5 Business Days, or state the failures in writing, which the Licensor shall correct and re-test at its own cost. Installation, productive use of the Software or payment of any instalment shall not amount to acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for 18 months after Final Acceptance (the "Warranty Period") the Software will perform materially in accordance with its documentation and the Customer Deliverables will conform to Schedule 2.
P:7.2 During the Warranty Period the Licensor shall correct defects free of charge, supply all updates and new versions, and provide the support services in Schedule 3 without additional charge.
H:Clause 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Licensee may order annual support on the terms of Schedule 3. The annual support fee is 11.5% of the Licence Fee subtotal, that is CNY 138,000 a year, fixed for the first three years of support.
P:8.2 After those three years the Licensor may increase the annual support fee by no more than 3% a year, on 90 days' written notice.
P:8.3 Each support year is ordered by a written purchase order of the Licensee. Support does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Licensor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Customer Deliverables vest in the Licensee upon creation. The Licensor shall deliver them in editable form, including the source code of the ERP interface, and the Licensee may use, modify and license them freely, including to third-party contractors.
P:9.3 The Licensor shall indemnify the Licensee against any claim that the Software or the Customer Deliverables infringe the rights of a third party.
H:Clause 10 Licensee Data and Security
P:10.1 Licensee Data belongs to the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and on the Licensee's documented instructions, and shall not use it for any other purpose.
P:10.2 The Software runs on the Licensee's own servers. The Licensor's staff may access them only through remote sessions opened and recorded by the Licensee, shall not copy Licensee Data outside the Licensee's systems, and shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Licensee's security rules.
P:10.3 The Licensor shall notify the Licensee within 12 hours after becoming aware of any unauthorised access to, or loss of, Licensee Data, shall help to contain it, and shall be liable for the losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including unreleased designs, customer names, prices and the terms of this Agreement, and shall use it only for the purposes of this Agreement.
P:11.2 This obligation survives termination for five years.
H:Clause 12 Delay
P:12.1 If Final Acceptance is not achieved by the Completion Date for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Licensee's loss and not a penalty.
H:Clause 13 Limitation of Liability
P:13.1 Each party's total liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150% of the Contract Price.
P:13.2 The limit in Clause 13.1 does not apply to death or personal injury caused by negligence, fraud, wilful default, breach of Clause 10 or Clause 11, or the indemnity in Clause 9.3.
H:Clause 14 Subcontracting and Assignment
P:14.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee, and remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 15 Term and Termination
P:15.1 The licence in Clause 2 survives termination, except termination for non-payment of the Contract Price.
P:15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 Business Days after written notice, or if the other party becomes insolvent or has an examiner, receiver or liquidator appointed.
H:Clause 16 Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:Clause 17 Governing Law and Jurisdiction
P:17.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:17.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 18 General
P:18.1 This Agreement is the entire agreement between the parties on its subject matter and may be varied only in writing signed by both parties.
H:Schedule 2 Configuration Services and Test Plan
P:Pattern audit; installation (by day 45); migration in three lots with reconciliation reports; connectors commissioned floor by floor; ERP interface and joint testing; training; acceptance tests under Clause 6.2.
H:Schedule 3 Support Services
P:Support is provided by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on Business Days, and at any time for Severity 1 faults. Response and fix times are:
TB:Severity|Definition|Response|Workaround or fix
TB:Severity 1|All Production Servers down, or no head group can receive stitch files|1 hour|Workaround within 8 hours
TB:Severity 2|A module or several head groups unusable|2 hours|Fix within 2 Business Days
TB:Severity 3|Minor fault or question|1 Business Day|Next scheduled update
P:Service credits: CNY 1,000 for each hour by which a Severity 1 response is late, and CNY 500 for each Business Day by which a Severity 2 fix is late, deducted from the next support invoice or, in the Warranty Period, paid on demand.
P:SIGNED by ________________, director, for and on behalf of INISHBARRA STITCHWORKS LIMITED
P:SIGNED by ________________, legal representative, for and on behalf of NANTONG JIAHUA HOME TEXTILES CO., LTD.
"""

# ---------------------------------------------------------------------------------------------------------------
# h200e02 (.txt): Zhouzhuang water-town boat-tour company — booking SaaS, Order Form + General Terms; vendor on the
# Insel Lindwerder (Berlin), German house style ("§ N (1)").
H200E02 = """ORDER FORM No. LT-2026-0931
for the Lindwerder Ferry & Tour Suite (cloud services)

Provider: Lindwerder Ticketing GmbH, Insel Lindwerder 1, 14109 Berlin, Germany, registered in the commercial register of the Local Court (Amtsgericht) Charlottenburg under HRB 241877 B, Managing Director: Dr. Katrin Wendland ("Lindwerder")

Customer: Kunshan Zhouzhuang Lanting Boat Tours Co., Ltd., No. 6 Beishi Street, Zhouzhuang Town, Kunshan, Jiangsu Province, People's Republic of China ("Customer")

1. Services
Lindwerder Ferry & Tour Suite, provided as software as a service: online booking through the Customer's WeChat mini-program and website; channel manager for three online travel agencies (Ctrip, Meituan and Fliggy); QR-code boarding at six piers; fleet and boatman scheduling for 48 boats; daily sales and settlement reports.

2. Subscription Term
24 months from the Go-Live Date (the date of the Go-Live acceptance record under § 3 of the General Terms). Target Go-Live Date: 60 days after the Effective Date. Effective Date: the date of the last signature below.

3. Charges (in CNY at the Customer's request; VAT included)
Item 1 - Platform subscription: CNY 26,500 per month x 24 months = CNY 636,000
Item 2 - Channel manager, three OTA connectors: CNY 3,800 per month x 24 months = CNY 91,200
Item 3 - Onboarding (configuration of routes and fares, mini-program branding, pier gate integration, data import, training), one-off: CNY 54,000
Total fixed charges: CNY 781,200
Transaction fee: CNY 0.35 per ticket issued above 600,000 tickets in a Subscription Year, invoiced quarterly in arrears (usage-based, not part of the fixed charges).

4. Invoicing
(a) On the Effective Date: the Onboarding fee and the charges for the first Subscription Year (CNY 363,600), together CNY 417,600, payable within 14 days of the invoice date.
(b) At the start of the second Subscription Year: the charges for that year, CNY 363,600, payable within 14 days.

5. Service Levels
As set out in § 4 of the General Terms.

6. Subprocessors approved by the Customer
Alibaba Cloud (Shanghai region), hosting; Suzhou Wavegate IT Services Co., Ltd., on-site installation of pier gate readers.

7. Contract documents
This Order Form and the General Terms and Conditions for Cloud Services of Lindwerder Ticketing GmbH, version 3.2 of 1 October 2026, printed below. In case of conflict, this Order Form prevails.

Signed for Lindwerder Ticketing GmbH: ____________________ (Dr. Katrin Wendland), Berlin, date: __________
Signed for the Customer: ____________________ (legal representative), Kunshan, date: __________


GENERAL TERMS AND CONDITIONS FOR CLOUD SERVICES
Lindwerder Ticketing GmbH, version 3.2 of 1 October 2026

§ 1 Scope
(1) These General Terms apply to all cloud services which Lindwerder provides to business customers. Conflicting or additional terms of the Customer apply only if Lindwerder expressly agrees to them in writing.
(2) The specific services, charges and term are set out in the Order Form.

§ 2 Services
(1) Lindwerder provides the cloud services as software as a service. For customers in the People's Republic of China the services are hosted in the Shanghai region of Alibaba Cloud.
(2) The Customer receives, for the Subscription Term, the non-exclusive and non-transferable right to use the services for its own business operations.
(3) Lindwerder may develop the services further, provided that the functions agreed in the Order Form are not materially reduced.

§ 3 Onboarding and Go-Live acceptance
(1) Lindwerder configures the services in accordance with the onboarding plan agreed at the kick-off meeting. The Customer provides route, fare and pier data and gives access to its piers for the installation of the gate readers.
(2) Before Go-Live, the parties carry out a joint acceptance test. The test is passed when (a) bookings made through the mini-program, the website and each OTA channel correctly create tickets and seat allocations for every route; (b) QR boarding at all six piers validates a ticket within one second and rejects duplicate or expired tickets; (c) the daily settlement report reconciles with the payment provider's statements for five consecutive operating days; and (d) no Priority 1 or Priority 2 defect is open.
(3) The Customer signs the Go-Live acceptance record within five working days after a passed test, or names the defects found in writing. Mere use of the services in live operation does not constitute acceptance.
(4) If the Go-Live acceptance record is not signed by the target date in the Order Form for reasons for which Lindwerder is responsible, Lindwerder pays a contractual penalty (Vertragsstrafe) of CNY 600 for each calendar day of delay, in total not more than 5% of the total fixed charges. Further claims for damages remain unaffected; the penalty is credited against them.

§ 4 Service Levels
(1) Lindwerder makes the services available with an availability of 99.95% per calendar month, measured at the exit of the data centre. Announced maintenance windows between 01:00 and 05:00 China Standard Time, at most twice per month, are not counted as downtime.
(2) Support is available daily from 08:00 to 22:00 China Standard Time by telephone, e-mail and ticket portal. Lindwerder responds to Priority 1 incidents (no ticket sales or no boarding possible at any pier) within 6 hours, to Priority 2 incidents (a function or a channel is impaired) by the end of the next working day, and to Priority 3 requests within 5 working days.
(3) If availability in a month falls below the agreed value, the Customer receives a service credit of 5% of the monthly charges for each started 0.1 percentage point of shortfall, in total not more than 25% of the monthly charges. Service credits are set off against the next invoice.

§ 5 Charges and payment
(1) The charges are set out in the Order Form. Subscription charges are invoiced in advance for each Subscription Year; invoices are payable within 14 days without deduction.
(2) If the Customer is in default of payment, Lindwerder may charge default interest at the statutory rate and, after a written reminder with a deadline of at least 14 days, suspend access to the services.

§ 6 Term, extension and termination
(1) The Subscription Term is set out in the Order Form. It is extended by a further year at a time unless either party gives notice of termination three months before the end of the current term. During an extension, the charges of the last Subscription Year continue to apply unchanged.
(2) The right of each party to terminate for good cause (aus wichtigem Grund) remains unaffected. Good cause for the Customer exists in particular if Lindwerder commits a material breach of contract and does not remedy it within 14 days after a written warning, or if the availability under § 4 (1) is missed in two consecutive months.
(3) Notices of termination must be given in writing.

§ 7 Customer Data and data protection
(1) All data entered by the Customer, its staff or its passengers, including bookings, passenger names, mobile numbers and payment records, is Customer Data and belongs to the Customer. Lindwerder processes Customer Data solely on behalf of and on the documented instructions of the Customer and only to provide the services.
(2) Lindwerder stores Customer Data only on servers in mainland China, encrypts it in transit and at rest, restricts access to named staff with multi-factor authentication, logs every access, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The services hold an MLPS level-3 filing.
(3) Lindwerder notifies the Customer of any data security incident without undue delay and at the latest within 24 hours, supports the Customer in notifying authorities and passengers, and is responsible for damage caused by its breach of this § 7.
(4) After the end of the contract, Lindwerder hands over the Customer Data in CSV format within 20 days and then deletes it.

§ 8 Subprocessors and subcontractors
(1) Lindwerder may engage the subprocessors named in the Order Form, which the Customer approves by signing it.
(2) Any further subprocessor or subcontractor requires the Customer's prior written consent. Lindwerder remains responsible for its subprocessors and subcontractors as for its own conduct.

§ 9 Confidentiality
(1) Each party keeps confidential all business and trade secrets of the other party which become known to it in connection with the contract, including prices, passenger volumes and technical details, and uses them only for the contract.
(2) This obligation continues for three years after the end of the contract.

§ 10 Rights in work results
(1) All rights in the cloud services and the underlying software remain with Lindwerder.
(2) The Customer-specific mini-program design, the route and fare configurations, the pier gate scripts and the report templates created for the Customer during onboarding ("Work Results") are transferred to the Customer. The Customer may use and modify them without restriction and have them modified by third parties.

§ 11 Liability
(1) Lindwerder is liable without limitation for intent and gross negligence, for injury to life, body or health, and under mandatory product liability law.
(2) In cases of slight negligence, Lindwerder is liable only for breach of an essential contractual obligation (an obligation whose fulfilment makes proper performance of the contract possible and on whose fulfilment the Customer may regularly rely), limited to the damage typical and foreseeable at the time of contracting.
(3) In the cases of paragraph 2, Lindwerder's total liability under the contract is limited to twice the total fixed charges stated in the Order Form.

§ 12 Final provisions
(1) Amendments and additions to the contract must be made in writing. This also applies to a waiver of the written form requirement.
(2) The contract is governed by the law of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
(3) The exclusive place of jurisdiction for all disputes arising out of or in connection with the contract is Berlin, Germany.
(4) Should any provision of the contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision with a valid one that comes as close as possible to its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h200e03 (.pdf): Ningde yellow-croaker farm — net-cage sensors + maintenance; integrator on the Ile de la Harpe in
# Lake Geneva, Swiss-French house style ("Art. N (title)", numbered paragraphs), on the buyer's paper.
H200E03 = """
T:NET-CAGE MONITORING SYSTEM CONTRACT
P:Supply, installation and maintenance
P:Contract No. NDSD-2026-AQ-07
P:between
P:Ningde Sandu'ao Huangyu Aquaculture Co., Ltd., Chengao Village, Sandu Town, Jiaocheng District, Ningde, Fujian Province, People's Republic of China, represented by Mr. Lin Wenhai, general manager (hereinafter "the Buyer")
P:and
P:Harpe Aquasense SA, Ile de la Harpe, 1180 Rolle, Canton of Vaud, Switzerland, entered in the commercial register of the Canton of Vaud under CHE-412.877.301, represented by Ms. Aline Perrenoud, director, with individual signature (hereinafter "the Supplier")
P:Preamble: The Buyer farms large yellow croaker in net cages in Sandu'ao bay. Following its request for proposals of September 2026, the Buyer has selected the Supplier to supply, install and maintain a system for monitoring water quality, weather and fish behaviour at the farm. This contract is drawn up on the Buyer's terms. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).
H:Art. 1 (Object)
P:1 The Supplier supplies, installs and commissions at the Buyer's farm: 96 multi-parameter sensor nodes (dissolved oxygen, temperature, salinity and pH), 8 underwater cameras, 4 weather buoys, 6 gateways with solar power kits, and the AquaView monitoring software licence installed on the Buyer's server at its shore office (together "the System").
P:2 The Supplier also provides the warranty services under Art. 8 and, if ordered, the maintenance services under Art. 9.
H:Art. 2 (Contract documents)
P:1 The following documents form part of the contract, in this order of precedence: this contract; Annex A (technical specification); Annex B (acceptance test plan); the Supplier's offer of 14 October 2026.
P:2 General terms of the Supplier do not apply.
H:Art. 3 (Price)
P:1 The contract price is CNY 1,884,000, VAT included, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter sensor nodes|96|9,850|945,600
TB:Underwater cameras|8|21,400|171,200
TB:Weather buoys|4|38,500|154,000
TB:Gateways with solar power kits|6|26,800|160,800
TB:AquaView software licence (perpetual)|1|188,000|188,000
TB:Hardware and licence subtotal|||1,619,600
TB:Installation and marine works|1|236,000|236,000
TB:Training and documentation|1|28,400|28,400
TB:Contract price|||1,884,000
P:2 The price is a fixed lump sum. It includes transport to the farm, customs clearance, marine works, commissioning, training and the warranty services.
H:Art. 4 (Payment terms)
P:1 The Buyer pays the contract price as follows: 10% (CNY 188,400) within 20 days after signature, against a bank guarantee for the same amount issued by a bank acceptable to the Buyer; 55% (CNY 1,036,200) after delivery and installation of the whole System, confirmed by a signed installation report; 35% (CNY 659,400) after final acceptance under Art. 6.
P:2 The installation report confirms quantities and installation only. It does not constitute acceptance.
P:3 Payments are made within 20 days after receipt of a correct invoice.
H:Art. 5 (Delivery and installation)
P:1 The Supplier delivers the System to the Buyer's shore base within 60 days after signature and completes installation within 90 days after signature.
P:2 Marine works are carried out only in weather windows approved by the Buyer's farm manager. Days on which a typhoon warning of level blue or higher is in force extend the installation period accordingly.
P:3 The Buyer provides a work boat with crew for the marine works, access to the cages, space and power at the shore office, and a server meeting Annex A. The Supplier's staff comply with the Buyer's safety rules on the farm, including the wearing of life jackets at all times on the cages.
P:4 The Supplier trains eight members of the Buyer's staff in calibration, cleaning, fault finding and the use of the software, in Chinese, and delivers user and maintenance manuals in Chinese and English.
H:Art. 6 (Acceptance)
P:1 After installation the System undergoes a trial operation of 30 consecutive days.
P:2 Final acceptance requires that, during the trial operation: (a) every sensor node, after calibration against the Supplier's reference instrument in the presence of the Buyer, reads dissolved oxygen within 0.3 mg/L and temperature within 0.2 degrees Celsius; (b) no sensor node fails to transmit for more than two hours in a row; (c) a low-oxygen alarm reaches the farm manager's mobile telephone within 60 seconds in each of three tests; (d) all cameras deliver images to the shore office; (e) all documentation and training are complete.
P:3 When these conditions are met, the parties sign a final acceptance certificate within five working days. Installation, use of the System or payment does not constitute acceptance. If acceptance fails, the Supplier remedies the defects at its cost and the trial operation is repeated.
H:Art. 7 (Delay)
P:1 If the System is not installed within the period in Art. 5 or if final acceptance is delayed for reasons attributable to the Supplier, the Supplier owes a contractual penalty of 0.1% of the contract price for each day of delay, in total not more than 10% of the contract price.
P:2 Payment of the penalty does not release the Supplier from its obligations. The Buyer may claim damages exceeding the penalty.
H:Art. 8 (Warranty)
P:1 The Supplier warrants the System for 24 months from the date of the final acceptance certificate.
P:2 During the warranty period the Supplier repairs or replaces defective parts free of charge, including travel and boat hire, supplies software updates and carries out two calibration and cleaning visits per year. Consumables (membranes, electrolyte and anti-fouling covers) are supplied at the prices in Annex A.
H:Art. 9 (Maintenance after the warranty)
P:1 After the warranty period the Buyer may order maintenance for one year at a time. The annual maintenance fee is 9% of the hardware and licence subtotal, that is CNY 145,764 per year, and is fixed for the third, fourth and fifth years after final acceptance.
P:2 Maintenance covers the services in Art. 8 para. 2 and the service levels in Art. 10. Each year is ordered in writing; there is no automatic renewal.
H:Art. 10 (Service levels)
P:1 The following service levels apply during the warranty period and during maintenance:
TB:Priority|Definition|Response|On site
TB:Critical|Loss of oxygen monitoring on ten or more cages, or failure of the alarm system|1 hour (remote)|Next day, weather permitting
TB:Major|Loss of single nodes, cameras or a weather buoy|2 hours (remote)|Within 3 working days
TB:Minor|Other faults and questions|1 working day|Next scheduled visit
P:2 For each hour by which a response is late, the Supplier pays CNY 800. For each day by which an on-site intervention is late, the Supplier pays CNY 2,000. The Buyer may set these amounts off against any sum due.
H:Art. 11 (Intellectual property)
P:1 The AquaView software remains the property of the Supplier; the Buyer receives a perpetual, non-exclusive licence for its farm.
P:2 The farm-specific configuration, alarm rules, dashboards, cage maps and documentation produced for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Art. 12 (Data and security)
P:1 All data collected by the System, including water-quality readings, images and alarm records, belongs to the Buyer and is stored on the Buyer's server. The Supplier uses it only to perform this contract.
P:2 The Supplier accesses the Buyer's server only through the Buyer's VPN, with an account opened by the Buyer for each intervention, and does not copy data outside the Buyer's systems. The Supplier complies with the Data Security Law of the People's Republic of China and the Buyer's security rules.
P:3 The Supplier notifies the Buyer within 12 hours of any security incident affecting the System or its data, helps to contain it and is liable for the damage caused by its breach of this article.
H:Art. 13 (Confidentiality)
P:The parties keep confidential all information received from each other in connection with this contract, in particular farm locations, production volumes and prices, and do not disclose it to third parties without prior written consent. This obligation continues for five years after the end of the contract.
H:Art. 14 (Liability)
P:1 The Supplier's total liability under this contract is limited to 200% of the contract price.
P:2 This limit does not apply to damage caused intentionally or by gross negligence, to personal injury, or to breach of Art. 12.
H:Art. 15 (Subcontracting)
P:The Supplier may subcontract the marine works or any other part of the contract only with the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Art. 16 (Termination)
P:1 The Buyer may terminate the contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after a written reminder, or if the penalty under Art. 7 reaches its maximum.
P:2 In case of termination the Supplier refunds the sums received for parts of the System not accepted, against their return.
H:Art. 17 (Force majeure)
P:Neither party is liable for non-performance caused by force majeure, including typhoons, provided it informs the other party without delay.
H:Art. 18 (Applicable law and disputes)
P:1 This contract is governed by the law of the People's Republic of China.
P:2 Any dispute arising out of this contract is submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The arbitral award is final.
P:Done in two originals in English, one for each party.
P:Ningde, __________ 2026. For the Buyer: ____________________
P:Rolle, __________ 2026. For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h200e04 (.md): Hefei robotics start-up — managed IT + desktop support; provider on Eilean Shuna, Scottish house
# style ("N. HEADING", N.N, "these presents").
H200E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**SHUNA MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland (Company Number SC704219) and having its Registered Office at The Steading, Eilean Shuna, by Appin, Argyll, Scotland (the "**Provider**")

**and**

**HEFEI XINGHE ROBOTICS TECHNOLOGY CO., LTD.**, a company incorporated in the People's Republic of China and having its registered office at Building B3, Innovation Industrial Park, High-tech Zone, Hefei, Anhui Province (the "**Customer**")

**WHEREAS** the Customer designs and builds collaborative robots and wishes to outsource the running of its IT environment and the support of its staff, and the Provider has agreed to provide those services with the help of a local delivery partner in Hefei, on the terms set out below, all charges being stated in Renminbi (CNY) at the Customer's request;

**NOW THEREFORE** the parties agree as follows:

## 1. DEFINITIONS

1.1 In this Agreement: "**Charges**" means the charges set out in Clause 6; "**Customer Data**" has the meaning given in Clause 7.1; "**Effective Date**" means the date of the last signature of this Agreement; "**Local Delivery Partner**" means Hefei Anxin IT Services Co., Ltd.; "**Services**" means the services described in Clause 3; "**Services Commencement Date**" means the date of Transition Acceptance; "**Working Day**" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; and "**Working Hours**" means 08:30 to 18:00 on a Working Day.

1.2 Headings are for convenience only. Words in the singular include the plural and vice versa.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the Effective Date. The Services are provided for an initial term of thirty-six months from the Services Commencement Date (the "**Initial Term**").

2.2 On expiry of the Initial Term this Agreement shall continue for successive periods of one year unless either party gives the other not less than ninety days' written notice of termination. The Charges for any such period shall be agreed in writing between the parties, failing which the Charges for the last year of the Initial Term shall continue to apply.

## 3. SERVICES

3.1 The Provider shall provide the following Services for the Customer's office and laboratories in Hefei: (a) a service desk in Mandarin and English, from 08:00 to 20:00, Monday to Saturday; (b) on-site desktop support by two engineers of the Local Delivery Partner during Working Hours; (c) management of 160 laptops and 40 engineering workstations, including imaging, patching and software distribution; (d) administration of the Customer's Feishu and Microsoft 365 tenants; (e) monitoring of the network, Wi-Fi and firewalls; (f) backup of the file servers and the source-code repository server; (g) IT asset management; and (h) joiner, mover and leaver processing.

3.2 The Provider shall perform the Services with reasonable skill and care, in accordance with good industry practice and the runbooks approved under Clause 4.

## 4. TRANSITION

4.1 The Provider shall carry out the transition in accordance with the Transition Plan agreed at the kick-off meeting and shall complete it within forty-five days after the Effective Date.

4.2 Transition Acceptance shall be given by the Customer in writing when: (a) the asset register has been reconciled with a physical count of all devices; (b) all 200 endpoints are enrolled in the Provider's management platform and report their patch status; (c) runbooks for each Service have been approved by the Customer; (d) ten Working Days of parallel running have been completed with no Priority 1 incident unresolved; and (e) a test restore of the file servers and the repository server has succeeded. The start of live operation shall not by itself constitute Transition Acceptance.

4.3 If Transition Acceptance is not achieved within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 1,000 for each day of delay, up to a maximum of CNY 60,000.

## 5. SERVICE LEVELS

5.1 The Provider shall respond to and resolve incidents within the following times:

| Priority | Description | Response | Resolution target |
|---|---|---|---|
| P1 | Site-wide outage of the network, e-mail or collaboration tools, or of a robot test-line control workstation | 30 minutes | 6 hours |
| P2 | Outage affecting a team or a business application | 1 hour | 1 Working Day |
| P3 | Fault affecting a single user | 8 Working Hours | 3 Working Days |
| P4 | Service request | 1 Working Day | 5 Working Days |

5.2 The Provider shall report its performance against the Service Levels monthly and shall attend a monthly service review with the Customer.

5.3 The Service Levels are targets. If the Provider fails to meet a Service Level in any month, it shall, at the Customer's request, prepare and implement a remediation plan. Failure to meet a Service Level shall not entitle the Customer to any service credit, deduction from the Charges or damages.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-off, invoiced on Transition Acceptance | 68,000 |
| Monthly Service Charge | CNY 41,800 per month, invoiced monthly in arrears, 36 months | 1,504,800 |
| Total for the Initial Term | | 1,572,800 |

6.2 Devices in excess of 200 are charged at CNY 190 per device per month, invoiced monthly in arrears.

6.3 No sums are payable in advance. Invoices are payable within thirty days after receipt. The Charges include VAT and all travel and subsistence costs of the Provider and the Local Delivery Partner.

## 7. CUSTOMER DATA

7.1 All data, documents, source code, designs, drawings and other information of the Customer to which the Provider or the Local Delivery Partner obtains access in providing the Services ("**Customer Data**") shall remain the property of the Customer.

7.2 The Provider shall use Customer Data only for the purpose of providing the Services and shall not sell, disclose or otherwise exploit it.

## 8. CONFIDENTIALITY

8.1 Each party shall keep in confidence all information of the other party which is marked or is by its nature confidential, including the Customer's product designs, robot control software, business plans and the terms of this Agreement, and shall not disclose it except to its employees and advisers who need to know it, or as required by law.

8.2 The Provider shall ensure that the Local Delivery Partner and its engineers are bound by obligations of confidentiality no less onerous than this Clause 8. This Clause 8 shall survive termination of this Agreement for five years.

## 9. INTELLECTUAL PROPERTY

9.1 The Provider retains all intellectual property in its own tools, platforms and know-how.

9.2 The runbooks, scripts, configurations, images and documentation created by the Provider specifically for the Customer shall belong to the Customer, which may use, modify and license them freely, including to any successor provider.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 The Customer approves the Local Delivery Partner as a subcontractor for the on-site desktop support.

10.2 The Provider shall not otherwise subcontract any part of the Services without the prior written consent of the Customer. The Provider shall remain responsible for the acts and omissions of its subcontractors as if they were its own.

## 11. LIABILITY

11.1 The total liability of the Provider under or in connection with this Agreement shall not exceed one hundred and twenty-five per cent (125%) of the total Charges for the Initial Term.

11.2 Neither party shall be liable for any indirect or consequential loss or loss of profit. Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 12. TERMINATION

12.1 Either party may terminate this Agreement by written notice with immediate effect if the other party commits a material breach which is incapable of remedy or, if capable of remedy, is not remedied within twenty Working Days after written notice requiring it to be remedied.

12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent, or if an administrator, receiver or liquidator is appointed over its assets.

12.3 On expiry or termination the Provider shall provide reasonable exit assistance for up to sixty days, return all Customer Data and hand over all credentials, at the Charges then applicable.

## 13. FORCE MAJEURE

Neither party shall be liable for any delay or failure caused by circumstances beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to mitigate.

## 14. NOTICES

Notices shall be in writing and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses set out above or to such other address as a party notifies to the other.

## 15. GOVERNING LAW AND JURISDICTION

This Agreement shall be governed by and construed in accordance with the Law of Scotland, and the parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of **SHUNA MANAGED SERVICES LIMITED** at Appin on the ____ day of December 2026 by ____________________, Director, before this witness: ____________________ (name, address)

Subscribed for and on behalf of **HEFEI XINGHE ROBOTICS TECHNOLOGY CO., LTD.** at Hefei on the ____ day of December 2026 by ____________________, Legal Representative, before this witness: ____________________ (name, address)
"""

# ---------------------------------------------------------------------------------------------------------------
# h200e05 (.txt): Jiangxi navel-orange exporter — cold-chain temperature-certificate API subscription + integration;
# vendor on the Isola di San Giulio, Italian house style ("Article N", recitals "WHEREAS", N.1).
H200E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
for the Coldtrace Certify temperature-certificate service

This Agreement is made

BETWEEN

San Giulio Coldtrace S.r.l., with registered office at Isola di San Giulio 4, 28028 Orta San Giulio (NO), Italy, tax code and VAT number IT02481230039, registered with the Companies' Register of Monte Rosa Laghi Alto Piemonte, share capital EUR 50,000.00 fully paid-in, in the person of its legal representative pro tempore, Ms. Chiara Bellotti (hereinafter "Coldtrace")

AND

Ganzhou Qiannan Navel Orange Export Co., Ltd., with registered office at No. 18 Gannan Avenue, Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China, in the person of its legal representative, Mr. Liu Jianguo (hereinafter the "Customer")

(Coldtrace and the Customer hereinafter jointly the "Parties" and each a "Party")

WHEREAS

(A) Coldtrace operates the Coldtrace Certify platform, which issues tamper-evident temperature certificates for perishable shipments on the basis of data transmitted by certified data loggers, and makes them available through an application programming interface (the "API") and a verification portal;

(B) the Customer exports fresh navel oranges in reefer containers to Southeast Asia, the Middle East and Europe and needs, for each shipment, a temperature certificate accepted by its importers, linked to its ERP system and its export documents;

(C) at the Customer's request, all fees under this Agreement are stated and paid in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Recitals and Annexes
1.1 The recitals and the annexes form an integral and substantial part of this Agreement.
1.2 Annex 1 (Service Description), Annex 2 (Integration Plan and Acceptance Tests) and Annex 3 (Security Measures) are attached.

Article 2 - Subject Matter
2.1 Coldtrace shall provide to the Customer: (a) access to the Certify API and the verification portal, including certificate templates for the Customer's destination markets (the "Subscription Services"); and (b) the integration services described in Annex 2, namely the connector between the API and the Customer's Yonyou U8 ERP system, the onboarding of the Customer's 420 reusable data loggers, and certificate templates meeting the requirements of the Customer's importers in three destination markets (the "Integration Services").
2.2 The deliverables of the Integration Services, including the ERP connector, the certificate templates and the related documentation, are hereinafter the "Integration Deliverables".

Article 3 - Duration
3.1 The Subscription Services are provided for 24 months from the Go-Live Date (the "Subscription Term").
3.2 This Agreement expires at the end of the Subscription Term without need of notice. Any renewal requires a written agreement of the Parties.

Article 4 - Fees
4.1 The fees are as follows:
- Subscription fee: CNY 19,600 per month for 24 months = CNY 470,400, including up to 9,000 certificates per Subscription Year;
- Integration Services, one-off fixed fee: CNY 148,000;
- Total Contract Value: CNY 618,400.
4.2 Certificates in excess of 9,000 in a Subscription Year are charged at CNY 6 each, quarterly in arrears; they are not part of the Total Contract Value.
4.3 The fees are fixed for the Subscription Term and include VAT.

Article 5 - Invoicing and Payment
5.1 The fee for the Integration Services is invoiced after signature of the Go-Live Acceptance Report under Article 6.
5.2 The subscription fee is invoiced quarterly in arrears.
5.3 No advance payment is due. Invoices are payable by bank transfer within 30 days from receipt.

Article 6 - Integration and Go-Live Acceptance
6.1 Coldtrace shall complete the Integration Services and submit them for acceptance within 90 days from the date of this Agreement (the "Go-Live Deadline").
6.2 The acceptance tests in Annex 2 are passed when: (a) certificates are issued automatically for 50 test shipments within ten minutes of the upload of the logger data; (b) every temperature reading on the certificates matches the raw logger files exactly; (c) the ERP system shows the certificate number and the certificate document for each shipment; (d) the importers' verification portal validates the QR code of every test certificate; and (e) no Severity 1 or Severity 2 defect is open.
6.3 When the tests are passed, the Parties sign a Go-Live Acceptance Report; the date of signature is the "Go-Live Date". Use of the Subscription Services for live shipments before that date does not constitute acceptance.

Article 7 - Penalty for Delay
7.1 If the Go-Live Acceptance Report is not signed by the Go-Live Deadline for reasons attributable to Coldtrace, Coldtrace shall pay to the Customer a penalty of 0.03% of the Total Contract Value for each day of delay, up to a maximum of 5% of the Total Contract Value.
7.2 The penalty is without prejudice to the Customer's right to terminate under Article 14.

Article 8 - Service Levels
8.1 Coldtrace guarantees an availability of the API and of the verification portal of 99.95% in each calendar month, excluding maintenance announced at least 72 hours in advance.
8.2 Incidents are handled as follows: Severity 1 (the API is unavailable or certificates cannot be issued) - response within 1 hour, 24 hours a day, 7 days a week, and restoration within 8 hours; Severity 2 (degraded service or a single template failing) - response within 2 hours during business hours, restoration within 2 business days; Severity 3 - response within 2 business days.
8.3 If the monthly availability is below the guaranteed level, the Customer is entitled to a credit of 5%, 10% or 20% of the monthly subscription fee, according to the tiers in Annex 1. For each hour by which a Severity 1 response is late Coldtrace shall credit CNY 500. Credits are deducted from the next invoice.

Article 9 - Intellectual Property
9.1 Coldtrace is and remains the owner of the Certify platform, the API and the verification portal.
9.2 All intellectual property rights in the Integration Deliverables, including the ERP connector, the certificate templates designed for the Customer's destination markets and the related documentation, shall belong exclusively to Coldtrace.
9.3 The Customer is granted a non-exclusive and non-transferable licence to use the Integration Deliverables for its own business for the duration of the Subscription Term only.

Article 10 - Customer Data and Security
10.1 All shipment data, logger readings, consignee details and certificates relating to the Customer ("Customer Data") belong to the Customer. Coldtrace processes Customer Data only to provide the services under this Agreement and for no other purpose.
10.2 For the Customer, Customer Data is stored in data centres in mainland China. Coldtrace applies the security measures in Annex 3, including encryption in transit and at rest, role-based access with multi-factor authentication, access logging and daily backups, and complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
10.3 Coldtrace shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall take all measures necessary to limit its effects, and shall be liable for the damage caused by its breach of this Article 10.
10.4 At the end of this Agreement, Coldtrace shall return the Customer Data in a machine-readable format and delete it from its systems within 20 days, except certificates which the Customer asks it to keep available for verification.

Article 11 - Confidentiality
11.1 Each Party shall keep strictly confidential any information of the other Party received in connection with this Agreement, including prices, customer lists, shipment volumes and technical information, and shall not disclose it to third parties without the prior written consent of the other Party.
11.2 This obligation survives the termination of this Agreement for three years.

Article 12 - Liability
12.1 Coldtrace's total liability under this Agreement shall not exceed 120% of the Total Contract Value.
12.2 The limit under Article 12.1 does not apply in case of wilful misconduct or gross negligence, or to breach of Article 10.

Article 13 - Subcontracting
13.1 Coldtrace may not subcontract, in whole or in part, the performance of this Agreement without the prior written consent of the Customer, except for the hosting provider named in Annex 3. Coldtrace remains fully responsible for the performance of any subcontractor.

Article 14 - Termination
14.1 The Customer may terminate this Agreement by written notice if Coldtrace commits a material breach and does not remedy it within 15 days from a written request, or if the Go-Live Acceptance Report has not been signed within 60 days after the Go-Live Deadline.
14.2 Either Party may terminate this Agreement by written notice if the other Party becomes subject to insolvency proceedings.
14.3 In case of termination, Coldtrace shall refund any fees paid for services not yet rendered.

Article 15 - Governing Law and Disputes
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitration shall be conducted in English.

Article 16 - Final Provisions
16.1 This Agreement constitutes the entire agreement between the Parties on its subject matter. Any amendment shall be valid only if made in writing and signed by both Parties.
16.2 The Parties declare that every clause of this Agreement has been individually negotiated between them.
16.3 This Agreement is executed in two originals in English, one for each Party.

Orta San Giulio, __________ 2026                Xinfeng, __________ 2026
For San Giulio Coldtrace S.r.l.                  For the Customer
____________________                             ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h200z01": H200Z01, "h200z02": H200Z02, "h200e01": H200E01, "h200e03": H200E03}
TARGETS = {"h200z01": ("h200z01_civil_affairs_smart_elderly_care_platform.docx", "docx"),
           "h200z02": ("h200z02_wire_rod_mill_surface_inspection_system.pdf", "pdf"),
           "h200e01": ("h200e01_embroidery_pattern_software_licence_irish_vendor.docx", "docx"),
           "h200e03": ("h200e03_croaker_farm_net_cage_sensors_swiss_integrator.pdf", "pdf")}
PLAIN = {"h200z03_bakery_chain_ordering_membership_saas.md": H200Z03,
         "h200z04_natural_resources_spatial_platform_annual_om.txt": H200Z04,
         "h200z05_honey_traceability_system_supplier_template.md": H200Z05,
         "h200e02_boat_tour_booking_saas_german_vendor.txt": H200E02,
         "h200e04_robotics_managed_it_desktop_support_scottish.md": H200E04,
         "h200e05_orange_cold_chain_certificate_api_italian_vendor.txt": H200E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
