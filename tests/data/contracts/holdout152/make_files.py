"""holdout152: the sources of the ten drafts, so the files can be made again.

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt drafts are written as they stand; the two .docx
and the two .pdf are built from word_pdf.py markup (T: title, H: heading, P: paragraph, TB: table row) by
../word_pdf.py, the PDFs with their paragraphs broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------------------------
# h152z01 (.docx): provincial 人力资源和社会保障厅, 社保公共服务平台 system integration, 政府采购 公开招标, buyer's paper.
# Numbering 第X条 + 1.1; a real Word price table.
H152Z01 = """T:西陵省社会保险公共服务平台系统集成项目合同
P:合同编号：XLRS-ZFCG-2026-017　　采购项目编号：XLCG-2026-GK-0342
P:采购人（甲方）：西陵省人力资源和社会保障厅
P:住所：西陵省江城市滨江大道188号
P:供应商（乙方）：江城融智信息技术股份有限公司
P:住所：西陵省江城市高新区光谷三路56号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，依据西陵省社会保险公共服务平台系统集成项目（公开招标）的招标文件、乙方的投标文件及中标通知书，甲乙双方经平等协商，订立本合同，共同遵守。
H:第一条 合同组成与项目范围
P:1.1 下列文件构成本合同的组成部分，解释顺序如下：本合同书；中标通知书；招标文件及其澄清、修改文件；乙方投标文件及书面承诺；经甲方确认的需求规格说明书。
P:1.2 乙方负责建设西陵省社会保险公共服务平台，内容包括：统一服务门户（网上服务厅、掌上服务、自助终端接入）、社保经办子系统升级、社保卡业务协同、待遇领取资格认证、跨省通办接口，以及配套国产数据库、中间件、应用服务器的供货、安装、系统集成、数据迁移、等级保护测评与商用密码应用安全性评估的配合整改和培训。
P:1.3 项目实施地点为西陵省政务云平台及甲方机房。乙方应按照招标文件和投标文件的技术要求提供货物和服务。
H:第二条 合同价格
P:2.1 本合同总价为人民币肆佰零柒万元整（¥4,070,000.00）。该价格为固定总价，已包含货物、软件许可、开发、运输、安装、集成、测试、培训、质保期服务及全部税费，甲方不再另行支付任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|社保公共服务平台软件许可（永久）|1套|1,280,000|1,280,000
TB:2|国产数据库及中间件许可（永久）|1套|436,000|436,000
TB:3|应用服务器|8台|68,500|548,000
TB:4|定制开发（社保卡协同、资格认证、跨省通办接口）|1项|1,126,000|1,126,000
TB:5|数据迁移与数据治理|1项|318,000|318,000
TB:6|系统集成与部署|1项|224,000|224,000
TB:7|等保测评及密评配合、密码应用改造|1项|96,000|96,000
TB:8|培训|1项|42,000|42,000
TB:合计||||4,070,000
P:2.3 上表第1至3项为软硬件小计，计人民币2,264,000元，作为质保期满后运维服务费的计费基数。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币814,000元。
P:3.2 全部软硬件部署完成并通过初步验收后，甲方支付合同总价的45%，计人民币1,831,500元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计人民币1,424,500元。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。甲方按照国库集中支付的有关规定付款，因财政支付流程产生的合理时间不视为甲方违约。
P:3.5 乙方应在合同签订前向甲方提交合同总价2%的履约保函，有效期至最终验收后30日。
H:第四条 实施与交付
P:4.1 乙方应于合同生效后150日内完成全部软硬件到货、安装部署和系统上线试运行，试运行期为60日。
P:4.2 乙方应组建不少于18人的实施团队，项目经理须为投标文件所列人员，更换须事先取得甲方书面同意。
P:4.3 货物到达指定地点后，双方共同清点签收。到货签收仅确认数量、型号和外观，不构成验收。
H:第五条 验收
P:5.1 初步验收：系统部署完成后，甲方依据需求规格说明书组织初步验收。验收标准为：全部功能点实现并通过测试；迁移数据逐表核对一致，参保人数、缴费记录、待遇发放记录无差异；统一门户在5,000并发用户下页面响应时间不超过2秒；与部级跨省通办平台、社保卡系统的接口联调通过。
P:5.2 最终验收：试运行期满、期间未发生一级故障、通过第三方等级保护三级测评和商用密码应用安全性评估、全部源代码和文档移交齐全后，由甲方组织专家进行最终验收并出具验收报告。
P:5.3 系统上线、试运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及7×24小时技术支持。
P:6.2 质保期内，平台月度可用率不低于99.95%，经甲方批准的计划停机时间除外。
P:6.3 故障分级及响应：一级故障（统一门户或经办系统整体中断，或数据错误影响待遇发放）15分钟内响应，1小时内到达现场，3小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障（一般问题）次工作日内解决。
P:6.4 乙方未达到6.2或6.3要求的，一级故障每超时1小时扣减1,000元；月度可用率每低于承诺值0.01个百分点扣减2,000元。扣减款项从履约保证金或应付款项中抵扣。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过181,120元），该标准在质保期满后三年内不上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、接口程序及其源代码、数据迁移脚本和技术文档，知识产权归甲方所有。乙方应在最终验收时移交全部源代码和文档，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 乙方原有平台软件及第三方数据库、中间件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.3 乙方保证交付成果不侵犯任何第三方的合法权利；如发生侵权纠纷，由乙方负责处理并承担全部费用和责任。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的参保人员个人信息、业务数据、日志及其衍生数据均属于甲方。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求。运维操作须经甲方审批并通过堡垒机进行，全程审计；开发测试只能使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方网络架构、系统账号、业务数据及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成系统上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方逾期超过60日，或交付的货物、软件经两次整改仍不符合约定的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。乙方如需将综合布线等非主体、非关键性工作分包，须事先取得甲方书面同意，并对分包方的行为向甲方承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）严重违约，经甲方书面催告后15日内仍未纠正；（2）逾期超过60日；（3）因乙方原因发生重大数据安全事件。
P:12.2 合同解除后，乙方应移交已完成的成果、源代码、文档和全部数据，并配合甲方完成交接。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，可根据影响部分或全部免除责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 未尽事宜，双方可签订书面补充协议；政府采购监督管理部门另有规定的，从其规定。
P:甲方（盖章）：西陵省人力资源和社会保障厅　　　　乙方（盖章）：江城融智信息技术股份有限公司
P:法定代表人或授权代表：　　　　　　　　　　　　　法定代表人或授权代表：
P:日期：2026年　月　日　　　　　　　　　　　　　　日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h152z02 (.pdf): lithium-battery electrode plant, 极片涂布在线缺陷检测系统 hardware supply + post-warranty maintenance.
# Numbering 一、/（一）/1.
H152Z02 = """T:极片涂布在线缺陷检测系统采购及维保合同
P:合同编号：JHRN-SB-2026-0419
P:甲方（买方）：江淮锐能新能源科技有限公司
P:地址：安徽省合肥市肥西县新能源产业园锐能大道9号
P:乙方（卖方）：苏州视衡智能装备有限公司
P:地址：江苏省苏州市工业园区星湖街328号
P:甲方因二号工厂锂电池极片涂布产线质量管控需要，向乙方采购极片涂布在线缺陷检测系统及相关服务。双方依据《中华人民共和国民法典》，经友好协商，就以下条款达成一致。
H:一、合同标的与价格
P:（一）乙方为甲方二号工厂4条涂布线（正极2条、负极2条）提供极片涂布在线缺陷检测系统（以下简称“检测系统”），用于涂布过程中漏箔、划痕、气泡、颗粒、露白、暗斑及边缘缺陷的在线检测、标记与追溯，并与涂布机PLC及甲方MES系统对接。
P:（二）供货清单及价格如下：
P:1. 线扫相机检测单元（每套含8K线扫相机6台、LED线光源、编码器及安装支架）4套，单价468,000元，小计1,872,000元；
P:2. 工控机及GPU边缘计算单元4套，单价96,500元，小计386,000元；
P:3. 缺陷检测软件许可（永久）4套，单价128,000元，小计512,000元；
P:4. 中央数据服务器及存储1套，214,000元；
P:5. 安装调试及与涂布机PLC、MES系统对接，158,000元；
P:6. 操作及维护培训，26,000元。
P:（三）上述第1至4项合称“设备及软件小计”，计2,984,000元。合同总价为人民币叁佰壹拾陆万捌仟元整（¥3,168,000.00），含13%增值税、包装、运输、保险、安装调试及培训费用。合同总价不含本合同第六条约定的质保期满后维保服务费。
H:二、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运至甲方二号工厂，并于到货后25日内完成安装调试。安装须在甲方安排的停线窗口内进行，每条涂布线停线时间不超过48小时。
P:（二）设备到货时，双方按供货清单清点签收。签收仅确认数量、型号和外观，不代表质量验收。
P:（三）乙方人员进入甲方车间须遵守甲方EHS、防静电及洁净车间管理规定，因违反规定造成的损失由乙方承担。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的35%作为预付款，即1,108,800元。
P:（二）全部设备到货并经双方签收后，甲方支付合同总价的45%，即1,425,600元。
P:（三）检测系统通过最终验收后，甲方支付合同总价的20%，即633,600元。
P:（四）乙方每期收款前应向甲方开具等额13%增值税专用发票，甲方收到发票后15个工作日内付款。
H:四、验收
P:（一）安装调试完成后，检测系统连续试运行30日。试运行期间应达到以下标准：
P:1. 对甲方提供的标准缺陷样片（不少于300片，覆盖全部缺陷类型）的漏检率不高于0.2%，过杀率不高于1.5%；
P:2. 在涂布速度80米/分钟条件下，最小可检缺陷尺寸不大于0.2毫米；
P:3. 检测结果与MES中的批次号、卷号一一对应，数据上传延迟不超过2秒；
P:4. 试运行期间未发生因检测系统原因导致的停线。
P:（二）试运行结束后，甲方组织最终验收，全部指标达标的，双方签署最终验收报告。
P:（三）设备安装、通电运行、甲方使用或付款均不视为验收合格。未通过验收的，乙方应在10日内完成整改并重新验收，整改费用由乙方承担。
H:五、质量保证与服务响应
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件（含相机、光源、工控机及存储），并免费提供软件缺陷修复和版本升级。
P:（二）乙方在甲方工厂所在园区配备常驻服务工程师。故障分级及时限：一级故障（检测系统故障导致涂布线停线或整线检测失效）30分钟内响应，2小时内恢复；二级故障（单台相机或单项检测功能失效）1小时内响应，8小时内恢复；三级故障（一般问题）24小时内处理完毕。
P:（三）一级故障恢复每超时1小时，乙方向甲方支付2,000元；二级故障恢复每超时1小时，乙方支付500元。因检测系统失效导致漏检并造成极片批量报废的，乙方另行赔偿甲方直接损失。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可按年向乙方采购维保服务，内容包括备件更换、检测软件及缺陷模型迭代升级、驻厂工程师服务及季度巡检。
P:（二）维保服务年费按设备及软件小计的24%计取，即每年716,160元，该费率自本合同生效起五年内不作调整，按季度后付。
P:（三）维保服务合同按年签订，不自动续期。
H:七、知识产权
P:（一）乙方利用甲方缺陷样本训练形成的专用缺陷检测模型、参数配置、与涂布机PLC及MES的接口程序及其源代码，知识产权归甲方所有，甲方可自行修改使用或委托第三方维护。
P:（二）检测软件平台及底层算法的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可，该许可不受设备使用年限限制。
H:八、数据安全
P:（一）检测系统采集的极片图像、缺陷数据、工艺参数及其衍生数据均属于甲方。乙方仅可为履行本合同使用上述数据，不得复制带离，不得用于为其他客户训练模型或任何其他用途。
P:（二）检测系统部署在甲方工厂内网。乙方远程维护须事先经甲方书面审批，通过甲方指定的VPN及堡垒机进行并留存审计日志；乙方更换下来的存储介质须当场消磁或交由甲方保管。
P:（三）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:（一）乙方对履约中知悉的甲方涂布工艺、浆料配方、产线布局、产能及客户信息等商业秘密负有保密义务，不得向任何第三方披露或用于本合同以外的目的。
P:（二）本条保密义务在合同终止后继续有效，直至相关信息依法公开之日止。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）乙方逾期超过45日的，甲方有权解除合同，乙方应退还已收款项，并赔偿甲方因此遭受的损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同项下的供货、安装调试及软件开发分包或转包给第三方；确需将设备吊装等辅助性工作分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）合同解除后，乙方应配合甲方完成数据移交及现场设备处置。
H:十三、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行，双方均不承担违约责任。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可提交合肥仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一：技术协议；附件二：标准缺陷样片清单；附件三：设备配置明细。
P:甲方（盖章）：江淮锐能新能源科技有限公司　　乙方（盖章）：苏州视衡智能装备有限公司
P:授权代表：　　　　授权代表：　　　　日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h152z03 (.md): optical-shop chain, 验光配镜门店 SaaS, three years + 实施. Markdown headings 一、 with 1. items.
H152Z03 = """# 瞳悦视光门店管理SaaS服务合同

**合同编号**：TYSG-IT-2026-008

**甲方（客户）**：成都瞳悦眼镜连锁有限公司
地址：四川省成都市锦江区红星路三段35号

**乙方（服务商）**：杭州镜云信息技术有限公司
地址：浙江省杭州市滨江区网商路677号

甲方经营验光配镜连锁门店126家，为统一门店业务管理，委托乙方提供门店管理SaaS服务及实施服务。双方根据《中华人民共和国民法典》等法律法规，订立本合同。

## 一、服务内容

1. 乙方向甲方提供“镜云门店”验光配镜门店管理SaaS服务（以下简称“平台”），覆盖甲方126家门店及总部，功能包括：会员与验光档案、电子验光处方、镜架镜片进销存、定制片订单与加工厂协同、收银与商保对接、营销活动、总部经营分析。
2. 乙方负责实施服务：门店开通与参数配置；历史会员及验光数据迁移（约86万条会员记录、142万条验光记录）；电脑验光仪、综合验光仪及焦度计的数据对接；门店店长及验光师培训。
3. 服务期限为三年，自全部门店上线验收合格之日起计算。

## 二、服务费用

| 项目 | 计费方式 | 年费用（元） | 三年合计（元） |
|---|---|---|---|
| 门店端订阅 | 126家 × 3,600元/店/年 | 453,600 | 1,360,800 |
| 总部经营分析模块 | 1套 | 86,000 | 258,000 |
| 实施服务费 | 一次性 | — | 168,000 |
| 合计 | | | 1,786,800 |

1. 本合同总金额为人民币1,786,800元（含6%增值税）。
2. 服务期内甲方新增门店的，按每店每年3,600元按实际开通月数折算；关闭门店的，自次月起停止计费。

## 三、付款方式

1. 本合同不设预付款。
2. 订阅费按季度后付：每季度结束后10日内，乙方按当季实际开通门店数开具发票，甲方收到发票后20日内支付。
3. 实施服务费在全部门店上线验收合格后一次性支付。
4. 乙方应按甲方要求开具增值税专用发票，发票不合格的，甲方付款期限相应顺延。

## 四、实施与上线验收

1. 乙方应于合同签订后90日内分三批完成全部门店上线，具体批次以双方确认的实施计划为准。
2. 上线验收标准：（1）会员及验光记录迁移后逐条核对，差异记录全部修正；（2）验光设备数据自动回传，处方字段与设备原始记录一致；（3）收银、库存数据与甲方财务系统日结对账一致；（4）门店端常用操作响应时间不超过2秒；（5）全部门店上线后连续14日未发生一级故障。
3. 甲方书面签署上线验收单方视为验收合格。门店开通、甲方使用平台或支付订阅费均不视为验收合格。
4. 甲方应指定项目负责人，及时提供门店清单、历史数据导出文件及设备型号清单，并安排门店人员参加培训。
5. 因乙方原因未能按期完成全部门店上线的，每逾期一日，乙方向甲方支付违约金1,500元，累计不超过实施服务费的20%。

## 五、服务水平

1. 乙方保证平台月度可用率不低于99.5%，经甲方同意的计划维护时间除外。计划维护应安排在每日0:00至6:00之间。
2. 故障分级：一级故障（全部门店或10家以上门店无法收银、开单）30分钟内响应，2小时内恢复；二级故障（单店无法使用或单一功能异常）1小时内响应，8小时内恢复；三级故障（一般问题及咨询）2个工作日内解决。
3. 服务抵扣：月度可用率低于承诺值的，当月订阅费抵扣5%；低于99%的，抵扣10%。一级故障恢复每超时1小时，另抵扣当月订阅费的1%。抵扣金额从下一季度应付订阅费中扣除。
4. 乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。

## 六、数据权属与数据安全

1. 甲方及其顾客在平台中产生的会员信息、验光处方、交易及库存数据（以下简称“客户数据”）归甲方所有。
2. 乙方有权对客户数据进行去标识化处理，并将处理后的数据用于行业分析报告、产品改进及算法模型训练；去标识化数据及其分析成果归乙方所有，本合同终止后乙方仍可继续使用。
3. 平台部署在境内已通过网络安全等级保护第三级备案的云环境，数据传输和存储加密，按最小权限原则授权访问并记录日志。乙方应遵守《个人信息保护法》，验光处方等敏感个人信息单独加密存储。
4. 发生数据泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方并立即采取补救措施；因乙方原因造成损失的，由乙方承担赔偿责任。
5. 合同终止后30日内，乙方按甲方要求以通用格式返还全部客户数据，并在返还后删除平台中的客户数据（本条第2款所述去标识化数据除外）。

## 七、知识产权

1. 平台软件及其升级版本的知识产权归乙方所有，甲方在服务期内享有使用权。
2. 乙方为甲方定制的报表、会员等级规则、营销模板及验光设备接口配置归甲方所有，甲方可自由使用、修改并许可第三方使用。

## 八、保密

1. 双方对在合作中知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。
2. 保密义务在本合同终止后三年内继续有效。
3. 乙方应与参与本项目的员工签订保密协议，并对其员工违反保密义务的行为承担责任。

## 九、续期与调价

1. 服务期满前60日内任何一方未书面提出不续约的，本合同自动续期一年，此后亦同。
2. 续期年度的订阅单价由乙方根据市场及成本情况调整并书面通知甲方，每次上调幅度不超过上一年度单价的8%。

## 十、违约责任与责任限制

1. 任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
2. 乙方在本合同项下的累计赔偿责任以本合同总金额的150%为限，但因数据泄露或侵犯知识产权造成的损失不受此限。
3. 甲方逾期支付服务费的，乙方可书面催告；逾期超过60日的，乙方有权暂停服务，但应提前15日通知。

## 十一、分包

乙方不得将实施服务分包给第三方；验光设备对接确需设备厂商配合完成开发的，应事先取得甲方书面同意。

## 十二、合同解除

1. 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同。
2. 平台月度可用率连续两个月低于99%的，甲方有权解除本合同，并不承担违约责任。
3. 合同解除后，乙方应按本合同第六条第5款返还数据，并提供不少于30日的过渡支持。

## 十三、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 十四、其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件：功能清单、实施计划、服务报告模板。

甲方（盖章）：成都瞳悦眼镜连锁有限公司　　　乙方（盖章）：杭州镜云信息技术有限公司

日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h152z04 (.txt): city 水务局, 水务监管平台 annual O&M, 政府采购 竞争性磋商. Numbering 第X条 with （一）.
H152Z04 = """临江市水务监管平台年度运维服务合同

项目名称：临江市水务监管平台2026年度运维服务
采购方式：竞争性磋商　　采购编号：LJCG-2026-CS-0087
合同编号：LJSW-YW-2026-03

甲方（采购人）：临江市水务局
地址：临江市沿江东路66号
乙方（供应商）：临江智水信息技术有限公司
地址：临江市经济开发区创新路12号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就临江市水务监管平台2026年度运维服务事宜，订立本合同。

第一条 服务范围与服务期
（一）运维对象：临江市水务监管平台（含供排水监管、河湖水位监测、取水计量、防汛调度四个模块）；平台所在政务云资源上的数据库与中间件；312个前端监测站点（水位计、流量计、水质自动站及视频监控）及其通信链路。
（二）服务内容：日常巡检、故障处理、数据质量保障与数据治理、系统安全运维、汛期保障、等级保护测评问题整改配合，以及月度和年度运维报告。
（三）服务期：2026年1月1日至2026年12月31日。
（四）乙方应按照响应文件承诺的运维方案提供服务，服务过程中应遵守甲方的机房管理、安全生产、网络安全及保密制度，进入河道、泵站等现场作业时应落实安全防护措施，因乙方原因发生的安全事故由乙方负责。

第二条 合同价款
（一）本合同总价为人民币玖拾捌万贰仟元整（¥982,000.00），为固定总价，分项如下：
1. 平台软件及数据库运维：286,000元；
2. 前端监测站点运维（312个站点）：348,000元；
3. 驻场运维服务（2人）：216,000元；
4. 网络安全运维及等保测评整改配合：74,000元；
5. 数据治理与报表服务：58,000元。
（二）上述价格包含人工、交通、工具、单价500元以下的备品备件、税费及其他一切费用。单价500元以上的备件更换，经甲方书面确认后按响应文件报价另行结算。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按本合同第五条对该季度服务进行考核，考核合格后15个工作日内支付当季服务费245,500元；考核扣款从当季服务费中直接扣除。
（三）乙方应在每次付款前开具合法有效的发票。

第四条 服务要求与服务水平
（一）乙方安排2名驻场工程师，工作日8:30至17:30在甲方监控中心驻场，负责日常巡检、值守和一般故障处理。驻场人员须具备三年以上运维经验，更换人员应事先征得甲方同意。
（二）平台年度可用率不低于99.95%；前端监测数据月度到报率不低于95%。
（三）故障分级及处理时限：
一级故障（平台整体中断、防汛调度模块不可用，或超过五分之一的监测站点离线）：乙方应在接报后6小时内响应并开展处置，24小时内恢复；
二级故障（单一模块功能异常或单个站点故障）：12小时内响应，48小时内恢复；
三级故障（一般问题）：3个工作日内处理完毕。
（四）考核扣款：平台可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；数据到报率每低于承诺值1个百分点，扣减2,000元；一级故障恢复每超时1小时，扣减500元。
（五）乙方应于每月5日前提交上月运维报告，汛期每日报送设备运行情况。
（六）乙方应建立前端站点设备台账和备品备件库，水位计传感器、遥测终端模块、太阳能板及蓄电池等常用备件的储备量不低于在用数量的5%，并在每季度考核时提交备件使用记录。
（七）甲方应为驻场人员提供办公场所和必要的网络条件，协调政务云服务商、通信运营商等相关单位配合乙方工作，并及时组织季度考核和年度验收。

第五条 考核与验收
（一）季度考核：甲方依据本合同第四条约定的服务水平指标、运维记录和运维报告进行考核，并出具书面考核意见。
（二）年度验收：服务期满后，甲方按以下标准对全年服务进行验收：1. 各项服务水平指标的达标情况；2. 运维文档、设备台账、配置清单及全部账号密码已完整移交；3. 等保测评发现问题的整改已完成。
（三）乙方开始提供服务或甲方支付服务费，均不视为验收合格。

第六条 交接与违约金
（一）乙方应于2026年1月10日前完成与原运维单位的交接，并提交年度运维方案；对甲方书面通知的等保测评问题，乙方应在通知载明的期限内完成整改。
（二）乙方逾期完成交接或整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）驻场人员无故缺岗的，每人每日扣减服务费800元。

第七条 数据安全
（一）平台数据、监测数据、视频资料、运维日志及账号信息均属于甲方。乙方仅可为履行运维服务使用上述数据，不得复制、留存或向任何第三方提供。
（二）乙方运维操作须通过甲方堡垒机进行并留存审计记录，不得擅自开通远程访问通道，并应落实网络安全等级保护第三级的各项要求。
（三）发生数据泄露、篡改或其他网络安全事件的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方对履约中知悉的甲方网络拓扑、系统账号、监测数据、防汛预案及其他未公开信息负有保密义务，不得向任何第三方披露。本条义务在合同终止后继续有效。

第九条 知识产权
运维期间形成的运维脚本、数据治理成果、报表模板及技术文档，其知识产权归甲方所有。

第十条 分包
乙方可将前端监测站点的现场巡检、设备清洗及通信链路维护等辅助性工作分包给具备相应能力的单位，但应在分包前书面告知甲方分包单位名称及人员名单。乙方对分包工作承担全部责任。

第十一条 合同解除
（一）乙方连续两个季度考核不合格，或发生重大网络安全事件，或严重违约经甲方书面通知后10日内未改正的，甲方有权解除本合同。
（二）合同解除的，甲方按乙方实际服务期间及考核结果结算服务费，乙方应在解除后10日内完成交接。

第十二条 服务期满
本合同服务期满自然终止，不自动续期。下一年度运维服务由甲方依法另行组织采购。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十四条 其他
（一）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方二份。
（二）磋商文件、乙方响应文件及成交通知书为本合同的组成部分；上述文件与本合同不一致的，以本合同为准。
（三）双方的通知以书面形式送达本合同载明的地址，一方地址变更的，应在变更后3日内书面通知对方。

甲方（盖章）：临江市水务局　　　　　乙方（盖章）：临江智水信息技术有限公司
代表：　　　　　　　　　　　　　　　代表：
日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h152z05 (.md): fermented-bean-curd maker, MES licence + custom development, on the SUPPLIER's own template.
# Numbering: Markdown ### 第N条 with N.1.
H152Z05 = """# 云图MES系统软件许可及实施合同

> 云图智造标准合同文本 V4.0（2025年修订版）　本文本由乙方提供，未经乙方同意不得修改条款内容。

合同编号：YT-MES-2026-0153

**甲方（用户）**：桂林桂香斋腐乳食品有限公司
地址：广西壮族自治区桂林市临桂区食品工业园香醇路8号

**乙方（供应商）**：广州云图智造软件有限公司
地址：广东省广州市天河区软件路17号

甲方为提升腐乳生产过程管理和质量追溯水平，向乙方采购云图MES系统软件许可及实施服务。双方经协商一致，签订本合同。

### 第1条 定义

1.1 “云图MES”指乙方拥有著作权的制造执行系统标准软件及其文档。
1.2 “定制开发”指乙方根据甲方腐乳生产工艺对云图MES进行的功能扩展、接口开发及报表开发。
1.3 “上线”指系统在甲方生产环境部署完成并可登录使用。

### 第2条 项目内容

2.1 乙方向甲方授予云图MES标准版软件永久使用许可，包括生产计划、工单管理、质量管理、批次追溯、仓储管理、设备管理六个模块，并发用户60个。
2.2 定制开发内容：豆坯制作、前期发酵、腌制、后期发酵、灌装全流程的工艺管理；发酵房温湿度采集及超限报警；腌制周期与盐度管理；成品一物一码追溯；与甲方金蝶云星空ERP的物料、工单及库存接口。
2.3 实施部署及培训：系统安装部署、基础数据初始化、关键用户及车间操作人员培训。
2.4 本合同不包括服务器、网络设备、车间数据采集终端、操作系统及数据库等硬件和第三方软件，由甲方自行采购并确保满足乙方提出的配置要求。

### 第3条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云图MES标准软件许可（永久，60并发） | 420,000 |
| 2 | 定制开发 | 360,000 |
| 3 | 实施部署 | 96,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 894,000 |

合同总价为人民币捌拾玖万肆仟元整（¥894,000.00），含税。

### 第4条 付款

4.1 合同签订后5个工作日内，甲方支付合同总价的50%，即447,000元。
4.2 系统上线后5个工作日内，甲方支付合同总价的50%，即447,000元。
4.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施及技术支持，工期相应顺延。

### 第5条 实施

5.1 乙方计划于收到首期款后120日内完成系统上线。因甲方需求变更、配合延误或现场条件不具备造成的延期，工期相应顺延。
5.2 因乙方原因导致进度延误的，乙方应增派人员、采取补救措施，并与甲方协商调整实施计划。
5.3 甲方应提供实施所需的服务器、网络环境及车间现场条件，并指定项目负责人。
5.4 甲方应在乙方提交需求调研报告后5个工作日内书面确认；甲方逾期未确认的，视为同意。需求确认后甲方提出的变更，乙方有权另行报价并调整工期。

### 第6条 验收

6.1 系统上线后，甲方应在7日内签署上线确认单。甲方逾期未签署且未书面提出异议的，或甲方已在生产中使用本系统的，视为验收合格。
6.2 验收合格后，甲方提出的新需求按变更处理，费用另计。

### 第7条 售后服务

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。
7.2 故障响应：一级故障（系统无法登录或生产工单无法下达）乙方在接到报修后8个工作小时内响应；二级故障2个工作日内响应；一般问题5个工作日内答复。
7.3 乙方将尽力在合理时间内排除故障，但不因响应或修复时间超出上述时限承担任何扣款、赔偿或违约责任。
7.4 免费维护期内的服务不包括甲方新增需求、因甲方操作不当或擅自修改配置导致的问题，以及硬件、操作系统和第三方软件的故障。
7.5 免费维护期满后，甲方如需继续获得技术支持及版本升级服务，应与乙方签订年度维护合同，年度维护费按乙方当年度公布的服务价格标准执行。

### 第8条 知识产权

8.1 云图MES标准软件的著作权及其他知识产权归乙方所有。
8.2 定制开发成果（包括工艺模型、程序代码、接口、报表及相关文档）的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或提供给第三方使用。乙方不向甲方交付源代码。

### 第9条 数据

9.1 甲方在系统中形成的生产经营数据归甲方所有。
9.2 甲方同意，乙方可对系统运行数据及工艺参数数据进行脱敏处理后，用于乙方产品优化、行业工艺模型训练及行业分析，该等使用不视为违反本合同保密义务。
9.3 乙方实施及维护人员访问甲方系统须使用甲方分配的账号，乙方对其远程维护通道采取访问控制、加密传输和操作日志等安全措施。发现数据泄露等安全事件的，乙方应在48小时内通知甲方并协助处置；因乙方过错导致甲方数据泄露的，乙方依本合同第12条承担赔偿责任。

### 第10条 保密

10.1 双方对在履行本合同过程中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。
10.2 保密义务在本合同终止后三年内有效。
10.3 乙方可将本项目作为成功案例用于市场宣传，但不得披露甲方的工艺配方。

### 第11条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。
11.2 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作对应的款项。

### 第12条 责任限制

12.1 乙方在本合同项下的全部赔偿责任总额（无论基于违约、侵权或其他原因）不超过合同总价的25%。
12.2 乙方不承担任何间接损失、利润损失、停产损失或数据丢失损失。

### 第13条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。
13.2 合同解除的，甲方已支付的软件许可费不予退还。

### 第14条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交广州仲裁委员会仲裁。

### 第15条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
15.2 本合同条款为乙方标准条款，双方另有书面约定的除外。
15.3 本合同的附件包括：功能清单、定制开发需求说明、实施计划，附件与正文具有同等效力。

甲方（盖章）：桂林桂香斋腐乳食品有限公司　　　乙方（盖章）：广州云图智造软件有限公司

日期：2026年　月　日
"""

# --------------------------------------------------------------------------------------------------------------------
# h152e01 (.docx): Taizhou valve maker, PLM perpetual licence + configuration + support; vendor on Inishbiggle, Irish
# house style. Numbering "Clause N" with N.1; a real Word price table.
H152E01 = """T:Software Licence, Configuration and Support Agreement
P:Agreement No. ISB-TZ-2026-004
P:THIS AGREEMENT is dated the ____ day of __________ 2026
P:BETWEEN:
P:(1) INISHBIGGLE PRODUCT SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with registered number 648213, whose registered office is at The Old Schoolhouse, Inishbiggle, Ballycroy, County Mayo, Ireland (the "Supplier"); and
P:(2) TAIZHOU HENGTAI VALVE CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 88 Haifeng Road, Jiaojiang District, Taizhou, Zhejiang Province, China (the "Customer").
P:WHEREAS:
P:(A) The Supplier develops and licenses the Corrib PLM product lifecycle management software.
P:(B) The Customer manufactures industrial valves and wishes to license Corrib PLM, to have it configured for its product lines and to receive support.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC; "Configuration Deliverables" means the configuration, workflows, templates, configurator rules, reports and interface code produced by the Supplier under Clause 3; "Customer Data" means all drawings, models, bills of material and other data of the Customer processed in the Software; "Go-Live" means the first productive use of the Software by the Customer's engineering department; "Software" means Corrib PLM release 9 and the CAD Integration Module, in object code, with the Documentation.
P:1.2 Headings are for convenience only.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Supplier grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 180 named users for the Customer's internal business purposes in the PRC.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery, and may reassign a named-user licence when an employee leaves or changes role.
H:Clause 3 Configuration and Migration Services
P:3.1 The Supplier shall configure the Software for the Customer's valve product lines, including part and document management, multi-level bills of material, engineering change management, a valve-series configurator that generates bills of material from nominal size, pressure class, body material and end connection, and an interface to the Customer's Kingdee ERP system.
P:3.2 The Supplier shall migrate approximately 46,000 part records and 21,000 legacy drawings from the Customer's file servers and spreadsheets.
P:3.3 The Supplier shall train the Customer's key users and administrators.
H:Clause 4 Price and Payment
P:4.1 The Contract Price is CNY 1,688,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Corrib PLM named-user licence (perpetual)|180|4,800|864,000
TB:2|CAD Integration Module licence (perpetual)|1|126,000|126,000
TB:3|Configuration services incl. valve-series configurator and ERP interface|1|512,000|512,000
TB:4|Data migration|1|148,000|148,000
TB:5|Training|1|38,000|38,000
TB:Total Contract Price||||1,688,000
P:4.2 The Licence Fees amount to CNY 990,000. The Customer shall pay the Contract Price as follows: (a) 10% (CNY 168,800) within 15 Business Days after signature of this Agreement; (b) 55% (CNY 928,400) within 15 Business Days after installation of the Software and delivery of the licence keys; and (c) 35% (CNY 590,800) within 15 Business Days after the issue of the Final Acceptance Certificate.
P:4.3 Payments shall be made in CNY against the Supplier's invoice to the account nominated by the Supplier.
H:Clause 5 Timetable and Delay
P:5.1 The Supplier shall achieve Go-Live within 140 days after the date of this Agreement.
P:5.2 If Go-Live is delayed for reasons attributable to the Supplier, the Supplier shall pay to the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this amount is a genuine pre-estimate of loss and not a penalty.
H:Clause 6 Acceptance
P:6.1 Following Go-Live the Customer shall carry out the Acceptance Tests over a period of 30 days. The Acceptance Tests shall demonstrate that: (a) all migrated part records and drawings reconcile with the legacy sources with no unresolved discrepancy; (b) the configurator produces the correct bill of material for each of the 60 reference valve configurations listed in Schedule 3; (c) engineering change orders pass through the approval workflow and are transmitted to the ERP system without manual re-entry; (d) search results are returned within 3 seconds with 150 concurrent users; and (e) no Severity 1 defect remains open.
P:6.2 When the criteria in Clause 6.1 are met, the Customer shall issue a Final Acceptance Certificate within 10 Business Days. Go-Live, productive use of the Software or payment of any instalment shall not constitute acceptance.
P:6.3 If a test is not passed, the Supplier shall correct the defects at its own cost and the test shall be repeated.
H:Clause 7 Warranty
P:7.1 The Supplier warrants that, for a period of ninety (90) days from Go-Live (the "Warranty Period"), the Software and the Configuration Deliverables will perform materially in accordance with the Documentation and the functional specification in Schedule 1.
P:7.2 During the Warranty Period the Supplier shall correct reported defects free of charge, within the times in Clause 8.4.
P:7.3 Save as expressly set out in this Agreement, all warranties, conditions and terms implied by statute or common law, including under the Sale of Goods and Supply of Services Act 1980, are excluded to the fullest extent permitted by law.
H:Clause 8 Support and Maintenance
P:8.1 From the expiry of the Warranty Period the Supplier shall provide support and maintenance in accordance with Schedule 4, including new releases and remote support, for an annual fee of 13% of the Licence Fees, being CNY 128,700 per year, invoiced quarterly in arrears.
P:8.2 The annual support fee is fixed for the first three support years. Thereafter any change requires the written agreement of both parties and shall not exceed 3% in any year.
P:8.3 Support is renewed each year by the Customer's purchase order. There is no automatic renewal.
P:8.4 Severity 1 (the Software is unavailable, or the release of engineering changes or bills of material is blocked): response within 1 hour at any time and a workaround within 8 hours. Severity 2 (a major function impaired): response within 3 business hours. Severity 3 (other issues): next Business Day.
P:8.5 For each hour or part of an hour by which a Severity 1 response is late, the Supplier shall credit CNY 1,000 against the next support invoice or, during the Warranty Period, against the final instalment.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property rights in the Software remain with the Supplier and its licensors.
P:9.2 All intellectual property rights in the Configuration Deliverables, including the valve-series configurator rules, workflows, templates and interface code, shall vest in and remain with the Supplier. The Supplier grants to the Customer a non-exclusive, non-transferable licence to use the Configuration Deliverables for its internal purposes together with the Software. The Customer shall not modify the Configuration Deliverables, or permit any third party to do so, without the Supplier's prior written consent.
P:9.3 The Supplier shall indemnify the Customer against third-party infringement claims relating to the Software or the Configuration Deliverables.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to perform this Agreement and for no other purpose.
P:10.2 The Software is installed in the Customer's data centre in Taizhou. The Supplier shall access it only through the Customer's VPN with multi-factor authentication, for sessions approved in advance, all of which are logged. The Supplier shall not copy Customer Data outside the Customer's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:10.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall contain it and shall be liable for the losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential the non-public information of the other party, including the Customer's designs and pricing, and shall not disclose it to any third party without prior written consent, for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The Supplier's total aggregate liability arising under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:12.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud, or liability under Clauses 9.3, 10 and 11.
P:12.3 Neither party is liable for any indirect or consequential loss.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Supplier shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is incapable of remedy or is not remedied within 30 days after written notice requiring it to be remedied.
P:14.2 The Customer may also terminate this Agreement if the liquidated damages under Clause 5.2 reach their maximum.
P:14.3 Licences for which the Licence Fees have been paid survive termination.
H:Clause 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 The courts of Ireland sitting in Dublin shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties. It is made in English; a Chinese translation is for reference only.
P:Schedule 1: Functional Specification. Schedule 2: Project and Migration Plan. Schedule 3: Acceptance Tests and Reference Configurations. Schedule 4: Support Services.
P:SIGNED for and on behalf of INISHBIGGLE PRODUCT SYSTEMS LIMITED: ____________________ Director
P:SIGNED for and on behalf of TAIZHOU HENGTAI VALVE CO., LTD.: ____________________ Legal Representative
"""

# --------------------------------------------------------------------------------------------------------------------
# h152e02 (.txt): Lijiang old-town inn group, property-management SaaS, Order Form + General Terms; vendor on
# Nonnenwerth, German house style (§ N (1)).
H152E02 = """NONNENWERTH HOSPITALITY SOFTWARE GMBH

ORDER FORM No. NHS-2026-0311

Provider: Nonnenwerth Hospitality Software GmbH, Insel Nonnenwerth 1, 53424 Remagen, Germany, registered in the commercial register of the Local Court of Koblenz under HRB 27418, managing director: Dr. Katrin Weidenfeller ("Provider")

Customer: Lijiang Guyun Inn Management Co., Ltd., No. 16 Xinyi Street, Gucheng District, Lijiang, Yunnan Province, People's Republic of China ("Customer")

1. Service: "Gasthaus PMS" cloud property-management service for the Customer's 14 inns in the Lijiang old town and Shuhe with a total of 386 rooms: front desk and reservations, channel manager (Ctrip, Meituan, Fliggy, Booking.com), housekeeping app, upload of guest registrations to the police accommodation registration system, night audit, group reporting and central reservations.

2. Subscription Term: 36 months from the Go-Live Date.

3. Charges (stated in CNY at the Customer's request):
   Room subscription: 386 rooms x CNY 35 per room per month = CNY 13,510 per month
   Group reporting and central reservations module: CNY 2,490 per month
   Monthly Subscription Fee: CNY 16,000
   Subscription Fees for the Subscription Term (36 months): CNY 576,000
   One-time Onboarding Fee: CNY 64,000
   Total Order Value: CNY 640,000

4. Invoicing: Subscription Fees are invoiced monthly in arrears. The Onboarding Fee is invoiced upon signature of the Go-Live Acceptance Certificate. No amount is payable in advance. Invoices are payable within 30 days of receipt by bank transfer in CNY.

5. Target Go-Live Date: 75 days after signature of this Order Form.

6. Contract documents: this Order Form and the General Terms for Cloud Services (version 2026-01) below. In case of conflict the Order Form prevails. The Customer's own terms and conditions do not apply.

Signed for the Provider: ______________   Signed for the Customer: ______________
Place, date: Remagen / Lijiang, ____ 2026


GENERAL TERMS FOR CLOUD SERVICES (version 2026-01)

§ 1 Scope
(1) These General Terms govern the provision of the cloud service described in the Order Form (the "Service") and of the related onboarding services.
(2) Amendments and supplements to the contract require written form. This also applies to any waiver of the written-form requirement.

§ 2 Service and Onboarding
(1) The Provider provides the Service as software-as-a-service, accessible through a web browser and mobile apps. The Service is hosted in data centres in mainland China (Shanghai region) operated by the Provider's hosting provider.
(2) Onboarding comprises the configuration of the 14 properties, room types, rate plans and channels, the migration of future reservations and guest profiles from the Customer's existing systems, the connection to the police accommodation registration system of Yunnan Province, and the training of front-desk and housekeeping staff at each inn.
(3) Go-Live Acceptance: for each inn the Customer tests that (a) reservations, rates and availability are synchronised with the four channels for seven consecutive days without an unreconciled booking; (b) guest registrations are uploaded to the police system without error; (c) the night audit and the daily revenue report match the Customer's finance records; and (d) room status is updated correctly through the housekeeping app. When all inns have passed, the Customer signs the Go-Live Acceptance Certificate. Mere use of the Service does not constitute acceptance.
(4) If the Go-Live Acceptance Certificate cannot be signed by the target date for reasons for which the Provider is responsible, the Provider shall pay the Customer CNY 500 for each calendar day of delay, up to a total of CNY 32,000.

§ 3 Term, Renewal and Price Adjustment
(1) The contract enters into force upon signature of the Order Form. The Subscription Term is stated in the Order Form.
(2) After the Subscription Term, the contract is extended automatically by one year at a time unless either party gives notice of termination three months before the end of the respective term.
(3) The Provider may adjust the fees for each renewal period by written notice given at least 60 days before the renewal period begins. The increase shall not exceed 7% of the fees of the preceding period.

§ 4 Service Levels
(1) The Provider ensures an availability of the Service of 99.95% per calendar month, measured at the exit of the Provider's data centre. Announced maintenance windows of not more than six hours per month between 02:00 and 05:00 China Standard Time are excluded.
(2) Incidents are classified as follows: Priority 1 (the Service is unavailable, or check-in or check-out is impossible at any inn): response within 30 minutes, 24 hours a day, seven days a week, and a workaround within 3 hours; Priority 2 (a major function is impaired): response within 2 hours; Priority 3 (all other incidents and requests): response on the next business day.
(3) If the availability falls below 99.95% in a calendar month, the Customer receives a service credit of 5% of the Monthly Subscription Fee; below 99.5%, 10%; below 99.0%, 20% of the Monthly Subscription Fee. For each commenced hour by which a Priority 1 response is late, the Customer receives a credit of CNY 300. Credits are set off against the next invoice.

§ 5 Customer Data and Data Protection
(1) All data entered into the Service by or for the Customer, in particular guest personal information, identity-document data, registration data and booking data ("Customer Data"), remain the property of the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the Service.
(2) The Provider implements appropriate technical and organisational measures, in particular encryption in transit and at rest, role-based access control, logging of all administrative access, and a level-3 filing under the Multi-Level Protection Scheme. Customer Data are stored only in mainland China and are not transferred abroad without the Customer's prior written consent. The Provider complies with the Personal Information Protection Law of the PRC.
(3) The Provider notifies the Customer without undue delay, and in any event within 24 hours, of any personal-data breach or other security incident, supports the Customer in meeting its reporting duties and remedies the incident. The Provider is liable for damage caused by its breach of this § 5.
(4) On expiry of the contract the Provider hands over the Customer Data in a common machine-readable format within 30 days and then deletes them.

§ 6 Confidentiality
(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in connection with the contract, and shall not use them for any other purpose.
(2) This obligation continues for three years after the end of the contract.

§ 7 Rights of Use and Work Results
(1) All rights in the Service and the underlying software remain with the Provider. The Customer receives a non-exclusive, non-transferable right to use the Service for the duration of the contract.
(2) The customer-specific work results created during onboarding, in particular the rate-plan structures, report templates and the configuration of the police-registration interface, belong to the Customer, who may use, modify and have them used by third parties without restriction.

§ 8 Subcontractors
(1) The Provider may use subcontractors and sub-processors, in particular its hosting provider, to perform the Service.
(2) The Provider informs the Customer by e-mail of any new subcontractor or sub-processor before it is engaged. The Provider remains responsible for the performance of its subcontractors as for its own.

§ 9 Defects
(1) The Provider maintains the Service in a condition suitable for the contractual use during the term and remedies defects within the times set out in § 4.
(2) Claims for reduction of the fees are governed by § 4 (3).

§ 10 Liability
(1) The Provider is liable without limitation for intent and gross negligence, and for injury to life, body or health.
(2) In all other cases the Provider's total liability under the contract is limited to the fees paid by the Customer in the three months preceding the event giving rise to the claim.
(3) Liability for indirect damage and lost profit is excluded except in the cases of paragraph (1).

§ 11 Termination
(1) Ordinary termination during the Subscription Term is excluded.
(2) The right of each party to terminate for good cause without notice remains unaffected. Good cause for the Customer exists in particular if the Provider materially breaches the contract and does not remedy the breach within 14 days after a written warning, or if the availability falls below 99.0% in two consecutive months.
(3) Notice of termination must be given in writing.

§ 12 Force Majeure
Neither party is liable for failures caused by events beyond its reasonable control, such as natural disasters, epidemics or government measures, for the duration of the event.

§ 13 Final Provisions
(1) At the Customer's request the contract is governed by the laws of the People's Republic of China.
(2) All disputes arising out of or in connection with the contract shall be finally settled by the Shanghai International Arbitration Center in Shanghai in accordance with its rules. The language of the proceedings is English.
(3) Should any provision of the contract be or become invalid, the validity of the remaining provisions shall not be affected. The parties shall replace the invalid provision by a valid one that comes closest to its economic purpose.
"""

# --------------------------------------------------------------------------------------------------------------------
# h152e03 (.pdf): Lianyungang laver farm, seawater sensors + maintenance; integrator on the Ile Vierge (French), on the
# BUYER's paper. Numbering "Art. N (title)" with N.1.
H152E03 = """T:Equipment Supply, Installation and Maintenance Contract
P:Contract No. HYL-EQ-2026-02
P:The Buyer: Lianyungang Haiyun Laver Aquaculture Co., Ltd., Haitou Town, Ganyu District, Lianyungang, Jiangsu Province, People's Republic of China.
P:The Supplier: Ile Vierge Marine Instruments SAS, a simplified joint-stock company with a share capital of EUR 420,000, registered with the Trade and Companies Register of Brest under number 894 217 035, having its registered office at Ile Vierge, 29880 Plouguerneau, France.
P:The Buyer farms laver (Porphyra) on floating rafts in the coastal waters of Haizhou Bay and wishes to monitor seawater conditions in its farming areas in real time. After a competitive negotiation the Buyer has selected the Supplier. This Contract is made on the Buyer's standard form. All prices are in Chinese Renminbi (CNY) at the Buyer's request.
H:Art. 1 (Definitions)
P:1.1 "Equipment" means the buoy stations, analysers, gateways, shore base station and spare parts listed in Art. 3. "Software" means the monitoring and early-warning software licensed under Art. 2.2. "Final Acceptance" means the signature by the Buyer of the Final Acceptance Certificate under Art. 6. "Farming Areas" means the three sea areas described in Annex 1.
H:Art. 2 (Subject matter)
P:2.1 The Supplier shall supply, install, moor, commission and calibrate a seawater monitoring system for the Farming Areas, consisting of 24 multiparameter buoy stations, 6 nutrient analysers, 3 gateways with a shore base station, and the Software, and shall train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's server for the Buyer's farming operations.
P:2.3 The Supplier shall provide the warranty service under Art. 7 and, if ordered by the Buyer, the maintenance service under Art. 9.
H:Art. 3 (Contract price)
P:3.1 The Contract Price is CNY 2,434,000, including VAT, customs duties, delivery to the Buyer's base in Haitou, installation and training:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter buoy station (temperature, salinity, dissolved oxygen, pH, turbidity, chlorophyll)|24|58,500|1,404,000
TB:2|Nutrient analyser (nitrate, phosphate, ammonium)|6|76,000|456,000
TB:3|LoRa/4G gateway and shore base station|3|42,000|126,000
TB:4|Monitoring and early-warning software licence (perpetual)|1|168,000|168,000
TB:5|Installation, mooring and commissioning|1|236,000|236,000
TB:6|Calibration kit and training|1|44,000|44,000
TB:Total||||2,434,000
P:3.2 Items 1 to 4 form the "Equipment and Licence Subtotal" of CNY 2,154,000.
H:Art. 4 (Payment)
P:4.1 The Buyer shall pay: (a) 20% of the Contract Price (CNY 486,800) within 15 days after receiving an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer; (b) 55% (CNY 1,338,700) within 15 days after delivery of all Equipment to the Buyer's base; and (c) 25% (CNY 608,500) within 15 days after Final Acceptance.
P:4.2 Delivery of the Equipment does not constitute acceptance. Each payment is made against a valid invoice.
H:Art. 5 (Delivery and installation)
P:5.1 The Supplier shall deliver all Equipment DAP Haitou base (Incoterms 2020) within 90 days after signature, and complete mooring and commissioning before 20 September 2026, ahead of the laver seeding season.
P:5.2 Work at sea shall be carried out in suitable weather and sea conditions and in compliance with the maritime safety rules of Lianyungang. The Buyer provides work boats and access to the rafts.
H:Art. 6 (Acceptance)
P:6.1 After commissioning the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) every sensor has been calibrated against reference samples analysed by a CMA-accredited laboratory, within the tolerances of Annex 2 (temperature 0.1 degree C, salinity 0.2 PSU, dissolved oxygen 0.3 mg/L, pH 0.1); (b) every station has delivered at least 95% of its scheduled readings during the trial period; (c) the low-salinity, high-temperature and low-oxygen alarms have been tested and reach the Buyer's duty staff by SMS and app within 2 minutes; (d) the data interface to the Buyer's farm management system works without loss; and (e) the documentation and calibration records have been handed over.
P:6.2 When all criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Installation, data transmission, use of the system or any payment shall not be deemed acceptance. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the trial period shall be repeated for the affected stations.
H:Art. 7 (Warranty)
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace free of charge any defective Equipment, including sensor heads, batteries and mooring hardware, and shall provide Software updates free of charge. Anti-fouling wipers and copper guards are consumables and are supplied at the prices in Annex 3.
P:7.2 The Supplier shall keep a stock of spare sensor heads in Lianyungang throughout the warranty period.
H:Art. 8 (Service levels)
P:8.1 During the warranty period and any maintenance year, faults are handled as follows: Severity 1 (the shore base station or the Software is down, or more than six stations stop reporting): remote response within 1 hour, 24 hours a day, and a technician on site at the farm within 48 hours, subject to safe sea conditions; Severity 2 (one to six stations not reporting or giving implausible readings): response within 3 hours and repair within 5 days; Severity 3 (other issues): response on the next working day.
P:8.2 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 1,000, and for each day by which the on-site time is exceeded CNY 500, which the Buyer may deduct from any amount due.
H:Art. 9 (Maintenance after the warranty)
P:9.1 For the fourth and fifth years after Final Acceptance, the Supplier shall, if the Buyer so orders in writing, provide maintenance including two calibration campaigns per year, replacement of failed parts and Software updates.
P:9.2 The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, that is CNY 204,630 per year, fixed for both years and payable quarterly in arrears. Each year is ordered separately; there is no automatic renewal.
H:Art. 10 (Delay)
P:10.1 If the Supplier fails to meet the dates in Art. 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract under Art. 16.
H:Art. 11 (Intellectual property)
P:11.1 The dashboards, alarm rules, site-specific calibration models and integration scripts made for the Buyer belong to the Buyer, which may use, modify and license them freely; the Supplier shall hand over their source files at Final Acceptance.
P:11.2 The intellectual property in the Software remains with the Supplier, subject to the perpetual licence in Art. 2.2.
H:Art. 12 (Data and security)
P:12.1 All monitoring data, positions of the Farming Areas and production records belong to the Buyer. The Supplier may use them only to perform this Contract.
P:12.2 The data are stored on the Buyer's server in Lianyungang. The Supplier may access the system remotely only with the Buyer's written approval for each session, through the Buyer's VPN, and all access is logged. The Supplier shall not copy the data outside the Buyer's systems and shall comply with the Data Security Law of the PRC.
P:12.3 The Supplier shall report any security incident to the Buyer within 24 hours and shall be liable for the losses caused by its breach of this Article.
H:Art. 13 (Confidentiality)
P:13.1 The Supplier shall keep confidential all information concerning the Buyer's farming areas, yields, prices and customers, and shall not disclose it to any third party without the Buyer's written consent, during the Contract and for five years after it ends.
H:Art. 14 (Subcontracting)
P:14.1 The Supplier may entrust the mooring work at sea to a local licensed marine engineering contractor only with the Buyer's prior written consent, and remains fully responsible for it. No other part of the Contract may be subcontracted.
H:Art. 15 (Liability)
P:15.1 The Supplier shall compensate the Buyer for all losses caused by its breach of the Contract, including damage to rafts and laver crops caused by its work at sea.
H:Art. 16 (Termination)
P:16.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case set out in Art. 10.1. The Supplier shall then refund the amounts received for undelivered or unaccepted items.
H:Art. 17 (Force majeure)
P:17.1 Typhoons, storm surges and other events that could not be foreseen or avoided are force majeure. The affected party shall notify the other party within 3 days, and the time for performance is extended accordingly.
H:Art. 18 (Governing law and disputes)
P:18.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Lianyungang Arbitration Commission for arbitration in Lianyungang.
H:Art. 19 (Miscellaneous)
P:19.1 This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties. Annex 1: Farming Areas. Annex 2: Technical specification and tolerances. Annex 3: Consumables price list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# --------------------------------------------------------------------------------------------------------------------
# h152e04 (.md): Changsha media agency, managed IT + desktop support; provider on Inchmahome, Scottish house style.
# Numbering "N. HEADING" with N.1.
H152E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**INCHMAHOME MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland with registered number SC712409 and having its registered office at The Priory Boathouse, Inchmahome, Lake of Menteith, Stirling (the **"Provider"**)

**and**

**CHANGSHA XINGMANG MEDIA CO., LTD.**, a company incorporated in the People's Republic of China and having its registered office at 18th Floor, Furong Plaza, Wuyi Avenue, Furong District, Changsha, Hunan Province (the **"Client"**)

## BACKGROUND

(A) The Client is a media and advertising agency with approximately 230 staff working from two offices in Changsha and a production studio at Meixi Lake.

(B) The Provider supplies managed IT and end-user support services and has agreed to provide such services to the Client on the terms of this Agreement. At the Client's request all charges are stated and payable in Chinese Renminbi (CNY).

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: **"Client Data"** means all data, footage, images, campaign materials and personal information of the Client, its staff, talent and customers which the Provider accesses or handles in providing the Services; **"Services"** means the services described in Clause 3 and the Schedule; **"Service Commencement Date"** means the date stated in the Service Commencement Certificate; **"Services Term"** means 24 months from the Service Commencement Date; **"Total Contract Value"** means the amount stated in Clause 5.1.

1.2 Headings do not affect interpretation. Words importing the singular include the plural and vice versa.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement comes into force on the date of the last signature and continues until the end of the Services Term, unless terminated earlier in accordance with Clause 12.

2.2 This Agreement does not renew automatically. Any extension of the Services Term requires a written agreement signed by both parties.

## 3. THE SERVICES

3.1 The Provider shall provide: (a) a service desk in Mandarin and English, staffed from 07:30 to 22:00 every day, with Priority 1 cover at all times; (b) desktop support for up to 230 users, including an on-site engineer at each office and at the studio during business hours; (c) management and monitoring of the Client's servers, the NAS storage used for video assets, the backup system and the office networks; (d) endpoint security management and patching; (e) IT asset management; and (f) a monthly service report.

3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall carry out the transition in accordance with the transition plan in the Schedule and shall achieve Service Commencement within 60 days after the date of this Agreement.

4.2 Service Commencement is achieved when the Provider has demonstrated that: (a) all end-user devices, servers and network equipment are recorded in the asset register and reconciled with the Client's records; (b) all servers, storage and network devices are under monitoring; (c) a test restore of a 2 TB project archive from backup has succeeded; (d) knowledge articles for the 25 most frequent requests are published; and (e) the service desk has operated for 10 working days in parallel with the Client's staff without an unresolved Priority 1 incident. The Client shall then issue a Service Commencement Certificate. Starting to provide the Services does not by itself amount to acceptance.

4.3 If Service Commencement is delayed for reasons attributable to the Provider, the Provider shall pay the Client liquidated damages of CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.

## 5. CHARGES AND PAYMENT

5.1 The charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Per-user service charge | 230 users x CNY 250 per month | 57,500 per month |
| Infrastructure management charge | servers, NAS, backup, networks | 16,700 per month |
| Monthly Service Charge | | 74,200 per month |
| Monthly Service Charges for the 24-month Services Term | | 1,780,800 |
| Transition Charge (one-off) | | 58,000 |
| Total Contract Value | | 1,838,800 |

5.2 The number of users may change by agreement; each additional or removed user is charged or credited at CNY 250 per month.

5.3 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced on the issue of the Service Commencement Certificate. No charges are payable in advance. Invoices are payable within 30 days of receipt.

## 6. SERVICE LEVELS

6.1 Incidents shall be handled as follows:

| Priority | Description | Response | Restore target |
|---|---|---|---|
| P1 | Servers, NAS or an office network down, or more than 20 users unable to work | 20 minutes | 3 hours |
| P2 | A business application or a group of users affected | 1 hour | 8 business hours |
| P3 | A single user affected | 3 business hours | 3 business days |
| P4 | Requests and questions | next business day | as agreed |

6.2 The managed servers and the NAS storage shall be available 99.95% of the time in each calendar month, excluding maintenance agreed with the Client in advance.

6.3 Service credits: if availability in a month falls below the level in Clause 6.2, the Provider shall credit 5% of the Monthly Service Charge, and 10% if it falls below 99.5%; for each P1 incident not responded to within the response time, the Provider shall credit CNY 800. Service credits shall not exceed 20% of the Monthly Service Charge in any month and are without prejudice to the Client's other rights.

## 7. CLIENT DATA AND SECURITY

7.1 Client Data belongs to the Client. The Provider shall use Client Data only to provide the Services and for no other purpose, and shall not aggregate, analyse or retain it for its own purposes.

7.2 The Provider shall apply least-privilege access, multi-factor authentication and logging of all administrative access, shall keep Client Data on the Client's premises or in the Client's cloud tenancy in mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC. The Provider's staff with administrative access shall be vetted.

7.3 The Provider shall notify the Client within 24 hours of becoming aware of any security incident affecting Client Data, shall co-operate in its investigation and remediation, and shall be liable for losses arising from its breach of this Clause 7.

7.4 At the end of the Services Term the Provider shall return all Client Data and credentials and securely delete any copies it holds.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including the Client's campaigns before their public release, and shall not disclose it to any third party without prior written consent. This obligation survives termination for five years.

## 9. INTELLECTUAL PROPERTY

9.1 Runbooks, scripts, configuration records and documentation produced by the Provider specifically for the Client vest in the Client on creation, and the Client may use, modify and license them freely, including to a successor provider.

9.2 The Provider's pre-existing tools and know-how remain the Provider's property; the Provider grants the Client a perpetual, royalty-free licence to use them to the extent incorporated in the deliverables in Clause 9.1.

## 10. SUBCONTRACTING

10.1 The Client approves, by signing this Agreement, the use of Hunan Xiangjiang Desktop Services Co., Ltd. for the on-site engineers. The Provider shall not use any other subcontractor without the Client's prior written consent. The Provider remains responsible for all subcontracted work.

## 11. LIABILITY

11.1 The Provider's aggregate liability under or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clauses 7 or 8.

## 12. TERMINATION

12.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within 20 days after written notice, or if three or more P1 incidents exceed their restore target in any period of three consecutive months.

12.2 The Provider may terminate this Agreement by written notice if any undisputed invoice remains unpaid for more than 60 days after a written reminder.

## 13. EXIT

13.1 On expiry or termination the Provider shall provide reasonable exit assistance for up to 60 days, including handover of documentation, credentials and open tickets to the Client or a successor provider.

## 14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

## 15. GENERAL

15.1 This Agreement, including the Schedule, constitutes the entire agreement between the parties. No variation is effective unless in writing and signed by both parties.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule are executed as follows:

Signed for and on behalf of INCHMAHOME MANAGED SERVICES LIMITED at Stirling on ____ 2026 by ____________________, Director

Signed for and on behalf of CHANGSHA XINGMANG MEDIA CO., LTD. at Changsha on ____ 2026 by ____________________, Legal Representative

*This is the Schedule referred to in the foregoing Managed IT Services Agreement: Part 1 Service Description; Part 2 Transition Plan; Part 3 Service Report Template.*
"""

# --------------------------------------------------------------------------------------------------------------------
# h152e05 (.txt): Hami melon exporter, export-document API subscription + integration; vendor on the Isola di Dino,
# Italian house style. Numbering "Article N - Title" with N.1.
H152E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
DINODOC EXPORT DOCUMENTS API

Ref. DTD/CN/2026/017

BETWEEN

Dino Trade Documents S.r.l., with registered office at Isola di Dino, 87028 Praia a Mare (CS), Italy, tax code and VAT number IT03817540782, registered with the Companies Register of Cosenza, in the person of its legal representative pro tempore, Mr Salvatore Lo Giudice (hereinafter the "Vendor")

AND

Hami Tianmi Agricultural Export Co., Ltd., with registered office at No. 9 Guangming Road, Yizhou District, Hami, Xinjiang Uygur Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Ma Jianguo (hereinafter the "Customer")

(the Vendor and the Customer, jointly, the "Parties")

PREMISES

A) The Vendor operates the DinoDoc platform, which generates, validates and transmits export documents through an application programming interface (the "API").

B) The Customer exports Hami melons and other fresh produce to the European Union, the Gulf states and South-East Asia and wishes to generate its export documents automatically from its ERP data.

C) At the Customer's request all amounts in this Agreement are stated and payable in Chinese Renminbi (CNY).

D) The premises form an integral and substantial part of this Agreement.

NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS

Article 1 - Definitions
1.1 "Activation Date" means the date on which the Vendor makes the production API available to the Customer. "Document Set" means the set of export documents for one shipment. "Integration Services" means the services described in Article 6. "Integration Acceptance" means the signature of the acceptance report under Article 7. "Customer Data" means all data that the Customer or its logistics providers submit to the platform.

Article 2 - Object
2.1 The Vendor grants the Customer access to the DinoDoc platform and the API for the generation of phytosanitary certificate applications, certificates of origin (including electronic certificates of origin), commercial invoices, packing lists and destination-country pre-declarations, and performs the Integration Services.
2.2 The Vendor provides the platform in accordance with the technical documentation published on its developer portal, as updated from time to time without reducing the functions subscribed.

Article 3 - Subscription Term and renewal
3.1 The subscription lasts 24 months from the Activation Date (the "Subscription Term").
3.2 At expiry the subscription is tacitly renewed for successive periods of one year at the same fees and conditions, unless either Party gives notice of non-renewal by registered letter or e-mail with confirmation of receipt at least 90 days before expiry.

Article 4 - Fees
4.1 The Customer shall pay:
a) a platform subscription fee of CNY 168,000 per year, which includes up to 6,000 Document Sets per year; Document Sets beyond that number are charged at CNY 18 each;
b) a one-off integration fee of CNY 124,000.
4.2 The total amount of this Agreement for the Subscription Term is therefore CNY 460,000 (2 x CNY 168,000 + CNY 124,000), excluding any Document Sets beyond the included volume.

Article 5 - Invoicing and payment
5.1 The subscription fee is invoiced quarterly in arrears, at CNY 42,000 per quarter. Additional Document Sets are invoiced with the following quarterly invoice.
5.2 The integration fee is invoiced upon Integration Acceptance.
5.3 No advance payment is due. Invoices are payable by bank transfer within 30 days of the invoice date.

Article 6 - Integration Services
6.1 The Vendor shall develop and configure: a connector to the Customer's Kingdee ERP for shipment, product and buyer data; a connector to the Customer's cold-chain logistics provider for container and temperature data; document templates and field mappings for the Customer's twelve main destination markets; and a monitoring dashboard of document status.
6.2 The Vendor shall complete the Integration Services so that Integration Acceptance can take place within 70 days after signature of this Agreement.

Article 7 - Integration Acceptance
7.1 Integration Acceptance takes place when the following tests have been passed: a) 50 test shipments to at least three destination markets have been processed from ERP data without manual re-keying; b) the documents so produced have been accepted in the test environments of the relevant certification portals or, where no test environment exists, checked by the Customer's customs broker without objection; c) every field of the documents reconciles with the ERP records of the test shipments; d) the average API response time is below 1.5 seconds.
7.2 The Parties sign an acceptance report within 5 working days after the tests have been passed. Use of the API in production before that date does not constitute acceptance.

Article 8 - Penalty for delay
8.1 If Integration Acceptance is delayed beyond the term in Article 6.2 for reasons attributable to the Vendor, the Vendor shall pay the Customer a penalty of CNY 120 for each calendar day of delay, up to a maximum of CNY 6,000.

Article 9 - Service levels
9.1 The Vendor guarantees an availability of the API of 99.95% in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance.
9.2 Severity 1 (the API is unavailable or no Document Set can be generated): response within 1 hour, 24 hours a day, and restoration within 6 hours. Severity 2 (a document type or a destination market is affected): response within 3 hours during business hours. Severity 3: next business day.
9.3 If the monthly availability is below the level in Article 9.1, the Customer is entitled to a credit of 5% of the quarterly subscription fee, and of 10% if availability is below 99.5%. Credits are deducted from the next invoice.

Article 10 - Customer Data
10.1 Customer Data remains the property of the Customer. The Vendor uses Customer Data only to provide the service and to transmit documents to the authorities and counterparties indicated by the Customer, and does not sell or disclose it to others.
10.2 Upon expiry of the Agreement the Vendor makes the Customer Data available for download in CSV or JSON format for 60 days, after which it may delete it.

Article 11 - Confidentiality
11.1 Each Party undertakes to keep confidential the information of the other Party of which it becomes aware in performing this Agreement, including prices, buyers and shipment volumes, and not to disclose it to third parties except to the extent necessary to perform this Agreement or required by law.
11.2 This obligation remains in force for three years after the expiry of the Agreement.

Article 12 - Intellectual property
12.1 The platform, the API and the document engine remain the exclusive property of the Vendor.
12.2 The connectors, templates and field mappings developed specifically for the Customer under Article 6 belong to the Customer, who may use, modify and license them freely. The Vendor shall deliver their source code at Integration Acceptance.

Article 13 - Liability
13.1 The Vendor's total liability under this Agreement is limited to 150% of the total amount stated in Article 4.2.
13.2 The limitation does not apply in case of wilful misconduct or gross negligence.

Article 14 - Subcontracting
14.1 The Vendor shall not subcontract the Integration Services or the operation of the platform without the Customer's prior written consent. The hosting provider listed in Annex 2 is approved by the Customer with the signature of this Agreement.

Article 15 - Withdrawal and termination
15.1 The Customer may not withdraw from or terminate this Agreement before the end of the Subscription Term.
15.2 In the event of a breach by the Vendor, the Customer's remedies are limited to the credits under Article 9, the penalty under Article 8 and damages within the limits of Article 13; the Customer waives any right to terminate this Agreement for breach.
15.3 The Vendor may terminate this Agreement by written notice with immediate effect if the Customer fails to pay any amount due within 60 days of its due date.

Article 16 - Force majeure
16.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, including failures of public certification portals, for the duration of such events.

Article 17 - Governing law and disputes
17.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
17.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time.

Article 18 - Final provisions
18.1 This Agreement, with its Annexes, constitutes the entire agreement between the Parties and supersedes any prior negotiation. Any amendment must be in writing.
18.2 Annex 1: Technical documentation and destination markets. Annex 2: Hosting provider. Annex 3: Acceptance test plan.

Place and date: Praia a Mare / Hami, ____ 2026

The Vendor ____________________        The Customer ____________________

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer declares that it has read and specifically approves the following clauses: Article 3 (Subscription Term and renewal), Article 8 (Penalty for delay), Article 13 (Liability), Article 15 (Withdrawal and termination) and Article 17 (Governing law and disputes).

The Customer ____________________
"""

# --------------------------------------------------------------------------------------------------------------------
SOURCES = {"h152z01": H152Z01, "h152z02": H152Z02, "h152e01": H152E01, "h152e03": H152E03}
TARGETS = {"h152z01": ("h152z01_hrss_social_insurance_platform_integration.docx", "docx"),
           "h152z02": ("h152z02_battery_electrode_coating_defect_inspection.pdf", "pdf"),
           "h152e01": ("h152e01_valve_maker_plm_licence_configuration_support.docx", "docx"),
           "h152e03": ("h152e03_laver_farm_seawater_sensors_maintenance.pdf", "pdf")}
PLAIN = {"h152z03_optical_chain_store_saas_three_years.md": H152Z03,
         "h152z04_water_bureau_supervision_platform_om.txt": H152Z04,
         "h152z05_fermented_tofu_mes_supplier_template.md": H152Z05,
         "h152e02_inn_group_pms_saas_order_form.txt": H152E02,
         "h152e04_media_agency_managed_it_desktop_support.md": H152E04,
         "h152e05_melon_exporter_export_document_api.txt": H152E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
